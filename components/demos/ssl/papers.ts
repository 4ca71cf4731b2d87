/**
 * The ssl demos beside their papers: Gidaris et al. (ICLR 2018) for the rotation probe, Devlin
 * et al. (NAACL 2019) for the masked-token task. Loaded with the views, never in the page's first load.
 */
import { withPaper } from '@/components/demo/paper';

export const ROTATION_PAPER = withPaper({
  ref: 'gidaris2018',
  figure: '38.7%',
  setting: {
    zh: '表 4：AlexNet 在 ImageNet（不用标签）上做旋转预训练，冻结后在各卷积层特征上训练线性分类器，用全部 ImageNet 标签（每类约 1,300 张）；最好的一层（conv3）top-1 为 38.7%，同样结构的随机网络远低于它，有监督训练的 AlexNet 约 50%',
    en: 'Table 4: AlexNet pre-trained on rotations of ImageNet (no labels), frozen, with a linear classifier trained on each conv layer’s features using all ImageNet labels (about 1,300 per class); the best layer (conv3) reaches 38.7% top-1, far above the same network with random weights, while supervised AlexNet reaches about 50%',
  },
  metric: 'acc-rotation-k10',
  format: { percent: true },
  pageSetting: {
    zh: '8,000 个 MNIST 数字（缩到 14×14，不用标签）上做旋转预训练的两层小卷积网络；冻结后在你选的层上训练线性分类器，每类只用 10 个标签，在 2,000 个留出数字上测，3 次标签抽取取平均',
    en: 'a two-conv-layer CNN pre-trained on rotations of 8,000 MNIST digits (shrunk to 14×14, labels unused); frozen, with a linear classifier on the layer you chose trained on only 10 labels per class, tested on 2,000 held-out digits, mean of 3 label draws',
  },
  why: {
    zh: '论文是 1000 类的彩色自然图像，任务难得多，所以绝对数字不能比；能比的是排序：旋转特征好于随机特征、低于有监督训练。MNIST 上随机卷积特征本来就很强（约 80%），小网络、两百步预训练带来的提高只有一两个百分点；论文里随机网络的差距大得多。',
    en: 'the paper works on 1,000 classes of colour photographs, a much harder task, so the absolute numbers do not compare; the ordering does: rotation features above random features, below supervised training. On MNIST random convolutional features are already strong (about 80%), so a small network with a couple of hundred pre-training steps gains only a point or two; the paper’s gap over the random network is much larger.',
  },
});

export const MLM_PAPER = withPaper({
  ref: 'devlin2019',
  figure: null,
  setting: {
    zh: '§3.1：随机选 15% 的 WordPiece 词元（其中 80% 换成 [MASK]、10% 换成随机词、10% 不变），用双向 Transformer 预测原词；在 BooksCorpus（8 亿词）和英文维基百科（25 亿词）上预训练。论文报告的是下游任务（如 GLUE 平均 80.5，BERT-LARGE），不报告遮挡词的预测准确率',
    en: '§3.1: 15% of WordPiece tokens are chosen (80% replaced by [MASK], 10% by a random token, 10% left alone) and a bidirectional Transformer predicts the originals; pre-trained on BooksCorpus (800M words) and English Wikipedia (2,500M words). The paper reports downstream tasks (e.g. a GLUE average of 80.5 for BERT-LARGE), not the masked-token accuracy',
  },
  metric: 'acc-top1',
  format: { percent: true },
  pageSetting: {
    zh: '字符级：两侧各 4 个字符 → 嵌入 → 一个隐藏层 → 全部字符上的 softmax；在《创世记》（钦定本）或《唐诗三百首》的 90% 上训练，在留出的 10% 的全部字母/汉字上测 top-1，与“总猜最常见的字符”比',
    en: 'character level: 4 characters each side → embeddings → one hidden layer → softmax over all characters; trained on 90% of Genesis (KJV) or the Three Hundred Tang Poems, top-1 on every letter / hanzi of the held-out 10%, against always guessing the most frequent character',
  },
  why: {
    zh: '同一个任务（从上下文预测被遮住的词元），规模差了六七个数量级：一个小窗口的多层感知机、二十万个字符，而不是 3.4 亿参数的 Transformer 和 33 亿词。论文没有可直接比的数字；这里检验的是：只用文本本身生成的标签，模型就学到了远超一元统计的东西。',
    en: 'the same task (predict a hidden token from its context) six or seven orders of magnitude smaller: a small-window perceptron and 200,000 characters, not a 340M-parameter Transformer and 3.3 billion words. The paper has no number to compare directly; what this checks is that with labels made from the text alone the model learns far more than unigram statistics.',
  },
});

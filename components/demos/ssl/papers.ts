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

export const RELPOS_PAPER = withPaper({
  ref: 'doersch2015',
  figure: null,
  setting: {
    zh: 'AlexNet 式双分支网络在 ImageNet 的 130 万张图（不用标签）上预测图块的 8 个相对位置，然后在 PASCAL VOC 2007 上按 R-CNN 做目标检测微调；预训练过的网络明显好于随机初始化、低于 ImageNet 有监督预训练。论文不报告线性探测准确率',
    en: 'An AlexNet-style two-branch network predicts the 8 relative positions of patches on 1.3M ImageNet images (labels unused), then is fine-tuned for R-CNN object detection on PASCAL VOC 2007; pre-training clearly beats random initialisation and stays below supervised ImageNet pre-training. The paper reports no linear-probe accuracy',
  },
  metric: 'acc-probe',
  format: { percent: true },
  pageSetting: {
    zh: '28×28 的 MNIST 数字切成 3×3 个 7×7 图块（间隔 2 像素，各自抖动 0–2 像素）；共享的全连接图块编码器（49→96）+ 小分类头，在 8,000 个数字（不用标签）上训练；再把 9 个图块的编码拼起来当作整个数字的特征，每类 k 个标签训练线性分类器，在 2,000 个留出数字上测，3 次抽取平均，与随机初始化的同一编码器比',
    en: '28×28 MNIST digits cut into a 3×3 grid of 7×7 patches (2-pixel gaps, each jittered by 0–2 pixels); a shared dense patch encoder (49→96) and a small head trained on 8,000 digits (labels unused); the 9 patches’ codes side by side are a whole digit’s features, probed with a linear classifier on k labels per class, tested on 2,000 held-out digits, mean of 3 draws, against the same encoder at random initialisation',
  },
  why: {
    zh: '论文用的是自然图像、大卷积网络和检测微调，没有可以直接比的数字；这里检验的是同一个方向：相对位置任务本身能学会（远高于 12.5% 的随机猜），它的特征是否胜过随机特征。在 MNIST 上，很多角上的图块几乎是空白，任务的上限不高，随机特征又本来就强，所以差距很小。',
    en: 'the paper uses natural images, a large convolutional network and detection fine-tuning, so there is no number to compare directly; what this checks is the same direction: the relative-position task is learnable (far above 12.5% chance), and whether its features beat random ones. On MNIST many corner patches are nearly blank, which caps the task, and random features are already strong, so the gap is small.',
  },
});

export const CONTEXT_PAPER = withPaper({
  ref: 'pathak2016',
  figure: null,
  setting: {
    zh: '卷积编码器–解码器补全 128×128 图像中间 64×64 的区域（或随机区域），L2 加对抗损失；补全质量在 Paris StreetView 上用平均 L1/L2 误差和 PSNR 衡量，特征在 PASCAL VOC 2007 分类微调上达到 56.5% mAP（随机初始化 53.3%）',
    en: 'A convolutional encoder–decoder fills the central 64×64 region (or random regions) of 128×128 images, with L2 plus an adversarial loss; the fills are scored on Paris StreetView by mean L1/L2 error and PSNR, the features by fine-tuned PASCAL VOC 2007 classification, 56.5% mAP (random initialisation 53.3%)',
  },
  metric: 'mse-fill',
  format: { digits: 4 },
  pageSetting: {
    zh: '14×14 的 MNIST 数字遮住 7×7（中间或随机位置）；全连接编码器–解码器（图像和遮挡一起输入，392→256→64→256→196），只在被遮住的像素上算 L2（或 L1），在 8,000 个数字上训练；在 2,000 个留出数字上遮住中间 7×7，报告被遮住像素的平均平方误差（像素值 0–1），与“用平均数字填”比',
    en: '14×14 MNIST digits with a 7×7 block hidden (central or anywhere); a dense encoder–decoder (image and mask in, 392→256→64→256→196) trained with L2 (or L1) on the hidden pixels only, on 8,000 digits; on 2,000 held-out digits with the central 7×7 hidden, the mean squared error per hidden pixel (values 0–1), against filling with the mean digit',
  },
  why: {
    zh: '论文的数字来自彩色街景和 ImageNet，图像大、网络是卷积的、还有对抗损失，误差和这里的不可比；这里检验的是任务本身：从周围像素推断被遮住的部分，网络远好于“平均数字”，而且 L2 的补全是灰蒙蒙的平均，正是论文加对抗损失的原因。',
    en: 'the paper’s numbers come from colour street scenes and ImageNet, large images, a convolutional network and an adversarial loss, so its errors do not compare with these; what this checks is the task itself: inferring the hidden part from its surroundings, the network does far better than the mean digit, and the L2 fill is a grey average, which is exactly why the paper adds an adversarial loss.',
  },
});

export const SHUFFLE_PAPER = withPaper({
  ref: 'misra2016',
  figure: '50.2%',
  setting: {
    zh: 'CaffeNet 三分支网络在 UCF101 视频（不用标签）上做顺序验证预训练，再微调做动作识别，准确率 50.2%；随机初始化 38.6%',
    en: 'A three-branch CaffeNet pre-trained by order verification on UCF101 videos (labels unused), then fine-tuned for action recognition: 50.2%; random initialisation 38.6%',
  },
  metric: 'acc-probe',
  format: { percent: true },
  pageSetting: {
    zh: '生成的“视频”：一个 MNIST 数字逐帧转动（和/或平移），共 7 帧，14×14；共享的全连接帧编码器（196→256→64）+ 小分类头，判断三帧的顺序对不对（正反都算对）；再用编码器第一层的特征，每类 k 个标签训练线性分类器，在 2,000 个留出数字上测，3 次抽取平均，与随机初始化的同一编码器比',
    en: 'generated "videos": an MNIST digit turning (and/or sliding) over 7 frames of 14×14; a shared dense frame encoder (196→256→64) and a small head judge whether three frames are in order (either direction counts); then the encoder’s first layer is probed with a linear classifier on k labels per class, tested on 2,000 held-out digits, mean of 3 draws, against the same encoder at random initialisation',
  },
  why: {
    zh: '论文是真实视频、大卷积网络、整个网络微调，这里是合成的运动、小全连接网络、只训练线性分类器，数字不可比。能比的是问题：顺序验证很容易学会，但学到的特征是否对识别有用取决于运动——只平移时，看数字的位置就能判断顺序，不必认识数字。',
    en: 'the paper uses real videos, a large convolutional network and full fine-tuning; here the motion is synthetic, the network small and dense, and only a linear classifier is trained, so the numbers do not compare. What compares is the question: order verification is easy to learn, but whether its features help recognition depends on the motion — when the digit only slides, its position alone gives the order away, with no need to know the digit.',
  },
});

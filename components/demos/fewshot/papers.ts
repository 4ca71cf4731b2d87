/**
 * The fewshot demos' numbers beside the papers': Yosinski et al. (NIPS 2014), Caruana (Machine
 * Learning 1997), Vinyals et al. (NIPS 2016, Table 1: Omniglot) and Liu et al.'s ALISTA (ICLR 2019),
 * the unrolling closest to the demo's (LISTA, Gregor & LeCun 2010, learns the matrices as well).
 * Loaded with the views, never in the page's first load.
 */
import { withPaper } from '@/components/demo/paper';

export const TRANSFER_PAPER = withPaper({
  ref: 'yosinski2014',
  figure: null,
  setting: {
    zh: 'ImageNet 的 1000 类随机分成各 500 类的两半 A、B，8 层卷积网络：把在 A 上训练的前 n 层搬到 B 上（冻结或微调），看 B 上的 top-1 准确率；论文用曲线展示结果',
    en: 'ImageNet’s 1000 classes split at random into two halves A and B of 500 each, an 8-layer convolutional network: the first n layers trained on A carried over to B (frozen or fine-tuned), top-1 accuracy on B; the paper shows the results as curves',
  },
  metric: 'acc-frozen-k5',
  format: { percent: true },
  pageSetting: {
    zh: '新任务数字 5–9，每类 5 个样例，在数字 0–4 上预训练的小 CNN 的冻结特征 + 新的头，全部留出的 5–9 测试数字上的准确率，支撑集抽取几次取平均（默认 3 次；快速模式抽取 1 次、只测前 200 个）',
    en: 'the new task digits 5–9 with 5 examples per class, frozen features of a small CNN pre-trained on digits 0–4 + a new head: accuracy on all held-out test digits 5–9, averaged over the support-set draws (3 by default; one draw and the first 200 digits in quick mode)',
  },
  why: {
    zh: '论文的目标任务 B 仍有几十万张图，它表明低层特征是通用的、越往上越专门，而迁移来的初始化即使在微调之后仍带来泛化提升；本页的目标任务每类只有 5 个样例，检验的是在数字 0–4 上学到的特征能否让新的头胜过从零训练（表中同时列出从零训练的准确率）。',
    en: 'the paper’s target task B still has hundreds of thousands of images, and it shows that low-layer features are general, higher ones more specific, and that a transferred initialisation improves generalisation even after fine-tuning; here the target task has only 5 examples per class, and the page checks whether features learned on digits 0–4 let a new head beat training from scratch (the table lists the from-scratch accuracy too).',
  },
});

export const MULTITASK_PAPER = withPaper({
  ref: 'caruana1997',
  figure: null,
  setting: {
    zh: '隐藏层由所有任务共享的反向传播网络，与单任务网络比较，在三个领域中（其中包括肺炎病人的死亡风险预测）；论文逐个问题比较泛化性能，没有一个可与本页直接对照的数',
    en: 'backprop nets whose hidden layer is shared by all tasks, against single-task nets, in three domains (among them pneumonia mortality-risk prediction); the paper compares generalisation problem by problem and has no single number comparable to this page’s',
  },
  metric: 'acc-a-shared',
  format: { percent: true },
  pageSetting: {
    zh: '300 个有标签的训练数字，宽 32 的共享隐藏层加两个头，任务 A（哪个数字）在留出数字上的测试准确率（3 个种子的平均；快速模式 1 个种子、1,000 个测试数字）',
    en: '300 labelled training digits, one shared hidden layer of width 32 with two heads: test accuracy of task A (which digit) on held-out digits (mean of 3 seeds; one seed and 1,000 test digits in quick mode)',
  },
  why: {
    zh: 'Caruana 表明，在相关任务上共享隐藏层的网络通常比单独训练的网络泛化得更好，但任务无关时可能变差；本页检验在参数总数相同时，加上你选的任务 B 是否让数字分类（任务 A）好于单任务网络（表中同时列出“分开”的准确率）。',
    en: 'Caruana shows that a net sharing its hidden layer across related tasks usually generalises better than nets trained separately, though unrelated tasks can hurt; this page checks whether, at the same total number of parameters, adding the task B you chose makes digit classification (task A) better than a single-task net (the table lists the “separate” accuracy too).',
  },
});

export const MATCHING_PAPER = withPaper({
  ref: 'vinyals2016',
  figure: '98.1%',
  setting: {
    zh: 'Omniglot 的 5-way 1-shot 测试情节（训练时没见过的字符），匹配网络（卷积嵌入、余弦距离），准确率（20-way 1-shot 为 93.8%）',
    en: 'Omniglot 5-way 1-shot test episodes (characters unseen in training), matching networks (convolutional embedding, cosine distance): accuracy (93.8% at 20-way 1-shot)',
  },
  metric: 'acc-matching',
  format: { percent: true },
  pageSetting: {
    zh: '从没见过的数字 6–9 上你选的 N-way k-shot 测试情节（默认 4-way 1-shot），MLP 嵌入只在数字 0–5 上元训练，300 个固定情节（快速模式 100 个）上的准确率',
    en: 'test episodes of your N-way k-shot (4-way 1-shot by default) on the never-seen digits 6–9, an MLP embedding meta-trained on digits 0–5 only: accuracy over 300 fixed episodes (100 in quick mode)',
  },
  why: {
    zh: '论文在 1,200 个训练字符上用卷积网络元训练，再在 5 个新字符之间选；这里只有 6 个训练类别（加上旋转）、一个 MLP，类别数 N 也不同，所以数字不必相同；共同点是：在从没见过的类别上，几个样例就够分类。',
    en: 'the paper meta-trains a convolutional network on 1,200 training characters and then chooses among 5 new ones; here there are only 6 training classes (plus rotations), an MLP, and a different N, so the numbers need not match; what they share is that on classes never seen, a few examples are enough to classify.',
  },
});

export const UNFOLDING_PAPER = withPaper({
  ref: 'liu2019',
  figure: null,
  setting: {
    zh: 'ALISTA：合成的稀疏向量由 250 × 500 的随机高斯测量矩阵观测，16 层展开网络，矩阵事先按相干性最小化解析算出，每层只学步长与阈值（共 2K 个数）；论文用曲线报告每一层的 NMSE（dB），与学全部矩阵的 LISTA 相当',
    en: 'ALISTA: synthetic sparse vectors observed through a 250 × 500 random Gaussian measurement matrix, a 16-layer unrolled network whose matrix is computed beforehand by coherence minimisation, learning only each layer’s step size and threshold (2K numbers); the paper plots the NMSE (dB) layer by layer, on a par with LISTA, which learns every matrix',
  },
  metric: 'psnr-unrolled',
  format: { digits: 2, unit: ' dB' },
  pageSetting: {
    zh: 'MNIST 数字的超分辨（你选的倍数与训练数字数，默认 ×2、200 个，快速模式 50 个），显示的 K 层（默认 3 层）展开网络，300 个留出测试数字（快速模式 100 个）上的平均 PSNR',
    en: 'super-resolution of MNIST digits (the factor and training digits you chose: ×2 and 200 by default, 50 in quick mode), the unrolled network with the K layers shown (3 by default): mean PSNR on 300 held-out test digits (100 in quick mode)',
  },
  why: {
    zh: 'ALISTA 表明，矩阵不必学，只学每层的步长和阈值，展开网络就几乎和 LISTA 一样好；本页用同样的思路（矩阵直接就是已知的退化算子 C 及其转置，不另算），检验展开网络在同样的步数下 PSNR 高于调好 λ 的 ISTA（表中同时列出 ISTA 的 PSNR）。',
    en: 'ALISTA shows that the matrices need not be learned: learning only each layer’s step size and threshold makes an unrolled network almost as good as LISTA; this page takes the same approach (its matrices are just the known degradation C and its transpose, not computed anew) and checks that at the same number of steps the unrolled network’s PSNR beats ISTA with a tuned λ (the table lists ISTA’s PSNR too).',
  },
});

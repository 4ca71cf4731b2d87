/**
 * The lightweight demos beside their papers: MobileNets (Howard et al. 2017, Table 4), integer
 * quantisation (Jacob et al. 2018), Deep Compression (Han et al. 2016, LeNet-5) and distillation
 * (Hinton et al. 2015, MNIST). Loaded with the views, never in the page's first load.
 */
import { withPaper } from '@/components/demo/paper';

export const SEPCONV_PAPER = withPaper({
  ref: 'howard2017',
  figure: '569M / 4866M = 0.117',
  setting: {
    zh: '表 4：ImageNet 上整个 MobileNet 用深度可分离卷积（5.69 亿次乘加、420 万参数、70.6%）与用标准卷积（48.66 亿次乘加、2,930 万参数、71.7%）的对比；正文说 3×3 的可分离卷积计算量是标准卷积的 1/8 到 1/9',
    en: 'Table 4: the whole MobileNet on ImageNet with depthwise-separable convolutions (569M multiply–adds, 4.2M parameters, 70.6%) vs with standard ones (4,866M, 29.3M, 71.7%); the text says 3×3 separable convolutions need 8 to 9 times less computation',
  },
  metric: 'latency-ratio',
  format: { digits: 3 },
  pageSetting: {
    zh: '单层，默认 H = W = 28、M = 64、N = 128、k = 3（公式比值 0.119）：本机后端上实测耗时之比（可分离 / 标准，预热后重复取中位数）',
    en: 'one layer, by default H = W = 28, M = 64, N = 128, k = 3 (formula ratio 0.119): the measured time ratio (separable / standard, median of repeats after warm-up) on this device’s backend',
  },
  why: {
    zh: '论文比较的是乘加次数（公式），本页测的是真实耗时：耗时还取决于内存访问和各算子的实现。逐深度卷积每个输出只做 k² 次乘加，算术强度低，在 GPU 上常受内存带宽限制，所以实测比值可能远高于公式；而 WASM 的 XNNPACK 对逐深度卷积有专门优化，比值可能反而更低。',
    en: 'the paper compares multiply–adds (the formula); this page measures real time, which also depends on memory traffic and on how each operation is implemented. A depthwise convolution does only k² multiply–adds per output, so its arithmetic intensity is low and on a GPU it is often limited by memory bandwidth: the measured ratio can be well above the formula; WASM’s XNNPACK has a specialised depthwise kernel, so there the ratio can even be lower.',
  },
});

export const QUANT_PAPER = withPaper({
  ref: 'jacob2018',
  figure: '74.9% (float 76.4%)',
  setting: {
    zh: '表 4.1：ImageNet 上的 ResNet-50，权重和激活都用 8 位整数、整数运算推理（训练时模拟量化）：top-1 准确率 74.9%，浮点模型 76.4%',
    en: 'Table 4.1: ResNet-50 on ImageNet with 8-bit integer weights and activations and integer-only inference (quantisation simulated during training): top-1 74.9%, float model 76.4%',
  },
  metric: 'acc-int8',
  format: { percent: true },
  pageSetting: {
    zh: '站点训练好的数字 CNN（53,194 个参数），训练后直接把权重量化为 8 位（对称、默认每张量一个缩放因子），激活仍为浮点：2,000 个留出数字上的准确率（快速模式 500 个）',
    en: 'the site’s trained digit CNN (53,194 parameters), weights quantised to 8 bits after training (symmetric, one scale per tensor by default), activations left in float: accuracy on 2,000 held-out digits (500 in quick mode)',
  },
  why: {
    zh: '论文连激活也量化，并在训练中模拟量化以补偿误差，任务（ImageNet 上 1,000 类）也难得多；本页只量化权重、不重新训练，模型小、任务易，8 位几乎不损失精度——量化带来的误差要到 4 位、2 位才显现。',
    en: 'the paper quantises activations too and simulates quantisation during training to compensate, on a much harder task (1,000 ImageNet classes); this page quantises only the weights, without retraining, on a small model and an easy task, so 8 bits lose almost nothing — the error shows only at 4 and 2 bits.',
  },
});

export const PRUNE_PAPER = withPaper({
  ref: 'han2016',
  figure: '8% kept, error 0.80% → 0.74%',
  setting: {
    zh: '表 1、表 2：MNIST 上的 LeNet-5（43 万个参数），剪枝并重新训练后只保留 8% 的权重，再加量化与哈夫曼编码共压缩 39 倍，测试错误率从 0.80% 变为 0.74%',
    en: 'Tables 1 and 2: LeNet-5 on MNIST (431K parameters), pruned and retrained to keep only 8% of its weights, then quantised and Huffman-coded, 39× smaller in all; test error 0.80% → 0.74%',
  },
  metric: 'acc-sparsity90',
  format: { percent: true },
  pageSetting: {
    zh: '站点的数字 CNN（卷积核与全连接共 53,016 个权重），全局幅值剪枝到 90% 稀疏度，逐步剪枝并微调 150 步（批大小 32、4,000 个训练数字）：2,000 个留出数字上的准确率',
    en: 'the site’s digit CNN (53,016 kernel weights), global magnitude pruning to 90% sparsity, pruned gradually while fine-tuning for 150 steps (batch 32, 4,000 training digits): accuracy on 2,000 held-out digits',
  },
  why: {
    zh: '论文的 LeNet-5 参数很多（大部分在全连接层，冗余大），并重新训练了许多轮；本页的 CNN 小 8 倍、几乎全是卷积，冗余少，只在浏览器里微调几十步，所以 90% 稀疏度下通常会损失一些精度。',
    en: 'the paper’s LeNet-5 has many parameters (most in fully connected layers, highly redundant) and is retrained for many epochs; this page’s CNN is 8× smaller, almost all convolutions, with less redundancy, and is fine-tuned for a few dozen steps in the browser, so at 90% sparsity it usually loses some accuracy.',
  },
});

export const DISTILL_PAPER = withPaper({
  ref: 'hinton2015',
  figure: '74 vs 146 errors',
  setting: {
    zh: '§3：MNIST 全部 60,000 个训练图像；两个隐藏层各 800 个单元的小网络只用硬标签时 146 个测试错误，用大网络（67 个错误）在 T = 20 下的软目标蒸馏后 74 个错误（共 10,000 个测试数字）',
    en: '§3: all 60,000 MNIST training images; a small net with two hidden layers of 800 units makes 146 test errors on hard labels alone, and 74 when distilled at T = 20 from a large net (67 errors), out of 10,000 test digits',
  },
  metric: 'acc-distilled',
  format: { percent: true },
  pageSetting: {
    zh: '站点的数字 CNN 作教师，784 → 64 → 10 的学生，默认 500 个训练数字、T = 4、α = 0.9、300 步：2,000 个留出数字上的准确率（硬标签学生的在结论行里）',
    en: 'the site’s digit CNN as teacher, a 784 → 64 → 10 student, by default 500 training digits, T = 4, α = 0.9, 300 steps: accuracy on 2,000 held-out digits (the hard-label student’s is in the verdict line)',
  },
  why: {
    zh: '论文用全部训练集和大得多的学生网络，蒸馏明显占优；本页只有 500 个训练数字，而教师正是在这些数字上训练的，它在这些数字上的输出几乎就是标签，携带的“暗知识”很少：本站 3 个种子测得硬标签的学生反而略好（约 0.7～1.2 个点），学生小、训练短，两者的绝对准确率也都低于论文。',
    en: 'the paper uses the whole training set and a much larger student, and distillation clearly wins; this page has only 500 training digits, and the teacher was trained on those very digits, so its outputs on them are almost the labels and carry little “dark knowledge”: over three seeds this site measured the hard-label student slightly ahead (by about 0.7–1.2 points); the student is small and trained briefly, so both absolute accuracies are also below the paper’s.',
  },
});

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
    zh: '站点的数字 CNN（卷积核与全连接共 53,016 个权重），全局幅值剪枝到 90% 稀疏度，逐步剪枝（3 次更新掩码）并微调 100 步（批大小 32、Adam 5e-3、4,000 个训练数字）：2,000 个留出数字上的准确率',
    en: 'the site’s digit CNN (53,016 kernel weights), global magnitude pruning to 90% sparsity, pruned gradually (3 mask updates) while fine-tuning for 100 steps (batch 32, Adam 5e-3, 4,000 training digits): accuracy on 2,000 held-out digits',
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

export const LIGHTCNN_PAPER = withPaper({
  ref: 'howard2017',
  figure: '70.6% vs 71.7%',
  setting: {
    zh: '表 4：ImageNet 上同一个 28 层 MobileNet，用深度可分离卷积 70.6%（420 万参数、5.69 亿次乘加），用标准卷积 71.7%（2,930 万参数、48.66 亿次乘加）：参数约 1/7、计算约 1/8.6，准确率只降 1.1 个点；论文没有给出延迟对比',
    en: 'Table 4: the same 28-layer MobileNet on ImageNet, 70.6% with depthwise-separable convolutions (4.2M parameters, 569M multiply–adds) vs 71.7% with standard ones (29.3M, 4,866M): about 1/7 of the parameters and 1/8.6 of the computation for 1.1 points; the paper gives no latency comparison',
  },
  metric: 'acc-light',
  format: { percent: true },
  pageSetting: {
    zh: '站点数字 CNN 的结构（53,194 个参数）与把第 2、3 层换成深度可分离块的轻量版（7,834 个参数，乘加约 1/6.2），同一种子、同样的批次并排从零训练，默认 50 步（批大小 32、Adam 3e-3、4,000 个训练数字）：轻量 CNN 在 2,000 个留出数字上的准确率（标准 CNN 的在 acc-standard）',
    en: 'the site’s digit CNN architecture (53,194 parameters) and a light copy with blocks 2 and 3 made depthwise-separable (7,834 parameters, about 1/6.2 of the multiply–adds), trained from scratch side by side from the same seed on the same batches, 50 steps by default (batch 32, Adam 3e-3, 4,000 training digits): the light CNN’s accuracy on 2,000 held-out digits (the standard one’s is acc-standard)',
  },
  why: {
    zh: 'MobileNet 在 ImageNet 上训练到收敛，可分离版本只低 1.1 个点；本页两个网络都从零开始、在浏览器里只训练 50 步（看过 1,600 个数字），远未收敛，训练初期小网络大多落后（本站三个种子测得 42–56% 对 27–39%；训练 300 步时 93.8% 对 85.0%）。计数与论文一致（参数 14.7%、乘加 16.2%，论文约 1/7 和 1/8.6）；论文没有给延迟，本页实测的延迟之比（WASM 上约 0.55～0.9）远高于乘加之比，因为这么小的层，每次调用的固定开销和内存访问占了主导。',
    en: 'MobileNet was trained to convergence on ImageNet, where the separable version loses 1.1 points; here both nets train from scratch for only 50 steps in the browser (1,600 digits seen), far from converged, and early in training the smaller net is mostly behind (this site measured 42–56% vs 27–39% over three seeds; given 300 steps, 93.8% vs 85.0%). The counts follow the paper (parameters 14.7%, multiply–adds 16.2%, vs its 1/7 and 1/8.6); the paper reports no latency, and here the measured latency ratio (about 0.55–0.9 on WASM) is far from the multiply–add ratio, because for such small layers the fixed cost of each call and the memory traffic dominate.',
  },
});

/**
 * The generalization demos beside their papers: Zhang et al. (ICLR 2017) Table 1 / Fig. 1a,
 * Belkin et al. (PNAS 2019) Fig. 2 (random Fourier features on MNIST), Frankle & Carbin (ICLR 2019)
 * Fig. 3/4 (LeNet-300-100). Loaded with the views, never in the page's first load.
 */
import { withPaper } from '@/components/demo/paper';

export const RANDOMLABELS_PAPER = withPaper({
  ref: 'zhang2017rethinking',
  figure: '100%',
  setting: {
    zh: '表 1 与图 1a：CIFAR-10（5 万张训练图像），Inception、AlexNet 和 MLP 在随机标签上都达到 100% 的训练准确率，测试准确率约 10%（随机猜测）；拟合随机标签所需的时间只比真实标签多一个小的常数倍。加上权重衰减、dropout、数据增强后仍然如此',
    en: 'Table 1 and Fig. 1a: CIFAR-10 (50,000 training images); Inception, AlexNet and MLPs all reach 100% training accuracy on random labels with test accuracy about 10% (chance); fitting random labels takes only a small constant factor longer than true labels. The same holds with weight decay, dropout and data augmentation',
  },
  metric: 'train-acc-random',
  format: { percent: true },
  pageSetting: {
    zh: 'MNIST 的 500 个训练数字（快速模式 200 个），784 → 256 → 10 的 MLP（快速模式 128），Adam，默认 16 轮：随机打乱标签后的训练准确率；测试准确率在 1,000 个测试数字上',
    en: '500 MNIST training digits (200 in quick mode), a 784 → 256 → 10 MLP (128 in quick mode), Adam, 16 epochs by default: the training accuracy on randomly permuted labels; test accuracy on 1,000 test digits',
  },
  why: {
    zh: '论文用 5 万张 CIFAR-10 图像和大型网络训练到 100%；浏览器里我们只用 500 个数字，使记忆在几十秒内完成（参数/样本之比与论文相近，都远大于 1）。快速模式只训练 4 轮，训练准确率远未达到 95%：它只检查演示能运行。',
    en: 'the paper trains large networks on 50,000 CIFAR-10 images to 100%; in a browser we use 500 digits so that memorisation finishes within tens of seconds (the ratio of parameters to examples, far above 1, is like the paper’s). Quick mode trains only 4 epochs and stays far below 95% training accuracy: it only checks that the demo runs.',
  },
});

export const DOUBLEDESCENT_PAPER = withPaper({
  ref: 'belkin2019',
  figure: null,
  setting: {
    zh: '图 2：MNIST 的 10⁴ 个训练样本，随机傅里叶特征 + 最小范数解，横轴为特征数 N（×10³）：零一损失与平方损失在 N = n 处出现尖峰，此后继续下降，最大模型的测试误差低于“经典”区域的最好值。论文只给曲线，尖峰高度与噪声、n 有关',
    en: 'Fig. 2: 10⁴ MNIST training examples, random Fourier features with the minimum-norm fit, against the number of features N (×10³): the zero–one and squared losses peak sharply at N = n and then keep falling; the largest model’s test error is below the best of the “classical” regime. The paper shows curves; the height of the peak depends on the noise and on n',
  },
  metric: 'peak-params',
  pageSetting: {
    zh: 'MNIST 的 n = 300 个训练数字（快速模式 100），10% 标签噪声，随机 ReLU 特征 + 最小范数最小二乘，p 从 10 到 10n 的对数网格：测试误差最大处的 p（应在 p ≈ n）',
    en: 'n = 300 MNIST training digits (100 in quick mode), 10% label noise, random ReLU features with the minimum-norm least-squares fit, p on a log grid from 10 to 10n: the p where the test error is largest (it should be p ≈ n)',
  },
  why: {
    zh: '论文用 1 万个样本和随机傅里叶特征；本页用 ReLU 随机特征和几百个样本，以便在几秒内算完整条曲线。尖峰的位置 p = n 与样本数成比例，所以两者都落在各自的插值阈值上；误差的绝对值不同，因为样本少得多。',
    en: 'the paper uses 10,000 examples and random Fourier features; this page uses random ReLU features and a few hundred examples so that the whole curve takes seconds. The peak sits at p = n, which scales with the number of examples, so both land on their own interpolation threshold; the error levels differ because we have far fewer examples.',
  },
});

export const LOTTERY_PAPER = withPaper({
  ref: 'frankle2019',
  figure: null,
  setting: {
    zh: '图 3、图 4：MNIST（6 万张训练图像）上的 LeNet-300-100，逐层按幅值每轮剪掉 20%（输出层 10%），回到原始初始值后训练 5 万次迭代：剩余 3.6% 时中奖彩票的测试准确率仍不低于原网络（约 98%），随机重新初始化的同一结构在剩余约 20% 以下明显更差、学得更慢',
    en: 'Figs. 3 and 4: LeNet-300-100 on MNIST (60,000 training images), pruned layer-wise by magnitude, 20% a round (10% for the output layer), rewound to the original init and trained for 50,000 iterations: at 3.6% of the weights the winning ticket’s test accuracy still matches the original network (about 98%); the same structure randomly re-initialised is clearly worse, and learns more slowly, below about 20%',
  },
  metric: 'acc-winning',
  format: { percent: true },
  pageSetting: {
    zh: 'MNIST 的 1,000 个训练数字（快速模式 300），同样的 LeNet-300-100 与剪枝率，默认 12 轮（含未剪枝的第 0 轮，最后剩余约 8.7%），每次训练 2 轮 Adam；在 1,000 个测试数字上，最稀疏一级的中奖彩票准确率',
    en: '1,000 MNIST training digits (300 in quick mode), the same LeNet-300-100 and pruning rates, 12 rounds by default (round 0 unpruned; about 8.7% left at the end), 2 epochs of Adam per training; the winning ticket’s accuracy at the sparsest level, on 1,000 test digits',
  },
  why: {
    zh: '论文每次训练 5 万次迭代、用全部 6 万张图；浏览器里 12 轮 × 3 个网络要在一两分钟内训练完，所以数据和训练都少得多，准确率也低得多（未剪枝约 85%，论文约 98%）。要比较的是同一剩余比例下三条曲线的相对位置。',
    en: 'the paper trains 50,000 iterations on all 60,000 images each time; in a browser 12 rounds × 3 networks must train in a minute or two, so both the data and the training are far smaller and the accuracies much lower (about 85% unpruned, against the paper’s 98%). What to compare is the three curves’ order at the same fraction of weights left.',
  },
});

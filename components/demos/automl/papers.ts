/**
 * The automl demos beside their papers: Zoph & Le (ICLR 2017) with Li & Talwalkar's random-search
 * baseline (UAI 2019) for nas-controller, and Liu, Simonyan & Yang (ICLR 2019) for darts. Loaded
 * with the views, never in the page's first load.
 */
import { withPaper } from '@/components/demo/paper';

export const NAS_PAPER = withPaper({
  ref: 'zoph2017',
  figure: '96.35%',
  setting: {
    zh: 'CIFAR-10 测试准确率（错误率 3.65%）：一个 2 层 35 单元的 LSTM 控制器，用 REINFORCE 训练，采样了 12,800 个子网络，每个在 CIFAR-10 上训练 50 个 epoch，800 块 GPU 并行约 28 天',
    en: 'CIFAR-10 test accuracy (error 3.65%): a 2-layer LSTM controller with 35 units, trained with REINFORCE, sampled 12,800 child networks, each trained for 50 epochs on CIFAR-10, on 800 GPUs for about 28 days',
  },
  metric: 'best-controller',
  format: { percent: true },
  pageSetting: {
    zh: 'MNIST：逐决策自回归的 softmax 策略，从 324 个小 CNN 中采样（默认 30 个子网络，每个用 500 个数字、14×14、20 步训练），最好的结构在 7,000 个数字上重新训练后在 2,000 个测试数字上的准确率',
    en: 'MNIST: an autoregressive per-decision softmax policy sampling from 324 small CNNs (30 children by default, each trained on 500 digits at 14×14 for 20 steps); the best architecture retrained on 7,000 digits and scored on 2,000 test digits',
  },
  why: {
    zh: '任务、搜索空间、预算都差了几个数量级：论文在 CIFAR-10 上搜索 12,800 个深层 CNN，本页在 MNIST 上、几十秒内搜索几十个两层小 CNN，所以两个数字不可直接比较；本页检验的是同一机制：控制器的平均奖励是否上升（前 10 个与后 10 个），以及它找到的结构是否好过同样预算的随机搜索（Li 与 Talwalkar 2019 指出随机搜索是很强的基线，这里常常打平）。',
    en: 'task, search space and budget differ by orders of magnitude: the paper searches 12,800 deep CNNs on CIFAR-10, this page a few dozen two-layer CNNs on MNIST in seconds, so the two numbers are not comparable; the page checks the same mechanism: does the controller’s mean reward rise (first 10 against last 10), and does its best architecture beat random search on the same budget (Li & Talwalkar, 2019, found random search a strong baseline; here it is often a tie).',
  },
});

export const DARTS_PAPER = withPaper({
  ref: 'liu2019darts',
  figure: '97.00%',
  setting: {
    zh: 'CIFAR-10 测试准确率（一阶 DARTS，错误率 3.00 ± 0.14%）：8 个单元的代理网络上搜索（每个单元 4 个中间节点，8 种候选操作），1.5 GPU 天；离散化后把 20 个单元堆叠成 3.3M 参数的网络，重新训练 600 个 epoch',
    en: 'CIFAR-10 test accuracy (first-order DARTS, error 3.00 ± 0.14%): searched on an 8-cell proxy network (4 intermediate nodes per cell, 8 candidate operations), 1.5 GPU-days; discretised, stacked into a 20-cell network with 3.3M parameters and retrained for 600 epochs',
  },
  metric: 'acc-darts',
  format: { percent: true },
  pageSetting: {
    zh: 'MNIST，14×14：一个单元（3 个中间节点、6 条边、5 种候选操作、4 个通道），一阶 DARTS 默认搜索 100 步；离散化后从头训练 120 步，在 2,000 个测试数字上的准确率（旁边是随机单元）',
    en: 'MNIST at 14×14: one cell (3 intermediate nodes, 6 edges, 5 candidate operations, 4 channels), first-order DARTS searched for 100 steps by default; discretised, retrained from scratch for 120 steps, scored on 2,000 test digits (beside a random cell)',
  },
  why: {
    zh: '数据集和规模完全不同（论文 CIFAR-10、20 个单元、600 个 epoch；本页 MNIST、1 个单元、几百步），数字不可比；本页检验机制：softmax(α) 是否离开均匀分布，离散化的单元与随机单元谁更好，以及跳跃连接是否占领各条边（Zela 等 2020 报告的失败模式）。',
    en: 'the dataset and scale are entirely different (the paper: CIFAR-10, 20 cells, 600 epochs; this page: MNIST, 1 cell, a few hundred steps), so the numbers are not comparable; the page checks the mechanism: does softmax(α) leave uniform, is the discretised cell better than a random one, and do skip connections take over the edges (the failure mode Zela et al., 2020, report).',
  },
});

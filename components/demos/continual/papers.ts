/**
 * The continual demos beside their papers: van de Ven & Tolias (2019), Table 4 (split MNIST), and
 * Kirkpatrick et al. (2017), Figure 2A (EWC vs plain SGD on two tasks). Loaded with the views.
 */
import { withPaper } from '@/components/demo/paper';

export const SPLIT_PAPER = withPaper({
  ref: 'vandeven2019',
  figure: '23.85%',
  setting: {
    zh: '表 4，split MNIST 的类别增加型场景：学完 5 个任务后在全部数字上的平均准确率（20 次运行的平均）。直接微调 19.90%，EWC 20.01%，LwF 23.85%，生成式回放 DGR 90.79%，iCaRL（2,000 个样本）94.57%，联合训练 97.94%；任务增加型场景下依次为 87.19%、98.64%、99.57%、99.50%（DGR）、99.66%。2 × 400 ReLU 多层感知机，每个任务 2,000 次 Adam 迭代，完整的 60,000 个训练数字',
    en: 'Table 4, split MNIST, class-incremental: average accuracy over all digits after the 5 tasks (mean of 20 runs). Naive 19.90%, EWC 20.01%, LwF 23.85%, generative replay DGR 90.79%, iCaRL (2,000 exemplars) 94.57%, joint 97.94%; task-incremental: 87.19%, 98.64%, 99.57%, 99.50% (DGR), 99.66%. A 2 × 400 ReLU perceptron, 2,000 Adam iterations per task, the full 60,000 training digits',
  },
  metric: 'acc-lwf',
  format: { percent: true },
  pageSetting: {
    zh: '本页 LwF 在你选的场景下（默认类别增加型）的最终平均准确率；784 → 100 → 100 → 10 的多层感知机，每个任务 60 步（批大小 64，Adam），每个任务约 1,600 个训练数字，全部留出数字上评估；其余方法的数字在演示的表格里',
    en: 'this page’s LwF, final average accuracy in the scenario you chose (class-incremental by default); a 784 → 100 → 100 → 10 perceptron, 60 steps per task (batch 64, Adam), about 1,600 training digits per task, evaluated on all held-out digits; the other methods’ numbers are in the demo’s table',
  },
  why: {
    zh: '网络更小、训练步数少得多、数据只有 8,000 个，所以绝对数字略低；本页的回放是直接存 200 个旧数字（论文的回放行是生成式回放与 iCaRL）。要检验的是同一个结论：类别增加型场景里 EWC 和 LwF 几乎和直接微调一样只剩约 20%，几百个回放样本就能把准确率拉到 80% 以上；任务增加型场景里各种方法都有帮助。',
    en: 'a smaller network, far fewer steps and only 8,000 digits, so the absolute numbers are a little lower; this page’s replay stores 200 real old digits (the paper’s replay rows are generative replay and iCaRL). The conclusion checked is the same: class-incrementally, EWC and LwF stay near naive fine-tuning’s 20%, while a few hundred replayed digits lift it above 80%; task-incrementally every method helps.',
  },
});

export const IMPORTANCE_PAPER = withPaper({
  ref: 'kirkpatrick2017',
  figure: null,
  setting: {
    zh: '图 2A：置换 MNIST 上先学任务 A 再学任务 B（再学 C）。普通 SGD 学 B 时 A 的准确率大幅下降；对所有参数一视同仁的 L2 约束把 A 保住了却学不好 B；按 Fisher 信息加权的 EWC 两个都保住。论文只给曲线，没有报告参数漂移的数字',
    en: 'Figure 2A: permuted MNIST, task A then B (then C). Plain SGD loses task A while learning B; an L2 penalty that treats all parameters alike keeps A but cannot learn B; EWC, weighted by the Fisher information, keeps both. The paper shows curves and reports no number for the drift',
  },
  metric: 'acca-ewc',
  format: { percent: true },
  pageSetting: {
    zh: '类别增加型的 split MNIST 任务 A（0/1）→ 任务 B（2/3，之后在 0–3 四类里作答），784 → 100 → 100 → 10 多层感知机，各 150 步：学完 B 后 EWC（你选的 λ，默认 10⁸）在任务 A 上的准确率；直接微调在这里是 0%',
    en: 'class-incremental split MNIST, task A (0/1) → task B (2/3; afterwards answering among the four classes 0–3), a 784 → 100 → 100 → 10 perceptron, 150 steps each: EWC’s accuracy on task A after learning B (with the λ you chose, 10⁸ by default); naive fine-tuning gets 0% here',
  },
  why: {
    zh: '论文用置换 MNIST（输入分布变、类别不变），EWC 在那里几乎完全保住了旧任务；这里是类别增加型的两个任务，检验的是同一机制——EWC 的 Fisher 加权距离比直接微调小一个数量级（欧氏距离却差不多）——同时也如实显示它的局限：即使 λ 很大，任务 A 也只保住一小部分（直接微调为 0%），正如 van de Ven 和 Tolias 在类别增加型场景里的发现。',
    en: 'the paper uses permuted MNIST (the input distribution changes, the classes do not), where EWC keeps the old task almost entirely; here two class-incremental tasks check the same mechanism — EWC’s Fisher-weighted distance is an order of magnitude below naive fine-tuning’s (the Euclidean distances are similar) — and honestly show its limit: even with a large λ only a fraction of task A survives (naive: 0%), as van de Ven and Tolias found in the class-incremental scenario.',
  },
});

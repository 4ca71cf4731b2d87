/**
 * The bayes demos beside Gal & Ghahramani (ICML 2016): §5.1 (Figure 2, extrapolating the Mauna Loa
 * CO2 series) and §5.2 (Figure 4, the rotated “1”). Both figures are qualitative, so `figure` is
 * null and `why` says what the paper shows and what the page checks. Loaded with the views, never
 * in the page's first load.
 */
import { withPaper } from '@/components/demo/paper';

export const REGRESSION_PAPER = withPaper({
  ref: 'gal2016',
  figure: null,
  setting: {
    zh: '§5.1 图 2：莫纳罗亚（Mauna Loa）CO₂ 浓度序列，在左段训练、向右外推；5 个隐藏层、每层 1,024 个单元的 ReLU 网络，MC dropout 画出预测均值 ±2 个标准差。离数据很远的点 x* 处，普通 dropout（权重平均）很自信地给出一个不合理的值；MC dropout 的均值同样不对，但标准差变大，表明它不确定。论文只给图，没有报告区间宽度的数字',
    en: '§5.1, Figure 2: the Mauna Loa CO₂ concentration series, trained on the left part and extrapolated to the right; a ReLU network with 5 hidden layers of 1,024 units, MC dropout drawn as the predictive mean ±2 standard deviations. At a point x* far from the data, standard dropout (weight averaging) confidently predicts a value that makes no sense; MC dropout’s mean is just as wrong, but its standard deviation grows, saying it is unsure. The paper shows pictures and reports no number for the band’s width',
  },
  metric: 'std-far',
  format: { digits: 3 },
  pageSetting: {
    zh: '带噪声的训练点（默认 16 个，x 在 [−1, 1] 内，中间有空隙），1 → 64 → 64 → 1 的 ReLU 网络，你选的 p 与 T：离数据远处（|x| > 2）的平均 σ',
    en: 'noisy training points (16 by default, x within [−1, 1] with a gap in the middle), a 1 → 64 → 64 → 1 ReLU network, the p and T you chose: the mean σ far from the data (|x| > 2)',
  },
  why: {
    zh: '论文在真实的 CO₂ 序列上向未来外推，展示 ReLU 网络的 MC dropout 区间离数据越远越宽（而 tanh 网络的保持有界）；本页在一维玩具数据上用同样的 ReLU 网络检验同一件事：远处的平均 σ 应明显大于数据范围内的平均 σ（两者及其比值都在演示的结论行里）。',
    en: 'the paper extrapolates a real CO₂ series into the future and shows that the ReLU network’s MC-dropout band widens the further it goes from the data (while a tanh network’s stays bounded); this page checks the same thing with a ReLU network on 1-D toy data: the mean σ far away should be clearly larger than the mean σ inside the data range (both, and their ratio, are in the demo’s verdict line).',
  },
});

export const CLASSIFY_PAPER = withPaper({
  ref: 'gal2016',
  figure: null,
  setting: {
    zh: '§5.2 图 4：在完整 MNIST 上训练的 LeNet（最后一个全连接层前有 p = 0.5 的 dropout），把一个“1”逐步旋转成 12 张图，每张做 100 次随机前向：预测依次为 1（前 5 张）、5（接下来 2 张）、7（其余）。被判为 5 的中间几张，softmax 输出的散布几乎和整个取值范围一样大；论文建议用预测熵或变异比量化这种不确定性，并把这样的输入交给人标注。论文没有报告熵的数值',
    en: '§5.2, Figure 4: LeNet trained on the full MNIST (dropout p = 0.5 before the last fully connected layer), a “1” rotated step by step into 12 images, 100 stochastic passes each: the predictions are 1 (the first 5), 5 (the next 2) and 7 (the rest). For the middle images called 5, the softmax outputs spread over almost the whole range; the paper proposes the entropy or the variation ratio to quantify this uncertainty, and asking a human annotator for a label. It reports no entropy value',
  },
  metric: 'entropy-ood',
  format: { digits: 3 },
  pageSetting: {
    zh: '784 → 256 → 128 → 10 的多层感知机（dropout p = 0.5），T = 50 次前向；1,000 个分布外输入（快速模式 200 个；一半均匀噪声、一半旋转 90° 的测试数字）的平均预测熵，单位奈特（最大 ln 10 ≈ 2.30）',
    en: 'a 784 → 256 → 128 → 10 perceptron (dropout p = 0.5), T = 50 passes: the mean predictive entropy of 1,000 out-of-distribution inputs (200 in quick mode; half uniform noise, half test digits rotated by 90°), in nats (at most ln 10 ≈ 2.30)',
  },
  why: {
    zh: '论文只用一个旋转的“1”作图说明：转到 MNIST 里几乎不会出现的角度时，预测会换类别，同时 MC 前向的散布变得很大；本页上方的旋转图表复现这一现象，这里的数字则检验它能否推广：分布外输入的平均预测熵应明显高于测试集数字（两者都在演示的结论行里）。',
    en: 'the paper illustrates it with a single rotated “1”: at angles MNIST hardly ever shows the prediction switches class while the MC passes spread widely; the rotation chart above reproduces that, and the number here checks whether it generalises: the mean predictive entropy of out-of-distribution inputs should be clearly higher than that of the test digits (both are in the demo’s verdict line).',
  },
});

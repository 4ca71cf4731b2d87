/**
 * The ethics demos beside their papers: Hardt, Price & Srebro (NeurIPS 2016) for the thresholds,
 * Geirhos et al. (Nature MI 2020) for shortcut learning. Both effects are shown qualitatively in
 * the papers (no number comparable to a digit task), so `figure` is null and `why` says what the
 * paper shows and what the page checks. Loaded with the views, never in the page's first load.
 */
import { withPaper } from '@/components/demo/paper';

export const FAIRNESS_PAPER = withPaper({
  ref: 'hardt2016',
  figure: null,
  setting: {
    zh: '§6 FICO 案例：301,536 个 TransUnion TransRisk 信用分数（2003 年），按种族分为四组，“还款”为正例。比较最大利润、单一阈值（不看种族）、人口均等、机会均等和均等几率各自选出的每组阈值：单一阈值下各组的真正例率差别很大，机会均等按构造使各组真正例率相等，付出的利润代价比人口均等小。论文以曲线和阈值图呈现，没有与本页可比的差距数字',
    en: '§6, the FICO case study: 301,536 TransUnion TransRisk credit scores (2003), four groups by race, “repays” as the positive class. It compares the per-group thresholds chosen by max profit, a single (race-blind) threshold, demographic parity, equal opportunity and equalized odds: with one threshold the groups’ true-positive rates differ widely, equal opportunity equalises them by construction, at a smaller cost in profit than demographic parity. The paper shows curves and thresholds, no gap number comparable to this page’s',
  },
  metric: 'tpr-gap-equal-opportunity',
  format: { digits: 3 },
  pageSetting: {
    zh: '“数字 ≥ 5”二分类，784 → 32 → 1 感知机，训练集中褪色的 B 组只占 5%（默认），留出数字一半选阈值、一半测量：机会均等阈值下两组真正例率之差（单一阈值下的差在演示的结论行里）',
    en: '“digit ≥ 5”, a 784 → 32 → 1 perceptron, the faded group B only 5% of training (default), thresholds chosen on half the held-out digits and measured on the other half: the gap in true-positive rates under equal-opportunity thresholds (the single threshold’s gap is in the demo’s verdict line)',
  },
  why: {
    zh: '论文用真实信用分数和真实的种族群体；本页的群体是构造的（随机分组、基础比率 0.6 对 0.4、B 组图像褪色），模型也小得多。要检验的是同一件事：机会均等的阈值使两组的真正例率差小于单一阈值下的差，而两组的精确率仍然不同（Kleinberg 等的不可能定理）。阈值在另一半数据上测量，所以差距不会恰好为零。',
    en: 'the paper uses real credit scores and real racial groups; this page’s groups are constructed (random assignment, base rates 0.6 vs 0.4, group B faded) and its model is far smaller. What it checks is the same: equal-opportunity thresholds make the groups’ TPR gap smaller than a single threshold does, while their precisions still differ (Kleinberg et al.’s impossibility). The thresholds are measured on the other half of the data, so the gap is not exactly zero.',
  },
});

export const RARE_PAPER = withPaper({
  ref: 'geirhos2020',
  figure: null,
  setting: {
    zh: '综述性论文：在独立同分布测试集上表现很好的网络常常依赖“捷径”特征（背景、纹理、医院标记、水印），在分布外测试时失败；论文给出例子和原则（如“用分布外数据测试”），没有单一的可比数字',
    en: 'A perspective article: networks that do well on i.i.d. test sets often rely on “shortcut” features (background, texture, hospital tokens, watermarks) and fail on out-of-distribution tests; it gives examples and principles (e.g. “test on out-of-distribution data”), not a single comparable number',
  },
  metric: 'shortcut-acc-clean',
  format: { percent: true },
  pageSetting: {
    zh: '784 → 128 → 10 感知机，训练时 95%（默认）的数字在类别决定的位置带 3×3 白点：去掉标记后的测试准确率（带标记时的准确率、标记换类时跟着标记走的比例和干净训练的对照都在结论行里）',
    en: 'a 784 → 128 → 10 perceptron, 95% (default) of training digits with a 3×3 white dot at a place set by the class: test accuracy once the mark is removed (accuracy with the mark, the share following a swapped mark and the clean-trained twin are in the verdict line)',
  },
  why: {
    zh: '论文讨论的是大型网络和真实数据中自然存在的捷径；本页人为放置一个标记，使捷径可控、可以去掉。检验的是同一件事：带标记时接近全对，去掉标记后准确率低于干净训练的同样网络，标记换类时很多预测跟着标记走。',
    en: 'the paper discusses shortcuts that occur naturally in large networks and real data; this page plants a mark so the shortcut is controlled and can be removed. It checks the same thing: nearly perfect with the mark, below the clean-trained twin once the mark is gone, and many predictions following a swapped mark.',
  },
});

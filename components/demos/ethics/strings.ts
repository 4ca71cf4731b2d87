/**
 * The ethics views' strings, in both languages: beside the views that use them, loaded with them.
 * Chinese follows the slides' wording; English is a faithful translation.
 */
const zh = {
  fairness: {
    share: '训练集中 B 组占 {p}%', epochs: '训练轮数 {e}',
    chart: '训练过程中两组的错误率（阈值 0.5，400 个留出数字）', xLabel: '训练轮数', yLabel: '错误率',
    seriesA: 'A 组（清晰）', seriesB: 'B 组（褪色）',
    table: '三种阈值策略：阈值在一半留出数字上选，在另一半上测量',
    strategy: '策略', thresholds: '阈值 A / B', err: '错误率 A / B', tpr: '真正例率 A / B', fpr: '假正例率 A / B', pos: '判为正例 A / B', ppv: '精确率 A / B', acc: '总准确率',
    single: '单一阈值', parity: '人口均等', opportunity: '机会均等',
    manual: '自己调阈值', ta: 'A 组阈值 {t}', tb: 'B 组阈值 {t}',
    manualLine: '你的阈值：错误率 A {ea}% / B {eb}%，真正例率 A {ra}% / B {rb}%，判为正例 A {pa}% / B {pb}%，总准确率 {acc}%。',
    verdict: '单一阈值下两组的错误率差 {eg1} 个百分点、真正例率差 {tg1} 个百分点；机会均等阈值把真正例率差变为 {tg2} 个百分点（错误率差 {eg2}），总准确率 {acc1}% → {acc2}%；人口均等的总准确率为 {acc3}%。',
    running: '正在训练（第 {e}/{n} 轮）……阈值表在训练结束后计算。',
    notRun: '点击“运行”：训练一个判断“数字 ≥ 5”的小网络，其训练数据里 B 组很少。',
    groups: '训练：A 组 {na} 个、B 组 {nb} 个数字；留出：A 组 {ta} 个（正例 {ba}%）、B 组 {tb} 个（正例 {bb}%）。',
  },
  rareCases: {
    gallery: '数字 CNN 在它从未见过的输入上（每种变换各 {n} 个留出数字）',
    transform: '变换', acc: '准确率', conf: '平均置信度', cw: '自信地错（置信度 > 0.9 且错）',
    t: { clean: '原样', invert: '黑白颠倒', thick: '笔画加粗', thin: '笔画变细', rot90: '旋转 90°', rot180: '旋转 180°', clutter: '杂乱背景' } as Record<string, string>,
    examples: '例子：每种变换的第一个数字，模型的回答与置信度',
    pred: '判为 {p}（{c}%）', truth: '真实 {y}',
    shortcut: '捷径学习：训练时，{p}% 的数字在类别决定的位置带一个 3×3 的白点',
    marked: '带正确标记', clean: '去掉标记', swapped: '换成别的标记', xLabel: '训练轮数',
    shortcutNet: '学了捷径的网络', plainNet: '干净训练的网络',
    shortcutChart: '测试准确率（带标记训练的网络，与干净训练的网络）', mark: '训练时带标记 {p}%', epochs: '训练轮数 {e}',
    verdict: '带标记时准确率 {m}%，去掉标记 {c}%，标记换成别的类别时 {s}%（其中 {f}% 跟着标记走）；同样的网络用干净数据训练：{p}%。',
    running: '正在运行：{what}……', notRun: '点击“运行”：先把数字 CNN 放到它没见过的输入上，再训练一个会走捷径的网络。',
    phaseCnn: '数字 CNN 的变换测试', phaseShortcut: '训练两个网络（第 {e}/{n} 轮）',
  },
};

const en: typeof zh = {
  fairness: {
    share: 'Group B is {p}% of training', epochs: 'Training epochs {e}',
    chart: 'Each group’s error rate during training (threshold 0.5, 400 held-out digits)', xLabel: 'epoch', yLabel: 'error rate',
    seriesA: 'group A (clear)', seriesB: 'group B (faded)',
    table: 'Three threshold strategies: thresholds chosen on one half of the held-out digits, measured on the other',
    strategy: 'strategy', thresholds: 'thresholds A / B', err: 'error A / B', tpr: 'TPR A / B', fpr: 'FPR A / B', pos: 'predicted positive A / B', ppv: 'precision A / B', acc: 'accuracy',
    single: 'single threshold', parity: 'demographic parity', opportunity: 'equal opportunity',
    manual: 'Set the thresholds yourself', ta: 'group A threshold {t}', tb: 'group B threshold {t}',
    manualLine: 'Your thresholds: error A {ea}% / B {eb}%, TPR A {ra}% / B {rb}%, predicted positive A {pa}% / B {pb}%, accuracy {acc}%.',
    verdict: 'With one threshold the groups’ error rates differ by {eg1} points and their true-positive rates by {tg1}; equal-opportunity thresholds bring the TPR gap to {tg2} points (error gap {eg2}), accuracy {acc1}% → {acc2}%; demographic parity’s accuracy is {acc3}%.',
    running: 'Training (epoch {e}/{n})… the threshold table is computed when training ends.',
    notRun: 'Press Run: a small network learns “is the digit ≥ 5?” from training data in which group B is rare.',
    groups: 'Training: {na} group-A and {nb} group-B digits; held out: {ta} group A ({ba}% positive), {tb} group B ({bb}% positive).',
  },
  rareCases: {
    gallery: 'The digit CNN on inputs it never saw ({n} held-out digits per transform)',
    transform: 'transform', acc: 'accuracy', conf: 'mean confidence', cw: 'confidently wrong (confidence > 0.9 and wrong)',
    t: { clean: 'as is', invert: 'inverted colours', thick: 'thicker strokes', thin: 'thinner strokes', rot90: 'rotated 90°', rot180: 'rotated 180°', clutter: 'cluttered background' },
    examples: 'Examples: the first digit of each transform, the model’s answer and its confidence',
    pred: 'says {p} ({c}%)', truth: 'truth {y}',
    shortcut: 'Shortcut learning: in training, {p}% of the digits carry a 3×3 white dot at a place set by their class',
    marked: 'right mark', clean: 'mark removed', swapped: 'another class’s mark', xLabel: 'epoch',
    shortcutNet: 'network that learned the shortcut', plainNet: 'clean-trained twin',
    shortcutChart: 'test accuracy (the marked-trained network, and the clean-trained twin)', mark: 'Mark on {p}% of training digits', epochs: 'Training epochs {e}',
    verdict: 'With the mark: {m}% accuracy; mark removed: {c}%; mark of another class: {s}% (and {f}% follow the mark). The same network trained on clean digits: {p}%.',
    running: 'Running: {what}…', notRun: 'Press Run: first the digit CNN on inputs it never saw, then a network that learns a shortcut.',
    phaseCnn: 'the digit CNN on transformed digits', phaseShortcut: 'training two networks (epoch {e}/{n})',
  },
};

export const STRINGS = { zh, en };
export type Strings = typeof zh;

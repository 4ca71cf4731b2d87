/**
 * The automl views' strings, in both languages: beside the views that use them, loaded with them.
 * Chinese follows the slides' wording; English is a faithful translation.
 */
const zh = {
  nasController: {
    samples: '每种方法的子网络数 {v}', proxyDigits: '代理训练数字数', proxySteps: '代理训练步数', size: '代理图像边长', policyLr: '控制器学习率 η',
    chart: '每个子网络的验证准确率（奖励）：控制器与随机搜索交替采样',
    xLabel: '采样的子网络（每种方法）', yLabel: '验证准确率', controller: '控制器（REINFORCE）', random: '随机搜索', baseline: '滑动平均基线',
    policyTitle: '控制器的策略：每个决策上各选项的概率',
    decisions: { k1: '第 1 层卷积核', f1: '卷积核个数', pool: '2×2 池化', k2: '第 2 层卷积核', skip: '跳跃连接', lr: '学习率' },
    none: '无', yes: '有', no: '无',
    recent: '最近采样的结构（左：控制器，右：随机搜索）',
    archAlt: '子网络结构：{d}；代理验证准确率 {acc}%',
    fullTitle: '在完整训练集上重新训练（{n} 个测试数字）',
    fullHead: ['来源', '结构', '代理准确率', '完整训练后'],
    roles: { 'best-controller': '控制器最好的', 'best-random': '随机搜索最好的', spread: '排名分布取样' },
    running: '正在训练第 {i} 个子网络（共 {n} 个）…',
    fullRunning: '搜索结束，正在完整训练集上重新训练挑出的结构…',
    verdict: '控制器前 10 个子网络的平均奖励 {first}%，最后 10 个 {last}%。重新训练后：控制器最好的结构 {bc}%，随机搜索最好的 {br}%（{winner}）。代理准确率与完整训练准确率的 Spearman 秩相关 ρ = {rho}（{n} 个结构）。',
    winners: { controller: '控制器胜出', random: '随机搜索胜出', tie: '打平' },
    notRun: '点击“运行”：控制器与随机搜索轮流各训练一个子网络。',
  },
  darts: {
    searchSteps: '搜索步数 {v}', lrAlpha: 'α 的学习率', retrainSteps: '重新训练步数',
    cellTitle: '单元（cell）：颜色 = 操作，粗细 = softmax(α) 中该操作的权重',
    cellAlt: 'DARTS 单元，4 个节点、6 条边；第 {step} 步时每条边最强的操作：{ops}',
    discreteAlt: '离散化后的单元：{ops}',
    step: '搜索第 {step} 步',
    ops: { zero: '零（断开）', skip: '跳跃（恒等）', 'avg-pool': '3×3 平均池化', 'max-pool': '3×3 最大池化', conv: '3×3 卷积 + ReLU' },
    edge: '边',
    discreteTitle: '离散化（每条边取最强的非零操作）与随机单元',
    dartsCell: 'DARTS 单元', randomCell: '随机单元',
    chart: '从头重新训练：测试准确率（训练中用 {n} 个测试数字，最后用全部）',
    xLabel: '重新训练步数', yLabel: '测试准确率',
    running: '正在搜索：α 与 w 交替更新…', retraining: '正在重新训练两个离散单元…',
    verdict: '搜索后 softmax(α) 离均匀分布的平均距离（总变差）为 {dep}（0 表示仍是均匀的）。重新训练后：DARTS 单元 {d}%，随机单元 {r}%（{n} 个测试数字）。',
    skipTakeover: '跳跃连接占领了 {k}/6 条边：这正是 DARTS 已知的失败模式（跳跃连接最先降低训练损失，α 偏向它，而得到的单元几乎没有可学的操作）。',
    noTakeover: '这次跳跃连接只占 {k}/6 条边。',
    notRun: '点击“运行”：先搜索（α 与 w 交替训练），再离散化并与随机单元比较。',
  },
};

const en: typeof zh = {
  nasController: {
    samples: 'Children per method {v}', proxyDigits: 'Proxy training digits', proxySteps: 'Proxy training steps', size: 'Proxy image side', policyLr: 'Controller learning rate η',
    chart: 'Validation accuracy (the reward) of each child: the controller and random search sample in turn',
    xLabel: 'children sampled (per method)', yLabel: 'validation accuracy', controller: 'controller (REINFORCE)', random: 'random search', baseline: 'moving-average baseline',
    policyTitle: 'The controller’s policy: the probability of each option at each decision',
    decisions: { k1: 'layer 1 kernel', f1: 'filters', pool: '2×2 pooling', k2: 'layer 2 kernel', skip: 'skip connection', lr: 'learning rate' },
    none: 'none', yes: 'yes', no: 'no',
    recent: 'The latest architectures (left: controller, right: random search)',
    archAlt: 'Child network: {d}; proxy validation accuracy {acc}%',
    fullTitle: 'Retrained on the full training set ({n} test digits)',
    fullHead: ['From', 'Architecture', 'Proxy accuracy', 'After full training'],
    roles: { 'best-controller': 'controller’s best', 'best-random': 'random search’s best', spread: 'spread over the ranking' },
    running: 'Training child {i} of {n}…',
    fullRunning: 'Search done; retraining the chosen architectures on the full training set…',
    verdict: 'The controller’s mean reward was {first}% over its first 10 children and {last}% over its last 10. After retraining: the controller’s best architecture {bc}%, random search’s best {br}% ({winner}). Spearman rank correlation between proxy and full-training accuracy ρ = {rho} ({n} architectures).',
    winners: { controller: 'the controller wins', random: 'random search wins', tie: 'a tie' },
    notRun: 'Press Run: the controller and random search each train one child in turn.',
  },
  darts: {
    searchSteps: 'Search steps {v}', lrAlpha: 'Learning rate of α', retrainSteps: 'Retraining steps',
    cellTitle: 'The cell: colour = operation, thickness = that operation’s weight in softmax(α)',
    cellAlt: 'DARTS cell with 4 nodes and 6 edges; the strongest operation on each edge at step {step}: {ops}',
    discreteAlt: 'The discretised cell: {ops}',
    step: 'search step {step}',
    ops: { zero: 'zero (no edge)', skip: 'skip (identity)', 'avg-pool': '3×3 average pooling', 'max-pool': '3×3 max pooling', conv: '3×3 conv + ReLU' },
    edge: 'edge',
    discreteTitle: 'Discretised (the strongest non-zero operation per edge) and a random cell',
    dartsCell: 'DARTS cell', randomCell: 'random cell',
    chart: 'Retrained from scratch: test accuracy ({n} test digits while training, all of them at the end)',
    xLabel: 'retraining steps', yLabel: 'test accuracy',
    running: 'Searching: α and w updated in turn…', retraining: 'Retraining both discrete cells…',
    verdict: 'After the search, softmax(α) is on average {dep} from uniform (total variation; 0 means still uniform). After retraining: the DARTS cell {d}%, the random cell {r}% ({n} test digits).',
    skipTakeover: 'Skip connections took {k} of the 6 edges: the known failure mode of DARTS (skips lower the training loss first, α drifts to them, and the resulting cell has almost nothing left to learn).',
    noTakeover: 'This time skip connections hold only {k} of the 6 edges.',
    notRun: 'Press Run: search first (α and w trained in turn), then discretise and compare with a random cell.',
  },
};

export const STRINGS = { zh, en };
export type Strings = typeof zh;

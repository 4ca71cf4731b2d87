/**
 * The continual views' strings, in both languages: beside the views that use them, loaded with them.
 * Chinese follows the slides' wording; English is a faithful translation.
 */
const zh = {
  methods: { naive: '直接微调', ewc: 'EWC', lwf: 'LwF（蒸馏）', replay: '回放', joint: '联合训练（上限）' },
  splitMnist: {
    scenario: '场景', scenarios: { class: '类别增加型', task: '任务增加型' },
    lambda: 'EWC 的 λ = {v}', temperature: 'LwF 温度 T = {v}', alpha: 'LwF 蒸馏权重 = {v}', buffer: '回放缓存 {v} 个旧数字', steps: '每个任务 {v} 步',
    chart: '已学任务上的平均准确率（每个任务 {n} 个留出数字）', xLabel: '训练步数（5 个任务依次进行）', yLabel: '平均准确率',
    matrixTitle: '准确率矩阵（%）：第 t 行是学完任务 t 之后，各列是各个任务（列标题为它的两个数字）；学习过程中用固定的留出子集，最后一行用全部留出数字。',
    matrixAria: '{m} 的准确率矩阵',
    rowLabel: '学完任务 {t}', colLabel: '任务 {i}',
    tableCaption: '学完全部 5 个任务后，在全部留出数字上的平均准确率（本页 vs. van de Ven & Tolias 2019 表 4）',
    method: '方法', ours: '本页', forgetting: '平均遗忘', paper: '论文（{s}）',
    running: '正在训练任务 {t}/5：五种方法交替进行……',
    result: '{scenario}：直接微调 {naive}%，EWC {ewc}%，LwF {lwf}%，回放 {replay}%，联合训练 {joint}%。',
    notRun: '点击“运行”：五种方法依次学习 5 个任务（0/1、2/3、4/5、6/7、8/9），每个任务 {steps} 步。',
    how: '同一个 784 → {h} → {h} → 10 的多层感知机、同样的初始权重和同样的小批量；Adam，学习率 0.001，批大小 64。',
  },
  importance: {
    lambda: 'EWC 的 λ = {v}', steps: '任务 B 训练 {v} 步',
    fisherTitle: '学完任务 A（0/1）后，第一层权重的重要性 Fᵢ（每个像素：连向 100 个隐藏单元的 Fᵢ 之和）',
    fisherAria: '第一层权重的 Fisher 信息对角线，按输入像素排成 28×28 的图',
    unitsTitle: '最重要的 8 个隐藏单元：各自 784 个输入权重的 Fᵢ',
    unitAria: '隐藏单元 {u} 的输入权重重要性',
    driftTitle: '学任务 B（2/3）时参数离 θ*_A 的距离', xLabel: '任务 B 的训练步数', yLabel: '距离（相对最大值）',
    accTitle: '学任务 B 时，任务 A 的准确率', accLabel: '任务 A 准确率',
    plain: '{m}：‖θ − θ*_A‖', weighted: '{m}：√Σ Fᵢ(θᵢ − θ*_A,ᵢ)²', acc: '{m}',
    result: '任务 B 之后：直接微调 欧氏距离 {dn}、加权距离 {wn}，任务 A 准确率 {an}%；EWC 欧氏距离 {de}、加权距离 {we}，任务 A 准确率 {ae}%，任务 B 准确率 {be}%（直接微调 {bn}%）。',
    notRun: '点击“运行”：先学任务 A（0/1），算出 Fisher 信息，再分别用直接微调和 EWC 学任务 B（2/3）。',
    running: '正在训练……',
  },
};

const en: typeof zh = {
  methods: { naive: 'naive fine-tuning', ewc: 'EWC', lwf: 'LwF (distillation)', replay: 'replay', joint: 'joint (upper bound)' },
  splitMnist: {
    scenario: 'Scenario', scenarios: { class: 'class-incremental', task: 'task-incremental' },
    lambda: 'EWC λ = {v}', temperature: 'LwF temperature T = {v}', alpha: 'LwF distillation weight = {v}', buffer: 'replay buffer: {v} old digits', steps: '{v} steps per task',
    chart: 'Average accuracy on the tasks learned so far ({n} held-out digits per task)', xLabel: 'training steps (the 5 tasks in turn)', yLabel: 'average accuracy',
    matrixTitle: 'Accuracy matrices (%): row t is after task t, the columns are the tasks (headed by their two digits); a fixed held-out subset while training, all held-out digits for the last row.',
    matrixAria: 'accuracy matrix of {m}',
    rowLabel: 'after task {t}', colLabel: 'task {i}',
    tableCaption: 'Average accuracy on all held-out digits after all 5 tasks (this page vs. van de Ven & Tolias 2019, Table 4)',
    method: 'method', ours: 'this page', forgetting: 'mean forgetting', paper: 'paper ({s})',
    running: 'Training task {t}/5: the five methods take turns…',
    result: '{scenario}: naive {naive}%, EWC {ewc}%, LwF {lwf}%, replay {replay}%, joint {joint}%.',
    notRun: 'Press Run: five methods learn the 5 tasks (0/1, 2/3, 4/5, 6/7, 8/9) one after another, {steps} steps each.',
    how: 'The same 784 → {h} → {h} → 10 perceptron, the same initial weights and the same minibatches; Adam, learning rate 0.001, batch 64.',
  },
  importance: {
    lambda: 'EWC λ = {v}', steps: '{v} steps on task B',
    fisherTitle: 'After task A (0/1), the importance Fᵢ of the first layer’s weights (per pixel: the sum of Fᵢ over its weights to the 100 hidden units)',
    fisherAria: 'the Fisher information diagonal of the first layer, arranged per input pixel as a 28×28 image',
    unitsTitle: 'The 8 most important hidden units: Fᵢ of each one’s 784 input weights',
    unitAria: 'importance of hidden unit {u}’s input weights',
    driftTitle: 'Distance from θ*_A while learning task B (2/3)', xLabel: 'steps on task B', yLabel: 'distance (relative to the largest)',
    accTitle: 'Accuracy on task A while learning task B', accLabel: 'task A accuracy',
    plain: '{m}: ‖θ − θ*_A‖', weighted: '{m}: √Σ Fᵢ(θᵢ − θ*_A,ᵢ)²', acc: '{m}',
    result: 'After task B: naive fine-tuning moved {dn} (Euclidean), {wn} (Fisher-weighted), task A accuracy {an}%; EWC moved {de} and {we}, task A accuracy {ae}%, task B accuracy {be}% (naive {bn}%).',
    notRun: 'Press Run: learn task A (0/1), compute the Fisher information, then learn task B (2/3) by naive fine-tuning and by EWC.',
    running: 'Training…',
  },
};

export const STRINGS = { zh, en };
export type Strings = typeof zh;

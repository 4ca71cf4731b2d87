/**
 * The generalization views' strings, in both languages: beside the views that use them, loaded with them.
 * Chinese follows the slides' wording; English is a faithful translation.
 */
const zh = {
  randomLabels: {
    corruption: '破坏方式', regulariser: '正则化',
    corruptions: { labels: '标签随机打乱', pixels: '像素随机打乱', noise: '高斯噪声图像' },
    regularisers: { none: '无', decay: '权重衰减', dropout: 'dropout 0.3' },
    epochs: '训练轮数 {epochs}',
    chartTrain: '训练准确率随轮数的变化', chartTest: '测试准确率随轮数的变化', xLabel: '训练轮数（epoch）', yTrain: '训练准确率', yTest: '测试准确率',
    seriesTrue: '真实标签', seriesBad: '破坏后的数据',
    result: '第 {epoch} 轮：真实数据 训练 {tt}% / 测试 {st}%；破坏后的数据 训练 {tb}% / 测试 {sb}%（{n} 个训练数字、{m} 个测试数字）。',
    fit: '训练准确率达到 95%：真实标签在第 {a} 轮，破坏后的数据在第 {b} 轮。',
    notFit: '破坏后的数据还没有记住（训练准确率 < 95%）：再多训练几轮。',
    timeLeft: '还在训练，约剩 {s} 秒。',
    notRun: '点击“运行”：同一个网络、同样的初始值，交替地在真实数据和破坏后的数据上各训练一轮。',
  },
  doubleDescent: {
    noise: '标签噪声 {noise}%', nTrain: '训练样本数 n',
    chart: '测试误差随随机特征数 p 的变化（对数横轴）', xLabel: '随机 ReLU 特征数 p（模型参数 = 10p）', yLabel: '分类误差',
    seriesTest: '测试误差', seriesTrain: '训练误差', threshold: 'p = n',
    result: '峰值在 p = {peak}（n = {n}）：测试误差 {atPeak}%；峰左侧的最小误差 {small}%；最大模型（p = {pmax}）{large}%。',
    running: '已算到 p = {p}……',
    notRun: '点击“运行”：对每个 p 求最小范数最小二乘解，从小模型算到大模型。',
  },
  lottery: {
    rounds: '剪枝轮数 {rounds}', epochs: '每次训练 {epochs} 轮',
    chart: '测试准确率随剩余权重比例的变化', xLabel: '剩余权重比例（对数横轴）', yLabel: '测试准确率',
    seriesWin: '中奖彩票（回到原始初始值）', seriesReinit: '同一掩码，重新随机初始化', seriesRandom: '随机剪枝，原始初始值',
    result: '剩余 {left}% 的权重：中奖彩票 {win}%，重新初始化 {re}%，随机剪枝 {rnd}%（完整网络 {full}%）。',
    running: '正在训练下一轮……',
    partial: '中奖彩票：剩余 {left}% 的权重时测试准确率 {win}%（完整网络 {full}%）。两种对照随后在最稀疏处训练。',
    stage: '正在训练：{what}，第 {round} 轮剪枝（剩余 {left}% 的权重），第 {i} / {n} 次训练。',
    kinds: { winning: '中奖彩票', reinit: '同一掩码、重新初始化', random: '随机剪枝' },
    timeLeft: '约剩 {s} 秒。',
    notRun: '点击“运行”：训练 LeNet-300-100，逐轮剪掉 20% 的权重，比较三种重新训练方式。',
  },
};

const en: typeof zh = {
  randomLabels: {
    corruption: 'Corruption', regulariser: 'Regularisation',
    corruptions: { labels: 'labels randomly permuted', pixels: 'pixels randomly shuffled', noise: 'Gaussian-noise images' },
    regularisers: { none: 'none', decay: 'weight decay', dropout: 'dropout 0.3' },
    epochs: 'Epochs {epochs}',
    chartTrain: 'Training accuracy against epochs', chartTest: 'Test accuracy against epochs', xLabel: 'epoch', yTrain: 'training accuracy', yTest: 'test accuracy',
    seriesTrue: 'true labels', seriesBad: 'corrupted data',
    result: 'Epoch {epoch}: true data train {tt}% / test {st}%; corrupted data train {tb}% / test {sb}% ({n} training digits, {m} test digits).',
    fit: 'Training accuracy reached 95%: true labels at epoch {a}, corrupted data at epoch {b}.',
    notFit: 'The corrupted data is not memorised yet (training accuracy < 95%): train a few more epochs.',
    timeLeft: 'Still training: about {s} s left.',
    notRun: 'Press Run: the same network from the same initial values, trained one epoch at a time on the true data and on the corrupted data, in turn.',
  },
  doubleDescent: {
    noise: 'Label noise {noise}%', nTrain: 'Training digits n',
    chart: 'Test error against the number of random features p (log axis)', xLabel: 'random ReLU features p (model parameters = 10p)', yLabel: 'classification error',
    seriesTest: 'test error', seriesTrain: 'training error', threshold: 'p = n',
    result: 'The peak is at p = {peak} (n = {n}): test error {atPeak}%; the smallest error left of the peak {small}%; the largest model (p = {pmax}) {large}%.',
    running: 'Computed up to p = {p}…',
    notRun: 'Press Run: the minimum-norm least-squares fit for every p, from small models to large ones.',
  },
  lottery: {
    rounds: 'Pruning rounds {rounds}', epochs: '{epochs} epochs per training',
    chart: 'Test accuracy against the fraction of weights remaining', xLabel: 'weights remaining (log axis)', yLabel: 'test accuracy',
    seriesWin: 'winning ticket (original init)', seriesReinit: 'same mask, random re-init', seriesRandom: 'random pruning, original init',
    result: '{left}% of the weights left: winning ticket {win}%, re-initialised {re}%, randomly pruned {rnd}% (full network {full}%).',
    running: 'Training the next round…',
    partial: 'Winning ticket: {win}% test accuracy with {left}% of the weights left (full network {full}%). The two controls are trained next, at the sparsest level first.',
    stage: 'Training: {what}, pruning round {round} ({left}% of the weights left), training {i} of {n}.',
    kinds: { winning: 'winning ticket', reinit: 'same mask, re-initialised', random: 'random pruning' },
    timeLeft: 'About {s} s left.',
    notRun: 'Press Run: train LeNet-300-100, prune 20% of its weights a round, and compare three ways of retraining.',
  },
};

export const STRINGS = { zh, en };
export type Strings = typeof zh;

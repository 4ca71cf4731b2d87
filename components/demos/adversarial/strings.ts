/**
 * The adversarial views' strings, in both languages: beside the views that use them, loaded with them.
 * Chinese follows the slides' wording; English is a faithful translation.
 */
const zh = {
  fgsm: {
    targetParam: '目标类别',
    epsLabel: '扰动大小 ε = {eps}（像素取值 0–1）', mode: '攻击方式', untargeted: '非目标攻击（FGSM，一步）', targeted: '目标攻击（迭代 FGSM）',
    targetClass: '目标类别', drawHint: '写一个 0–9 的数字。它会像 MNIST 一样被缩放到 20×20 并按质心居中；真实标签未知，所以攻击的是模型自己的预测。',
    original: '原图 x', label: '标签', perturbation: '对抗噪声 x̃ − x（放大到 ±ε）', perturbationTargeted: '对抗噪声（朝类别 {target} 迭代 {steps} 步）',
    adversarial: '对抗样本 x̃', before: '攻击前的前三名', after: '攻击后的前三名',
    flipped: '预测从 {a} 变成了 {b}（置信度 {p}%），而每个像素的改变都不超过 ε = {eps}。',
    held: '在 ε = {eps} 时，模型仍然预测 {a}。试着增大 ε。',
    method: '非目标攻击：x̃ = clip(x + ε·sign(∇ₓL(θ, x, y)), 0, 1)，一次梯度计算。目标攻击：Kurakin 等人（2017）的迭代方法，每步 x̃ ← Π_ε(x̃ − α·sign(∇ₓL(θ, x̃, t)))，α = ε/4，共 10 步，每步都投影回 ε 盒子。',
  },
  fgsmSweep: {
    intro: '对 {n} 个测试集数字，在每个 ε 下用 FGSM 攻击，并统计模型仍然分类正确的比例；作为对照，再加同样大小、方向随机的 ±ε 噪声。每批只需一次反向传播：梯度不依赖 ε。',
    chartTitle: '准确率随 ε 的变化：我们的 CNN 与论文中的数字', accuracy: '准确率',
    fgsmSeries: 'FGSM 攻击', randomSeries: '同样大小的随机噪声',
    model: '被攻击的模型', modelPlain: '普通训练的 CNN', modelNoise: '用随机噪声增广训练的 CNN',
    refSoftmax: '论文：浅层 softmax，0.1%', refMaxout: '论文：maxout 网络，10.6%',
    progress: '已完成 {done} / {total} 个数字，用时 {s} 秒', notRun: '点击“运行”开始实验。',
    compare: '我们的 CNN 在 ε = 0.25 时准确率为 {ours}%（错误率 {err}%）；同样大小的随机 ±ε 噪声下仍有 {rnd}%。Goodfellow 等人（2015）报告：浅层 softmax 分类器错误率 99.9%，maxout 网络错误率 89.4%。我们的模型是在 8,000 个数字上训练的小型卷积网络，曲线自然不同——但同样会崩溃。',
    paper: 'Goodfellow 等人（2015）：ε = 0.25 时，浅层 softmax 分类器在 MNIST 测试集上的错误率为 99.9%，maxout 网络为 89.4%。',
  },
};

const en: typeof zh = {
  fgsm: {
    targetParam: 'target class',
    epsLabel: 'perturbation size ε = {eps} (pixels range 0–1)', mode: 'Attack', untargeted: 'untargeted (FGSM, one step)', targeted: 'targeted (iterative FGSM)',
    targetClass: 'target class', drawHint: 'Draw a digit 0–9. Like MNIST, it is scaled into 20×20 pixels and centred by its centre of mass; its true label is unknown, so the attack targets the model’s own prediction.',
    original: 'original x', label: 'label', perturbation: 'adversarial noise x̃ − x (scaled to ±ε)', perturbationTargeted: 'adversarial noise ({steps} steps toward class {target})',
    adversarial: 'adversarial example x̃', before: 'top 3 before the attack', after: 'top 3 after the attack',
    flipped: 'The prediction flipped from {a} to {b} ({p}% confident), though no pixel changed by more than ε = {eps}.',
    held: 'At ε = {eps} the model still says {a}. Try a larger ε.',
    method: 'Untargeted: x̃ = clip(x + ε·sign(∇ₓL(θ, x, y)), 0, 1), one gradient. Targeted: the iterative method of Kurakin et al. (2017), x̃ ← Π_ε(x̃ − α·sign(∇ₓL(θ, x̃, t))) with α = ε/4 for 10 steps, projected back into the ε-box after each.',
  },
  fgsmSweep: {
    intro: 'FGSM on {n} held-out test digits at each ε, counting how many the model still classifies correctly; as a control, random ±ε noise of the same size. One backward pass per batch is enough: the gradient does not depend on ε.',
    chartTitle: 'Accuracy vs ε: our CNN beside the paper’s numbers', accuracy: 'accuracy',
    fgsmSeries: 'FGSM attack', randomSeries: 'random noise, same size',
    model: 'Model under attack', modelPlain: 'CNN, ordinary training', modelNoise: 'CNN trained with random-noise augmentation',
    refSoftmax: 'paper: shallow softmax, 0.1%', refMaxout: 'paper: maxout network, 10.6%',
    progress: '{done} of {total} digits done in {s} s', notRun: 'Press Run to start the experiment.',
    compare: 'At ε = 0.25 our CNN keeps {ours}% accuracy (error {err}%); under random ±ε noise of the same size it keeps {rnd}%. Goodfellow et al. (2015) report 99.9% error for a shallow softmax classifier and 89.4% for a maxout network. Ours is a small convolutional network trained on 8,000 digits, so its curve differs — but it collapses all the same.',
    paper: 'Goodfellow et al. (2015): at ε = 0.25, a shallow softmax classifier errs on 99.9% of MNIST test digits, a maxout network on 89.4%.',
  },
};

export const STRINGS = { zh, en };
export type Strings = typeof zh;

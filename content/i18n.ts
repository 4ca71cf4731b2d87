/**
 * Every UI string of the site, in both languages. Chinese follows the slides' wording; English is
 * a faithful translation. Prose lives in content/<lang>/*.mdx, not here.
 */
import type { Lang, Part } from './lectures';

const zh = {
  siteTitle: '深度学习前沿',
  courseName: '人工神经网络（深度学习）2',
  university: '中山大学',
  langName: '中文',
  otherLang: 'English',
  switchLang: '切换到英文',
  skipToContent: '跳到正文',
  menu: '目录',
  lectures: '讲次',
  onThisPage: '本页内容',
  prev: '上一讲',
  next: '下一讲',
  home: '课程首页',
  comingSoon: '即将上线',
  ready: '已上线',
  liveDemos: '个实时演示',
  parts: { recap: 'Recap：回顾', where: 'Where：追研究前沿', whoops: 'Whoops：探未解之谜', while: 'While：评大众观点' } satisfies Record<Part, string>,
  overviewTitle: '深度学习概览',
  overviewIntro: '这门课沿着六个 W 展开：前三个是“人工神经网络（深度学习）1”的内容，本课程讲后三个——研究前沿、未解之谜与大众观点。每一讲都配有在你自己电脑上（GPU 优先）实时训练和运行的神经网络演示。',
  sixWs: [
    ['What', '揭神秘面纱'], ['Wow', '赏群模乱舞'], ['Why', '寻万能之源'],
    ['Where', '追研究前沿'], ['Whoops', '探未解之谜'], ['While', '评大众观点'],
  ] as [string, string][],
  chooseLanguage: '请选择语言',
  // demo frame
  demo: {
    run: '运行', stop: '停止', reset: '重置', retry: '重试',
    loading: '正在加载模型与计算后端…', waiting: '滚动到这里时加载', running: '运行中…', done: '完成', stopped: '已停止',
    backend: '计算后端', switchBackend: '切换计算后端', auto: '自动',
    noJs: '这个实时演示需要 JavaScript。正文与公式无需 JavaScript 即可阅读。',
    errors: {
      loadFailed: '无法下载训练好的模型或数据（{detail}）。请检查网络后重试。',
      noBackend: '此浏览器没有可用的计算后端：{detail}。请换一个后端或浏览器再试。',
      contextLost: 'WebGL 上下文丢失了（显卡被重置或占用）。可以在另一个后端上重试。',
      generic: '演示出错了：{detail}',
    },
    notices: {
      badBackend: '链接中的后端“{value}”无法识别，已自动选择。',
      badSeed: '链接中的随机种子“{value}”不是 0 到 4294967295 之间的整数，已使用默认值 {seed}。',
      badHash: '链接中 # 之后的参数无法解析，已使用默认设置。',
      outOfRange: '链接中的 {name} = {value} 超出范围 [{min}, {max}]，已使用 {used}。',
      badNumber: '链接中的 {name} = “{value}” 不是数字，已使用默认值 {dflt}。',
    },
    fellBack: '已跳过：{detail}',
  },
  fgsm: {
    input: '输入', testDigit: '测试集数字', myDrawing: '我自己画的', digitIndex: '测试数字编号（0–1999）',
    prevDigit: '上一个数字', nextDigit: '下一个数字', random: '随机', digitParam: '数字编号', targetParam: '目标类别',
    epsLabel: '扰动大小 ε = {eps}（像素取值 0–1）', mode: '攻击方式', untargeted: '非目标攻击（FGSM，一步）', targeted: '目标攻击（迭代 FGSM）',
    targetClass: '目标类别', drawHere: '在这里用鼠标或手指写一个数字', drawHint: '写一个 0–9 的数字。它会像 MNIST 一样被缩放到 20×20 并按质心居中；真实标签未知，所以攻击的是模型自己的预测。',
    clear: '清除', drawFirst: '画板是空的：请先写一个数字。',
    original: '原图 x', label: '标签', perturbation: '对抗噪音 x̃ − x（放大到 ±ε）', perturbationTargeted: '对抗噪音（朝类别 {target} 迭代 {steps} 步）',
    adversarial: '对抗样本 x̃', before: '攻击前的前三名', after: '攻击后的前三名',
    flipped: '预测从 {a} 变成了 {b}（置信度 {p}%），而每个像素的改变都不超过 ε = {eps}。',
    held: '在 ε = {eps} 时，模型仍然预测 {a}。试着增大 ε。',
    method: '非目标攻击：x̃ = clip(x + ε·sign(∇ₓL(θ, x, y)), 0, 1)，一次梯度计算。目标攻击：Kurakin 等人（2017）的迭代方法，每步 x̃ ← Π_ε(x̃ − α·sign(∇ₓL(θ, x̃, t)))，α = ε/4，共 10 步，每步都投影回 ε 盒子。',
  },
  fgsmSweep: {
    intro: '对 {n} 个测试集数字，在每个 ε 下用 FGSM 攻击，并统计模型仍然分类正确的比例。每批只需一次反向传播：梯度不依赖 ε。',
    chartTitle: '准确率随 ε 的变化：我们的 CNN 与论文中的数字', accuracy: '准确率',
    refSoftmax: '论文：浅层 softmax，0.1%', refMaxout: '论文：maxout 网络，10.6%',
    progress: '已完成 {done} / {total} 个数字，用时 {s} 秒', notRun: '点击“运行”开始实验。',
    compare: '我们的 CNN 在 ε = 0.25 时准确率为 {ours}%（错误率 {err}%）。Goodfellow 等人（2015）报告：浅层 softmax 分类器错误率 99.9%，maxout 网络错误率 89.4%。我们的模型是在 8,000 个数字上训练的小型卷积网络，曲线自然不同——但同样会崩溃。',
    paper: 'Goodfellow 等人（2015）：ε = 0.25 时，浅层 softmax 分类器在 MNIST 测试集上的错误率为 99.9%，maxout 网络为 89.4%。',
  },
  figure: '图',
  question: '问题',
  showAnswer: '显示答案',
  hideAnswer: '隐藏答案',
  paper: '论文',
  noscriptHome: '请选择语言：',
};

type Dict = typeof zh;

const en: Dict = {
  siteTitle: 'Frontiers of Deep Learning',
  courseName: 'Artificial Neural Networks (Deep Learning) 2',
  university: 'Sun Yat-sen University',
  langName: 'English',
  otherLang: '中文',
  switchLang: 'Switch to Chinese',
  skipToContent: 'Skip to content',
  menu: 'Contents',
  lectures: 'Lectures',
  onThisPage: 'On this page',
  prev: 'Previous',
  next: 'Next',
  home: 'Course home',
  comingSoon: 'coming soon',
  ready: 'ready',
  liveDemos: 'live demos',
  parts: { recap: 'Recap', where: 'Where: the research frontier', whoops: 'Whoops: open mysteries', while: 'While: weighing popular views' },
  overviewTitle: 'Deep learning at a glance',
  overviewIntro: 'The course follows six W’s. The first three belong to “Artificial Neural Networks (Deep Learning) 1”; this course covers the last three — the research frontier, the open mysteries, and popular views. Every lecture comes with neural-network demos that train and run live on your own computer (on its GPU when it has one).',
  sixWs: [
    ['What', 'lifting the veil'], ['Wow', 'a parade of models'], ['Why', 'the source of its power'],
    ['Where', 'chasing the research frontier'], ['Whoops', 'exploring open mysteries'], ['While', 'weighing popular views'],
  ],
  chooseLanguage: 'Choose a language',
  demo: {
    run: 'Run', stop: 'Stop', reset: 'Reset', retry: 'Retry',
    loading: 'Loading the model and compute backend…', waiting: 'Loads when you scroll here', running: 'Running…', done: 'Done', stopped: 'Stopped',
    backend: 'Backend', switchBackend: 'Switch compute backend', auto: 'auto',
    noJs: 'This live demo needs JavaScript. The text and formulas read fine without it.',
    errors: {
      loadFailed: 'Could not download the trained model or data ({detail}). Check your connection and retry.',
      noBackend: 'No compute backend works in this browser: {detail}. Try another backend or browser.',
      contextLost: 'The WebGL context was lost (the GPU was reset or is busy). You can retry on another backend.',
      generic: 'The demo hit a problem: {detail}',
    },
    notices: {
      badBackend: 'The link’s backend “{value}” is not one we know; choosing automatically.',
      badSeed: 'The link’s seed “{value}” is not a whole number from 0 to 4294967295; using the default {seed}.',
      badHash: 'The settings after # in the link could not be read; using the defaults.',
      outOfRange: 'The link’s {name} = {value} is outside [{min}, {max}]; using {used}.',
      badNumber: 'The link’s {name} = “{value}” is not a number; using the default {dflt}.',
    },
    fellBack: 'Passed over: {detail}',
  },
  fgsm: {
    input: 'Input', testDigit: 'test digit', myDrawing: 'my drawing', digitIndex: 'test digit number (0–1999)',
    prevDigit: 'previous digit', nextDigit: 'next digit', random: 'Random', digitParam: 'digit number', targetParam: 'target class',
    epsLabel: 'perturbation size ε = {eps} (pixels range 0–1)', mode: 'Attack', untargeted: 'untargeted (FGSM, one step)', targeted: 'targeted (iterative FGSM)',
    targetClass: 'target class', drawHere: 'Draw a digit here with a mouse or a finger', drawHint: 'Draw a digit 0–9. Like MNIST, it is scaled into 20×20 pixels and centred by its centre of mass; its true label is unknown, so the attack targets the model’s own prediction.',
    clear: 'Clear', drawFirst: 'The drawing pad is empty: draw a digit first.',
    original: 'original x', label: 'label', perturbation: 'adversarial noise x̃ − x (scaled to ±ε)', perturbationTargeted: 'adversarial noise ({steps} steps toward class {target})',
    adversarial: 'adversarial example x̃', before: 'top 3 before the attack', after: 'top 3 after the attack',
    flipped: 'The prediction flipped from {a} to {b} ({p}% confident), though no pixel changed by more than ε = {eps}.',
    held: 'At ε = {eps} the model still says {a}. Try a larger ε.',
    method: 'Untargeted: x̃ = clip(x + ε·sign(∇ₓL(θ, x, y)), 0, 1), one gradient. Targeted: the iterative method of Kurakin et al. (2017), x̃ ← Π_ε(x̃ − α·sign(∇ₓL(θ, x̃, t))) with α = ε/4 for 10 steps, projected back into the ε-box after each.',
  },
  fgsmSweep: {
    intro: 'FGSM on {n} held-out test digits at each ε, counting how many the model still classifies correctly. One backward pass per batch is enough: the gradient does not depend on ε.',
    chartTitle: 'Accuracy vs ε: our CNN beside the paper’s numbers', accuracy: 'accuracy',
    refSoftmax: 'paper: shallow softmax, 0.1%', refMaxout: 'paper: maxout network, 10.6%',
    progress: '{done} of {total} digits done in {s} s', notRun: 'Press Run to start the experiment.',
    compare: 'At ε = 0.25 our CNN keeps {ours}% accuracy (error {err}%). Goodfellow et al. (2015) report 99.9% error for a shallow softmax classifier and 89.4% for a maxout network. Ours is a small convolutional network trained on 8,000 digits, so its curve differs — but it collapses all the same.',
    paper: 'Goodfellow et al. (2015): at ε = 0.25, a shallow softmax classifier errs on 99.9% of MNIST test digits, a maxout network on 89.4%.',
  },
  figure: 'Figure',
  question: 'Question',
  showAnswer: 'Show answer',
  hideAnswer: 'Hide answer',
  paper: 'Paper',
  noscriptHome: 'Choose a language:',
};

export const DICT: Record<Lang, Dict> = { zh, en };
export type { Dict };

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in values ? String(values[k]) : `{${k}}`));
}

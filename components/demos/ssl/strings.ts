/**
 * The ssl views' strings, in both languages: beside the views that use them, loaded with them.
 * Chinese follows the slides' wording; English is a faithful translation.
 */
const zh = {
  rotation: {
    steps: '旋转预训练 {steps} 步', layer: '探测的层',
    layers: { conv1: 'conv1（7×7×16）', conv2: 'conv2（3×3×32）', fc: 'fc（64）' },
    chart: '训练过程中：旋转任务准确率与 k = 10 的线性探测准确率', xLabel: '旋转预训练步数', yLabel: '准确率',
    sPretext: '旋转预测（4 类）', sRotation: '旋转特征 + 线性探测', sRandom: '随机网络 + 线性探测', sScratch: '从头监督训练（同样 100 个标签）',
    kChart: '线性探测准确率与每类标签数 k（全部留出数字，{draws} 次抽取的平均）', kLabel: '每类标签数 k',
    table: '各层特征的探测准确率（k = 10）', colLayer: '层', colRot: '旋转特征', colRnd: '随机特征',
    phaseRandom: '正在测随机网络的特征……', phaseTrain: '正在训练旋转任务（从头训练同时进行）：第 {step} 步', phaseFinal: '正在全部 {n} 个留出数字上测各个 k 和各层……',
    verdict: 'k = 10：旋转特征 {rot}%，随机特征 {rnd}%（差 {gap} 个百分点），从头训练 {sc}%；旋转任务准确率 {pre}%（随机猜 25%）。',
    perDraw: '各次抽取（旋转 / 随机 / 从头）：{list}',
    notRun: '点击“运行”：先测随机网络，再训练旋转任务。',
    alt: '四个方向的示例数字',
    examples: '旋转任务的输入与标签（0°、90°、180°、270°）',
  },
  mlm: {
    corpus: '语料', corpora: { en: '英文：《创世记》（钦定本，1611）', zh: '中文：《唐诗三百首》' },
    steps: '训练 {steps} 步',
    chart: '留出文本上被遮挡字符的 top-1 准确率', xLabel: '训练步数', yLabel: 'top-1 准确率', sModel: '小模型（两侧各 4 个字符）', sUni: '一元基线（总猜最常见的字符）',
    result: '全部 {n} 个留出字符：top-1 {top1}%，top-5 {top5}%；一元基线 {uni}%（总猜“{ch}”）。',
    loading: '正在读语料……', notRun: '点击“运行”训练；训练好以后在下面输入带 [MASK] 的句子。',
    input: '输入一句带 [MASK] 的话', fill: '填空', needTrain: '先点击“运行”训练模型。',
    errors: { empty: '请先输入一句话。', 'no-mask': '句子里没有 [MASK]，请把要猜的字写成 [MASK]。', 'too-long': '句子太长了（最多 200 个字符）。' },
    unknown: '语料里没有这些字符，按“未知”处理：{chars}',
    guesses: '第 {i} 个 [MASK] 的猜测：',
    exampleEn: 'and god said, let there be [MASK]ight', exampleZh: '床前明月光，疑是地上[MASK]',
  },
};

const en: typeof zh = {
  rotation: {
    steps: 'Rotation pre-training: {steps} steps', layer: 'Layer probed',
    layers: { conv1: 'conv1 (7×7×16)', conv2: 'conv2 (3×3×32)', fc: 'fc (64)' },
    chart: 'While training: rotation accuracy and the k = 10 linear probe', xLabel: 'rotation pre-training steps', yLabel: 'accuracy',
    sPretext: 'rotation prediction (4 ways)', sRotation: 'rotation features + linear probe', sRandom: 'random network + linear probe', sScratch: 'supervised from scratch (the same 100 labels)',
    kChart: 'Linear-probe accuracy against labels per class k (all held-out digits, mean of {draws} draws)', kLabel: 'labels per class k',
    table: 'Probe accuracy of each layer’s features (k = 10)', colLayer: 'layer', colRot: 'rotation features', colRnd: 'random features',
    phaseRandom: 'Probing the random network’s features…', phaseTrain: 'Training the rotation task (training from scratch alongside): step {step}', phaseFinal: 'Probing every k and every layer on all {n} held-out digits…',
    verdict: 'k = 10: rotation features {rot}%, random features {rnd}% (a gap of {gap} points), from scratch {sc}%; rotation accuracy {pre}% (chance 25%).',
    perDraw: 'Per draw (rotation / random / scratch): {list}',
    notRun: 'Press Run: the random network is probed first, then the rotation task trains.',
    alt: 'An example digit in four orientations',
    examples: 'The rotation task’s inputs and labels (0°, 90°, 180°, 270°)',
  },
  mlm: {
    corpus: 'Corpus', corpora: { en: 'English: Genesis (King James Version, 1611)', zh: 'Chinese: Three Hundred Tang Poems' },
    steps: 'Training: {steps} steps',
    chart: 'Top-1 accuracy on masked characters of held-out text', xLabel: 'training steps', yLabel: 'top-1 accuracy', sModel: 'tiny model (4 characters each side)', sUni: 'unigram baseline (always the most frequent character)',
    result: 'All {n} held-out characters: top-1 {top1}%, top-5 {top5}%; unigram baseline {uni}% (always “{ch}”).',
    loading: 'Reading the corpus…', notRun: 'Press Run to train; then type a sentence with [MASK] below.',
    input: 'Type a sentence with [MASK]', fill: 'Fill in', needTrain: 'Press Run to train the model first.',
    errors: { empty: 'Type a sentence first.', 'no-mask': 'There is no [MASK] in the sentence: write [MASK] where the character to guess goes.', 'too-long': 'The sentence is too long (200 characters at most).' },
    unknown: 'Not in the corpus, read as “unknown”: {chars}',
    guesses: 'Guesses for [MASK] number {i}: ',
    exampleEn: 'and god said, let there be [MASK]ight', exampleZh: '床前明月光，疑是地上[MASK]',
  },
};

export const STRINGS = { zh, en };
export type Strings = typeof zh;

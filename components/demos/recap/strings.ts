/**
 * The recap views' strings, in both languages: beside the views that use them, loaded with them.
 * Chinese follows the slides' wording; English is a faithful translation.
 */
const zh = {
  conv: {
    layer: '一个卷积层', cin: '输入通道数 C_in', k: '卷积核大小 k', cout: '卷积核个数 C_out', size: '输入边长 H = W', stride: '步长',
    q1: '问题 1：每个卷积核的维度是多少？', q2: '问题 2：卷积核通道数与输入通道数是什么关系？',
    yourAnswer: '你的回答', check: '揭晓答案',
    a1: '每个卷积核是 {k} × {k} × {cin}：边长 k，深度等于输入通道数。',
    a2: '卷积核的通道数必须等于输入的通道数 C_in（这里是 {cin}）；卷积核的个数 C_out（这里是 {cout}）才决定输出的通道数，即特征图的个数。',
    right: '答对了。', wrong: '再想想：',
    table: '这一层的数字', kernelShape: '每个卷积核', outShape: '输出', params: '参数', weightsBiases: '{w} 个权重 + {b} 个偏置', macs: '乘加次数（一张图）',
    bank: '作用到数字上的卷积核', presets: '手工卷积核（边缘、模糊、锐化…）', trained: '本站训练好的 CNN 的第一层',
    mapsTitle: '每个卷积核得到一张特征图（点击特征图上的一个像素，看它如何算出）',
    kernelAlt: '卷积核 {j}（蓝为负，红为正）', mapAlt: '特征图 {j}', inputAlt: '输入的数字',
    sumTitle: '特征图 {j} 在第 {r} 行、第 {c} 列的值 = 输入块与卷积核逐元素相乘再相加',
    bias: '偏置', relu: '经过 ReLU：', notRun: '点击“运行”，把卷积核作用到所选数字上。',
    names: { 'edge-x': '竖直边缘', 'edge-y': '水平边缘', blur: '模糊', sharpen: '锐化', diagonal: '对角边缘', laplace: '拉普拉斯' },
    done: '{n} 个卷积核 → {n} 张特征图。',
  },
  train: {
    optimiser: '优化器', epochs: '训练轮数 {e}', batch: '批大小', lr: '学习率倍数',
    names: { gd: '梯度下降（全部数据）', sgd: '小批量 SGD', adam: 'Adam', all: '三者同时比较' },
    lossChart: '训练损失（交叉熵）', accChart: '测试准确率（训练中用固定的 500 个数字，最后用全部 2,000 个）', xLabel: '训练轮数（看过的数据遍数）', loss: '损失', acc: '准确率',
    kernels: '第一层的 8 个 5×5 卷积核（{name}）', maps: '它们在这个测试数字上的特征图', kernelAlt: '卷积核 {j}', mapAlt: '特征图 {j}', probeAlt: '用来看特征图的测试数字',
    running: '正在训练：{names}…', afterPass: '第 {e} 遍之后，{name} 在全部 {n} 个测试数字上的准确率 {acc}%，继续训练中。', timeLeft: '约剩 {s} 秒。', notRun: '点击“运行”，在你的浏览器里训练这个 9,226 个参数的卷积网络。',
    result: '{name}：全部 {n} 个测试数字上的准确率 {acc}%，训练损失从 {l0} 降到 {l1}（{u} 次参数更新）。',
    diverged: '{name}：损失变成了无穷大或 NaN，学习率太大，训练发散了。',
    arch: '网络：卷积 5×5×8 → ReLU → 池化 → 卷积 3×3×16 → ReLU → 池化 → 全连接 10，共 9,226 个参数；训练数据：8,000 个 MNIST 数字；基础学习率：梯度下降与 SGD 0.1，Adam 0.003，每轮之后小批量方法的学习率乘以 0.3。',
  },
  gallery: {
    caption: '八个里程碑式的图像分类网络（点击表头排序）', model: '模型', year: '年份', params: '参数', gmacs: '乘加（每张图）', top1: 'ImageNet top-1', depth: '层数', source: '数字的出处',
    none: '—', sortBy: '按{col}排序', counted: '本页按论文结构逐层数出的参数个数',
    countedRow: '{name}：{n} 个参数（论文：{paper}）', notRun: '点击“运行”，按各论文描述的结构逐层计数参数和乘加次数。',
    diagram: '{name} 的结构示意', logScale: '参数个数（对数刻度）',
  },
};

const en: typeof zh = {
  conv: {
    layer: 'One convolutional layer', cin: 'input channels C_in', k: 'kernel size k', cout: 'number of kernels C_out', size: 'input side H = W', stride: 'stride',
    q1: 'Question 1: what are each kernel’s dimensions?', q2: 'Question 2: how does a kernel’s channel count relate to the input’s channels?',
    yourAnswer: 'Your answer', check: 'Reveal the answer',
    a1: 'Each kernel is {k} × {k} × {cin}: side k, depth equal to the input’s channels.',
    a2: 'A kernel’s channel count must equal the input’s channels C_in (here {cin}); the number of kernels C_out (here {cout}) sets the output’s channels, the number of feature maps.',
    right: 'Right.', wrong: 'Think again:',
    table: 'This layer’s numbers', kernelShape: 'each kernel', outShape: 'output', params: 'parameters', weightsBiases: '{w} weights + {b} biases', macs: 'multiply–adds (one image)',
    bank: 'Kernels applied to the digit', presets: 'hand-made kernels (edges, blur, sharpen…)', trained: 'the first layer of the site’s trained CNN',
    mapsTitle: 'Each kernel gives one feature map (click a pixel of a feature map to see how it is computed)',
    kernelAlt: 'kernel {j} (blue negative, red positive)', mapAlt: 'feature map {j}', inputAlt: 'the input digit',
    sumTitle: 'Feature map {j} at row {r}, column {c} = the input patch times the kernel, element by element, summed',
    bias: 'bias', relu: 'after ReLU:', notRun: 'Press Run to apply the kernels to the chosen digit.',
    names: { 'edge-x': 'vertical edges', 'edge-y': 'horizontal edges', blur: 'blur', sharpen: 'sharpen', diagonal: 'diagonal edges', laplace: 'Laplacian' },
    done: '{n} kernels → {n} feature maps.',
  },
  train: {
    optimiser: 'Optimiser', epochs: 'Epochs {e}', batch: 'Batch size', lr: 'Learning-rate multiplier',
    names: { gd: 'gradient descent (all data)', sgd: 'minibatch SGD', adam: 'Adam', all: 'all three side by side' },
    lossChart: 'Training loss (cross-entropy)', accChart: 'Test accuracy (a fixed 500 digits while training, all 2,000 at the end)', xLabel: 'epochs (passes over the data)', loss: 'loss', acc: 'accuracy',
    kernels: 'The first layer’s 8 kernels of 5×5 ({name})', maps: 'their feature maps of this test digit', kernelAlt: 'kernel {j}', mapAlt: 'feature map {j}', probeAlt: 'the test digit whose feature maps are shown',
    running: 'Training: {names}…', afterPass: 'After pass {e}, {name} scores {acc}% on all {n} test digits; training continues.', timeLeft: 'About {s} s left.', notRun: 'Press Run to train this 9,226-parameter CNN in your browser.',
    result: '{name}: accuracy {acc}% on all {n} test digits, training loss from {l0} down to {l1} ({u} parameter updates).',
    diverged: '{name}: the loss became infinite or NaN: the learning rate is too large and training diverged.',
    arch: 'Network: conv 5×5×8 → ReLU → pool → conv 3×3×16 → ReLU → pool → dense 10, 9,226 parameters; training data: 8,000 MNIST digits; base learning rates: gradient descent and SGD 0.1, Adam 0.003, the minibatch methods’ rate times 0.3 after each epoch.',
  },
  gallery: {
    caption: 'Eight landmark image classifiers (click a column header to sort)', model: 'Model', year: 'Year', params: 'Parameters', gmacs: 'Multiply–adds (per image)', top1: 'ImageNet top-1', depth: 'Layers', source: 'Where the numbers come from',
    none: '—', sortBy: 'Sort by {col}', counted: 'Parameters counted here, layer by layer, from each paper’s architecture',
    countedRow: '{name}: {n} parameters (paper: {paper})', notRun: 'Press Run to count parameters and multiply–adds layer by layer from each paper’s architecture.',
    diagram: 'diagram of {name}', logScale: 'parameters (log scale)',
  },
};

export const STRINGS = { zh, en };
export type Strings = typeof zh;

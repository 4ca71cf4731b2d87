/**
 * The interpret views' strings, in both languages: beside the views that use them, loaded with them.
 * Chinese follows the slides' wording; English is a faithful translation.
 */
const zh = {
  actmax: {
    lambdaLabel: 'L2 正则强度 λ = {v}', regularisers: '正则化', jitter: '抖动（每步随机平移 ±1 像素）', blur: '模糊（每 4 步做一次 3×3 高斯模糊）',
    dream: '使类别 {c} 的输出最大的图像', meanDigit: '测试集中数字 {c} 的平均图像',
    rowDreams: '梯度上升得到的图像：每个输出神经元“想要”的输入（下方数字为模型给出的该类 softmax 概率）', rowMeans: '对照：测试集中各类真实数字的平均图像',
    progress: '梯度上升第 {step} / {total} 步', notRun: '点击“运行”：从微弱的随机噪声出发，对 10 个类别同时做梯度上升。',
    summary: '{steps} 步之后，模型平均以 {p}% 的概率认为每张图像属于它对应的类别——尽管它们看起来并不完全像手写数字。',
    method: '目标：argmax_I f_c(I) − λ‖I‖²，f_c 是 softmax 之前的分数。每步 I ← clip(I + η·g/rms(g), 0, 1)，g = ∇_I [f_c(I) − λ‖I‖²]，η = 0.05；10 个类别的图像在一个批次里一起优化。关掉抖动和模糊，再把 λ 调到 0，看看会得到什么。',
  },
  cam: {
    canvas: '测试画布', canvasIndex: '画布编号（0–{max}）', prev: '上一张', next: '下一张',
    mapFor: '类激活图的类别', predicted: '预测的类别',
    image: '杂乱背景上的数字（绿框：数字的真实位置，只用于评分）', label: '标签', top3: '预测的前三名',
    camOf: '类别 {c} 的类激活图 M_c（十字：峰值）', hit: '峰值落在数字框内 ✓', miss: '峰值落在数字框外 ✗',
    partsTitle: '加权特征图 w_k^c f_k：类别 {c} 贡献最大的 {shown} 个（共 {k} 个通道），相加得到 M_c',
    part: '通道 {k}，w = {w}', mc: 'M_c（c = {c}）',
    scoreCheck: '检验：M_c 的平均值 {mean} + 偏置 b_c {b} = {s}；模型直接算出的 softmax 之前的分数 S_c = {logit}。',
    progress: '已测量 {done} / {total} 张画布', notRun: '点击“运行”：在 {n} 张留出的杂乱画布上测量弱监督定位——预测类别的 CAM 峰值落在数字真实框内的比例。',
    result: '在 {n} 张留出画布中，预测类别的 CAM 峰值有 {rate}% 落在数字的真实框内；分类准确率 {acc}%。训练时从未使用过任何位置信息。',
  },
  dissection: {
    layer: '卷积层', rf: '（感受野 {s}×{s}）', channels: '通道数', rfCol: '感受野', meanSel: '平均类别选择性',
    tableCaption: '各层通道的平均类别选择性（在 {n} 个测试数字上；随机猜测为 10%）',
    gridTitle: '{layer} 的 {k} 个通道：每格是使该通道激活最强的图像块（点击查看）',
    unitTitle: '通道 {ch}：前 50 张图像中 {p}% 是数字 {c}',
    topTitle: '{layer} 通道 {ch}：激活最强的 {n} 个感受野图像块',
    patch: '测试数字 {i}（标签 {c}），激活 {v}', patchShort: '{c} · {v}',
    selectivity: '类别选择性：它激活最强的 {n} 张图像中，{p}% 是数字 {c}。',
    silent: '这个通道在所有测试数字上都没有激活（ReLU 输出恒为 0）。',
    onDigit: '{layer} 通道 {ch} 在所选数字上的激活', onDigitPeak: '{layer} 通道 {ch} 在这个数字上的最大激活为 {v}（颜色按该通道在测试集上的最大激活归一化）。',
    notRun: '点击“运行”：扫描 {n} 个测试数字，为 conv1、conv2 和最后一个卷积层的每个通道找出激活最强的图像块。',
    method: '对每张图像、每个通道，取特征图的最大值及其位置；保留最大值最高的 50 张图像。图像块是该位置的感受野（超出图像的部分是卷积看到的零填充）。没有概念分割标注，这里用“类别选择性”作为简单的量化标签。',
  },
  lrp: {
    epsLabel: 'ε = {eps}', explainClass: '解释的类别', predicted: '预测的类别',
    input: '输入', top3: '预测的前三名', relevance: 'LRP 相关性', relevanceOf: 'LRP 相关性 R（类别 {c}）',
    saliency: '梯度显著图 |∂f_c/∂x|', gxi: '梯度 × 输入', legend: '颜色：红色为正（支持该类别），蓝色为负（反对该类别），白色为 0；每张图按自身的最大绝对值归一化。', pixels: '像素（conv1 的输入）',
    tableCaption: '逐层守恒：类别 {c}，ε = {eps}', where: '位置', share: '占 f_c 的比例', below: '{layer} 的输入',
    method: 'ε 规则：R_i = Σ_j a_i w_ij R_j / (z_j + ε·sign(z_j))；ReLU 原样传递相关性，最大池化把相关性全部交给胜出的输入。偏置和 ε 会“吸收”一部分相关性，所以只有在无偏置且 ε → 0 时才严格守恒。',
  },
};

const en: typeof zh = {
  actmax: {
    lambdaLabel: 'L2 penalty λ = {v}', regularisers: 'Regularisers', jitter: 'jitter (random ±1 px shift each step)', blur: 'blur (3×3 Gaussian every 4 steps)',
    dream: 'the image that maximises class {c}’s output', meanDigit: 'mean test image of digit {c}',
    rowDreams: 'Images found by gradient ascent: what each output neuron “wants” (the number is the softmax probability the model gives that class)', rowMeans: 'For comparison: the mean real test digit of each class',
    progress: 'gradient ascent, step {step} of {total}', notRun: 'Press Run: gradient ascent for all 10 classes at once, starting from faint random noise.',
    summary: 'After {steps} steps the model is on average {p}% sure that each image belongs to its class — though they do not quite look like handwritten digits.',
    method: 'Objective: argmax_I f_c(I) − λ‖I‖², with f_c the pre-softmax score. Each step I ← clip(I + η·g/rms(g), 0, 1), g = ∇_I [f_c(I) − λ‖I‖²], η = 0.05; the 10 classes’ images are optimised together in one batch. Switch jitter and blur off and set λ to 0 to see what you get.',
  },
  cam: {
    canvas: 'Test canvas', canvasIndex: 'canvas number (0–{max})', prev: 'previous canvas', next: 'next canvas',
    mapFor: 'Class activation map for', predicted: 'the predicted class',
    image: 'a digit among clutter (green box: where the digit really is, used only for scoring)', label: 'label', top3: 'top 3 predictions',
    camOf: 'class activation map M_c for class {c} (cross: its peak)', hit: 'peak inside the digit’s box ✓', miss: 'peak outside the digit’s box ✗',
    partsTitle: 'Weighted feature maps w_k^c f_k: the {shown} largest for class {c} (of {k} channels); they add up to M_c',
    part: 'channel {k}, w = {w}', mc: 'M_c (c = {c})',
    scoreCheck: 'Check: mean of M_c {mean} + bias b_c {b} = {s}; the model’s own pre-softmax score S_c = {logit}.',
    progress: '{done} of {total} canvases measured', notRun: 'Press Run to measure weakly-supervised localisation on {n} held-out cluttered canvases: how often the predicted class’s CAM peaks inside the digit’s true box.',
    result: 'On {n} held-out canvases, the predicted class’s CAM peaks inside the digit’s true box {rate}% of the time; classification accuracy {acc}%. Training never saw a location.',
  },
  dissection: {
    layer: 'Conv layer', rf: '(receptive field {s}×{s})', channels: 'channels', rfCol: 'receptive field', meanSel: 'mean class selectivity',
    tableCaption: 'Mean class selectivity of each layer’s channels (over {n} test digits; chance is 10%)',
    gridTitle: 'The {k} channels of {layer}: each tile is the patch that excites the channel most (click one)',
    unitTitle: 'channel {ch}: {p}% of its top 50 images are {c}s',
    topTitle: '{layer} channel {ch}: its {n} most exciting receptive-field patches',
    patch: 'test digit {i} (label {c}), activation {v}', patchShort: '{c} · {v}',
    selectivity: 'Class selectivity: of the {n} images that excite it most, {p}% are {c}s.',
    silent: 'This channel never fires on any test digit (its ReLU output is always 0).',
    onDigit: '{layer} channel {ch} on the chosen digit', onDigitPeak: '{layer} channel {ch} peaks at {v} on this digit (colours scaled by the channel’s largest response on the test set).',
    notRun: 'Press Run to scan {n} test digits and find, for every channel of conv1, conv2 and the last conv layer, the patches that excite it most.',
    method: 'For each image and channel: the feature map’s maximum and its place; the 50 images with the highest maxima are kept. A patch is the receptive field at that place (beyond the border: the zero padding the convolution saw). Without concept segmentations to score against, class selectivity serves as a simple quantitative label.',
  },
  lrp: {
    epsLabel: 'ε = {eps}', explainClass: 'Explain class', predicted: 'predicted',
    input: 'input', top3: 'top 3 predictions', relevance: 'LRP relevance', relevanceOf: 'LRP relevance R (class {c})',
    saliency: 'gradient saliency |∂f_c/∂x|', gxi: 'gradient × input', legend: 'Colours: red is positive (evidence for the class), blue negative (evidence against), white zero; each map is scaled by its own largest absolute value.', pixels: 'pixels (input of conv1)',
    tableCaption: 'Layer-by-layer conservation: class {c}, ε = {eps}', where: 'where', share: 'share of f_c', below: 'input of {layer}',
    method: 'ε-rule: R_i = Σ_j a_i w_ij R_j / (z_j + ε·sign(z_j)); ReLU passes relevance through unchanged, max-pooling gives it all to the winning input. Biases and ε absorb some relevance, so it is conserved exactly only without biases and as ε → 0.',
  },
};

export const STRINGS = { zh, en };
export type Strings = typeof zh;

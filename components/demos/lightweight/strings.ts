/**
 * The lightweight views' strings, in both languages: beside the views that use them, loaded with them.
 * Chinese follows the slides' wording; English is a faithful translation.
 */
const zh = {
  common: {
    notRun: '点击“运行”开始。', running: '正在运行：{what}', stillRunning: '仍在运行：{what}',
    backend: '后端：{backend}',
  },
  sep: {
    table: '标准卷积与深度可分离卷积：参数量、乘加次数与实测延迟',
    col: ['', '参数量', '乘加次数', '实测延迟（中位数）'],
    standard: '标准卷积', separable: '深度可分离卷积', ratio: '比值（可分离 / 标准）',
    predicted: '公式预测 1/N + 1/k² = {r}',
    chart: '随输出通道数 N 变化的比值：公式与实测', xLabel: '输出通道数 N（对数刻度）', yLabel: '比值（可分离 / 标准）',
    sPred: '公式 1/N + 1/k²', sMeas: '实测延迟比',
    verdict: '在本机（{backend}）上，可分离卷积的乘加次数是标准卷积的 {madds}，实测耗时是它的 {lat}。',
    sweeping: '在测量 N 的一组取值',
    measuring: '正在测量所选形状（预热 {w} 次，重复 {r} 次取中位数）',
    ms: '{v} 毫秒',
  },
  quant: {
    chart: '测试准确率随权重位数的变化', xLabel: '权重位数 b', yLabel: '测试准确率',
    sTensor: '每个张量一个缩放因子', sChannel: '每个输出通道一个缩放因子', sFloat: '32 位浮点',
    result: '32 位浮点：{float}%；8 位整数（{scale}）：{int8}%；{bits} 位（{scale}）：{acc}%。模型大小 {kbFloat} KB → {kb} KB（{n} 个测试数字）。',
    scaleNames: { tensor: '每张量', channel: '每通道' },
    hist: '第 {layer} 层卷积核的 8 位整数编码 q 的直方图（−127 … 127）',
    histNote: '大多数权重集中在 0 附近，只用到很少的编码：这正是 4 位、2 位时精度下降、也是剪枝能奏效的原因。',
    sweep: '各位数在前 {n} 个测试数字上的扫描',
    float: '在测浮点模型', int8: '在测 8 位模型',
  },
  prune: {
    chart: '测试准确率随稀疏度的变化（未微调）', xLabel: '稀疏度（被置零的权重比例）', yLabel: '测试准确率',
    sNoFt: '只剪枝', sFt: '剪枝 + 微调',
    hist: '剩余权重的直方图（|w| 小的已被剪去）',
    result: '稀疏度 {s}%（{scope}）：剪枝后 {before}%，微调 {steps} 步后 {after}%；未剪枝 {dense}%（{n} 个测试数字）。非零权重 {kept} / {total}。',
    scopeNames: { global: '全局阈值', layer: '逐层阈值' },
    curve: '扫描稀疏度（前 {n} 个测试数字）', tuning: '微调中（{steps} 步，WASM 上的卷积梯度见 conv-grad）',
    sparsityLabel: '稀疏度 {v}%',
  },
  distill: {
    chart: '学生网络的测试准确率（两个学生并排训练）', xLabel: '训练步数', yLabel: '测试准确率',
    sHard: '只用硬标签', sSoft: '蒸馏（软目标，T = {T}）',
    result: '{digits} 个训练数字、784 → {h} → 10 的学生网络：硬标签 {hard}%，蒸馏 {soft}%（{n} 个测试数字）。教师（站点的数字 CNN）：{teacher}%。{winner}',
    winSoft: '蒸馏的学生更好。', winHard: '只用硬标签的学生更好。', tie: '两者持平。',
    teacher: '在算教师对训练数字的软输出', training: '在训练两个学生',
    soft: '一个训练数字上教师的软输出（T = {T}）', digit: '数字 {label}',
  },
};

const en: typeof zh = {
  common: {
    notRun: 'Press Run to start.', running: 'Running: {what}', stillRunning: 'Still running: {what}',
    backend: 'Backend: {backend}',
  },
  sep: {
    table: 'Standard vs depthwise-separable convolution: parameters, multiply–adds and measured latency',
    col: ['', 'Parameters', 'Multiply–adds', 'Measured latency (median)'],
    standard: 'Standard convolution', separable: 'Depthwise-separable', ratio: 'Ratio (separable / standard)',
    predicted: 'Formula predicts 1/N + 1/k² = {r}',
    chart: 'The ratio against the number of output channels N: formula vs measured', xLabel: 'output channels N (log scale)', yLabel: 'ratio (separable / standard)',
    sPred: 'formula 1/N + 1/k²', sMeas: 'measured latency ratio',
    verdict: 'On this device ({backend}) the separable layer needs {madds} of the standard layer’s multiply–adds and takes {lat} of its measured time.',
    sweeping: 'measuring a range of N',
    measuring: 'measuring the chosen shape ({w} warm-up runs, median of {r} repeats)',
    ms: '{v} ms',
  },
  quant: {
    chart: 'Test accuracy against weight bits', xLabel: 'weight bits b', yLabel: 'test accuracy',
    sTensor: 'one scale per tensor', sChannel: 'one scale per output channel', sFloat: '32-bit float',
    result: '32-bit float: {float}%; 8-bit integers ({scale}): {int8}%; {bits} bits ({scale}): {acc}%. Model size {kbFloat} KB → {kb} KB ({n} test digits).',
    scaleNames: { tensor: 'per tensor', channel: 'per channel' },
    hist: 'Histogram of the 8-bit integer codes q of conv layer {layer}’s kernel (−127 … 127)',
    histNote: 'Most weights sit near 0 and use very few of the codes: this is why accuracy falls at 4 and 2 bits, and why pruning works.',
    sweep: 'sweeping the bits on the first {n} test digits',
    float: 'measuring the float model', int8: 'measuring the 8-bit model',
  },
  prune: {
    chart: 'Test accuracy against sparsity (no fine-tuning)', xLabel: 'sparsity (fraction of weights set to zero)', yLabel: 'test accuracy',
    sNoFt: 'pruned only', sFt: 'pruned + fine-tuned',
    hist: 'Histogram of the remaining weights (those with small |w| are gone)',
    result: 'Sparsity {s}% ({scope}): {before}% after pruning, {after}% after {steps} fine-tuning steps; unpruned {dense}% ({n} test digits). Non-zero weights {kept} / {total}.',
    scopeNames: { global: 'one global threshold', layer: 'a threshold per layer' },
    curve: 'sweeping the sparsity (first {n} test digits)', tuning: 'fine-tuning ({steps} steps; convolution gradients on WASM via conv-grad)',
    sparsityLabel: 'Sparsity {v}%',
  },
  distill: {
    chart: 'Students’ test accuracy (both trained side by side)', xLabel: 'training steps', yLabel: 'test accuracy',
    sHard: 'hard labels only', sSoft: 'distilled (soft targets, T = {T})',
    result: '{digits} training digits, a 784 → {h} → 10 student: hard labels {hard}%, distilled {soft}% ({n} test digits). Teacher (the site’s digit CNN): {teacher}%. {winner}',
    winSoft: 'The distilled student wins.', winHard: 'The hard-label student wins.', tie: 'They tie.',
    teacher: 'computing the teacher’s soft outputs on the training digits', training: 'training both students',
    soft: 'The teacher’s soft output on one training digit (T = {T})', digit: 'digit {label}',
  },
};

export const STRINGS = { zh, en };
export type Strings = typeof zh;

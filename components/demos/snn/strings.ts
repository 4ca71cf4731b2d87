/**
 * The snn views' strings, in both languages: beside the views that use them, loaded with them.
 * Chinese follows the slides' wording; English is a faithful translation.
 */
const zh = {
  lifNeuron: {
    input: '输入电流', kinds: { constant: '恒定', noisy: '带噪声', drawn: '自己画' } as Record<string, string>,
    current: '电流 I = {i} nA', sigma: '噪声 σ = {s} nA', tau: '时间常数 τ = {tau} ms', tRef: '不应期 t_ref = {r} ms',
    drawHint: '在下面的电流图上按住拖动，画出你自己的输入电流 I(t)，松开后重新模拟。',
    padLabel: '输入电流 I(t)，单位 nA，横轴为 0–500 ms',
    membraneLabel: '膜电位 V(t)（mV）、阈值虚线，以及下方的脉冲序列',
    threshold: '阈值 V_th', rest: '静息电位 V_rest',
    result: '500 ms 内发放 {n} 个脉冲：发放率 {rate} Hz。恒定电流下的解析值为 {analytic} Hz；电流低于 {rheo} nA（基强度）时永不发放。',
    notRun: '点击“运行”开始模拟。',
    fiChart: '发放率–电流曲线（f–I 曲线）：解析公式与模拟',
    fiX: '恒定输入电流 I（nA）', fiY: '发放率（Hz）', analytic: '解析公式', simulated: '模拟（每点 2 秒）',
    here: '当前 I = {i}',
    fiResult: '{n} 个电流值上，模拟发放率与解析公式的最大差为 {gap} Hz（脉冲时刻是精确的，差别只来自 2 秒内只能数整数个脉冲）。',
  },
  snnTrain: {
    steps: '训练步数 {steps}', timeSteps: '时间步数 T', lr: '学习率（Adam）',
    setup: '{train} 个训练数字，每批 {batch} 个；每个数字以脉冲序列的形式呈现 T = {T} 个时间步；784 → 128 个 LIF 神经元 → 10 个读出神经元。',
    chart: '测试准确率随训练步数的变化', xLabel: '训练步数', yLabel: '测试准确率', series: '脉冲网络（{n} 个测试数字）',
    training: '正在训练……', halfway: '第 {step} 步时，全部 {n} 个测试数字上的准确率 {acc}%，每个数字 {spikes} 个隐藏层脉冲；继续训练。', timeLeft: '约剩 {s} 秒。', scoring: '正在用全部 {n} 个测试数字评估……', sweeping: '正在测量准确率随时间步数的变化……',
    partial: '{step} 步之后，{n} 个测试数字上的准确率为 {acc}%。',
    result: '测试准确率 {acc}%（全部 {n} 个留出的数字，T = {T}，用时 {s} 秒）；每个数字平均引起隐藏层 {spikes} 个脉冲（输入层 {input} 个）。',
    notRun: '点击“运行”开始训练。',
    rasterLabel: '一个测试数字（标签 {label}，预测 {pred}）在网络中的脉冲',
    inputFrames: '输入脉冲：每个时间步一帧（像素越亮，发放概率越高）',
    hiddenRaster: '隐藏层脉冲栅格图：纵轴 128 个神经元，横轴时间步',
    readout: '读出层的“投票”：到第 t 步为止的累计结果（越深越确定）',
    step: '第 {t} 步',
    traceResult: '标签 {label}，网络预测 {pred}；隐藏层共发放 {spikes} 个脉冲。',
    next: '换一个数字',
    sweepChart: '准确率随时间步数 T 的变化（同一个训练好的网络）', sweepX: '时间步数 T',
    sweepItem: 'T = {T}：{acc}%，{spikes} 个脉冲', sep: '；',
  },
};

const en: typeof zh = {
  lifNeuron: {
    input: 'Input current', kinds: { constant: 'constant', noisy: 'noisy', drawn: 'draw your own' },
    current: 'Current I = {i} nA', sigma: 'Noise σ = {s} nA', tau: 'Time constant τ = {tau} ms', tRef: 'Refractory period t_ref = {r} ms',
    drawHint: 'Press and drag over the current plot below to draw your own input current I(t); release to simulate again.',
    padLabel: 'Input current I(t) in nA, time axis 0–500 ms',
    membraneLabel: 'Membrane potential V(t) in mV, the threshold dashed, and the spike train below',
    threshold: 'threshold V_th', rest: 'resting potential V_rest',
    result: '{n} spikes in 500 ms: a rate of {rate} Hz. For a constant current the analytic rate is {analytic} Hz; below {rheo} nA (the rheobase) the neuron never fires.',
    notRun: 'Press Run to simulate.',
    fiChart: 'Firing rate against current (the f–I curve): analytic and simulated',
    fiX: 'constant input current I (nA)', fiY: 'firing rate (Hz)', analytic: 'analytic formula', simulated: 'simulated (2 s each)',
    here: 'now I = {i}',
    fiResult: 'Over {n} currents the simulated rate differs from the formula by at most {gap} Hz (the spike times are exact; only the whole number of spikes counted in 2 s differs).',
  },
  snnTrain: {
    steps: 'Training steps {steps}', timeSteps: 'Time steps T', lr: 'Learning rate (Adam)',
    setup: '{train} training digits, {batch} per batch; each digit is presented as spike trains for T = {T} time steps; 784 → 128 LIF neurons → 10 readout neurons.',
    chart: 'Test accuracy against training steps', xLabel: 'training steps', yLabel: 'test accuracy', series: 'spiking network ({n} test digits)',
    training: 'Training…', halfway: 'At step {step}: {acc}% on all {n} test digits, {spikes} hidden spikes per digit; training goes on.', timeLeft: 'About {s} s left.', scoring: 'Scoring all {n} test digits…', sweeping: 'Measuring accuracy against the number of time steps…',
    partial: 'After {step} steps, {acc}% on {n} test digits.',
    result: 'Test accuracy {acc}% (all {n} held-out digits, T = {T}, in {s} s); each digit causes {spikes} hidden-layer spikes on average ({input} in the input layer).',
    notRun: 'Press Run to train.',
    rasterLabel: 'The spikes of one test digit (label {label}, predicted {pred}) through the network',
    inputFrames: 'Input spikes: one frame per time step (the brighter the pixel, the likelier it fires)',
    hiddenRaster: 'Hidden-layer spike raster: 128 neurons down, time steps across',
    readout: 'The readout’s “vote”: the result so far at step t (darker is surer)',
    step: 'step {t}',
    traceResult: 'Label {label}, the network says {pred}; the hidden layer fired {spikes} spikes.',
    next: 'Another digit',
    sweepChart: 'Accuracy against the number of time steps T (the same trained network)', sweepX: 'time steps T',
    sweepItem: 'T = {T}: {acc}%, {spikes} spikes', sep: '; ',
  },
};

export const STRINGS = { zh, en };
export type Strings = typeof zh;

/**
 * The bayes views' strings, in both languages: beside the views that use them, loaded with them.
 * Chinese follows the slides' wording; English is a faithful translation.
 */
const zh = {
  mcRegression: {
    rate: 'dropout 比例 p = {p}', passes: '随机前向次数 T = {T}', decay: '权重衰减 λ',
    chart: '一维回归：训练点、MC dropout 的预测均值与 ±2σ 区间、无 dropout 网络的预测',
    bandKey: 'MC dropout ±2σ', meanKey: 'MC 预测均值', plainKey: '无 dropout 的网络', pointsKey: '训练点（可点击添加、拖动）',
    addGap: '在中间空隙加 3 个点', removeLast: '删除最后一个点', count: '共 {n} 个训练点',
    status: '第 {step} / {total} 步，训练损失 {loss}', notRun: '正在准备…',
    result: '数据范围内的平均 σ = {inData}；远离数据处（|x| > 2）平均 σ = {far}，是前者的 {ratio} 倍。',
    noBand: 'p = 0：没有 dropout，每次前向都一样，因此没有不确定性区间——和虚线网络一样“自信”。',
    method: '两个网络结构相同（1 → 64 → 64 → 1，ReLU），用同样的点、Adam（学习率 0.003）整批训练；实线网络每个隐藏层后有 dropout，预测时仍然开着 dropout，做 T 次随机前向，取均值与标准差。改动点或滑块后会从头重新训练。',
  },
  mcClassify: {
    angle: '旋转角度 {a}°', rotated: '旋转 {a}° 后的输入',
    probsCaption: '普通前向（关闭 dropout）与 T = {T} 次 MC dropout 前向的 softmax', cls: '类别', plain: '普通前向', mc: 'MC 均值 ± 标准差',
    entropyOne: '预测熵 H = {h} 奈特（最大为 ln 10 = {max}）',
    sweepTitle: '旋转 0°–180°：MC 均值（实线）与普通前向（虚线）的 softmax', angleAxis: '旋转角度（度）', prob: '概率',
    mcSeries: '类别 {c}，MC 均值', plainSeries: '类别 {c}，普通前向',
    histTitle: '预测熵的分布：测试集数字与分布外输入', yourInput: '当前输入', currentKey: '当前输入（旋转后的数字或你画的数字）：{h} 奈特', testKey: '测试集数字（{n} 个，平均 {h} 奈特）', oodKey: '分布外：噪声与旋转 90° 的数字（{n} 个，平均 {h} 奈特）',
    referTitle: '不确定时交给人：转交比例与剩余样本的准确率', referredAxis: '转交给人的比例（最不确定的优先）', accAxis: '准确率', referSeries: 'MC dropout',
    result: '全部测试数字的准确率 {all}%；只保留最确定的 50% 时准确率 {half}%。平均预测熵：测试集 {ht} 奈特，分布外输入 {ho} 奈特。',
    notRun: '点击“运行”：对 {n} 个测试数字和 {n} 个分布外输入各做 50 次 MC dropout 前向。',
    partial: '目前是前 {done} / {n} 个测试数字和同样多的分布外输入，其余的还在计算，图和数字会随之更新。',
    method: '模型：784 → 256 → 128 → 10 的多层感知机，每个隐藏层后有 p = 0.5 的 dropout，在 8,000 个 MNIST 数字上训练。MC 均值 p̄ = (1/T) Σ_t softmax(f(x; w_t))，预测熵 H[p̄] = −Σ_c p̄_c ln p̄_c。',
  },
};

const en: typeof zh = {
  mcRegression: {
    rate: 'dropout rate p = {p}', passes: 'stochastic passes T = {T}', decay: 'weight decay λ',
    chart: '1-D regression: training points, the MC-dropout predictive mean and ±2σ band, and the network without dropout',
    bandKey: 'MC dropout ±2σ', meanKey: 'MC predictive mean', plainKey: 'network without dropout', pointsKey: 'training points (click to add, drag to move)',
    addGap: 'Add 3 points in the gap', removeLast: 'Remove the last point', count: '{n} training points',
    status: 'step {step} of {total}, training loss {loss}', notRun: 'Getting ready…',
    result: 'Mean σ inside the data range = {inData}; far from the data (|x| > 2) mean σ = {far}, {ratio}× as wide.',
    noBand: 'p = 0: without dropout every pass is the same, so there is no band at all — as “sure” as the dashed network.',
    method: 'Both networks have the same architecture (1 → 64 → 64 → 1, ReLU) and are trained full-batch on the same points with Adam (learning rate 0.003); the solid one has dropout after each hidden layer and keeps it on at prediction time: T stochastic passes, then their mean and standard deviation. Moving a point or a slider retrains from scratch.',
  },
  mcClassify: {
    angle: 'rotation {a}°', rotated: 'input rotated by {a}°',
    probsCaption: 'Softmax of the plain pass (dropout off) and of T = {T} MC-dropout passes', cls: 'class', plain: 'plain pass', mc: 'MC mean ± std',
    entropyOne: 'Predictive entropy H = {h} nats (at most ln 10 = {max})',
    sweepTitle: 'Rotating 0°–180°: softmax of the MC mean (solid) and the plain pass (dashed)', angleAxis: 'rotation (degrees)', prob: 'probability',
    mcSeries: 'class {c}, MC mean', plainSeries: 'class {c}, plain pass',
    histTitle: 'Predictive entropy: held-out digits vs out-of-distribution inputs', yourInput: 'your input', currentKey: 'current input (the rotated digit or your drawing): {h} nats', testKey: 'held-out digits ({n}, mean {h} nats)', oodKey: 'out of distribution: noise and digits rotated 90° ({n}, mean {h} nats)',
    referTitle: 'Refer to a human when uncertain: fraction referred vs accuracy on the rest', referredAxis: 'fraction referred (most uncertain first)', accAxis: 'accuracy', referSeries: 'MC dropout',
    result: 'Accuracy on all held-out digits {all}%; on the most certain 50% only, {half}%. Mean predictive entropy: held-out digits {ht} nats, out-of-distribution inputs {ho} nats.',
    notRun: 'Press Run: 50 MC-dropout passes for each of {n} held-out digits and {n} out-of-distribution inputs.',
    partial: 'So far the first {done} of {n} held-out digits and as many out-of-distribution inputs; the rest are being computed and the charts and numbers will update.',
    method: 'Model: a 784 → 256 → 128 → 10 perceptron with dropout p = 0.5 after each hidden layer, trained on 8,000 MNIST digits. MC mean p̄ = (1/T) Σ_t softmax(f(x; w_t)); predictive entropy H[p̄] = −Σ_c p̄_c ln p̄_c.',
  },
};

export const STRINGS = { zh, en };
export type Strings = typeof zh;

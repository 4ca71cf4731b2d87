/**
 * The snn demos beside their sources: the LIF neuron's f–I curve (Gerstner & Kistler 2002, §4.1,
 * an analytic result, so `figure` is null), and the spiking network on MNIST beside Diehl & Cook
 * (2015), the classic spiking-network MNIST number. Loaded with the views, never in the first load.
 */
import { withPaper } from '@/components/demo/paper';

export const LIF_PAPER = withPaper({
  ref: 'gerstner2002',
  figure: null,
  setting: {
    zh: '第 4.1 节（积分发放模型）：对恒定电流 I₀，从复位电位爬升到阈值所需的时间为 T = τ ln(RI₀ / (RI₀ − ϑ))，加上不应期即得发放率（增益函数）；RI₀ ≤ ϑ 时不发放。这是解析结果，没有需要复现的测量数字',
    en: '§4.1 (the integrate-and-fire model): for a constant current I₀, the time to climb from the reset potential to the threshold is T = τ ln(RI₀ / (RI₀ − ϑ)); with the refractory period added this gives the firing rate (the gain function); for RI₀ ≤ ϑ the neuron does not fire. An analytic result, with no measured number to reproduce',
  },
  metric: 'rate',
  format: { digits: 1, unit: 'Hz' },
  pageSetting: {
    zh: 'τ = 10 ms、R = 10 MΩ、V_rest = V_reset = −65 mV、V_th = −50 mV、不应期 2 ms（均可调），你选的输入电流；模拟 500 ms（Δt = 0.05 ms，每步精确积分）的发放率',
    en: 'τ = 10 ms, R = 10 MΩ, V_rest = V_reset = −65 mV, V_th = −50 mV, 2 ms refractory (all adjustable), the input current you chose: the firing rate over 500 ms simulated (Δt = 0.05 ms, each step integrated exactly)',
  },
  why: {
    zh: '书中给出公式；本页用数值模拟检验它：恒定电流下，每个 f–I 点（模拟 2 秒，步内精确求出越过阈值的时刻）与公式之差只来自数整数个脉冲（演示的结论行给出最大差，单元测试要求在 2% + 0.6 Hz 以内）。带噪声或手画的电流没有这样的闭式解，这正是要模拟的原因。',
    en: 'the book gives the formula; this page checks it by simulation: with a constant current each f–I point (2 s simulated, the threshold crossing found exactly within each step) differs from the formula only by counting whole spikes (the demo’s verdict line gives the largest gap; the unit test requires it within 2% + 0.6 Hz). A noisy or hand-drawn current has no such closed form, which is why one simulates.',
  },
});

export const SNN_PAPER = withPaper({
  ref: 'diehl2015',
  figure: '95.0%',
  setting: {
    zh: '表 1：完整 MNIST（6 万个训练数字、1 万个测试数字），泊松脉冲输入（每个数字呈现 350 ms），6,400 个兴奋性 LIF 神经元加侧抑制，用 STDP 无监督学习，再按每个神经元最常响应的类别给它贴标签；100、400、1,600 个神经元时分别为 82.9%、87.0%、91.9%',
    en: 'Table 1: the full MNIST (60,000 training and 10,000 test digits), Poisson spike input (350 ms per digit), 6,400 excitatory LIF neurons with lateral inhibition learned without labels by STDP, each neuron then labelled with the class it answers most; 82.9%, 87.0% and 91.9% with 100, 400 and 1,600 neurons',
  },
  metric: 'test-acc',
  format: { percent: true },
  pageSetting: {
    zh: '本站 8,000 个训练数字中的每一个（一遍多一点）、2,000 个留出数字；伯努利（速率）编码，T = 4 个时间步；784 → 128 个 LIF 神经元 → 10 个积分读出神经元，用替代梯度（快速 sigmoid）和 Adam 有监督训练 400 步，每批 32 个',
    en: 'the site’s 8,000 training digits (a little over one pass), 2,000 held-out digits; Bernoulli (rate) coding, T = 4 time steps; 784 → 128 LIF neurons → 10 integrating readout neurons, trained with labels by a surrogate gradient (fast sigmoid) and Adam for 400 steps of 32 digits',
  },
  why: {
    zh: '两者都是“速率编码输入 + LIF 神经元”，学习规则不同：Diehl 与 Cook 用局部的、无监督的 STDP，需要很多神经元和很长的呈现时间；本页用有监督的替代梯度，只用 128 个神经元和 4 个时间步，就超过他们 100 和 400 个神经元的结果（82.9%、87.0%），与 1,600 个神经元的 91.9% 相当，但用的是不符合生物局部性的反向传播，且训练数据和时间都少得多，所以略低于他们 6,400 个神经元的 95%。',
    en: 'both feed rate-coded input to LIF neurons; the learning rules differ: Diehl and Cook use local, unsupervised STDP, which needs many neurons and long presentations; this page uses a supervised surrogate gradient, which with 128 neurons and 4 time steps beats their 100- and 400-neuron results (82.9%, 87.0%) and is on a par with their 1,600 neurons (91.9%), but by backpropagation, which is not biologically local, and on far less data and time, so it stays a little below their 95% with 6,400 neurons.',
  },
});

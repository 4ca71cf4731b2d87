/** The snn demos' parameters: what a link may set (#lif-neuron.current=2.5). */
import type { ParamSchema } from '@/demos/runtime/schema';

export const LIFNEURON_PARAMS = {
  input: { kind: 'choice', label: { zh: '输入电流', en: 'input current' }, default: 'constant', choices: ['constant', 'noisy', 'drawn'] },
  current: { kind: 'number', label: { zh: '电流 I (nA)', en: 'current I (nA)' }, default: 2, min: 0, max: 5, step: 0.05, main: true },
  sigma: { kind: 'number', label: { zh: '噪声 σ (nA)', en: 'noise σ (nA)' }, default: 1, min: 0, max: 3, step: 0.05 },
  tau: { kind: 'number', label: { zh: '时间常数 τ (ms)', en: 'time constant τ (ms)' }, default: 10, min: 2, max: 50, step: 1 },
  tRef: { kind: 'number', label: { zh: '不应期 (ms)', en: 'refractory period (ms)' }, default: 2, min: 0, max: 10, step: 0.5 },
} as const satisfies ParamSchema;

export const SNNTRAIN_PARAMS = {
  steps: { kind: 'number', label: { zh: '训练步数', en: 'training steps' }, default: 400, quick: 40, min: 10, max: 3000, step: 10, int: true, main: true },
  timeSteps: { kind: 'choice', label: { zh: '时间步数 T', en: 'time steps T' }, default: 4, choices: [2, 4, 8, 16] },
  lr: { kind: 'choice', label: { zh: '学习率', en: 'learning rate' }, default: 0.005, choices: [0.001, 0.002, 0.005, 0.01] },
} as const satisfies ParamSchema;

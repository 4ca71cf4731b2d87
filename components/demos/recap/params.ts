/** The recap demos' parameters: what a link may set (#train-cnn.epochs=3). */
import type { ParamSchema } from '@/demos/runtime/schema';

export const CONVEXPLORER_PARAMS = {
  cin: { kind: 'number', label: { zh: '输入通道数 C_in', en: 'input channels C_in' }, default: 3, min: 1, max: 512, step: 1, int: true },
  k: { kind: 'choice', label: { zh: '卷积核大小 k', en: 'kernel size k' }, default: 3, choices: [1, 3, 5, 7] },
  cout: { kind: 'number', label: { zh: '卷积核个数 C_out', en: 'number of kernels C_out' }, default: 64, min: 1, max: 512, step: 1, int: true, main: true },
  size: { kind: 'number', label: { zh: '输入边长', en: 'input side' }, default: 32, min: 4, max: 512, step: 1, int: true },
  stride: { kind: 'choice', label: { zh: '步长', en: 'stride' }, default: 1, choices: [1, 2] },
  bank: { kind: 'choice', label: { zh: '卷积核', en: 'kernels' }, default: 'presets', choices: ['presets', 'trained'] },
} as const satisfies ParamSchema;

export const TRAINCNN_PARAMS = {
  optimiser: { kind: 'choice', label: { zh: '优化器', en: 'optimiser' }, default: 'adam', quick: 'all', choices: ['adam', 'sgd', 'gd', 'all'] },
  epochs: { kind: 'number', label: { zh: '训练轮数', en: 'epochs' }, default: 2, quick: 1, min: 1, max: 5, step: 1, int: true, main: true },
  batch: { kind: 'choice', label: { zh: '批大小', en: 'batch size' }, default: 32, choices: [16, 32, 64, 128] },
  lr: { kind: 'choice', label: { zh: '学习率倍数', en: 'learning-rate multiplier' }, default: 1, choices: [0.1, 0.3, 1, 3, 10, 30], log: true },
} as const satisfies ParamSchema;

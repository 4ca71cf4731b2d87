/**
 * The lightweight demos' parameters: what a link may set (#separable-conv.cout=256&pruning.sparsity=0.8).
 * Plain data (first-load JavaScript): no import from demos/lightweight, which loads TensorFlow.js.
 */
import type { ParamSchema } from '@/demos/runtime/schema';

export const SEPCONV_PARAMS = {
  size: { kind: 'choice', label: { zh: '特征图边长 H = W', en: 'map side H = W' }, default: 28, quick: 14, choices: [7, 14, 28, 56] },
  cin: { kind: 'choice', label: { zh: '输入通道数 M', en: 'input channels M' }, default: 64, quick: 32, choices: [8, 16, 32, 64, 128, 256] },
  cout: { kind: 'choice', label: { zh: '输出通道数 N', en: 'output channels N' }, default: 128, quick: 64, choices: [8, 16, 32, 64, 128, 256, 512], main: true },
  k: { kind: 'choice', label: { zh: '卷积核大小 k', en: 'kernel size k' }, default: 3, choices: [1, 3, 5, 7] },
} as const satisfies ParamSchema;

export const QUANT_PARAMS = {
  bits: { kind: 'choice', label: { zh: '权重位数', en: 'weight bits' }, default: 8, choices: [2, 3, 4, 6, 8], main: true },
  scale: { kind: 'choice', label: { zh: '缩放因子', en: 'scale' }, default: 'tensor', choices: ['tensor', 'channel'] },
} as const satisfies ParamSchema;

export const PRUNE_PARAMS = {
  sparsity: { kind: 'number', label: { zh: '稀疏度', en: 'sparsity' }, default: 0.9, min: 0, max: 0.98, step: 0.01, main: true },
  scope: { kind: 'choice', label: { zh: '剪枝范围', en: 'scope' }, default: 'global', choices: ['global', 'layer'] },
  steps: { kind: 'number', label: { zh: '微调步数', en: 'fine-tuning steps' }, default: 100, quick: 10, min: 0, max: 400, step: 10, int: true },
} as const satisfies ParamSchema;

export const DISTILL_PARAMS = {
  T: { kind: 'number', label: 'T', default: 4, min: 1, max: 20, step: 1, int: true, main: true },
  alpha: { kind: 'number', label: 'α', default: 0.9, min: 0, max: 1, step: 0.1 },
  digits: { kind: 'choice', label: { zh: '训练数字个数', en: 'training digits' }, default: 500, quick: 200, choices: [100, 200, 500, 1000, 2000] },
} as const satisfies ParamSchema;

export const LIGHTCNN_PARAMS = {
  steps: { kind: 'number', label: { zh: '训练步数', en: 'training steps' }, default: 50, quick: 20, min: 20, max: 500, step: 10, int: true, main: true },
  lr: { kind: 'choice', label: { zh: '学习率（Adam）', en: 'learning rate (Adam)' }, default: 0.003, choices: [0.001, 0.002, 0.003, 0.005] },
} as const satisfies ParamSchema;

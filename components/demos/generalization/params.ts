/** The generalization demos' parameters: what a link may set (#random-labels.epochs=20). */
import type { ParamSchema } from '@/demos/runtime/schema';

export const RANDOMLABELS_PARAMS = {
  epochs: { kind: 'number', label: { zh: '训练轮数', en: 'epochs' }, default: 16, quick: 4, min: 1, max: 60, step: 1, int: true, main: true },
  corruption: { kind: 'choice', label: { zh: '破坏方式', en: 'corruption' }, default: 'labels', choices: ['labels', 'pixels', 'noise'] },
  regulariser: { kind: 'choice', label: { zh: '正则化', en: 'regularisation' }, default: 'none', choices: ['none', 'decay', 'dropout'] },
} as const satisfies ParamSchema;

export const DOUBLEDESCENT_PARAMS = {
  noise: { kind: 'number', label: { zh: '标签噪声', en: 'label noise' }, default: 0.1, quick: 0.1, min: 0, max: 0.5, step: 0.05, main: true },
  nTrain: { kind: 'choice', label: { zh: '训练样本数 n', en: 'training digits n' }, default: 300, quick: 100, choices: [100, 200, 300, 500] },
} as const satisfies ParamSchema;

export const LOTTERY_PARAMS = {
  rounds: { kind: 'number', label: { zh: '剪枝轮数', en: 'pruning rounds' }, default: 12, quick: 3, min: 2, max: 16, step: 1, int: true, main: true },
  epochs: { kind: 'number', label: { zh: '每轮训练轮数', en: 'epochs per training' }, default: 2, quick: 1, min: 1, max: 10, step: 1, int: true },
} as const satisfies ParamSchema;

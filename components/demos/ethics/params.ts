/** The ethics demos' parameters: what a link may set (#fairness.share=0.05, #rare-cases.mark=0.95). */
import type { ParamSchema } from '@/demos/runtime/schema';

export const FAIRNESS_PARAMS = {
  share: { kind: 'choice', label: { zh: '训练集中 B 组的比例', en: 'share of group B in training' }, default: 0.05, choices: [0.01, 0.02, 0.05, 0.1, 0.2, 0.5], main: true },
  epochs: { kind: 'number', label: { zh: '训练轮数', en: 'training epochs' }, default: 6, quick: 2, min: 1, max: 30, step: 1, int: true },
} as const satisfies ParamSchema;

export const RARECASES_PARAMS = {
  mark: { kind: 'choice', label: { zh: '训练时带标记的比例', en: 'share of training digits with the mark' }, default: 0.95, choices: [0.5, 0.8, 0.9, 0.95, 1], main: true },
  epochs: { kind: 'number', label: { zh: '训练轮数', en: 'training epochs' }, default: 2, quick: 1, min: 1, max: 20, step: 1, int: true },
} as const satisfies ParamSchema;

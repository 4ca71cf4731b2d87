/** The automl demos' parameters: what a link may set (#nas-controller.steps=200). */
import type { ParamSchema } from '@/demos/runtime/schema';

export const NASCONTROLLER_PARAMS = {
  steps: { kind: 'number', label: { zh: '训练步数', en: 'training steps' }, default: 300, quick: 40, min: 10, max: 2000, step: 10, int: true, main: true },
  lr: { kind: 'choice', label: { zh: '学习率', en: 'learning rate' }, default: 0.5, choices: [0.05, 0.1, 0.5, 1] },
} as const satisfies ParamSchema;

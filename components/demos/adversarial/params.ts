/** The adversarial demos' parameters: what a link may set (#fgsm.eps=0.2&fgsm.mode=targeted). */
import type { ParamSchema } from '@/demos/runtime/schema';

export const FGSM_PARAMS = {
  eps: { kind: 'number', label: 'ε', default: 0.15, min: 0, max: 0.5, step: 0.01, main: true },
  digit: { kind: 'number', label: { zh: '数字编号', en: 'digit number' }, default: 0, min: 0, max: 1999, step: 1, int: true },
  mode: { kind: 'choice', label: { zh: '攻击方式', en: 'attack mode' }, default: 'untargeted', choices: ['untargeted', 'targeted'] },
  target: { kind: 'number', label: { zh: '目标类别', en: 'target class' }, default: 3, min: 0, max: 9, step: 1, int: true },
} as const satisfies ParamSchema;

/** #fgsm-sweep.model=plain|noise: the plain CNN, or the one trained on random-noise augmentation */
export const SWEEP_PARAMS = {
  model: { kind: 'choice', label: { zh: '被攻击的模型', en: 'model' }, default: 'plain', choices: ['plain', 'noise'] },
} as const satisfies ParamSchema;

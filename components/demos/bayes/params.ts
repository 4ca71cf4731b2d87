/**
 * The bayes demos' parameters: what a link may set (#mc-regression.p=0.3&mc-classify.angle=90).
 * Plain data (first-load JavaScript): no import from demos/bayes, which loads TensorFlow.js.
 */
import type { ParamSchema } from '@/demos/runtime/schema';

export const REGRESSION_PARAMS = {
  // default = REGRESSOR_DEFAULTS.rate in demos/bayes/regression.ts (a unit test keeps them equal)
  p: { kind: 'number', label: 'p', default: 0.2, min: 0, max: 0.5, step: 0.05, main: true },
  T: { kind: 'number', label: 'T', default: 50, min: 2, max: 200, step: 1, int: true },
} as const satisfies ParamSchema;

export const CLASSIFY_PARAMS = {
  digit: { kind: 'number', label: { zh: '数字编号', en: 'digit number' }, default: 0, min: 0, max: 1999, step: 1, int: true },
  angle: { kind: 'number', label: { zh: '旋转角度', en: 'rotation angle' }, default: 0, min: 0, max: 180, step: 5, int: true, main: true },
} as const satisfies ParamSchema;

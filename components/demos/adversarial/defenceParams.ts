/**
 * The defence demos' parameters: what a link may set (#ae-defence.eps=0.3&gen-defence.restarts=8).
 * Plain data (first-load JavaScript): no import from demos/adversarial, which loads TensorFlow.js.
 * Defaults equal AE_EPS / GEN_EPS / PROJECT in demos/adversarial (a unit test keeps them equal).
 */
import type { ParamSchema } from '@/demos/runtime/schema';

export const AE_DEFENCE_PARAMS = {
  eps: { kind: 'number', label: 'ε', default: 0.2, min: 0.05, max: 0.3, step: 0.05, main: true },
  digits: { kind: 'choice', label: { zh: '测试数字个数', en: 'test digits' }, default: 100, quick: 20, choices: [20, 50, 100, 200] },
} as const satisfies ParamSchema;

export const GEN_DEFENCE_PARAMS = {
  eps: { kind: 'number', label: 'ε', default: 0.3, min: 0.05, max: 0.3, step: 0.05, main: true },
  digits: { kind: 'choice', label: { zh: '测试数字个数', en: 'test digits' }, default: 50, quick: 10, choices: [10, 20, 50, 100, 200] },
  restarts: { kind: 'number', label: { zh: '随机起点数 R', en: 'random starts R' }, default: 3, min: 1, max: 10, step: 1, int: true },
  steps: { kind: 'number', label: { zh: '梯度步数 L', en: 'gradient steps L' }, default: 25, min: 5, max: 200, step: 5, int: true },
} as const satisfies ParamSchema;

/**
 * The continual demos' parameters: what a link may set (#split-mnist.scenario=task&split-mnist.buffer=500).
 * Plain data (first-load JavaScript): no import from demos/continual, which loads TensorFlow.js.
 * Defaults match SPLIT_DEFAULTS / IMPORTANCE_DEFAULTS in demos/continual (a unit test keeps them equal).
 */
import type { ParamSchema } from '@/demos/runtime/schema';

export const SPLITMNIST_PARAMS = {
  scenario: { kind: 'choice', label: { zh: '场景', en: 'scenario' }, default: 'class', choices: ['class', 'task'], main: true },
  lambda: { kind: 'choice', label: { zh: 'EWC 的 λ', en: 'EWC λ' }, default: 10000, choices: [100, 1000, 10000, 100000, 1000000] },
  temperature: { kind: 'choice', label: { zh: 'LwF 温度 T', en: 'LwF temperature T' }, default: 2, choices: [1, 2, 4] },
  alpha: { kind: 'choice', label: { zh: 'LwF 蒸馏权重', en: 'LwF distillation weight' }, default: 1, choices: [0.5, 1, 2, 5] },
  buffer: { kind: 'choice', label: { zh: '回放缓存大小', en: 'replay buffer size' }, default: 200, choices: [0, 50, 100, 200, 500, 1000] },
  steps: { kind: 'number', label: { zh: '每个任务的训练步数', en: 'training steps per task' }, default: 60, quick: 10, min: 10, max: 400, step: 10, int: true },
} as const satisfies ParamSchema;

export const IMPORTANCE_PARAMS = {
  lambda: { kind: 'choice', label: { zh: 'EWC 的 λ', en: 'EWC λ' }, default: 100000000, choices: [0, 10000, 1000000, 10000000, 100000000, 1000000000], main: true },
  steps: { kind: 'number', label: { zh: '任务 B 的训练步数', en: 'steps on task B' }, default: 150, quick: 40, min: 20, max: 600, step: 10, int: true },
} as const satisfies ParamSchema;

/**
 * The federated-learning demos' parameters: what a link may set (#fedavg.K=10&fedavg.B=inf,
 * #stragglers.p=0.5&stragglers.mu=1). Plain data, no TensorFlow.js: the topic descriptor imports
 * it. The defaults repeat demos/fed/demos.ts's *_DEFAULTS / *_QUICK (a unit test holds them equal),
 * because importing those would pull TF.js into the lecture page's first load.
 */
import type { ParamSchema } from '@/demos/runtime/schema';

/** K, C, E, B snap to the values the paper's tables use; B = ∞ (`inf`) is FedSGD's full batch. */
export const FEDAVG_PARAMS = {
  K: { kind: 'choice', default: 100, quick: 10, choices: [10, 50, 100] },
  C: { kind: 'choice', default: 0.1, choices: [0.05, 0.1, 0.2, 0.5, 1] },
  E: { kind: 'choice', default: 5, quick: 1, choices: [1, 5, 10] },
  B: { kind: 'choice', default: 10, choices: [10, 50, Infinity] },
} as const satisfies ParamSchema;

export const NONIID_PARAMS = {
  alpha: { kind: 'choice', label: 'α', default: 0.1, choices: [0.05, 0.1, 0.3, 1, 10, 100], log: true },
} as const satisfies ParamSchema;

/** Nothing to set: the five upload schemes are the demo. */
export const COMPRESSION_PARAMS = {} as const satisfies ParamSchema;

export const STRAGGLER_PARAMS = {
  p: { kind: 'number', label: 'p', default: 0.9, min: 0, max: 0.95, step: 0.05, main: true },
  mu: { kind: 'choice', label: 'μ', default: 0.1, choices: [0.01, 0.1, 1], log: true },
} as const satisfies ParamSchema;

export const DP_PARAMS = {
  S: { kind: 'choice', label: 'S', default: 1, choices: [0.25, 0.5, 1, 2, 4], log: true },
} as const satisfies ParamSchema;

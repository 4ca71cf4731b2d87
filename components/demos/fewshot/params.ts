/**
 * The few-shot demos' parameters: what a link may set (#transfer.steps=200&matching.way=3…).
 * Plain data, part of the lecture page's first-load JavaScript, so the defaults and lists that
 * also live in demos/fewshot/* (which import TensorFlow.js) are repeated here as literals;
 * tests/unit/fewshot-params.test.ts checks that the two agree.
 */
import { readParam, type ChoiceParam, type ParamSchema } from '@/demos/runtime/schema';

/** Transfer: the budget of fine-tuning and scratch (FULL_WORKLOAD / QUICK_WORKLOAD), and draws per k. */
export const TRANSFER_PARAMS = {
  steps: { kind: 'number', label: { zh: '训练步数', en: 'training steps' }, default: 100, quick: 30, min: 10, max: 300, step: 10, int: true, main: true },
  draws: { kind: 'number', label: 'draws', default: 3, quick: 1, min: 1, max: 5, step: 1, int: true },
} as const satisfies ParamSchema;

/** Multi-task: task B, the second label of the same image. */
export const MULTITASK_PARAMS = {
  task: { kind: 'choice', label: { zh: '任务 B', en: 'task B' }, default: 'parity', choices: ['parity', 'loop', 'ink', 'slant'] },
} as const satisfies ParamSchema;

/** Matching: N-way k-shot test episodes on the unseen digits 6–9 (so N ≤ 4). */
export const MATCHING_PARAMS = {
  way: { kind: 'number', label: { zh: 'N（每个测试情节的类别数）', en: 'N (classes per test episode)' }, default: 4, min: 2, max: 4, step: 1, int: true, main: true },
  shot: { kind: 'choice', label: 'k', default: 1, choices: [1, 5] },
} as const satisfies ParamSchema;

const UNFOLDING_K_LABEL = { zh: '显示的步数（层数）K', en: 'shown steps (layers) K' };
const UNFOLDING_REST = {
  factor: { kind: 'choice', label: 'factor', default: 2, choices: [2, 4] },
  // the run's training digits (UNFOLDING_DEFAULTS.trainDigits; UNFOLDING_QUICK's under ?quick=1)
  digits: { kind: 'choice', label: 'digits', default: 200, quick: 50, choices: [20, 50, 200, 2000] },
} as const satisfies ParamSchema;

/**
 * Unfolding: the K on show snaps to a trained K, and the quick run trains fewer (K ∈ {1, 2, 3}
 * instead of UNFOLDING_DEFAULTS.Ks), so the view takes the schema of its workload. The topic
 * descriptor declares the full one.
 */
export const UNFOLDING_PARAMS = {
  k: { kind: 'choice', label: UNFOLDING_K_LABEL, default: 3, choices: [1, 2, 3, 5, 10, 20], main: true },
  ...UNFOLDING_REST,
} as const satisfies ParamSchema;
export const UNFOLDING_QUICK_PARAMS = {
  k: { kind: 'choice', label: UNFOLDING_K_LABEL, default: 3, choices: [1, 2, 3], main: true },
  ...UNFOLDING_REST,
} as const satisfies ParamSchema;

export const unfoldingParams = (quick: boolean) => (quick ? UNFOLDING_QUICK_PARAMS : UNFOLDING_PARAMS);

/**
 * A link's K that is a usable number but not a trained K: the schema snaps it without a notice
 * (as a slider would), so the page says which K it shows instead. Null when nothing was snapped.
 */
export function snappedK(spec: ChoiceParam<number>, raw: string | undefined): { value: number; used: number } | null {
  if (raw == null) return null;
  const r = readParam(spec, raw, 'k', false);
  const value = Number(raw);
  return !r.notice && Number.isFinite(value) && value !== r.value ? { value, used: r.value as number } : null;
}

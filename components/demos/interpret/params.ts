/**
 * The interpret demos' parameters: what a link may set (#activation-max.lambda=0.1&lrp.eps=4).
 * The dissection demo reads nothing from its link, so it has no schema.
 */
import type { ParamSchema } from '@/demos/runtime/schema';

/** #activation-max.lambda / jitter / blur: the L2 penalty (the presenter's knob) and the two regularisers, 1 on, 0 off */
export const ACTMAX_PARAMS = {
  lambda: { kind: 'number', label: 'λ', default: 0.05, min: 0, max: 0.2, step: 0.005, main: true },
  jitter: { kind: 'choice', label: { zh: '抖动', en: 'jitter' }, default: 1, choices: [0, 1] },
  blur: { kind: 'choice', label: { zh: '模糊', en: 'blur' }, default: 1, choices: [0, 1] },
} as const satisfies ParamSchema;

/** Canvases the CAM demo measures: the full run's 500, or the quick run's 100 (browser tests). */
export const camCount = (quick: boolean) => (quick ? 100 : 500);

/**
 * #cam.image: which held-out cluttered canvas is shown. The range is the full run's; under
 * `?quick=1` only the first 100 canvases exist and the view clamps to them.
 */
export const CAM_PARAMS = {
  image: { kind: 'number', label: { zh: '画布编号', en: 'canvas number' }, default: 0, min: 0, max: camCount(false) - 1, step: 1, int: true },
} as const satisfies ParamSchema;

/** ε choices of the LRP demo: from "≈ 0" (LRP-0) to large, where relevance is mostly absorbed. */
export const LRP_EPS = [1e-6, 0.01, 0.1, 0.25, 1, 5] as const;

/** #lrp.digit: the test digit; #lrp.eps: the slider's position, an index into LRP_EPS (1: ε = 0.01) */
export const LRP_PARAMS = {
  digit: { kind: 'number', label: { zh: '数字编号', en: 'digit number' }, default: 0, min: 0, max: 1999, step: 1, int: true },
  eps: { kind: 'number', label: 'ε', default: 1, min: 0, max: LRP_EPS.length - 1, step: 1, int: true },
} as const satisfies ParamSchema;

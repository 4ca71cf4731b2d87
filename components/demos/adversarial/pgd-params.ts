/** The PGD demo's parameters: #pgd.steps=40 runs a stronger attack (k steps of size α = 2.5·ε/k). */
import type { ParamSchema } from '@/demos/runtime/schema';

export const PGD_PARAMS = {
  steps: { kind: 'number', label: { zh: 'PGD 步数 k', en: 'PGD steps k' }, default: 10, quick: 3, min: 1, max: 40, step: 1, int: true, main: true },
} as const satisfies ParamSchema;

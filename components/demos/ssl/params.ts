/** The ssl demos' parameters: what a link may set (#rotation-probe.steps=200). */
import type { ParamSchema } from '@/demos/runtime/schema';

export const ROTATION_PARAMS = {
  steps: { kind: 'number', label: { zh: '旋转预训练步数', en: 'rotation pre-training steps' }, default: 160, quick: 20, min: 10, max: 1000, step: 20, int: true, main: true },
  layer: { kind: 'choice', label: { zh: '探测哪一层的特征', en: 'layer probed' }, default: 'conv2', choices: ['conv1', 'conv2', 'fc'] },
} as const satisfies ParamSchema;

export const MLM_PARAMS = {
  corpus: { kind: 'choice', label: { zh: '语料', en: 'corpus' }, default: 'en', choices: ['en', 'zh'] },
  steps: { kind: 'number', label: { zh: '训练步数', en: 'training steps' }, default: 300, quick: 40, min: 20, max: 3000, step: 20, int: true, main: true },
} as const satisfies ParamSchema;

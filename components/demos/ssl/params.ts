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


const K_CHOICES = [1, 3, 10, 30, 100] as const;

export const RELPOS_PARAMS = {
  steps: { kind: 'number', label: { zh: '相对位置预训练步数', en: 'relative-position pre-training steps' }, default: 300, quick: 30, min: 10, max: 2000, step: 10, int: true, main: true },
  k: { kind: 'choice', label: { zh: '每类标签数 k', en: 'labels per class k' }, default: 10, choices: K_CHOICES },
} as const satisfies ParamSchema;

export const CONTEXT_PARAMS = {
  steps: { kind: 'number', label: { zh: '训练步数', en: 'training steps' }, default: 400, quick: 40, min: 10, max: 3000, step: 10, int: true, main: true },
  mask: { kind: 'choice', label: { zh: '训练时遮住哪里', en: 'region hidden in training' }, default: 'random', choices: ['centre', 'random'] },
  loss: { kind: 'choice', label: { zh: '损失', en: 'loss' }, default: 'l2', choices: ['l2', 'l1'] },
} as const satisfies ParamSchema;

export const SHUFFLE_PARAMS = {
  steps: { kind: 'number', label: { zh: '顺序验证预训练步数', en: 'order-verification pre-training steps' }, default: 300, quick: 30, min: 10, max: 2000, step: 10, int: true, main: true },
  motion: { kind: 'choice', label: { zh: '数字怎样动', en: 'how the digit moves' }, default: 'rotate', choices: ['rotate', 'move', 'both'] },
  k: { kind: 'choice', label: { zh: '每类标签数 k', en: 'labels per class k' }, default: 10, choices: K_CHOICES },
} as const satisfies ParamSchema;

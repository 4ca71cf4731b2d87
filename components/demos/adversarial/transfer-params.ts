/** The transfer demo's parameters: #transfer-attack.attack=pgd shows PGD-made examples in the chart and matrix. */
import type { ParamSchema } from '@/demos/runtime/schema';

export const TRANSFER_PARAMS = {
  attack: { kind: 'choice', label: { zh: '在源模型上使用的攻击', en: 'attack made on the source' }, default: 'fgsm', choices: ['fgsm', 'pgd'] },
} as const satisfies ParamSchema;

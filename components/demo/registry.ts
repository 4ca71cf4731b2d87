/**
 * Every live demo: its title, the space it takes (the placeholder has the same size, so the page
 * does not jump), the kernels it needs, and its view, loaded only when needed. Nothing here may
 * import TensorFlow.js: this file is part of the page's first-load JavaScript.
 */
import type { Lang } from '@/content/lectures';
import { KERNEL_NEEDS } from '@/demos/runtime/kernels';
import type { DemoView } from './types';

export interface DemoSpec {
  title: Record<Lang, string>;
  /** min height of the demo body in px (placeholder and view) */
  height: number;
  needs: readonly string[];
  load: () => Promise<{ default: DemoView }>;
}

export const DEMOS: Record<string, DemoSpec> = {
  fgsm: {
    title: { zh: 'FGSM 对抗攻击实验台', en: 'FGSM playground' },
    height: 620,
    needs: KERNEL_NEEDS.inputGrad,
    load: () => import('@/components/demos/adversarial/FgsmPlayground'),
  },
  'fgsm-sweep': {
    title: { zh: '准确率随 ε 的变化', en: 'Accuracy vs ε' },
    height: 520,
    needs: KERNEL_NEEDS.inputGrad,
    load: () => import('@/components/demos/adversarial/FgsmSweep'),
  },
};

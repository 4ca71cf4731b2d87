/**
 * Adversarial robustness: the topic's demos as the site sees them — id (the MDX's <Demo id>), title in
 * both languages, the space the placeholder keeps, the kernels the backend must have, the
 * parameters a link may set, and the view, loaded only when needed. Plain data: this file is
 * part of a lecture page's first-load JavaScript, so it imports no view and no TensorFlow.js.
 */
import type { Topic } from '@/components/demo/types';
import { KERNEL_NEEDS } from '@/demos/runtime/kernels';

export const topic: Topic = {
  name: 'adversarial',
  lecture: 'adversarial-robustness',
  workloads: () => import('@/demos/adversarial').then((m) => m.workloads),
  demos: [
    {
      id: 'fgsm',
      title: { zh: 'FGSM 对抗攻击实验台', en: 'FGSM playground' },
      height: 620,
      needs: KERNEL_NEEDS.inputGrad,
      params: () => import('./params').then((m) => m.FGSM_PARAMS),
      paper: () => import('./papers').then((m) => m.FGSM_PAPER),
      load: () => import('./FgsmPlayground'),
    },
    {
      id: 'fgsm-sweep',
      title: { zh: '准确率随 ε 的变化', en: 'Accuracy vs ε' },
      height: 520,
      needs: KERNEL_NEEDS.inputGrad,
      params: () => import('./params').then((m) => m.SWEEP_PARAMS),
      paper: () => import('./papers').then((m) => m.SWEEP_PAPER),
      load: () => import('./FgsmSweep'),
    },
  ],
};

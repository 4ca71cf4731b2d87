/**
 * The ssl topic's demos as the site sees them — id (the MDX's <Demo id>), title in both
 * languages, the space the placeholder keeps, the kernels the backend must have, the parameters a
 * link may set, and the view, loaded only when needed. Plain data: part of a lecture page's
 * first-load JavaScript, so it imports no view and no TensorFlow.js.
 */
import type { Topic } from '@/components/demo/types';

export const topic: Topic = {
  name: 'ssl',
  lecture: 'self-supervised-learning',
  workloads: () => import('@/demos/ssl').then((m) => m.workloads),
  demos: [
    {
      id: 'rotation-probe',
      title: { zh: 'Rotation net：预测旋转角度，再用少量标签做线性探测', en: 'Rotation net: predict the rotation, then a linear probe with a few labels' },
      height: 900,
      needs: [],
      params: () => import('./params').then((m) => m.ROTATION_PARAMS),
      paper: () => import('./papers').then((m) => m.ROTATION_PAPER),
      load: () => import('./RotationProbe'),
    },
    {
      id: 'masked-lm',
      title: { zh: 'BERT 任务 1：预测被遮挡的字', en: 'BERT task 1: predict the masked character' },
      height: 620,
      needs: [],
      params: () => import('./params').then((m) => m.MLM_PARAMS),
      paper: () => import('./papers').then((m) => m.MLM_PAPER),
      load: () => import('./MaskedLm'),
    },
  ],
};

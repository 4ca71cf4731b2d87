/**
 * The automl topic's demos as the site sees them — id (the MDX's <Demo id>), title in both
 * languages, the space the placeholder keeps, the kernels the backend must have, the parameters a
 * link may set, and the view, loaded only when needed. Plain data: part of a lecture page's
 * first-load JavaScript, so it imports no view and no TensorFlow.js.
 */
import type { Topic } from '@/components/demo/types';

export const topic: Topic = {
  name: 'automl',
  lecture: 'automl',
  workloads: () => import('@/demos/automl').then((m) => m.workloads),
  demos: [
    {
      id: 'nas-controller',
      title: { zh: '自动机器学习 AutoML：实时演示', en: 'Automated machine learning (AutoML): a live demo' },
      height: 520,
      needs: [],
      params: () => import('./params').then((m) => m.NASCONTROLLER_PARAMS),
      load: () => import('./NasController'),
    },
  ],
};

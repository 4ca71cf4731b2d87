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
      title: { zh: '用控制器搜索网络结构（REINFORCE）与随机搜索', en: 'Architecture search with a controller (REINFORCE) against random search' },
      height: 900,
      needs: [],
      params: () => import('./params').then((m) => m.NASCONTROLLER_PARAMS),
      paper: () => import('./papers').then((m) => m.NAS_PAPER),
      load: () => import('./NasController'),
    },
    {
      id: 'darts',
      title: { zh: '可微结构搜索 DARTS：一个小单元', en: 'Differentiable architecture search (DARTS): a tiny cell' },
      height: 860,
      needs: [],
      params: () => import('./params').then((m) => m.DARTS_PARAMS),
      paper: () => import('./papers').then((m) => m.DARTS_PAPER),
      load: () => import('./Darts'),
    },
  ],
};

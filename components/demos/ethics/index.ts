/**
 * The ethics topic's demos as the site sees them — id (the MDX's <Demo id>), title in both
 * languages, the space the placeholder keeps, the kernels the backend must have, the parameters a
 * link may set, and the view, loaded only when needed. Plain data: part of a lecture page's
 * first-load JavaScript, so it imports no view and no TensorFlow.js.
 */
import type { Topic } from '@/components/demo/types';

export const topic: Topic = {
  name: 'ethics',
  lecture: 'cognition-and-ethics',
  workloads: () => import('@/demos/ethics').then((m) => m.workloads),
  demos: [
    {
      id: 'fairness',
      title: { zh: '公平：一个群体很少的训练集与三种阈值', en: 'Fairness: a training set with few members of one group, and three thresholds' },
      height: 980,
      needs: [],
      params: () => import('./params').then((m) => m.FAIRNESS_PARAMS),
      paper: () => import('./papers').then((m) => m.FAIRNESS_PAPER),
      load: () => import('./Fairness'),
    },
    {
      id: 'rare-cases',
      title: { zh: '少见情况下的简单错误与捷径学习', en: 'Simple mistakes in rare cases, and shortcut learning' },
      height: 1100,
      needs: [],
      params: () => import('./params').then((m) => m.RARECASES_PARAMS),
      paper: () => import('./papers').then((m) => m.RARE_PAPER),
      load: () => import('./RareCases'),
    },
  ],
};

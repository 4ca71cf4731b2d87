/**
 * Bayesian deep learning: the topic's demos as the site sees them — id (the MDX's <Demo id>), title in
 * both languages, the space the placeholder keeps, the kernels the backend must have, the
 * parameters a link may set, and the view, loaded only when needed. Plain data: this file is
 * part of a lecture page's first-load JavaScript, so it imports no view and no TensorFlow.js.
 */
import type { Topic } from '@/components/demo/types';

export const topic: Topic = {
  name: 'bayes',
  lecture: 'bayesian-deep-learning',
  workloads: () => import('@/demos/bayes').then((m) => m.workloads),
  demos: [
    {
      id: 'mc-regression',
      title: { zh: 'MC dropout 回归：离数据越远，越不确定', en: 'MC-dropout regression: the further from the data, the less sure' },
      height: 640,
      needs: [],
      params: () => import('./params').then((m) => m.REGRESSION_PARAMS),
      paper: () => import('./papers').then((m) => m.REGRESSION_PAPER),
      load: () => import('./McRegression'),
    },
    {
      id: 'mc-classify',
      title: { zh: 'MC dropout 分类：旋转的数字与分布外输入', en: 'MC-dropout classification: rotated digits and out-of-distribution inputs' },
      height: 820,
      needs: [],
      params: () => import('./params').then((m) => m.CLASSIFY_PARAMS),
      paper: () => import('./papers').then((m) => m.CLASSIFY_PAPER),
      load: () => import('./McClassify'),
    },
  ],
};

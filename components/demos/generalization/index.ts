/**
 * The generalization topic's demos as the site sees them — id (the MDX's <Demo id>), title in both
 * languages, the space the placeholder keeps, the kernels the backend must have, the parameters a
 * link may set, and the view, loaded only when needed. Plain data: part of a lecture page's
 * first-load JavaScript, so it imports no view and no TensorFlow.js.
 */
import type { Topic } from '@/components/demo/types';

export const topic: Topic = {
  name: 'generalization',
  lecture: 'generalization-mysteries',
  workloads: () => import('@/demos/generalization').then((m) => m.workloads),
  demos: [
    {
      id: 'random-labels',
      title: { zh: '随机标签：网络能记住一切', en: 'Random labels: the network can memorise anything' },
      height: 980,
      needs: [],
      params: () => import('./params').then((m) => m.RANDOMLABELS_PARAMS),
      paper: () => import('./papers').then((m) => m.RANDOMLABELS_PAPER),
      load: () => import('./RandomLabels'),
    },
    {
      id: 'double-descent',
      title: { zh: '双下降：随机特征与最小范数解', en: 'Double descent: random features and the minimum-norm fit' },
      height: 640,
      needs: [],
      params: () => import('./params').then((m) => m.DOUBLEDESCENT_PARAMS),
      paper: () => import('./papers').then((m) => m.DOUBLEDESCENT_PAPER),
      load: () => import('./DoubleDescent'),
    },
    {
      id: 'lottery-ticket',
      title: { zh: '彩票假说：剪枝、回到原始初始值、再训练', en: 'The lottery ticket: prune, rewind to the original init, retrain' },
      height: 640,
      needs: [],
      params: () => import('./params').then((m) => m.LOTTERY_PARAMS),
      paper: () => import('./papers').then((m) => m.LOTTERY_PAPER),
      load: () => import('./Lottery'),
    },
  ],
};

/**
 * The continual topic's demos as the site sees them — id (the MDX's <Demo id>), title in both
 * languages, the space the placeholder keeps, the kernels the backend must have, the parameters a
 * link may set, and the view, loaded only when needed. Plain data: part of a lecture page's
 * first-load JavaScript, so it imports no view and no TensorFlow.js.
 */
import type { Topic } from '@/components/demo/types';

export const topic: Topic = {
  name: 'continual',
  lecture: 'continual-learning',
  workloads: () => import('@/demos/continual').then((m) => m.workloads),
  demos: [
    {
      id: 'split-mnist',
      title: { zh: 'Split MNIST：看网络遗忘，比较 EWC、蒸馏与回放', en: 'Split MNIST: watch a network forget, and compare EWC, distillation and replay' },
      height: 1100,
      needs: [],
      params: () => import('./params').then((m) => m.SPLITMNIST_PARAMS),
      paper: () => import('./papers').then((m) => m.SPLIT_PAPER),
      load: () => import('./SplitMnist'),
    },
    {
      id: 'ewc-importance',
      title: { zh: '权重空间里的遗忘：Fisher 重要性与参数漂移', en: 'Forgetting in weight space: Fisher importance and parameter drift' },
      height: 900,
      needs: [],
      params: () => import('./params').then((m) => m.IMPORTANCE_PARAMS),
      paper: () => import('./papers').then((m) => m.IMPORTANCE_PAPER),
      load: () => import('./EwcImportance'),
    },
  ],
};

/**
 * Few-shot learning: the topic's demos as the site sees them — id (the MDX's <Demo id>), title in
 * both languages, the space the placeholder keeps, the kernels the backend must have, the
 * parameters a link may set, and the view, loaded only when needed. Plain data: this file is
 * part of a lecture page's first-load JavaScript, so it imports no view and no TensorFlow.js.
 */
import type { Topic } from '@/components/demo/types';

export const topic: Topic = {
  name: 'fewshot',
  lecture: 'few-shot-learning',
  workloads: () => import('@/demos/fewshot').then((m) => m.workloads),
  demos: [
    {
      id: 'transfer',
      title: { zh: '迁移学习：冻结特征、微调与从头训练', en: 'Transfer learning: frozen features, fine-tuning, training from scratch' },
      height: 720,
      needs: [],
      params: () => import('./params').then((m) => m.TRANSFER_PARAMS),
      paper: () => import('./papers').then((m) => m.TRANSFER_PAPER),
      load: () => import('./Transfer'),
    },
    {
      id: 'own-symbols',
      title: { zh: '教它认识你自己画的符号', en: 'Teach it your own symbols' },
      height: 640,
      needs: [],
      prepare: 'samples',
      load: () => import('./OwnSymbols'),
    },
    {
      id: 'multi-task',
      title: { zh: '多任务学习：共享主干与两个头', en: 'Multi-task learning: one shared trunk, two heads' },
      height: 640,
      needs: [],
      params: () => import('./params').then((m) => m.MULTITASK_PARAMS),
      paper: () => import('./papers').then((m) => m.MULTITASK_PAPER),
      load: () => import('./MultiTask'),
    },
    {
      id: 'matching',
      title: { zh: '匹配网络：在没见过的数字上做小样本分类', en: 'Matching networks: few-shot classification of unseen digits' },
      height: 720,
      needs: [],
      params: () => import('./params').then((m) => m.MATCHING_PARAMS),
      paper: () => import('./papers').then((m) => m.MATCHING_PAPER),
      load: () => import('./Matching'),
    },
    {
      id: 'unfolding',
      title: { zh: '深度展开：把迭代算法变成网络', en: 'Deep unfolding: an iterative algorithm becomes a network' },
      height: 680,
      needs: [],
      params: () => import('./params').then((m) => m.UNFOLDING_PARAMS),
      paper: () => import('./papers').then((m) => m.UNFOLDING_PAPER),
      load: () => import('./Unfolding'),
    },
  ],
};

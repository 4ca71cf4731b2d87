/**
 * Graph neural networks: the topic's demos as the site sees them — id (the MDX's <Demo id>), title in
 * both languages, the space the placeholder keeps, the kernels the backend must have, the
 * parameters a link may set, and the view, loaded only when needed. Plain data: this file is
 * part of a lecture page's first-load JavaScript, so it imports no view and no TensorFlow.js.
 */
import type { Topic } from '@/components/demo/types';

export const topic: Topic = {
  name: 'gnn',
  lecture: 'graph-neural-networks',
  workloads: () => import('@/demos/gnn').then((m) => m.workloads),
  demos: [
    {
      id: 'message-passing',
      title: { zh: '消息传递：看特征沿着边流动', en: 'Message passing: watch features flow along the edges' },
      height: 560,
      needs: [],
      params: () => import('./params').then((m) => m.MP_PARAMS),
      load: () => import('./MessagePassing'),
    },
    {
      id: 'gcn-karate',
      title: { zh: '空手道俱乐部上的 GCN：每派只标一个人', en: 'A GCN on the karate club: one label per faction' },
      height: 620,
      needs: [],
      paper: () => import('./papers').then((m) => m.KARATE_PAPER),
      load: () => import('./GcnKarate'),
    },
    {
      id: 'graph-classification',
      title: { zh: '图分类：只看结构', en: 'Graph classification from structure alone' },
      height: 620,
      needs: [],
      params: () => import('./params').then((m) => m.GRAPHS_PARAMS),
      paper: () => import('./papers').then((m) => m.GRAPHS_PAPER),
      load: () => import('./GraphClassification'),
    },
    {
      id: 'gcn-scale',
      title: { zh: '一万个节点的 GCN：稀疏消息传递', en: 'A GCN on 10,000 nodes: sparse message passing' },
      height: 600,
      needs: [],
      params: () => import('./params').then((m) => m.SCALE_PARAMS),
      paper: () => import('./papers').then((m) => m.SCALE_PAPER),
      load: () => import('./GcnScale'),
    },
  ],
};

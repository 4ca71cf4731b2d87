/**
 * Federated learning: the topic's demos as the site sees them — id (the MDX's <Demo id>), title in
 * both languages, the space the placeholder keeps, the kernels the backend must have, the
 * parameters a link may set, and the view, loaded only when needed. Plain data: this file is
 * part of a lecture page's first-load JavaScript, so it imports no view and no TensorFlow.js.
 */
import type { Topic } from '@/components/demo/types';

export const topic: Topic = {
  name: 'fed',
  lecture: 'federated-learning',
  workloads: () => import('@/demos/fed').then((m) => m.workloads),
  demos: [
    {
      id: 'fedavg',
      title: { zh: 'FedAvg、FedSGD 与集中式训练：通信轮数', en: 'FedAvg vs FedSGD vs centralised: communication rounds' },
      height: 640,
      needs: [],
      params: () => import('./params').then((m) => m.FEDAVG_PARAMS),
      paper: () => import('./papers').then((m) => m.FEDAVG_PAPER),
      load: () => import('./FedAvg'),
    },
    {
      id: 'non-iid',
      title: { zh: '统计异质性：非独立同分布的数据', en: 'Statistical heterogeneity: non-IID data' },
      height: 760,
      needs: [],
      params: () => import('./params').then((m) => m.NONIID_PARAMS),
      paper: () => import('./papers').then((m) => m.NONIID_PAPER),
      load: () => import('./NonIid'),
    },
    {
      id: 'compression',
      title: { zh: '通信代价：压缩上传的更新', en: 'Expensive communication: compressing the updates' },
      height: 640,
      needs: [],
      params: () => import('./params').then((m) => m.COMPRESSION_PARAMS),
      paper: () => import('./papers').then((m) => m.COMPRESSION_PAPER),
      load: () => import('./Compression'),
    },
    {
      id: 'stragglers',
      title: { zh: '系统异质性：掉队的客户端与 FedProx', en: 'System heterogeneity: stragglers and FedProx' },
      height: 640,
      needs: [],
      params: () => import('./params').then((m) => m.STRAGGLER_PARAMS),
      paper: () => import('./papers').then((m) => m.STRAGGLERS_PAPER),
      load: () => import('./Stragglers'),
    },
    {
      id: 'dp-noise',
      title: { zh: '隐私：裁剪加噪声（DP-FedAvg）', en: 'Privacy: clipping and noise (DP-FedAvg)' },
      height: 700,
      needs: [],
      params: () => import('./params').then((m) => m.DP_PARAMS),
      paper: () => import('./papers').then((m) => m.DP_PAPER),
      load: () => import('./DpNoise'),
    },
  ],
};

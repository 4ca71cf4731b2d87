/**
 * Interpretability: the topic's demos as the site sees them — id (the MDX's <Demo id>), title in
 * both languages, the space the placeholder keeps, the kernels the backend must have, the
 * parameters a link may set, and the view, loaded only when needed. Plain data: this file is
 * part of a lecture page's first-load JavaScript, so it imports no view and no TensorFlow.js.
 */
import type { Topic } from '@/components/demo/types';
import { KERNEL_NEEDS } from '@/demos/runtime/kernels';

export const topic: Topic = {
  name: 'interpret',
  lecture: 'interpretability',
  workloads: () => import('@/demos/interpret').then((m) => m.workloads),
  demos: [
    {
      id: 'activation-max',
      title: { zh: '激活最大化：输出神经元想要什么', en: 'Activation maximisation: what each output neuron wants' },
      height: 560,
      needs: KERNEL_NEEDS.inputGrad,
      params: () => import('./params').then((m) => m.ACTMAX_PARAMS),
      load: () => import('./ActivationMax'),
      paper: () => import('./papers').then((m) => m.ACTMAX_PAPER),
    },
    {
      id: 'cam',
      title: { zh: '类激活图：在杂乱画布上定位数字', en: 'Class activation maps: finding digits among clutter' },
      height: 760,
      needs: [],
      params: () => import('./params').then((m) => m.CAM_PARAMS),
      load: () => import('./Cam'),
      paper: () => import('./papers').then((m) => m.CAM_PAPER),
    },
    {
      id: 'dissection',
      title: { zh: '解剖卷积核：每个通道在找什么', en: 'Dissecting kernels: what each channel looks for' },
      height: 640,
      needs: [],
      load: () => import('./Dissection'),
      paper: () => import('./papers').then((m) => m.DISSECTION_PAPER),
    },
    {
      id: 'lrp',
      title: { zh: '逐层相关性传播（LRP）与梯度显著图', en: 'Layer-wise relevance propagation beside gradient saliency' },
      height: 640,
      needs: KERNEL_NEEDS.inputGrad,
      params: () => import('./params').then((m) => m.LRP_PARAMS),
      load: () => import('./Lrp'),
      paper: () => import('./papers').then((m) => m.LRP_PAPER),
    },
  ],
};

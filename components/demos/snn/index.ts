/**
 * The snn topic's demos as the site sees them — id (the MDX's <Demo id>), title in both
 * languages, the space the placeholder keeps, the kernels the backend must have, the parameters a
 * link may set, and the view, loaded only when needed. Plain data: part of a lecture page's
 * first-load JavaScript, so it imports no view and no TensorFlow.js.
 */
import type { Topic } from '@/components/demo/types';

export const topic: Topic = {
  name: 'snn',
  lecture: 'spiking-neural-networks',
  workloads: () => import('@/demos/snn').then((m) => m.workloads),
  demos: [
    {
      id: 'lif-neuron',
      title: { zh: '泄漏积分发放（LIF）神经元：膜电位、阈值与 f–I 曲线', en: 'A leaky integrate-and-fire neuron: membrane, threshold and the f–I curve' },
      height: 1100,
      needs: [],
      params: () => import('./params').then((m) => m.LIFNEURON_PARAMS),
      paper: () => import('./papers').then((m) => m.LIF_PAPER),
      load: () => import('./LifNeuron'),
    },
    {
      id: 'snn-train',
      title: { zh: '用替代梯度训练脉冲神经网络识别手写数字', en: 'Training a spiking network on digits with a surrogate gradient' },
      height: 1400,
      needs: [],
      params: () => import('./params').then((m) => m.SNNTRAIN_PARAMS),
      paper: () => import('./papers').then((m) => m.SNN_PAPER),
      load: () => import('./SnnTrain'),
    },
  ],
};

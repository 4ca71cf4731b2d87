/**
 * Lightweight networks: the topic's demos as the site sees them — id (the MDX's <Demo id>), title in
 * both languages, the space the placeholder keeps, the kernels the backend must have, the parameters
 * a link may set, and the view, loaded only when needed. Plain data: part of a lecture page's
 * first-load JavaScript, so it imports no view and no TensorFlow.js.
 */
import type { Topic } from '@/components/demo/types';

export const topic: Topic = {
  name: 'lightweight',
  lecture: 'lightweight-networks',
  workloads: () => import('@/demos/lightweight').then((m) => m.workloads),
  demos: [
    {
      id: 'separable-conv',
      title: { zh: '标准卷积与深度可分离卷积：公式与本机实测', en: 'Standard vs depthwise-separable convolution: the formulas and this device' },
      height: 760,
      needs: [],
      params: () => import('./params').then((m) => m.SEPCONV_PARAMS),
      paper: () => import('./papers').then((m) => m.SEPCONV_PAPER),
      load: () => import('./SeparableConv'),
    },
    {
      id: 'light-cnn',
      title: { zh: '轻量 CNN 与标准 CNN：在本机上训练、计数、实测延迟', en: 'A lightweight CNN vs the standard CNN: trained, counted and timed on this device' },
      height: 720,
      needs: [],
      params: () => import('./params').then((m) => m.LIGHTCNN_PARAMS),
      paper: () => import('./papers').then((m) => m.LIGHTCNN_PAPER),
      load: () => import('./LightCnn'),
    },
    {
      id: 'quantisation',
      title: { zh: '量化：8 位、4 位、2 位权重的数字 CNN', en: 'Quantisation: the digit CNN with 8-, 4- and 2-bit weights' },
      height: 700,
      needs: [],
      params: () => import('./params').then((m) => m.QUANT_PARAMS),
      paper: () => import('./papers').then((m) => m.QUANT_PAPER),
      load: () => import('./Quantisation'),
    },
    {
      id: 'pruning',
      title: { zh: '剪枝：去掉九成权重，再微调', en: 'Pruning: remove nine weights in ten, then fine-tune' },
      height: 700,
      needs: [],
      params: () => import('./params').then((m) => m.PRUNE_PARAMS),
      paper: () => import('./papers').then((m) => m.PRUNE_PAPER),
      load: () => import('./Pruning'),
    },
    {
      id: 'distillation',
      title: { zh: '知识蒸馏：小学生网络向大教师网络学习', en: 'Knowledge distillation: a small student learns from a large teacher' },
      height: 560,
      needs: [],
      params: () => import('./params').then((m) => m.DISTILL_PARAMS),
      paper: () => import('./papers').then((m) => m.DISTILL_PAPER),
      load: () => import('./Distillation'),
    },
  ],
};

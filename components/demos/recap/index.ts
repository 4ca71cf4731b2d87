/**
 * The recap topic's demos as the site sees them — id (the MDX's <Demo id>), title in both
 * languages, the space the placeholder keeps, the kernels the backend must have, the parameters a
 * link may set, and the view, loaded only when needed. Plain data: part of a lecture page's
 * first-load JavaScript, so it imports no view and no TensorFlow.js.
 */
import type { Topic } from '@/components/demo/types';

export const topic: Topic = {
  name: 'recap',
  lecture: 'recap',
  workloads: () => import('@/demos/recap').then((m) => m.workloads),
  demos: [
    {
      id: 'conv-explorer',
      title: { zh: '卷积层探索：形状、参数与特征图', en: 'Convolution layer explorer: shapes, parameters and feature maps' },
      height: 760,
      needs: [],
      params: () => import('./params').then((m) => m.CONVEXPLORER_PARAMS),
      load: () => import('./ConvExplorer'),
    },
    {
      id: 'train-cnn',
      title: { zh: '在浏览器里训练一个卷积网络', en: 'Train a CNN live in your browser' },
      height: 820,
      needs: [],
      params: () => import('./params').then((m) => m.TRAINCNN_PARAMS),
      paper: () => import('./papers').then((m) => m.TRAINCNN_PAPER),
      load: () => import('./TrainCnn'),
    },
    {
      id: 'model-gallery',
      title: { zh: '各种模型结构：从 LeNet-5 到 ViT', en: 'Model structures: from LeNet-5 to ViT' },
      height: 640,
      needs: [],
      load: () => import('./ModelGallery'),
    },
  ],
};

/**
 * The ssl topic's demos as the site sees them — id (the MDX's <Demo id>), title in both
 * languages, the space the placeholder keeps, the kernels the backend must have, the parameters a
 * link may set, and the view, loaded only when needed. Plain data: part of a lecture page's
 * first-load JavaScript, so it imports no view and no TensorFlow.js.
 */
import type { Topic } from '@/components/demo/types';

export const topic: Topic = {
  name: 'ssl',
  lecture: 'self-supervised-learning',
  workloads: () => import('@/demos/ssl').then((m) => m.workloads),
  demos: [
    {
      id: 'rotation-probe',
      title: { zh: 'Rotation net：预测旋转角度，再用少量标签做线性探测', en: 'Rotation net: predict the rotation, then a linear probe with a few labels' },
      height: 900,
      needs: [],
      params: () => import('./params').then((m) => m.ROTATION_PARAMS),
      paper: () => import('./papers').then((m) => m.ROTATION_PAPER),
      load: () => import('./RotationProbe'),
    },
    {
      id: 'masked-lm',
      title: { zh: 'BERT 任务 1：预测被遮挡的字', en: 'BERT task 1: predict the masked character' },
      height: 620,
      needs: [],
      params: () => import('./params').then((m) => m.MLM_PARAMS),
      paper: () => import('./papers').then((m) => m.MLM_PAPER),
      load: () => import('./MaskedLm'),
    },
    {
      id: 'relative-position',
      title: { zh: 'Location net：预测两个图块的相对位置，再做线性探测', en: 'Location net: predict where the second patch lies, then a linear probe' },
      height: 900,
      needs: [],
      params: () => import('./params').then((m) => m.RELPOS_PARAMS),
      paper: () => import('./papers').then((m) => m.RELPOS_PAPER),
      load: () => import('./RelativePosition'),
    },
    {
      id: 'context-encoder',
      title: { zh: 'Context encoder：补全被遮住的区域（也可以自己画遮挡）', en: 'Context encoder: fill in the hidden region (or paint your own mask)' },
      height: 900,
      needs: [],
      params: () => import('./params').then((m) => m.CONTEXT_PARAMS),
      paper: () => import('./papers').then((m) => m.CONTEXT_PAPER),
      load: () => import('./ContextEncoder'),
    },
    {
      id: 'shuffle-learn',
      title: { zh: 'Shuffle & Learn：这三帧的顺序对吗？再做线性探测', en: 'Shuffle & Learn: are these three frames in order? Then a linear probe' },
      height: 900,
      needs: [],
      params: () => import('./params').then((m) => m.SHUFFLE_PARAMS),
      paper: () => import('./papers').then((m) => m.SHUFFLE_PAPER),
      load: () => import('./ShuffleLearn'),
    },
  ],
};

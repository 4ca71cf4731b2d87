/**
 * Every live demo: its title, the space it takes (the placeholder has the same size, so the page
 * does not jump), the kernels it needs, and its view, loaded only when needed. Nothing here may
 * import TensorFlow.js: this file is part of the page's first-load JavaScript.
 */
import type { Lang } from '@/content/lectures';
import { KERNEL_NEEDS } from '@/demos/runtime/kernels';
import type { DemoView } from './types';

export interface DemoSpec {
  title: Record<Lang, string>;
  /** min height of the demo body in px (placeholder and view) */
  height: number;
  needs: readonly string[];
  load: () => Promise<{ default: DemoView }>;
}

export const DEMOS: Record<string, DemoSpec> = {
  fgsm: {
    title: { zh: 'FGSM 对抗攻击实验台', en: 'FGSM playground' },
    height: 620,
    needs: KERNEL_NEEDS.inputGrad,
    load: () => import('@/components/demos/adversarial/FgsmPlayground'),
  },
  'fgsm-sweep': {
    title: { zh: '准确率随 ε 的变化', en: 'Accuracy vs ε' },
    height: 520,
    needs: KERNEL_NEEDS.inputGrad,
    load: () => import('@/components/demos/adversarial/FgsmSweep'),
  },
  'activation-max': {
    title: { zh: '激活最大化：输出神经元想要什么', en: 'Activation maximisation: what each output neuron wants' },
    height: 560,
    needs: KERNEL_NEEDS.inputGrad,
    load: () => import('@/components/demos/interpret/ActivationMax'),
  },
  cam: {
    title: { zh: '类激活图：在杂乱画布上定位数字', en: 'Class activation maps: finding digits among clutter' },
    height: 760,
    needs: [],
    load: () => import('@/components/demos/interpret/Cam'),
  },
  dissection: {
    title: { zh: '解剖卷积核：每个通道在找什么', en: 'Dissecting kernels: what each channel looks for' },
    height: 640,
    needs: [],
    load: () => import('@/components/demos/interpret/Dissection'),
  },
  lrp: {
    title: { zh: '逐层相关性传播（LRP）与梯度显著图', en: 'Layer-wise relevance propagation beside gradient saliency' },
    height: 640,
    needs: KERNEL_NEEDS.inputGrad,
    load: () => import('@/components/demos/interpret/Lrp'),
  },
  'mc-regression': {
    title: { zh: 'MC dropout 回归：离数据越远，越不确定', en: 'MC-dropout regression: the further from the data, the less sure' },
    height: 640,
    needs: [],
    load: () => import('@/components/demos/bayes/McRegression'),
  },
  'mc-classify': {
    title: { zh: 'MC dropout 分类：旋转的数字与分布外输入', en: 'MC-dropout classification: rotated digits and out-of-distribution inputs' },
    height: 820,
    needs: [],
    load: () => import('@/components/demos/bayes/McClassify'),
  },
};

/**
 * Every live demo: its title, the space it takes (the placeholder has the same size, so the page
 * does not jump), the kernels it needs, and its view, loaded only when needed. Nothing here may
 * import TensorFlow.js: this file is part of the page's first-load JavaScript.
 */
import type { Lang } from '@/content/lectures';
import { KERNEL_NEEDS } from '@/demos/runtime/kernels';
import { DEMO_TITLES } from './titles';
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
    title: DEMO_TITLES['fgsm'],
    height: 620,
    needs: KERNEL_NEEDS.inputGrad,
    load: () => import('@/components/demos/adversarial/FgsmPlayground'),
  },
  'fgsm-sweep': {
    title: DEMO_TITLES['fgsm-sweep'],
    height: 520,
    needs: KERNEL_NEEDS.inputGrad,
    load: () => import('@/components/demos/adversarial/FgsmSweep'),
  },
  'activation-max': {
    title: DEMO_TITLES['activation-max'],
    height: 560,
    needs: KERNEL_NEEDS.inputGrad,
    load: () => import('@/components/demos/interpret/ActivationMax'),
  },
  cam: {
    title: DEMO_TITLES['cam'],
    height: 760,
    needs: [],
    load: () => import('@/components/demos/interpret/Cam'),
  },
  dissection: {
    title: DEMO_TITLES['dissection'],
    height: 640,
    needs: [],
    load: () => import('@/components/demos/interpret/Dissection'),
  },
  lrp: {
    title: DEMO_TITLES['lrp'],
    height: 640,
    needs: KERNEL_NEEDS.inputGrad,
    load: () => import('@/components/demos/interpret/Lrp'),
  },
  'mc-regression': {
    title: DEMO_TITLES['mc-regression'],
    height: 640,
    needs: [],
    load: () => import('@/components/demos/bayes/McRegression'),
  },
  'mc-classify': {
    title: DEMO_TITLES['mc-classify'],
    height: 820,
    needs: [],
    load: () => import('@/components/demos/bayes/McClassify'),
  },
  'message-passing': {
    title: DEMO_TITLES['message-passing'],
    height: 560,
    needs: [],
    load: () => import('@/components/demos/gnn/MessagePassing'),
  },
  'gcn-karate': {
    title: DEMO_TITLES['gcn-karate'],
    height: 620,
    needs: [],
    load: () => import('@/components/demos/gnn/GcnKarate'),
  },
  'graph-classification': {
    title: DEMO_TITLES['graph-classification'],
    height: 620,
    needs: [],
    load: () => import('@/components/demos/gnn/GraphClassification'),
  },
  'gcn-scale': {
    title: DEMO_TITLES['gcn-scale'],
    height: 600,
    needs: [],
    load: () => import('@/components/demos/gnn/GcnScale'),
  },
  fedavg: {
    title: DEMO_TITLES['fedavg'],
    height: 640,
    needs: [],
    load: () => import('@/components/demos/fed/FedAvg'),
  },
  'non-iid': {
    title: DEMO_TITLES['non-iid'],
    height: 760,
    needs: [],
    load: () => import('@/components/demos/fed/NonIid'),
  },
  compression: {
    title: DEMO_TITLES['compression'],
    height: 640,
    needs: [],
    load: () => import('@/components/demos/fed/Compression'),
  },
  stragglers: {
    title: DEMO_TITLES['stragglers'],
    height: 640,
    needs: [],
    load: () => import('@/components/demos/fed/Stragglers'),
  },
  'dp-noise': {
    title: DEMO_TITLES['dp-noise'],
    height: 700,
    needs: [],
    load: () => import('@/components/demos/fed/DpNoise'),
  },
  transfer: {
    title: DEMO_TITLES['transfer'],
    height: 720,
    needs: [],
    load: () => import('@/components/demos/fewshot/Transfer'),
  },
  'own-symbols': {
    title: DEMO_TITLES['own-symbols'],
    height: 640,
    needs: [],
    load: () => import('@/components/demos/fewshot/OwnSymbols'),
  },
  'multi-task': {
    title: DEMO_TITLES['multi-task'],
    height: 640,
    needs: [],
    load: () => import('@/components/demos/fewshot/MultiTask'),
  },
  matching: {
    title: DEMO_TITLES['matching'],
    height: 720,
    needs: [],
    load: () => import('@/components/demos/fewshot/Matching'),
  },
  unfolding: {
    title: DEMO_TITLES['unfolding'],
    height: 680,
    needs: [],
    load: () => import('@/components/demos/fewshot/Unfolding'),
  },
};

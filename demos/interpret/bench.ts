/**
 * Benchmark workloads of the interpretability demos, as the page runs them by default:
 * 200 activation-maximisation steps for all ten classes, CAM localisation over 500 cluttered
 * canvases, dissection of three layers over 2,000 digits, one LRP explanation. `quick` shrinks
 * each to its browser-test size (30 steps, 100 canvases, 300 digits).
 */
import * as tf from '@tensorflow/tfjs';
import type { BenchWorkload } from '../bench/types';
import { clutteredTestSet } from '../data/clutter';
import { mnistFromSite } from '../data/fetch';
import { imageAsFloats } from '../data/mnist';
import { loadModel, logitsOf } from '../models/load';
import { ACTMAX_DEFAULTS, createActMax } from './actmax';
import { camNet, localisation } from './cam';
import { dissect } from './dissection';
import { disposeExplanation, explain } from './lrp';
import { opsOf } from './ops';

const CLASSES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

export const interpretWorkloads: BenchWorkload[] = [
  {
    id: 'interpret/activation-max',
    demo: 'activation-max',
    unit: 'step',
    async setup({ quick }) {
      const model = await loadModel('digit-cnn');
      const logits = logitsOf(model);
      const steps = quick ? 30 : 200;
      return {
        items: steps,
        note: '10 classes in one batch, jitter + blur',
        async run() {
          const am = createActMax(logits as (x: tf.Tensor4D) => tf.Tensor2D, CLASSES, 28, ACTMAX_DEFAULTS);
          for (let i = 0; i < steps; i++) am.step();
          await am.read();
          am.dispose();
        },
        dispose: () => model.dispose(),
      };
    },
  },
  {
    id: 'interpret/cam-localisation',
    demo: 'cam',
    unit: 'canvas',
    async setup({ quick }) {
      const [model, test] = await Promise.all([loadModel('digit-cam'), mnistFromSite('test')]);
      const set = clutteredTestSet(test, quick ? 100 : 500);
      const net = camNet(model);
      return {
        items: set.count,
        note: '56×56 canvases, CAM of the predicted class, upsampled peak',
        async run() { await localisation(net, set, { batch: 50 }); },
        dispose: () => model.dispose(),
      };
    },
  },
  {
    id: 'interpret/dissection',
    demo: 'dissection',
    unit: 'digit',
    async setup({ quick }) {
      const [model, test] = await Promise.all([loadModel('digit-cnn'), mnistFromSite('test')]);
      const ops = opsOf(model);
      const layers = ops.flatMap((o, i) => (o.kind === 'conv' ? [i] : []));
      const limit = quick ? 300 : 2000;
      return {
        items: limit,
        note: `${layers.length} conv layers, top 50 per channel`,
        async run() { await dissect(ops, layers, test, { limit, k: 50 }); },
        dispose: () => model.dispose(),
      };
    },
  },
  {
    id: 'interpret/lrp',
    demo: 'lrp',
    unit: 'explanation',
    async setup() {
      const [model, test] = await Promise.all([loadModel('digit-cnn'), mnistFromSite('test')]);
      const ops = opsOf(model);
      const x = tf.tensor4d(imageAsFloats(test, 0), [1, 28, 28, 1]);
      return {
        items: 1,
        note: 'ε-LRP + gradient + gradient × input, read back',
        async run() {
          const e = explain(ops, x, test.labels[0], 0.01);
          await Promise.all([e.relevance.data(), e.gradient.data(), e.gradientTimesInput.data(), e.sums.data()]);
          disposeExplanation(e);
        },
        dispose: () => { x.dispose(); model.dispose(); },
      };
    },
  },
];

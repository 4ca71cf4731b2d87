/**
 * Benchmark workloads of the interpretability demos, as the page runs them by default:
 * 200 activation-maximisation steps for all ten classes, CAM localisation over 500 cluttered
 * canvases, dissection of three layers over 2,000 digits, one LRP explanation. `quick` shrinks
 * each to its browser-test size (30 steps, 100 canvases, 300 digits).
 */
import type { BenchWorkload } from '../bench/types';
import { clutteredTestSet } from '../data/clutter';
import { mnistFromSite } from '../data/fetch';
import { imageAsFloats } from '../data/mnist';
import { loadModel, logitsOf } from '../models/load';
import { ACTMAX_DEFAULTS, createActMax, DIGIT_CLASSES } from './actmax';
import { camNet, localisation } from './cam';
import { dissect, dissectionNet } from './dissection';
import { explainOne } from './lrp';
import { opsOf } from './ops';

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
          const am = createActMax(logits, DIGIT_CLASSES, 28, ACTMAX_DEFAULTS);
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
      const { ops, layers } = dissectionNet(model);
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
      const x = imageAsFloats(test, 0);
      return {
        items: 1,
        note: 'softmax, ε-LRP + gradient + gradient × input, read back',
        // exactly what the page does per explanation
        run: async () => { await explainOne(ops, x, test.labels[0], 0.01); },
        dispose: () => model.dispose(),
      };
    },
  },
];

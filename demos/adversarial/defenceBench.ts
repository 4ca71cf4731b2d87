/**
 * Benchmark workloads of the defence demos, as the pages run them by default: the autoencoder
 * defence's and the generator defence's evaluations (every row, unaware and adaptive) on the
 * first 100 held-out digits; `quick` shrinks them to 50 / 25 digits, like ?quick=1.
 */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { batchAsFloats } from '../data/mnist';
import { loadModel, logitsOf } from '../models/load';
import { evaluateAeDefence } from './aeDefence';
import { DIGIT_GEN, imageFnOf } from './defenceModels';
import { evaluateGenDefence } from './genDefence';

export const defenceWorkloads: BenchWorkload[] = [
  {
    id: 'ae-defence/evaluate',
    demo: 'ae-defence',
    unit: 'digit',
    async setup({ quick }) {
      const [cnn, ae, test] = await Promise.all([loadModel('digit-cnn'), loadModel('digit-ae'), mnistFromSite('test')]);
      const n = quick ? 50 : 100;
      const { x, y } = batchAsFloats(test, 0, n);
      return {
        items: n,
        note: 'clean, FGSM, PGD-10 unaware and PGD-10 through the autoencoder',
        run: async () => { await evaluateAeDefence(logitsOf(cnn), imageFnOf(ae), x, y, { batch: 20 }); },
        dispose: () => { cnn.dispose(); ae.dispose(); },
      };
    },
  },
  {
    id: 'gen-defence/evaluate',
    demo: 'gen-defence',
    unit: 'digit',
    async setup({ quick }) {
      const [cnn, gen, test] = await Promise.all([loadModel('digit-cnn'), loadModel('digit-gen'), mnistFromSite('test')]);
      const n = quick ? 25 : 100;
      const { x, y } = batchAsFloats(test, 0, n);
      return {
        items: n,
        note: 'projection (R starts × L steps), PGD unaware and BPDA + PGD',
        run: async () => { await evaluateGenDefence(logitsOf(cnn), imageFnOf(gen), x, y, { latent: DIGIT_GEN.latent, batch: 20 }); },
        dispose: () => { cnn.dispose(); gen.dispose(); },
      };
    },
  },
];

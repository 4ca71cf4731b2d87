/**
 * Bench workloads of the transfer and PGD demos, as the pages run them by default: the whole transfer
 * experiment (substitutes trained, matrix at ε = 0.25, the ε sweep) and the PGD comparison of the
 * standard and adversarially trained models at every ε. `quick` runs the quick workloads.
 */
import * as tf from '@tensorflow/tfjs';
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { batchAsFloats } from '../data/mnist';
import { loadModel, logitsOf } from '../models/load';
import { PGD_EPS, robustAccuracy } from './pgd';
import { TRANSFER_DEFAULT, TRANSFER_QUICK, runTransfer } from './transfer-experiment';

export const transferWorkloads: BenchWorkload[] = [
  {
    id: 'transfer/experiment',
    demo: 'transfer-attack',
    unit: 'digit',
    async setup({ quick }) {
      const [target, own, test] = await Promise.all([loadModel('digit-cnn-noise'), loadModel('digit-cnn'), mnistFromSite('test')]);
      const cfg = quick ? TRANSFER_QUICK : TRANSFER_DEFAULT;
      const { x, y } = batchAsFloats(test, 0, test.count);
      return {
        items: cfg.evalDigits,
        note: 'two substitutes trained, 9 matrix cells at ε = 0.25, then the ε sweep',
        async run() {
          const { substitutes } = await runTransfer({ target: logitsOf(target), attackerCnn: logitsOf(own), images: x, labels: y }, cfg, () => {});
          substitutes.forEach((s) => tf.dispose(s.vars));
        },
        dispose: () => { target.dispose(); own.dispose(); },
      };
    },
  },
  {
    id: 'pgd/std-vs-adv',
    demo: 'pgd',
    unit: 'digit',
    async setup({ quick }) {
      const [std, adv, test] = await Promise.all([loadModel('digit-cnn'), loadModel('digit-cnn-pgd'), mnistFromSite('test')]);
      const n = quick ? 100 : 200;
      const { x, y } = batchAsFloats(test, 0, n);
      return {
        items: n,
        note: `${PGD_EPS.length} ε values × 2 models, PGD 10 steps`,
        async run() {
          for (const m of [std, adv]) await robustAccuracy(logitsOf(m), x, y, PGD_EPS, { steps: 10, batch: 100 });
        },
        dispose: () => { std.dispose(); adv.dispose(); },
      };
    },
  },
];

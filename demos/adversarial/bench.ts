/**
 * Benchmark workloads of the adversarial-robustness demos, as the page runs them by default:
 * one FGSM attack on one digit (the playground's unit of work) and the 1,000-digit ε sweep.
 * `quick` shrinks the sweep to 50 digits: the quick set, and always on cpu / software WebGPU.
 */
import * as tf from '@tensorflow/tfjs';
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { batchAsFloats, imageAsFloats } from '../data/mnist';
import { loadModel, logitsOf } from '../models/load';
import { SWEEP_EPS, accuracySweep, fgsm } from './fgsm';

export const fgsmWorkloads: BenchWorkload[] = [
  {
    id: 'fgsm/attack-one-digit',
    demo: 'fgsm',
    unit: 'attack',
    async setup() {
      const [model, test] = await Promise.all([loadModel('digit-cnn'), mnistFromSite('test')]);
      const logits = logitsOf(model);
      const x = tf.tensor4d(imageAsFloats(test, 0), [1, 28, 28, 1]);
      const y = tf.tensor1d([test.labels[0]], 'int32');
      return {
        items: 1,
        async run() {
          // what the playground does per attack: clean softmax, FGSM, adversarial softmax, read back
          const out = tf.tidy(() => {
            const { adv } = fgsm(logits, x, y, 0.1);
            return tf.concat([tf.softmax(logits(x)), tf.softmax(logits(adv))], 1);
          });
          await out.data();
          out.dispose();
        },
        dispose: () => { tf.dispose([x, y]); model.dispose(); },
      };
    },
  },
  {
    id: 'fgsm/eps-sweep',
    demo: 'fgsm-sweep',
    unit: 'digit',
    async setup({ quick }) {
      const [model, test] = await Promise.all([loadModel('digit-cnn'), mnistFromSite('test')]);
      const logits = logitsOf(model);
      const n = quick ? 50 : 1000;
      const { x, y } = batchAsFloats(test, 0, n);
      return {
        items: n,
        note: `${SWEEP_EPS.length} ε values, FGSM + random control`,
        async run() {
          await accuracySweep(logits, x, y, { batch: 50 });
        },
        dispose: () => model.dispose(),
      };
    },
  },
];

/**
 * Benchmark workloads of the adversarial-robustness demos, as the page runs them by default:
 * one FGSM attack on one digit (the playground's unit of work) and the 1,000-digit ε sweep.
 * `quick` shrinks the sweep to 50 digits: the quick set, and always on cpu / software WebGPU.
 */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { batchAsFloats, imageAsFloats } from '../data/mnist';
import { loadModel, logitsOf } from '../models/load';
import { SWEEP_EPS, accuracySweep, attackOne } from './fgsm';

export const fgsmWorkloads: BenchWorkload[] = [
  {
    id: 'fgsm/attack-one-digit',
    demo: 'fgsm',
    unit: 'attack',
    async setup() {
      const [model, test] = await Promise.all([loadModel('digit-cnn'), mnistFromSite('test')]);
      const logits = logitsOf(model);
      const req = { x: imageAsFloats(test, 0), label: test.labels[0], eps: 0.1, mode: 'untargeted' as const, target: 3 };
      return {
        items: 1,
        // exactly what the playground does per attack
        run: async () => { await attackOne(logits, req); },
        dispose: () => model.dispose(),
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

/**
 * Benchmark workloads of the Bayesian deep learning demos, as the page runs them by default:
 * training the regression pair for 2,000 steps with a 50-pass band every 100 steps, and
 * T = 50 MC-dropout passes over 1,000 held-out digits. `quick`: 300 steps, 200 digits.
 */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { loadModel } from '../models/load';
import { MC_MLP } from '../models/mc-mlp';
import { countFor, heldOutImages, mcEvaluate, MC_T } from './classify';
import { mlpOf } from './mc';
import { fitPair, makePoints, REGRESSOR_DEFAULTS, stepsFor } from './regression';

export const bayesWorkloads: BenchWorkload[] = [
  {
    id: 'bayes/mc-regression-train',
    demo: 'mc-regression',
    unit: 'step',
    async setup({ quick }) {
      const steps = stepsFor(quick);
      const req = { points: makePoints(1), rate: REGRESSOR_DEFAULTS.rate, T: 50, weightDecay: REGRESSOR_DEFAULTS.weightDecay, seed: 1, steps };
      return {
        items: steps,
        note: 'dropout net + deterministic twin, T = 50 band every 100 steps',
        // exactly what the demo does per run (its default settings, seed 1)
        run: async () => { await fitPair(req); },
        dispose: () => {},
      };
    },
  },
  {
    id: 'bayes/mc-classify',
    demo: 'mc-classify',
    unit: 'digit',
    async setup({ quick }) {
      const [model, test] = await Promise.all([loadModel('mnist-mc'), mnistFromSite('test')]);
      const net = mlpOf(model);
      const n = countFor(quick);
      const images = heldOutImages(test, n);
      return {
        items: n,
        note: `T = ${MC_T} passes per digit`,
        async run() { await mcEvaluate(net, images, { rate: MC_MLP.rate, seed: 1 }); },
        dispose: () => model.dispose(),
      };
    },
  },
];

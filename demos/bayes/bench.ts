/**
 * Benchmark workloads of the Bayesian deep learning demos, as the page runs them by default:
 * training the regression pair for 2,000 steps with a 50-pass band every 100 steps, and
 * T = 50 MC-dropout passes over 1,000 held-out digits. `quick`: 300 steps, 200 digits.
 */
import * as tf from '@tensorflow/tfjs';
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { IMAGE_PIXELS, imageAsFloats } from '../data/mnist';
import { loadModel } from '../models/load';
import { MC_MLP } from '../models/mc-mlp';
import { mcEvaluate, MC_T } from './classify';
import { mlpOf } from './mc';
import { createRegressor, makePoints, REGRESSOR_DEFAULTS, X_RANGE } from './regression';

export const bayesWorkloads: BenchWorkload[] = [
  {
    id: 'bayes/mc-regression-train',
    demo: 'mc-regression',
    unit: 'step',
    async setup({ quick }) {
      const steps = quick ? 300 : 2000;
      const points = makePoints(1);
      const x = tf.tensor2d(points.map((p) => [p.x]));
      const y = tf.tensor2d(points.map((p) => [p.y]));
      const grid = tf.tensor2d(Array.from({ length: 121 }, (_, i) => [X_RANGE[0] + ((X_RANGE[1] - X_RANGE[0]) * i) / 120]));
      return {
        items: steps,
        note: 'dropout net + deterministic twin, T = 50 band every 100 steps',
        async run() {
          const mc = createRegressor(REGRESSOR_DEFAULTS), plain = createRegressor({ ...REGRESSOR_DEFAULTS, rate: 0 });
          for (let i = 0; i < steps; i++) {
            mc.step(x, y).dispose();
            plain.step(x, y).dispose();
            if ((i + 1) % 100 === 0) {
              const a = mc.predict(grid, 50);
              await a.std.data();
              tf.dispose([a.mean, a.std]);
            }
          }
          mc.dispose();
          plain.dispose();
        },
        dispose: () => tf.dispose([x, y, grid]),
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
      const n = quick ? 200 : 1000;
      const images = new Float32Array(n * IMAGE_PIXELS);
      for (let i = 0; i < n; i++) images.set(imageAsFloats(test, i), i * IMAGE_PIXELS);
      return {
        items: n,
        note: `T = ${MC_T} passes per digit`,
        async run() { await mcEvaluate(net, images, { rate: MC_MLP.rate, seed: 1 }); },
        dispose: () => model.dispose(),
      };
    },
  },
];

/**
 * Benchmark workloads of the deep-unfolding demo, as the page runs them by default (×2 with blur
 * σ = 1, 200 training and 300 test digits):
 * - `fewshot/unfolding-train-k5`: 200 Adam steps of the K = 5 unrolled network on batches of 32
 *   digits, the summed loss read every 20 steps (the page's inner loop, trainStage);
 * - `fewshot/ista-k20-eval`: 20 ISTA steps on the 300 test digits for all 8 λ of the grid side by
 *   side (2,400 images), the PSNR after every step read back once (the page's λ search, which it
 *   runs to 100 steps on training and on test digits).
 * `quick`: 20 training steps; 5 ISTA steps.
 *
 * Listed in demos/fewshot/index.ts, which the topic's descriptor hands to the bench page.
 */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import {
  blurFor, createTrainer, createUnrolled, disposeUnrolled, istaTrajectory, LAMBDA_GRID, makeOperator, makePairs, pairTensors, trainStage,
  UNFOLDING_DEFAULTS as D,
} from './unfolding';

const operator = () => makeOperator({ factor: D.factor, blur: blurFor(D.factor), noise: D.noise });

/** multiply–adds of C then Cᵀ on one 28×28 image: H x (m·28·28), ·Hᵀ (m·28·m), Hᵀ y (28·m·m), ·H (28·m·28) */
const macsPerImage = (m: number) => 2 * (m * 28 * 28 + m * 28 * m);

export const unfoldingWorkloads: BenchWorkload[] = [
  {
    id: 'fewshot/unfolding-train-k5',
    demo: 'unfolding',
    unit: 'step',
    async setup({ quick }) {
      const K = 5, steps = quick ? 20 : D.steps, every = 20;
      const op = operator();
      const train = makePairs(op, await mnistFromSite('train'), D.trainDigits, D.seed);
      return {
        items: steps,
        // backward ≈ 2× forward: 3 passes of K stages over the batch, 2 flops per multiply–add
        flops: steps * 3 * K * D.batchSize * 2 * macsPerImage(op.m),
        note: `K = ${K} stages (learned η_k, λ_k), batch ${D.batchSize}, Adam, loss summed on the device and read every ${every} steps`,
        async run() {
          const params = createUnrolled(K, op.eta, 0.01);
          const trainer = createTrainer(op, params, train, { steps, batchSize: D.batchSize, learningRate: D.learningRate, seed: D.seed });
          try {
            await trainStage(trainer, { steps, every });
          } finally {
            trainer.dispose();
            disposeUnrolled(params);
          }
        },
        dispose: () => op.dispose(),
      };
    },
  },
  {
    id: 'fewshot/ista-k20-eval',
    demo: 'unfolding',
    unit: 'step',
    async setup({ quick }) {
      const kMax = quick ? 5 : 20;
      const op = operator();
      const { x, z } = pairTensors(makePairs(op, await mnistFromSite('test'), D.testDigits, D.seed + 1));
      return {
        items: kMax,
        flops: kMax * LAMBDA_GRID.length * x.shape[0] * 2 * macsPerImage(op.m),
        note: `${LAMBDA_GRID.length} λ × ${x.shape[0]} test digits side by side, PSNR after every step, one read-back`,
        async run() { await istaTrajectory(op, x, z, LAMBDA_GRID, kMax); },
        dispose() {
          x.dispose();
          z.dispose();
          op.dispose();
        },
      };
    },
  },
];


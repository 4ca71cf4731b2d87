/**
 * One run of train-cnn, as the view and the bench do it: the chosen optimisers on the same seed,
 * stepped in turn (one chunk of `batch` images each), so their curves grow side by side and at
 * every point each has seen the same images. Every `evalEvery` chunks: mean training loss and
 * accuracy on a fixed subset of the test digits (one read-back per optimiser); at the end, the
 * whole test set.
 */

import * as tf from '@tensorflow/tfjs';
import { runLoop } from '../runtime/loop';
import { accuracyOf, createCnnTrainer, type CnnData, type OptimiserName } from './train-cnn';

/** Base learning rates (gradient descent and SGD share one, so only the batch differs); the view's control multiplies them. */
export const BASE_LR: Record<OptimiserName, number> = { gd: 0.1, sgd: 0.1, adam: 0.003 };

export const TRAINCNN_DEFAULTS = { trainDigits: 8000, testDigits: 2000, evalEvery: 25, evalLimit: 500 };
/** ?quick=1: an eighth of the digits (one epoch is 31 steps at batch 32), a fixed subset of 300 for the curve */
export const TRAINCNN_QUICK = { trainDigits: 1000, testDigits: 500, evalEvery: 10, evalLimit: 300 };

export interface TrainCnnOptions {
  optimisers: OptimiserName[];
  epochs: number;
  batch: number;
  lrScale: number;
  seed: number;
  evalEvery: number;
  evalLimit: number;
}

export interface CnnPoint { name: OptimiserName; epoch: number; images: number; loss: number; accuracy: number; updates: number }

export interface TrainCnnHooks {
  signal?: AbortSignal;
  onProgress?: (f: number) => void;
  onPoint?: (p: CnnPoint) => void;
  /** after each evaluation: the first optimiser's first-layer kernels and its feature maps of `probe` */
  onSnapshot?: (s: { kernels: Float32Array; maps: Float32Array }) => void;
  /** the digit whose feature maps onSnapshot shows, 784 values in [0, 1] */
  probe?: Float32Array;
  /**
   * after every epoch but the last: each optimiser's accuracy on the whole test set, so the page
   * has its headline after one pass and refines it after the others (one read-back per optimiser)
   */
  onEpoch?: (e: { epoch: number; accuracy: Record<string, number> }) => void;
}

export interface TrainCnnResult { final: Record<string, { accuracy: number; loss: number; updates: number }>; curves: CnnPoint[] }

export async function runTrainCnn(data: CnnData, o: TrainCnnOptions, hooks: TrainCnnHooks = {}): Promise<TrainCnnResult> {
  const n = data.xTrain.shape[0];
  const chunks = Math.max(1, Math.floor(n / o.batch));
  const total = chunks * o.epochs;
  const trainers = o.optimisers.map((name) => createCnnTrainer(name, data, { lr: BASE_LR[name] * o.lrScale, batch: Math.min(o.batch, n), seed: o.seed }));
  const curves: CnnPoint[] = [];
  const probe = hooks.probe && hooks.onSnapshot ? tf.tensor4d(hooks.probe, [1, 28, 28, 1]) : null;
  const snapshot = async () => { if (probe) hooks.onSnapshot!(await trainers[0].snapshot(probe)); };
  const evaluate = async (i: number, limit: number) => {
    const out: CnnPoint[] = [];
    for (const t of trainers) {
      const r = await t.report(limit);
      const p = { name: t.name, epoch: (i + 1) / chunks, images: (i + 1) * o.batch, loss: r.loss, accuracy: r.accuracy, updates: t.updates };
      out.push(p);
      hooks.onPoint?.(p);
    }
    return out;
  };
  try {
    await runLoop({
      steps: total,
      signal: hooks.signal,
      onProgress: hooks.onProgress,
      step: async (i) => {
        for (const t of trainers) t.step();
        if ((i + 1) % o.evalEvery === 0 && i < total - 1) {
          curves.push(...(await evaluate(i, o.evalLimit)));
          await snapshot();
        }
        if (hooks.onEpoch && (i + 1) % chunks === 0 && i < total - 1) {
          const accuracy: Record<string, number> = {};
          for (const t of trainers) {
            const a = accuracyOf(t.weights, data);
            accuracy[t.name] = (await a.data())[0];
            a.dispose();
          }
          hooks.onEpoch({ epoch: (i + 1) / chunks, accuracy });
        }
      },
    });
    const last = await evaluate(total - 1, Infinity);
    curves.push(...last);
    await snapshot();
    return { final: Object.fromEntries(last.map((p) => [p.name, { accuracy: p.accuracy, loss: p.loss, updates: p.updates }])), curves };
  } finally {
    trainers.forEach((t) => t.dispose());
    probe?.dispose();
  }
}


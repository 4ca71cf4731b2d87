/**
 * context-encoder (Pathak et al., CVPR 2016, on MNIST): hide a 7×7 block of a 14×14 digit (the
 * centre, or anywhere) and train an encoder–decoder to fill it in, with the loss on the hidden
 * pixels only: ‖M̂ ⊙ (x − F((1 − M̂) ⊙ x))‖² (L2), or its absolute-value twin (L1, whose optimum is
 * the median rather than the mean: less grey where a stroke may or may not be). Dense layers
 * (392 → 256 → 64 → 256 → 196): the mask goes in beside the image, so the net knows where the
 * hole is, also for masks the student paints. Scored against filling the hole with the mean digit.
 */
import * as tf from '@tensorflow/tfjs';
import { mulberry32 } from '../runtime/rng';
import { runLoop } from '../runtime/loop';
import { dense, flatDigits, initDense, type FlatData } from './flat-probe';
import { blockMask, centreMask } from './pretext';

export const SIDE = 14;
const D = SIDE * SIDE;
export const BLOCK = 7;
export type MaskMode = 'centre' | 'random';
export type Loss = 'l2' | 'l1';

/** n masks (row-major, n×196): all the central block, or a block at a random place each. */
export function makeMasks(n: number, mode: MaskMode, rand: () => number): Float32Array {
  const out = new Float32Array(n * D);
  const centre = centreMask(SIDE, BLOCK);
  for (let i = 0; i < n; i++) {
    out.set(mode === 'centre' ? centre : blockMask(SIDE, Math.floor(rand() * (SIDE - BLOCK + 1)), Math.floor(rand() * (SIDE - BLOCK + 1)), BLOCK, BLOCK), i * D);
  }
  return out;
}

export interface ContextModel { w: tf.Variable[]; mean: tf.Tensor1D; meanHost: Float32Array; dispose(): void }

function predict(w: readonly tf.Tensor[], x: tf.Tensor2D, m: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => tf.sigmoid(dense(w, tf.concat([tf.mul(x, tf.sub(1, m)) as tf.Tensor2D, m], 1), 0, 4, true)));
}

/** the masked error: Σ M⊙|x − x̂|^p / Σ M (p = 2 for L2, 1 for L1) */
export function maskedError(x: tf.Tensor, xHat: tf.Tensor, m: tf.Tensor, loss: Loss): tf.Scalar {
  return tf.tidy(() => {
    const d = tf.sub(x, xHat);
    const e = loss === 'l2' ? tf.square(d) : tf.abs(d);
    return tf.div(tf.sum(tf.mul(e, m)), tf.maximum(tf.sum(m), 1)) as tf.Scalar;
  });
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The untrained model; the mean digit comes from the unlabelled pool. */
export function createContextModel(data: FlatData, poolDigits: number, seed: number): ContextModel & { pool: tf.Tensor2D } {
  const w = initDense([2 * D, 256, 64, 256, D], seed);
  const pool = flatDigits(data.train, range(Math.min(poolDigits, data.train.count)), SIDE);
  const mean = tf.mean(pool, 0) as tf.Tensor1D;
  const meanHost = mean.dataSync() as Float32Array;
  return { w, mean, meanHost, pool, dispose: () => tf.dispose([...w, mean, pool]) };
}

export const CONTEXT_DEFAULTS = { steps: 400, batch: 64, lr: 0.002, evalEvery: 40, evalDigits: 500, poolDigits: 8000, testDigits: 2000, mask: 'random' as MaskMode, loss: 'l2' as Loss };
/** ?quick=1 (browser tests): a few seconds on WASM */
export const CONTEXT_QUICK = { ...CONTEXT_DEFAULTS, steps: 40, batch: 32, evalEvery: 20, evalDigits: 200, poolDigits: 1000, testDigits: 300 };
export type ContextOptions = typeof CONTEXT_DEFAULTS & { seed: number };

export interface ContextPoint { step: number; model: number; mean: number }
export interface ContextExample { x: Float32Array; mask: Float32Array; fill: Float32Array; meanFill: Float32Array }
export interface ContextResult { model: number; mean: number; curve: ContextPoint[]; examples: ContextExample[] }

/** Squared error of the model and of the mean digit on the central hole of digits x [n, 196]. */
async function score(model: ContextModel, x: tf.Tensor2D): Promise<{ model: number; mean: number }> {
  const [a, b] = tf.tidy(() => {
    const m = tf.tile(tf.reshape(tf.tensor1d(centreMask(SIDE, BLOCK)), [1, D]), [x.shape[0], 1]) as tf.Tensor2D;
    return [maskedError(x, predict(model.w, x, m), m, 'l2'), maskedError(x, tf.broadcastTo(model.mean, x.shape), m, 'l2')];
  });
  try {
    return { model: (await a.data())[0], mean: (await b.data())[0] };
  } finally {
    tf.dispose([a, b]);
  }
}

/** Composite: the pixels outside the mask as they are, the model's guesses inside (host arrays). */
export async function inpaint(model: ContextModel, x: Float32Array, mask: Float32Array): Promise<{ fill: Float32Array; mse: number; mseMean: number }> {
  const t = tf.tidy(() => predict(model.w, tf.tensor2d(x, [1, D]), tf.tensor2d(mask, [1, D])));
  const guess = (await t.data()) as Float32Array;
  t.dispose();
  const fill = new Float32Array(D);
  let se = 0;
  let seMean = 0;
  let n = 0;
  for (let p = 0; p < D; p++) {
    fill[p] = mask[p] > 0 ? guess[p] : x[p];
    if (mask[p] > 0) { n++; se += (guess[p] - x[p]) ** 2; seMean += (model.meanHost[p] - x[p]) ** 2; }
  }
  return { fill, mse: n ? se / n : 0, mseMean: n ? seMean / n : 0 };
}

export async function trainContextEncoder(
  model: ContextModel & { pool: tf.Tensor2D }, data: FlatData, o: ContextOptions,
  hooks: { signal?: AbortSignal; onProgress?: (f: number) => void; onPoint?: (p: ContextPoint) => void } = {}, nExamples = 4,
): Promise<ContextResult> {
  const opt = tf.train.adam(o.lr);
  const rand = mulberry32(o.seed + 7);
  const n = model.pool.shape[0];
  const nEval = Math.min(o.evalDigits, data.testX.shape[0]);
  const evalX = tf.slice(data.testX, [0, 0], [nEval, -1]);
  try {
    const curve: ContextPoint[] = [];
    await runLoop({
      steps: o.steps,
      signal: hooks.signal,
      onProgress: (f) => hooks.onProgress?.(0.95 * f),
      step: async (i) => {
        const start = (i * o.batch) % Math.max(1, n - o.batch);
        const size = Math.min(o.batch, n);
        opt.minimize(() => tf.tidy(() => {
          const x = tf.slice(model.pool, [start, 0], [size, D]);
          const m = tf.tensor2d(makeMasks(size, o.mask, rand), [size, D]);
          return maskedError(x, predict(model.w, x, m), m, o.loss);
        }), false, model.w);
        if ((i + 1) % o.evalEvery === 0 || i === o.steps - 1) {
          const p = { step: i + 1, ...(await score(model, evalX)) };
          curve.push(p);
          hooks.onPoint?.(p);
        }
      },
    });
    const final = await score(model, data.testX);
    const head = tf.slice(data.testX, [0, 0], [nExamples, -1]);
    const xs = (await head.data()) as Float32Array;
    head.dispose();
    const examples: ContextExample[] = [];
    for (let i = 0; i < nExamples; i++) {
      const x = xs.slice(i * D, (i + 1) * D);
      const mask = o.mask === 'centre' || i % 2 === 0 ? centreMask(SIDE, BLOCK) : makeMasks(1, 'random', mulberry32(o.seed + i));
      const { fill } = await inpaint(model, x, mask);
      examples.push({ x, mask, fill, meanFill: x.map((v, p) => (mask[p] > 0 ? model.meanHost[p] : v)) });
    }
    hooks.onProgress?.(1);
    return { ...final, curve, examples };
  } finally {
    evalX.dispose();
    opt.dispose();
  }
}

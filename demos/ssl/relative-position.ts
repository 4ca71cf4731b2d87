/**
 * relative-position (Doersch et al., ICCV 2015, on MNIST): two 7×7 patches of an unlabelled digit,
 * the centre one of a 3×3 grid and one of its 8 neighbours; a Siamese network (one shared dense
 * patch encoder, the two codes side by side, a small head) says which neighbour the second is.
 * Its encoder then serves as a feature extractor for whole digits (the 9 grid patches' codes side
 * by side), scored by the linear probe against the same encoder at its random initialisation.
 * Dense layers, not convolutions: on 7×7 patches they are cheap, and WASM trains them directly.
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_SIZE, type MnistSet } from '../data/mnist';
import { mulberry32 } from '../runtime/rng';
import { dense, initDense, runPretextProbe, type FlatData, type ProbeRunHooks, type ProbeRunResult, type PretextTask } from './flat-probe';
import { cropPatch, neighbourOffset, PATCH, patchOrigin } from './pretext';

const P2 = PATCH * PATCH;
export const CODE = 96;

export interface PairBatch { a: Float32Array; b: Float32Array; y: Int32Array; n: number }

/**
 * n pairs from digits `pool` of a set: label y uniform over the 8 neighbours, the centre patch at
 * grid cell (1, 1), each patch jittered on its own; a digit whose second patch is (nearly) blank
 * is swapped for another, since a blank corner says nothing about where it was.
 */
export function makePairs(set: MnistSet, pool: ArrayLike<number>, n: number, rand: () => number): PairBatch {
  const a = new Float32Array(n * P2);
  const b = new Float32Array(n * P2);
  const y = new Int32Array(n);
  const px = IMAGE_SIZE * IMAGE_SIZE;
  const img = new Float32Array(px);
  const j3 = () => Math.floor(rand() * 3);
  for (let i = 0; i < n; i++) {
    const label = Math.floor(rand() * 8);
    const [dr, dc] = neighbourOffset(label);
    let pb: Float32Array | null = null;
    for (let tries = 0; tries < 10; tries++) {
      const idx = pool[Math.floor(rand() * pool.length)];
      for (let p = 0; p < px; p++) img[p] = set.images[idx * px + p] / 255;
      pb = cropPatch(img, IMAGE_SIZE, patchOrigin(1 + dr, j3()), patchOrigin(1 + dc, j3()));
      if (pb.reduce((s, v) => s + v, 0) > 3) break;
    }
    a.set(cropPatch(img, IMAGE_SIZE, patchOrigin(1, j3()), patchOrigin(1, j3())), i * P2);
    b.set(pb!, i * P2);
    y[i] = label;
  }
  return { a, b, y, n };
}

/** [n, 49] patches → the 8 logits; enc = weights[0..2], head = weights[2..6] */
function logits(w: readonly tf.Tensor[], a: tf.Tensor2D, b: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => dense(w.slice(2), tf.concat([dense(w, a, 0, 1), dense(w, b, 0, 1)], 1), 0, 2, true));
}

/** A whole digit's features: the 9 grid patches (centred, no jitter) through the encoder, side by side. */
export function gridFeatures(enc: readonly tf.Tensor[], x: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const n = x.shape[0];
    const img = tf.reshape(x, [n, IMAGE_SIZE, IMAGE_SIZE]);
    const parts: tf.Tensor2D[] = [];
    for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) {
      const patch = tf.reshape(tf.slice(img, [0, patchOrigin(r, 1), patchOrigin(c, 1)], [n, PATCH, PATCH]), [n, P2]) as tf.Tensor2D;
      parts.push(dense(enc, patch, 0, 1));
    }
    return tf.concat(parts, 1);
  });
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

export function relativePositionTask(data: FlatData, o: { batch: number; evalPairs: number; evalPairsDuring: number; poolDigits: number; seed: number }): PretextTask & { eval: PairBatch; predict(a: Float32Array, b: Float32Array, n: number): Promise<Float32Array> } {
  const net = [...initDense([P2, CODE], o.seed), ...initDense([2 * CODE, 64, 8], o.seed + 10)];
  const rand = mulberry32(o.seed + 7);
  const pool = range(0, Math.min(o.poolDigits, data.train.count));
  // held-out pairs come from held-out digits, fixed for the run
  const ev = makePairs(data.test, range(0, data.test.count), o.evalPairs, mulberry32(o.seed + 99));
  const evA = tf.tensor2d(ev.a, [ev.n, P2]);
  const evB = tf.tensor2d(ev.b, [ev.n, P2]);
  const evY = tf.tensor1d(ev.y, 'int32');
  return {
    net,
    encoderVars: 2,
    eval: ev,
    loss: () => tf.tidy(() => {
      const p = makePairs(data.train, pool, o.batch, rand);
      const y = tf.oneHot(tf.tensor1d(p.y, 'int32'), 8).toFloat();
      return tf.losses.softmaxCrossEntropy(y, logits(net, tf.tensor2d(p.a, [p.n, P2]), tf.tensor2d(p.b, [p.n, P2]))) as tf.Scalar;
    }),
    hits: (full) => {
      const n = full ? ev.n : Math.min(o.evalPairsDuring, ev.n);
      const hits = tf.tidy(() => logits(net, evA.slice([0, 0], [n, P2]), evB.slice([0, 0], [n, P2])).argMax(1).equal(evY.slice([0], [n])).sum().toFloat() as tf.Scalar);
      return { hits, n };
    },
    features: gridFeatures,
    /** softmax over the 8 positions for n pairs, read back (n × 8) */
    predict: async (a, b, n) => {
      const p = tf.tidy(() => tf.softmax(logits(net, tf.tensor2d(a, [n, P2]), tf.tensor2d(b, [n, P2]))));
      try { return (await p.data()) as Float32Array; } finally { p.dispose(); }
    },
    dispose: () => tf.dispose([...net, evA, evB, evY]),
  };
}

export const RELPOS_DEFAULTS = { steps: 300, batch: 128, lr: 0.002, evalEvery: 50, evalDigits: 500, evalPairs: 2000, evalPairsDuring: 500, poolDigits: 8000, testDigits: 2000, k: 10, draws: 3 };
/** ?quick=1 (browser tests): a few seconds on WASM */
export const RELPOS_QUICK = { steps: 30, batch: 64, lr: 0.002, evalEvery: 15, evalDigits: 200, evalPairs: 300, evalPairsDuring: 200, poolDigits: 1000, testDigits: 300, k: 10, draws: 3, probeSteps: 60 };

export type RelPosOptions = typeof RELPOS_DEFAULTS & { seed: number; probeSteps?: number };
export interface RelPosExample { a: Float32Array; b: Float32Array; label: number; guess: number; p: number }
export interface RelPosResult extends ProbeRunResult { examples: RelPosExample[] }

/** One run: train the pretext task, probe, and show the network's guesses on `nExamples` held-out pairs. */
export async function runRelativePosition(data: FlatData, o: RelPosOptions, hooks: ProbeRunHooks = {}, nExamples = 8): Promise<RelPosResult> {
  const task = relativePositionTask(data, o);
  try {
    const r = await runPretextProbe(data, task, o, hooks);
    const n = Math.min(nExamples, task.eval.n);
    const probs = await task.predict(task.eval.a.subarray(0, n * P2), task.eval.b.subarray(0, n * P2), n);
    const examples = Array.from({ length: n }, (_, i) => {
      const row = Array.from(probs.subarray(i * 8, i * 8 + 8));
      const guess = row.indexOf(Math.max(...row));
      return { a: task.eval.a.slice(i * P2, (i + 1) * P2), b: task.eval.b.slice(i * P2, (i + 1) * P2), label: task.eval.y[i], guess, p: row[guess] };
    });
    return { ...r, examples };
  } finally {
    task.dispose();
  }
}

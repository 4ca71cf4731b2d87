/**
 * What relative-position and shuffle-learn share: small dense networks written as functions of
 * their weights, 28×28 digits as flat rows on the device, and one run that (1) probes the random
 * network's features, (2) trains the pretext task while the pretext accuracy and the probe grow
 * side by side on a fixed subset, (3) scores both on all held-out digits. The probe itself is
 * rotation-probe's (probe.ts: softmax regression on frozen, standardised features).
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_PIXELS, IMAGE_SIZE, NUM_CLASSES, type MnistSet } from '../data/mnist';
import { runLoop, throwIfAborted } from '../runtime/loop';
import { drawPerClass, featureStats, PROBE, probeHits } from './probe';

/** Dense layers [W0, b0, W1, b1, …] for sizes [in, h1, h2, …], He-normal, zero biases, as variables. */
export function initDense(sizes: number[], seed: number): tf.Variable[] {
  const out: tf.Variable[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    for (const t of [tf.initializers.heNormal({ seed: seed + l }).apply([sizes[l], sizes[l + 1]]), tf.zeros([sizes[l + 1]])]) {
      out.push(tf.variable(t));
      t.dispose();
    }
  }
  return out;
}

/** Layers from `from` to `to` (exclusive) of dense weights w; ReLU after each unless `linearLast`. */
export function dense(w: readonly tf.Tensor[], x: tf.Tensor2D, from: number, to: number, linearLast = false): tf.Tensor2D {
  return tf.tidy(() => {
    let h = x;
    for (let l = from; l < to; l++) {
      const z = tf.add(tf.matMul(h, w[2 * l] as tf.Tensor2D), w[2 * l + 1]) as tf.Tensor2D;
      h = linearLast && l === to - 1 ? z : tf.relu(z);
    }
    return h;
  });
}

/** A digit as side×side floats in [0, 1]: 28 as stored, or 14 (2×2 averages, four times less work). */
export function digitFloats(set: MnistSet, index: number, side = IMAGE_SIZE): Float32Array {
  const base = index * IMAGE_PIXELS;
  const out = new Float32Array(side * side);
  const f = IMAGE_SIZE / side;
  for (let r = 0; r < IMAGE_SIZE; r++) for (let c = 0; c < IMAGE_SIZE; c++) {
    out[Math.floor(r / f) * side + Math.floor(c / f)] += set.images[base + r * IMAGE_SIZE + c] / 255 / (f * f);
  }
  return out;
}

/** Digits `indices` of a set as [n, side²] floats in [0, 1]. */
export function flatDigits(set: MnistSet, indices: ArrayLike<number>, side = IMAGE_SIZE): tf.Tensor2D {
  const n = indices.length;
  const d = side * side;
  const buf = new Float32Array(n * d);
  for (let j = 0; j < n; j++) buf.set(digitFloats(set, indices[j], side), j * d);
  return tf.tensor2d(buf, [n, d]);
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;

export interface FlatData {
  train: MnistSet;
  test: MnistSet;
  /** the first testDigits held-out digits and labels */
  testX: tf.Tensor2D;
  testY: tf.Tensor1D;
  /** unlabelled training digits for the features' mean and std */
  statsX: tf.Tensor2D;
  /** the images' side: 28, or 14 for the tasks that run on shrunk digits */
  side: number;
  dispose(): void;
}

export function uploadFlat(train: MnistSet, test: MnistSet, testDigits: number, side = IMAGE_SIZE): FlatData {
  const testX = flatDigits(test, range(Math.min(testDigits, test.count)), side);
  const testY = tf.tensor1d(Array.from(test.labels.subarray(0, testX.shape[0])), 'int32');
  const statsX = flatDigits(train, range(Math.min(500, train.count)), side);
  return { train, test, testX, testY, statsX, side, dispose: () => tf.dispose([testX, testY, statsX]) };
}

/** One pretext task, as the shared run sees it. */
export interface PretextTask {
  /** all trainable weights; the first `encoderVars` of them are the feature extractor */
  net: tf.Variable[];
  encoderVars: number;
  /** the loss of training step i (the task makes its own batch) */
  loss(i: number): tf.Scalar;
  /** correct pretext answers on its fixed held-out set (all of it, or the first part while training) */
  hits(full: boolean): { hits: tf.Scalar; n: number };
  /** a digit's features [n, d] from encoder weights enc, for digits x [n, side²] */
  features(enc: readonly tf.Tensor[], x: tf.Tensor2D): tf.Tensor2D;
  dispose(): void;
}

export interface ProbeRunOptions { steps: number; lr: number; evalEvery: number; evalDigits: number; k: number; draws: number; seed: number; probeSteps?: number }
export interface ProbePoint { step: number; pretext: number; probe: number }
export interface ProbeRunResult { pretext: number; probe: number; random: number; perDraw: { probe: number; random: number }[]; curve: ProbePoint[] }
export interface ProbeRunHooks {
  signal?: AbortSignal;
  onProgress?: (f: number) => void;
  onRandom?: (acc: number) => void;
  onPoint?: (p: ProbePoint) => void;
}

export async function runPretextProbe(data: FlatData, task: PretextTask, o: ProbeRunOptions, hooks: ProbeRunHooks = {}): Promise<ProbeRunResult> {
  const { signal } = hooks;
  const randomEnc = task.net.slice(0, task.encoderVars).map((v) => tf.clone(v));
  const enc = task.net.slice(0, task.encoderVars);
  const opt = tf.train.adam(o.lr);
  const keep: tf.Tensor[] = [...randomEnc];
  const read = async (t: tf.Tensor) => { try { return (await t.data())[0]; } finally { t.dispose(); } };
  try {
    const draws = Array.from({ length: o.draws }, (_, d) => {
      const idx = drawPerClass(data.train, o.k, o.seed + d);
      const x = flatDigits(data.train, idx, data.side);
      const y = tf.tidy(() => tf.oneHot(tf.tensor1d(idx.map((i) => data.train.labels[i]), 'int32'), NUM_CLASSES).toFloat() as tf.Tensor2D);
      keep.push(x, y);
      return { x, y };
    });
    const nEval = Math.min(o.evalDigits, data.testX.shape[0]);
    const evalX = tf.slice(data.testX, [0, 0], [nEval, -1]);
    const evalY = tf.slice(data.testY, [0], [nEval]);
    keep.push(evalX, evalY);
    /** each draw's probe accuracy for encoder weights w on (x, y) */
    const probe = async (w: readonly tf.Tensor[], x: tf.Tensor2D, y: tf.Tensor1D) => {
      const fTest = task.features(w, x);
      const fStats = task.features(w, data.statsX);
      const st = featureStats(fStats);
      fStats.dispose();
      const accs: number[] = [];
      try {
        for (const s of draws) {
          const h = tf.tidy(() => probeHits(task.features(w, s.x), s.y, fTest, y, st, { ...PROBE, steps: o.probeSteps ?? PROBE.steps }));
          accs.push((await read(h)) / y.shape[0]);
          throwIfAborted(signal);
        }
      } finally {
        fTest.dispose();
        st.dispose();
      }
      return accs;
    };
    const pretextAcc = async (full: boolean) => { const r = task.hits(full); return (await read(r.hits)) / r.n; };

    // 1. the random network: the first result
    hooks.onRandom?.(mean(await probe(randomEnc, evalX, evalY)));
    // 2. the pretext task, its accuracy and the probe side by side
    const curve: ProbePoint[] = [];
    await runLoop({
      steps: o.steps,
      signal,
      onProgress: (f) => hooks.onProgress?.(0.9 * f),
      step: async (i) => {
        opt.minimize(() => task.loss(i), false, task.net);
        if ((i + 1) % o.evalEvery === 0 || i === o.steps - 1) {
          const p = { step: i + 1, pretext: await pretextAcc(false), probe: mean(await probe(enc, evalX, evalY)) };
          curve.push(p);
          hooks.onPoint?.(p);
        }
      },
    });
    // 3. all held-out digits (and the task's whole held-out set)
    const pretext = await pretextAcc(true);
    const rot = await probe(enc, data.testX, data.testY);
    const rnd = await probe(randomEnc, data.testX, data.testY);
    hooks.onProgress?.(1);
    return { pretext, probe: mean(rot), random: mean(rnd), perDraw: rot.map((p, d) => ({ probe: p, random: rnd[d] })), curve };
  } finally {
    tf.dispose(keep);
    opt.dispose();
  }
}

/**
 * double-descent (Belkin et al. 2019, Fig. 2 setting at MNIST scale): random ReLU features
 * φ(x) = max(0, Vx) with a fixed Gaussian V, and the minimum-norm least-squares fit of one-hot labels
 * for every number of features p on a grid from 10 to 10·n. Features of the nested models are added
 * block by block (tensors for the features, float64 JS for the Gram matrices and the solves), so each
 * size costs only its new features and the curve grows from small to large models.
 */
import * as tf from '@tensorflow/tfjs';
import { batchAsFloats, IMAGE_PIXELS, NUM_CLASSES, type MnistSet } from '../data/mnist';
import { throwIfAborted, yieldToBrowser } from '../runtime/loop';
import { solveSpd } from './linalg';
import { rng } from './mlp';

export interface DoubleDescentOptions { nTrain: number; nTest: number; noise: number; points: number; maxRatio: number; seed: number }
export const DOUBLEDESCENT_DEFAULTS = { nTrain: 300, nTest: 1000, noise: 0.1, points: 28, maxRatio: 10 };
export const DOUBLEDESCENT_QUICK = { nTrain: 100, nTest: 300, noise: 0.1, points: 14, maxRatio: 6 };

export interface DoubleDescentPoint { p: number; testErr: number; testMse: number; trainErr: number }

/** Labels with a fraction `noise` replaced by a different class, chosen at random (seeded). */
export function noisyLabels(y: Uint8Array, noise: number, seed: number): Uint8Array {
  const rand = rng(seed), out = Uint8Array.from(y);
  const flip = Math.round(noise * y.length);
  const order = Array.from(y, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
  for (let k = 0; k < flip; k++) out[order[k]] = (y[order[k]] + 1 + Math.floor(rand() * (NUM_CLASSES - 1))) % NUM_CLASSES;
  return out;
}

/** A log-spaced grid of model sizes from 10 to maxRatio·n that includes p = n itself. */
export function sizeGrid(n: number, points: number, maxRatio: number): number[] {
  const lo = Math.log(10), hi = Math.log(maxRatio * n);
  const s = new Set<number>([n]);
  for (let i = 0; i < points; i++) s.add(Math.round(Math.exp(lo + ((hi - lo) * i) / (points - 1))));
  return [...s].sort((a, b) => a - b);
}

/** The peak of the curve and the two comparison points the lecture's claim is about. */
export function summarise(curve: DoubleDescentPoint[]) {
  if (!curve.length) return null;
  let k = 0;
  curve.forEach((c, i) => { if (c.testErr > curve[k].testErr) k = i; });
  const left = curve.slice(0, k + 1).reduce((m, c) => Math.min(m, c.testErr), Infinity);
  return { peakParams: curve[k].p, errAtPeak: curve[k].testErr, errSmall: left, errLarge: curve[curve.length - 1].testErr };
}

export async function runDoubleDescent(
  train: MnistSet, test: MnistSet, o: DoubleDescentOptions,
  hooks: { signal?: AbortSignal; onPoint?: (p: DoubleDescentPoint, all: DoubleDescentPoint[]) => void; onProgress?: (f: number) => void } = {},
): Promise<DoubleDescentPoint[]> {
  const n = o.nTrain, m = o.nTest, c = NUM_CLASSES;
  const a = batchAsFloats(train, 0, n), b = batchAsFloats(test, 0, m);
  const labels = noisyLabels(a.y, o.noise, o.seed);
  const y = new Float64Array(n * c);
  labels.forEach((l, i) => { y[i * c + l] = 1; });
  const grid = sizeGrid(n, o.points, o.maxRatio), pMax = grid[grid.length - 1];
  // feature-major storage: column j of Φ for train (n) and test (m) digits
  const fTrain: Float64Array[] = [], fTest: Float64Array[] = [];
  const g = new Float64Array(n * n);     // ΦᵀΦ for the first n features (p ≤ n)
  const r = new Float64Array(n * c);     // ΦᵀY for the first n features
  const k = new Float64Array(n * n);     // ΦΦᵀ over all features so far (p > n)
  const x = tf.tensor2d([...a.x, ...b.x], [n + m, IMAGE_PIXELS]);
  const xc = tf.tidy(() => x.sub(x.mean(0)));
  x.dispose();
  const curve: DoubleDescentPoint[] = [];
  try {
    for (const p of grid) {
      throwIfAborted(hooks.signal);
      const p0 = fTrain.length;
      if (p > p0) {
        const blk = tf.tidy(() => xc.matMul(tf.randomNormal([IMAGE_PIXELS, p - p0], 0, 1 / Math.sqrt(IMAGE_PIXELS), 'float32', o.seed * 7919 + p0)).relu());
        const v = await blk.data();
        blk.dispose();
        const w = p - p0;
        for (let j = 0; j < w; j++) {
          const ft = new Float64Array(n), fs = new Float64Array(m);
          for (let s = 0; s < n; s++) ft[s] = v[s * w + j];
          for (let s = 0; s < m; s++) fs[s] = v[(n + s) * w + j];
          addFeature(ft, fTrain, g, r, k, y, n, c);
          fTrain.push(ft); fTest.push(fs);
        }
      }
      curve.push(evaluate(p, n, m, c, labels, b.y, y, fTrain, fTest, g, r, k));
      hooks.onPoint?.(curve[curve.length - 1], curve);
      hooks.onProgress?.(p / pMax);
      await yieldToBrowser(hooks.signal);
    }
    return curve;
  } finally {
    xc.dispose();
  }
}

function addFeature(ft: Float64Array, prev: Float64Array[], g: Float64Array, r: Float64Array, k: Float64Array, y: Float64Array, n: number, c: number) {
  const j = prev.length;
  if (j < n) {
    for (let i = 0; i < j; i++) { const d = dot(ft, prev[i]); g[j * n + i] = d; g[i * n + j] = d; }
    g[j * n + j] = dot(ft, ft);
    for (let s = 0; s < n; s++) for (let q = 0; q < c; q++) r[j * c + q] += ft[s] * y[s * c + q];
  }
  for (let s = 0; s < n; s++) {
    const v = ft[s];
    if (v === 0) continue;
    for (let t = 0; t <= s; t++) k[s * n + t] += v * ft[t];
  }
}

const dot = (u: Float64Array, v: Float64Array) => { let s = 0; for (let i = 0; i < u.length; i++) s += u[i] * v[i]; return s; };

function evaluate(p: number, n: number, m: number, c: number, labels: Uint8Array, testLabels: Uint8Array, y: Float64Array,
  fTrain: Float64Array[], fTest: Float64Array[], g: Float64Array, r: Float64Array, k: Float64Array): DoubleDescentPoint {
  let w: Float64Array; // p × c
  if (p <= n) {
    const gp = new Float64Array(p * p);
    for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) gp[i * p + j] = g[i * n + j];
    w = solveSpd(gp, p, r.subarray(0, p * c), c);
  } else {
    const full = new Float64Array(n * n);
    for (let s = 0; s < n; s++) for (let t = 0; t <= s; t++) { full[s * n + t] = k[s * n + t]; full[t * n + s] = k[s * n + t]; }
    const alpha = solveSpd(full, n, y, c);
    w = new Float64Array(p * c);
    for (let i = 0; i < p; i++) for (let s = 0; s < n; s++) {
      const v = fTrain[i][s];
      if (v !== 0) for (let q = 0; q < c; q++) w[i * c + q] += v * alpha[s * c + q];
    }
  }
  const score = (f: Float64Array[], count: number, lab: Uint8Array) => {
    const out = new Float64Array(count * c);
    for (let i = 0; i < p; i++) { const col = f[i]; for (let s = 0; s < count; s++) { const v = col[s]; if (v !== 0) for (let q = 0; q < c; q++) out[s * c + q] += v * w[i * c + q]; } }
    let wrong = 0, mse = 0;
    for (let s = 0; s < count; s++) {
      let best = 0;
      for (let q = 0; q < c; q++) {
        if (out[s * c + q] > out[s * c + best]) best = q;
        mse += (out[s * c + q] - (lab[s] === q ? 1 : 0)) ** 2;
      }
      if (best !== lab[s]) wrong++;
    }
    return { err: wrong / count, mse: mse / count };
  };
  const te = score(fTest, m, testLabels);
  return { p, testErr: te.err, testMse: te.mse, trainErr: score(fTrain, n, labels).err };
}

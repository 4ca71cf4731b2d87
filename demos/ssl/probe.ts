/**
 * The rotation demo's data and its linear probe. The data: the unlabelled pool (training digits
 * whose labels the pretext task never reads), the labelled draws (k per class, a few seeds), and
 * the held-out digits, all as 14×14 images on the device. The probe: a softmax regression on
 * frozen, standardised features — the standard way to score a self-supervised representation
 * (Gidaris et al. §3, Chen et al. §3).
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_SIZE, NUM_CLASSES, type MnistSet } from '../data/mnist';
import { seededPermutation } from '../runtime/rng';
import { SIDE } from './rotation-net';

export interface SslData {
  /** unlabelled pool [n, 14, 14, 1] */
  pool: tf.Tensor4D;
  /** held-out digits [m, 14, 14, 1] and their labels */
  test: tf.Tensor4D;
  testLabels: tf.Tensor1D;
  /** the labelled training set the k-per-class draws come from (host side) */
  train: MnistSet;
  dispose(): void;
}

/** 28×28 bytes → [n, 14, 14, 1] floats in [0, 1] (2×2 averages). */
export function toDevice(set: MnistSet, indices: ArrayLike<number>): tf.Tensor4D {
  const n = indices.length;
  const px = IMAGE_SIZE * IMAGE_SIZE;
  const buf = new Float32Array(n * px);
  for (let j = 0; j < n; j++) {
    const src = set.images.subarray(indices[j] * px, (indices[j] + 1) * px);
    for (let p = 0; p < px; p++) buf[j * px + p] = src[p] / 255;
  }
  return tf.tidy(() => tf.avgPool(tf.tensor4d(buf, [n, IMAGE_SIZE, IMAGE_SIZE, 1]), 2, 2, 'valid') as tf.Tensor4D);
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

export function uploadSslData(train: MnistSet, test: MnistSet, poolSize: number, testSize: number): SslData {
  const pool = toDevice(train, range(Math.min(poolSize, train.count)));
  const t = toDevice(test, range(Math.min(testSize, test.count)));
  const testLabels = tf.tensor1d(Array.from(test.labels.subarray(0, t.shape[0])), 'int32');
  return { pool, test: t, testLabels, train, dispose: () => tf.dispose([pool, t, testLabels]) };
}

/** k digits of each class from the training split, in a seeded order: the labelled set of draw `seed`. */
export function drawPerClass(set: MnistSet, k: number, seed: number): number[] {
  const perm = seededPermutation(set.count, seed);
  const taken = new Array(NUM_CLASSES).fill(0);
  const out: number[] = [];
  for (const i of perm) {
    const y = set.labels[i];
    if (taken[y] < k) { taken[y]++; out.push(i); }
    if (out.length === k * NUM_CLASSES) break;
  }
  return out;
}

export interface Labelled { x: tf.Tensor4D; y: tf.Tensor2D; dispose(): void }

export function labelled(set: MnistSet, indices: number[]): Labelled {
  const x = toDevice(set, indices);
  const y = tf.tidy(() => tf.oneHot(tf.tensor1d(indices.map((i) => set.labels[i]), 'int32'), NUM_CLASSES).toFloat() as tf.Tensor2D);
  return { x, y, dispose: () => tf.dispose([x, y]) };
}

export const PROBE = { steps: 150, lr: 0.02, l2: 1e-3 };

/**
 * Trains a softmax regression on (fTrain, yTrain) and returns the number of correct test
 * predictions as a scalar tensor (read it when you choose). Features are standardised with
 * `stats` (mean and std from unlabelled digits, never from the test labels).
 */
export function probeHits(
  fTrain: tf.Tensor2D, yTrain: tf.Tensor2D, fTest: tf.Tensor2D, testLabels: tf.Tensor1D,
  stats: { mean: tf.Tensor; std: tf.Tensor }, o = PROBE,
): tf.Scalar {
  const d = fTrain.shape[1];
  const w = tf.variable(tf.zeros([d, NUM_CLASSES]));
  const b = tf.variable(tf.zeros([NUM_CLASSES]));
  const opt = tf.train.adam(o.lr);
  try {
    const xs = tf.tidy(() => fTrain.sub(stats.mean).div(stats.std));
    for (let s = 0; s < o.steps; s++) {
      opt.minimize(() => tf.tidy(() => tf.losses.softmaxCrossEntropy(yTrain, xs.matMul(w).add(b)).add(w.square().sum().mul(o.l2)) as tf.Scalar));
    }
    xs.dispose();
    return tf.tidy(() => fTest.sub(stats.mean).div(stats.std).matMul(w).add(b).argMax(1).equal(testLabels).sum().toFloat() as tf.Scalar);
  } finally {
    tf.dispose([w, b]);
    opt.dispose();
  }
}

/** Per-dimension mean and std (floored, so dead units do not blow up) of features f. */
export function featureStats(f: tf.Tensor2D): { mean: tf.Tensor; std: tf.Tensor; dispose(): void } {
  const { mean, variance } = tf.moments(f, 0);
  const std = tf.tidy(() => variance.sqrt().add(1e-3));
  variance.dispose();
  return { mean, std, dispose: () => tf.dispose([mean, std]) };
}

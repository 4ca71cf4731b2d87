/**
 * random-labels (Zhang et al. 2017, at MNIST scale): the same MLP trained on true labels and, side by
 * side, on a corrupted copy of the same training digits — labels randomly permuted, each image's pixels
 * shuffled with its own permutation, or Gaussian-noise images with the pixel statistics of MNIST.
 * Both runs are interleaved epoch by epoch; train and test accuracy are read once per epoch.
 */
import * as tf from '@tensorflow/tfjs';
import { batchAsFloats, IMAGE_PIXELS, NUM_CLASSES, type MnistSet } from '../data/mnist';
import { runLoop } from '../runtime/loop';
import { accuracy, disposeInit, gaussian, initMlp, permutation, rng, toParams, trainEpoch } from './mlp';

export type Corruption = 'labels' | 'pixels' | 'noise';
export type Regulariser = 'none' | 'decay' | 'dropout';

export interface RandomLabelsData {
  xTrue: tf.Tensor2D; yTrue: tf.Tensor2D; labelsTrue: tf.Tensor1D;
  xBad: tf.Tensor2D; yBad: tf.Tensor2D; labelsBad: tf.Tensor1D;
  xTest: tf.Tensor2D; labelsTest: tf.Tensor1D;
  corruption: Corruption;
  dispose(): void;
}

/** Randomly permuted labels: the same class counts, no relation to the image. */
export function permuteLabels(labels: Uint8Array, seed: number): Uint8Array {
  const p = permutation(labels.length, seed);
  return Uint8Array.from(p, (i) => labels[i]);
}

/** Each image's pixels shuffled by its own permutation (Zhang et al.'s “random pixels”). */
export function shufflePixels(x: Float32Array, n: number, seed: number): Float32Array {
  const out = new Float32Array(x.length);
  for (let i = 0; i < n; i++) {
    const p = permutation(IMAGE_PIXELS, seed + i);
    for (let j = 0; j < IMAGE_PIXELS; j++) out[i * IMAGE_PIXELS + j] = x[i * IMAGE_PIXELS + p[j]];
  }
  return out;
}

/** Gaussian images with the data's mean and standard deviation. */
export function gaussianImages(x: Float32Array, seed: number): Float32Array {
  let m = 0, v = 0;
  for (const a of x) m += a;
  m /= x.length;
  for (const a of x) v += (a - m) ** 2;
  const sd = Math.sqrt(v / x.length), rand = rng(seed);
  return Float32Array.from(x, () => m + sd * gaussian(rand));
}

export function uploadRandomLabelsData(train: MnistSet, test: MnistSet, nTrain: number, nTest: number, corruption: Corruption, seed: number): RandomLabelsData {
  const a = batchAsFloats(train, 0, nTrain);
  const b = batchAsFloats(test, 0, nTest);
  const badX = corruption === 'pixels' ? shufflePixels(a.x, a.n, seed) : corruption === 'noise' ? gaussianImages(a.x, seed) : a.x;
  const badY = corruption === 'labels' ? permuteLabels(a.y, seed) : a.y;
  const up = (x: Float32Array, y: Uint8Array, n: number) => {
    const labels = tf.tensor1d(Int32Array.from(y), 'int32');
    return [tf.tensor2d(x, [n, IMAGE_PIXELS]), tf.tidy(() => tf.oneHot(labels, NUM_CLASSES).toFloat()) as tf.Tensor2D, labels] as const;
  };
  const [xTrue, yTrue, labelsTrue] = up(a.x, a.y, a.n);
  const [xBad, yBad, labelsBad] = up(badX, badY, a.n);
  const xTest = tf.tensor2d(b.x, [b.n, IMAGE_PIXELS]);
  const labelsTest = tf.tensor1d(Int32Array.from(b.y), 'int32');
  const all = [xTrue, yTrue, labelsTrue, xBad, yBad, labelsBad, xTest, labelsTest];
  return { xTrue, yTrue, labelsTrue, xBad, yBad, labelsBad, xTest, labelsTest, corruption, dispose: () => tf.dispose(all) };
}

export interface RandomLabelsOptions {
  epochs: number; hidden: number; lr: number; batch: number; regulariser: Regulariser; seed: number;
}

/** The page's default: 500 training digits (a subset: memorising 8,000 random labels takes many minutes here). */
export const RANDOMLABELS_DEFAULTS = { epochs: 16, hidden: 256, lr: 0.003, batch: 32, trainDigits: 500, testDigits: 1000 };
export const RANDOMLABELS_QUICK = { epochs: 4, hidden: 128, lr: 0.003, batch: 32, trainDigits: 200, testDigits: 300 };
export const WEIGHT_DECAY = 5e-4;
export const DROPOUT = 0.3;

export interface RandomLabelsPoint { epoch: number; trainTrue: number; testTrue: number; trainBad: number; testBad: number; ms: number }

export async function trainRandomLabels(
  data: RandomLabelsData, o: RandomLabelsOptions,
  hooks: { signal?: AbortSignal; onPoint?: (p: RandomLabelsPoint) => void; onProgress?: (f: number) => void } = {},
): Promise<{ curve: RandomLabelsPoint[]; fitEpochTrue: number | null; fitEpochBad: number | null }> {
  const t0 = performance.now();
  // both networks start from the same weights: the only difference is the data
  const init = initMlp([IMAGE_PIXELS, o.hidden, NUM_CLASSES], o.seed);
  const nets = [toParams(init), toParams(init)];
  disposeInit(init);
  const opts = nets.map(() => tf.train.adam(o.lr));
  const eo = { batch: o.batch, weightDecay: o.regulariser === 'decay' ? WEIGHT_DECAY : 0, dropout: o.regulariser === 'dropout' ? DROPOUT : 0 };
  const curve: RandomLabelsPoint[] = [];
  let fitEpochTrue: number | null = null, fitEpochBad: number | null = null;
  try {
    await runLoop({
      steps: o.epochs * 2,
      signal: hooks.signal,
      onProgress: hooks.onProgress,
      chunkMs: 0,
      step: async (i) => {
        const bad = i % 2 === 1;
        trainEpoch(nets[+bad], opts[+bad], bad ? data.xBad : data.xTrue, bad ? data.yBad : data.yTrue, eo);
        if (!bad) return;
        const [trainTrue, testTrue, trainBad, testBad] = await Promise.all([
          accuracy(nets[0], data.xTrue, data.labelsTrue), accuracy(nets[0], data.xTest, data.labelsTest),
          accuracy(nets[1], data.xBad, data.labelsBad), accuracy(nets[1], data.xTest, data.labelsTest),
        ]);
        const p = { epoch: (i + 1) / 2, trainTrue, testTrue, trainBad, testBad, ms: performance.now() - t0 };
        if (fitEpochTrue === null && trainTrue >= 0.95) fitEpochTrue = p.epoch;
        if (fitEpochBad === null && trainBad >= 0.95) fitEpochBad = p.epoch;
        curve.push(p);
        hooks.onPoint?.(p);
      },
    });
    return { curve, fitEpochTrue, fitEpochBad };
  } finally {
    nets.forEach(disposeInit);
    opts.forEach((op) => op.dispose());
  }
}

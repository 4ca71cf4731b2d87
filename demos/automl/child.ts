/**
 * A child network of the search space, built and trained from scratch: conv (k1×k1, f1 filters,
 * ReLU) → optional 2×2 max pooling → optional second conv (k2×k2, ReLU, optional skip) → dense
 * → 10 classes, Adam at the sampled learning rate. Convolutions train with conv2dSame (a
 * hand-written filter gradient: WASM has no Conv2DBackpropFilter). Reads back once per child.
 */
import * as tf from '@tensorflow/tfjs';
import { batchAsFloats, IMAGE_SIZE, NUM_CLASSES, type MnistSet } from '../data/mnist';
import { conv2dSame } from '../runtime/conv-grad';
import { mulberry32 } from '../runtime/rng';
import { untilAborted } from '../runtime/loop';
import type { Arch } from './space';

/** Digits on the device at one image size, labels one-hot for training and int for scoring. */
export interface DigitSet {
  x: tf.Tensor4D;
  y: tf.Tensor2D;
  labels: tf.Tensor1D;
  size: number;
}

/** `n` digits from `start`, average-pooled from 28×28 down to `size`×`size` (28, 14 or 7). */
export function uploadDigits(set: MnistSet, start: number, n: number, size: number): DigitSet {
  const b = batchAsFloats(set, start, n);
  if (b.n === 0) throw new Error('no digits in that range');
  return tf.tidy(() => {
    const raw = tf.tensor4d(b.x, [b.n, IMAGE_SIZE, IMAGE_SIZE, 1]);
    const f = IMAGE_SIZE / size;
    const x = (f === 1 ? raw : tf.avgPool(raw, f, f, 'valid')) as tf.Tensor4D;
    const labels = tf.tensor1d(b.y, 'int32');
    return { x: tf.keep(x), labels: tf.keep(labels), y: tf.keep(tf.oneHot(labels, NUM_CLASSES).toFloat() as tf.Tensor2D), size };
  });
}

export const disposeDigits = (d: DigitSet) => tf.dispose([d.x, d.y, d.labels]);

export interface ChildOptions {
  steps: number;
  batch: number;
  seed: number;
}

function glorot(shape: number[], fanIn: number, fanOut: number, rand: () => number) {
  const n = shape.reduce((a, b) => a * b, 1);
  const lim = Math.sqrt(6 / (fanIn + fanOut));
  const v = new Float32Array(n);
  for (let i = 0; i < n; i++) v[i] = (rand() * 2 - 1) * lim;
  return owned(tf.tensor(v, shape));
}

// a variable shares its initial tensor's data but not its handle: free the handle at once
function owned(init: tf.Tensor) { const v = tf.variable(init); init.dispose(); return v; }

/** The child's forward pass, shared by training and scoring. */
function forward(a: Arch, w: tf.Variable[], x: tf.Tensor4D): tf.Tensor2D {
  let h = tf.relu(conv2dSame(x, w[0] as tf.Tensor4D).add(w[1])) as tf.Tensor4D;
  if (a.pool) h = tf.maxPool(h, 2, 2, 'same');
  if (a.k2) {
    const h2 = tf.relu(conv2dSame(h, w[2] as tf.Tensor4D).add(w[3])) as tf.Tensor4D;
    h = a.skip ? h2.add(h) : h2;
  }
  const flat = h.reshape([h.shape[0], -1]) as tf.Tensor2D;
  return flat.matMul(w[4] as tf.Tensor2D).add(w[5]);
}

/** Trains one child on `train` and returns its accuracy on `val` (one read-back). */
export async function trainChild(a: Arch, train: DigitSet, val: DigitSet, o: ChildOptions, signal?: AbortSignal): Promise<number> {
  const rand = mulberry32(o.seed);
  const s = train.size;
  const side = a.pool ? Math.ceil(s / 2) : s;
  const w: tf.Variable[] = [
    glorot([a.k1, a.k1, 1, a.f1], a.k1 * a.k1, a.k1 * a.k1 * a.f1, rand), owned(tf.zeros([a.f1])),
    glorot([a.k2 || 1, a.k2 || 1, a.f1, a.f1], (a.k2 || 1) ** 2 * a.f1, (a.k2 || 1) ** 2 * a.f1, rand), owned(tf.zeros([a.f1])),
    glorot([side * side * a.f1, NUM_CLASSES], side * side * a.f1, NUM_CLASSES, rand), owned(tf.zeros([NUM_CLASSES])),
  ];
  const vars = a.k2 ? w : [w[0], w[1], w[4], w[5]];
  const opt = tf.train.adam(a.lr);
  const n = train.x.shape[0];
  const batch = Math.min(o.batch, n);
  try {
    for (let i = 0; i < o.steps; i++) {
      if (signal?.aborted) break;
      const start = Math.floor(rand() * (n - batch + 1));
      opt.minimize(() => tf.tidy(() => {
        const x = train.x.slice([start, 0, 0, 0], [batch, s, s, 1]);
        const y = train.y.slice([start, 0], [batch, NUM_CLASSES]);
        return tf.losses.softmaxCrossEntropy(y, forward(a, w, x)) as tf.Scalar;
      }), false, vars);
    }
    const hits = tf.tidy(() => forward(a, w, val.x).argMax(1).equal(val.labels).sum());
    try {
      const h = await (signal ? untilAborted(hits.data(), signal) : hits.data());
      return h[0] / val.x.shape[0];
    } finally {
      hits.dispose();
    }
  } finally {
    tf.dispose(w);
    opt.dispose();
  }
}

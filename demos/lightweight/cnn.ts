/**
 * The site's digit CNN (demos/models/digit-cnn.ts) as plain tensors, so pruning and quantisation
 * can rewrite its weights and the same forward pass evaluates every variant:
 * conv3×3 → ReLU → 2×2 max-pool (… ) → global average pooling → dense 10.
 */
import * as tf from '@tensorflow/tfjs';
import { batchAsFloats, IMAGE_SIZE, NUM_CLASSES, type MnistSet } from '../data/mnist';
import { untilAborted } from '../runtime/loop';
import { conv2dTrain, maxPool2Train } from './train-ops';

export interface CnnWeights {
  /** conv kernels [k, k, C_in, C_out] then the dense kernel [C, 10] */
  kernels: tf.Tensor[];
  biases: tf.Tensor1D[];
  /** a 2×2 max-pool follows each of the first `pools` convolutions */
  pools: number;
}

/** Copies of a loaded digit CNN's weights (the model itself is left untouched). */
export function weightsOf(model: tf.LayersModel): CnnWeights {
  const kernels: tf.Tensor[] = [], biases: tf.Tensor1D[] = [];
  let convs = 0;
  for (const layer of model.layers) {
    const w = layer.getWeights();
    if (w.length !== 2) continue;
    kernels.push(w[0].clone());
    biases.push(w[1].clone() as tf.Tensor1D);
    if (w[0].rank === 4) convs++;
  }
  return { kernels, biases, pools: convs - 1 };
}

export const disposeWeights = (w: CnnWeights) => tf.dispose([...w.kernels, ...w.biases]);

export const countWeights = (w: CnnWeights) => w.kernels.reduce((s, k) => s + k.size, 0);

/**
 * Logits of the CNN. `train` uses train-ops' conv and pool (the same values, with gradients WASM
 * has and runs fast) instead of tf.conv2d, whose filter gradient WASM lacks, and tf.maxPool.
 */
export function logits(w: CnnWeights, x: tf.Tensor4D, train = false): tf.Tensor2D {
  return tf.tidy(() => {
    let h: tf.Tensor4D = x;
    const convs = w.kernels.length - 1;
    for (let i = 0; i < convs; i++) {
      const k = w.kernels[i] as tf.Tensor4D;
      h = tf.relu(tf.add(train ? conv2dTrain(h, k, i > 0) : tf.conv2d(h, k, 1, 'same'), w.biases[i])) as tf.Tensor4D;
      if (i < w.pools) h = train ? maxPool2Train(h) : tf.maxPool(h, 2, 2, 'valid');
    }
    const g = tf.mean(h, [1, 2]) as tf.Tensor2D;
    return tf.add(tf.matMul(g, w.kernels[convs] as tf.Tensor2D), w.biases[convs]) as tf.Tensor2D;
  });
}

export interface Digits { x: tf.Tensor4D; y: tf.Tensor1D; onehot: tf.Tensor2D; n: number; dispose(): void }

/** The first `n` digits of a set, on the device. */
export function uploadDigits(set: MnistSet, n: number, start = 0): Digits {
  const b = batchAsFloats(set, start, n);
  const x = tf.tensor4d(b.x, [b.n, IMAGE_SIZE, IMAGE_SIZE, 1]);
  const y = tf.tensor1d(b.y, 'int32');
  const onehot = tf.tidy(() => tf.oneHot(y, NUM_CLASSES).toFloat() as tf.Tensor2D);
  return { x, y, onehot, n: b.n, dispose: () => tf.dispose([x, y, onehot]) };
}

/** Fraction of the first `limit` digits classified correctly; batched, one read-back. */
export async function accuracy(w: CnnWeights, d: Digits, limit = d.n, signal?: AbortSignal, batch = 500): Promise<number> {
  const n = Math.min(limit, d.n);
  const hits = tf.tidy(() => {
    let sum: tf.Tensor = tf.scalar(0);
    for (let s = 0; s < n; s += batch) {
      const m = Math.min(batch, n - s);
      const xb = d.x.slice([s, 0, 0, 0], [m, -1, -1, -1]);
      const yb = d.y.slice([s], [m]);
      sum = tf.add(sum, tf.sum(tf.cast(tf.equal(tf.argMax(logits(w, xb), 1), yb), 'float32')));
    }
    return sum;
  });
  try {
    const v = await (signal ? untilAborted(hits.data(), signal) : hits.data());
    return v[0] / n;
  } finally {
    hits.dispose();
  }
}

/** An independent copy (fine-tuning rewrites its own tensors). */
export const cloneWeights = (w: CnnWeights): CnnWeights => ({ kernels: w.kernels.map((k) => k.clone()), biases: w.biases.map((b) => b.clone()), pools: w.pools });

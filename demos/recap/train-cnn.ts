/**
 * train-cnn: a small LeNet-like CNN trained live on MNIST with the slide's loss (cross-entropy),
 * by three optimisers on the same seed and the same initial weights, interleaved so their curves
 * grow side by side and each sees the same number of images:
 *
 *   gd    gradient descent: the gradient of the loss over ALL training digits, accumulated in
 *         chunks of `batch` images, one update per pass over the data (an epoch);
 *   sgd   minibatch SGD: one update per `batch` images;
 *   adam  Adam (Kingma & Ba 2015): minibatch updates with per-parameter adaptive steps.
 *
 * The network: conv 5×5×1→8, ReLU, 2×2 max-pool → conv 3×3×8→16, ReLU, 2×2 max-pool → dense
 * 7·7·16 → 10 (9,226 parameters), sized so that two epochs of 8,000 digits take seconds on WASM.
 * Convolutions go through conv2dSame: WASM has no Conv2DBackpropFilter.
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_PIXELS, IMAGE_SIZE, NUM_CLASSES, type MnistSet } from '../data/mnist';
import { conv2dFilterGrad, conv2dSame } from '../runtime/conv-grad';
import { mulberry32 } from '../runtime/rng';

export const OPTIMISERS = ['gd', 'sgd', 'adam'] as const;
export type OptimiserName = (typeof OPTIMISERS)[number];

export const C1 = 8;
export const C2 = 16;
export const K1 = 5;
export const K2 = 3;

/** Weights in order: conv1 kernel, bias, conv2 kernel, bias, dense kernel, bias. */
export function initialWeights(seed: number): tf.Tensor[] {
  return tf.tidy(() => {
    // He initialisation for ReLU layers: std = √(2 / fan-in)
    const he = (shape: number[], fanIn: number, s: number) => tf.randomNormal(shape, 0, Math.sqrt(2 / fanIn), 'float32', s);
    return [
      he([K1, K1, 1, C1], K1 * K1, seed), tf.zeros([C1]),
      he([K2, K2, C1, C2], K2 * K2 * C1, seed + 1), tf.zeros([C2]),
      tf.randomNormal([7 * 7 * C2, NUM_CLASSES], 0, Math.sqrt(1 / (7 * 7 * C2)), 'float32', seed + 2), tf.zeros([NUM_CLASSES]),
    ];
  });
}

export const paramCount = () => K1 * K1 * C1 + C1 + K2 * K2 * C1 * C2 + C2 + 7 * 7 * C2 * NUM_CLASSES + NUM_CLASSES;

/**
 * conv2dSame for the first layer: the images need no gradient, so the input gradient (a
 * conv2dTranspose as costly as the forward pass) is replaced by zeros — about 14% of a step.
 */
function conv2dInput(x: tf.Tensor4D, w: tf.Tensor4D): tf.Tensor4D {
  const f = tf.customGrad(((x: tf.Tensor, w: tf.Tensor, save: tf.GradSaveFunc) => {
    save([x]);
    return {
      value: tf.conv2d(x as tf.Tensor4D, w as tf.Tensor4D, 1, 'same'),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => [tf.zerosLike(saved[0]), conv2dFilterGrad(saved[0] as tf.Tensor4D, dy as tf.Tensor4D, K1)],
    };
  }) as unknown as Parameters<typeof tf.customGrad>[0]);
  return f(x, w) as tf.Tensor4D;
}

/** First-layer feature maps (after ReLU), [n, 28, 28, C1]. */
export function firstLayer(w: readonly tf.Tensor[], x: tf.Tensor4D): tf.Tensor4D {
  return tf.tidy(() => tf.relu(tf.add(conv2dInput(x, w[0] as tf.Tensor4D), w[1])) as tf.Tensor4D);
}

export function logits(w: readonly tf.Tensor[], x: tf.Tensor4D): tf.Tensor2D {
  return tf.tidy(() => {
    let h = tf.maxPool(firstLayer(w, x), 2, 2, 'valid');
    h = tf.maxPool(tf.relu(tf.add(conv2dSame(h, w[2] as tf.Tensor4D), w[3])) as tf.Tensor4D, 2, 2, 'valid');
    return tf.add(tf.matMul(tf.reshape(h, [x.shape[0], -1]), w[4] as tf.Tensor2D), w[5]) as tf.Tensor2D;
  });
}

/** The digits on the device: images [n, 28, 28, 1] in [0, 1], labels one-hot (train) or int (test). */
export interface CnnData {
  xTrain: tf.Tensor4D;
  yTrain: tf.Tensor2D;
  xTest: tf.Tensor4D;
  yTest: tf.Tensor1D;
  dispose(): void;
}

function floats(set: MnistSet, n: number, order?: Uint32Array) {
  const x = new Float32Array(n * IMAGE_PIXELS);
  const y = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const i = order ? order[j] : j;
    for (let p = 0; p < IMAGE_PIXELS; p++) x[j * IMAGE_PIXELS + p] = set.images[i * IMAGE_PIXELS + p] / 255;
    y[j] = set.labels[i];
  }
  return { x, y };
}

/** The first nTrain training digits, shuffled once by `seed` (minibatches are then consecutive slices). */
export function uploadCnnData(train: MnistSet, test: MnistSet, nTrain: number, nTest: number, seed: number): CnnData {
  nTrain = Math.min(nTrain, train.count);
  nTest = Math.min(nTest, test.count);
  const rand = mulberry32(seed);
  const order = Uint32Array.from({ length: nTrain }, (_, i) => i);
  for (let i = nTrain - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const a = floats(train, nTrain, order);
  const b = floats(test, nTest);
  const xTrain = tf.tensor4d(a.x, [nTrain, IMAGE_SIZE, IMAGE_SIZE, 1]);
  const yTrain = tf.tidy(() => tf.oneHot(tf.tensor1d(a.y, 'int32'), NUM_CLASSES).toFloat() as tf.Tensor2D);
  const xTest = tf.tensor4d(b.x, [nTest, IMAGE_SIZE, IMAGE_SIZE, 1]);
  const yTest = tf.tensor1d(b.y, 'int32');
  return { xTrain, yTrain, xTest, yTest, dispose: () => tf.dispose([xTrain, yTrain, xTest, yTest]) };
}

/** Mean cross-entropy −(1/N) Σ_i Σ_k y_ik log ŷ_ik of a batch (the slide's L(θ)). */
export const crossEntropy = (w: readonly tf.Tensor[], x: tf.Tensor4D, y: tf.Tensor2D) =>
  tf.losses.softmaxCrossEntropy(y, logits(w, x)) as tf.Scalar;

export interface CnnTrainer {
  name: OptimiserName;
  /** parameter updates made so far */
  updates: number;
  /** one chunk of `batch` training images: an update (sgd, adam) or a slice of the full gradient (gd) */
  step(): void;
  /** mean training loss since the last read, and accuracy on the first `limit` test digits (one read-back) */
  report(limit?: number): Promise<{ loss: number; accuracy: number }>;
  /** first-layer kernels [K1·K1·C1] and feature maps of `image` [28·28·C1] */
  snapshot(image: tf.Tensor4D): Promise<{ kernels: Float32Array; maps: Float32Array }>;
  weights: tf.Variable[];
  dispose(): void;
}

const EVAL_BATCH = 500;

/** The minibatch methods' learning rate is multiplied by this at the start of every epoch after the first. */
export const LR_DECAY = 0.3;

function setRate(opt: tf.Optimizer, lr: number) {
  // Adam reads its public field at every step; SGD caches −lr in a scalar that setLearningRate renews
  const o = opt as unknown as { learningRate: number; setLearningRate?: (lr: number) => void };
  if (typeof o.setLearningRate === 'function') o.setLearningRate(lr);
  else o.learningRate = lr;
}

export function accuracyOf(w: readonly tf.Tensor[], data: CnnData, limit = Infinity): tf.Scalar {
  return tf.tidy(() => {
    const n = Math.min(limit, data.xTest.shape[0]);
    let hits: tf.Tensor = tf.scalar(0);
    for (let s = 0; s < n; s += EVAL_BATCH) {
      const size = Math.min(EVAL_BATCH, n - s);
      const x = tf.slice(data.xTest, [s, 0, 0, 0], [size, -1, -1, -1]);
      const y = tf.slice(data.yTest, [s], [size]);
      hits = tf.add(hits, tf.sum(tf.cast(tf.equal(tf.argMax(logits(w, x), 1), y), 'float32')));
    }
    return tf.div(hits, n) as tf.Scalar;
  });
}

export function createCnnTrainer(name: OptimiserName, data: CnnData, o: { lr: number; batch: number; seed: number }): CnnTrainer {
  const weights = initialWeights(o.seed).map((t) => { const v = tf.variable(t, true); t.dispose(); return v; });
  const n = data.xTrain.shape[0];
  const chunks = Math.max(1, Math.floor(n / o.batch));
  let cursor = 0;
  let lossSum: tf.Scalar = tf.scalar(0);
  let lossCount = 0;
  const opt = name === 'adam' ? tf.train.adam(o.lr) : tf.train.sgd(o.lr);
  let lrNow = o.lr;
  // gd: running sums of the gradient over the chunks of one epoch
  const acc = name === 'gd' ? weights.map((v) => { const z = tf.zerosLike(v); const a = tf.variable(z, false); z.dispose(); return a; }) : [];
  const batchAt = (c: number) => {
    const start = c * o.batch;
    return [tf.slice(data.xTrain, [start, 0, 0, 0], [o.batch, -1, -1, -1]), tf.slice(data.yTrain, [start, 0], [o.batch, -1])] as [tf.Tensor4D, tf.Tensor2D];
  };
  const addLoss = (l: tf.Scalar) => { const s = tf.add(lossSum, l) as tf.Scalar; lossSum.dispose(); l.dispose(); lossSum = s; lossCount++; };
  const t: CnnTrainer = {
    name, updates: 0, weights,
    step() {
      const c = cursor;
      cursor = (cursor + 1) % chunks;
      if (name !== 'gd') {
        // each new pass over the data after the first steps with a smaller rate (step decay)
        if (c === 0 && t.updates > 0) setRate(opt, lrNow *= LR_DECAY);
        const l = tf.tidy(() => { const [x, y] = batchAt(c); return opt.minimize(() => crossEntropy(weights, x, y), true, weights)!; });
        addLoss(l);
        t.updates++;
        return;
      }
      const l = tf.tidy(() => {
        const [x, y] = batchAt(c);
        const { value, grads } = tf.variableGrads(() => crossEntropy(weights, x, y), weights);
        weights.forEach((v, i) => acc[i].assign(tf.add(acc[i], grads[v.name])));
        return value;
      });
      addLoss(l);
      if (cursor === 0) {
        // the whole training set has been seen: one gradient-descent update with the mean gradient
        tf.tidy(() => {
          weights.forEach((v, i) => v.assign(tf.sub(v, tf.mul(acc[i], o.lr / chunks))));
          acc.forEach((a) => a.assign(tf.zerosLike(a)));
        });
        t.updates++;
      }
    },
    async report(limit = Infinity) {
      const a = accuracyOf(weights, data, limit);
      const mean = tf.div(lossSum, Math.max(1, lossCount));
      try {
        const [accuracy, loss] = [(await a.data())[0], (await mean.data())[0]];
        lossSum.dispose();
        lossSum = tf.scalar(0);
        lossCount = 0;
        return { loss, accuracy };
      } finally {
        tf.dispose([a, mean]);
      }
    },
    async snapshot(image) {
      const maps = firstLayer(weights, image);
      try {
        return { kernels: (await weights[0].data()) as Float32Array, maps: (await maps.data()) as Float32Array };
      } finally {
        maps.dispose();
      }
    },
    dispose() {
      tf.dispose([...weights, ...acc, lossSum]);
      opt.dispose();
    },
  };
  return t;
}

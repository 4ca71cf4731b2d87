/**
 * The few-shot lecture's feature extractor: a small CNN pre-trained on digits 0–4 only
 * (public/models/digits04-cnn, trained by scripts/train-models.ts), whose 'features' layer the
 * transfer demos reuse on classes it never saw (digits 5–9, a student's own symbols).
 *
 *   image 28×28×1 → conv3×3 16 ReLU ('conv1') → max-pool 2 → conv3×3 32 ReLU ('conv2') → max-pool 2
 *   → flatten → dense 128 ReLU ('features') → dense 5 ('logits') → softmax ('probs')
 *
 * The same net is written twice: as a layers model (what ships, what the browser loads), and as a
 * plain function of its weight tensors (`fewshotLogits`), which trains on every backend because
 * its convolutions go through conv2dSame (TF.js 4.22's WASM has no Conv2DBackpropFilter). The
 * weights are in the layers model's getWeights() order, so one can be copied into the other.
 */
import * as tf from '@tensorflow/tfjs';
import { conv2dSame } from '../runtime/conv-grad';
import { IMAGE_PIXELS, type MnistSet } from '../data/mnist';

export interface FewshotCnnConfig {
  /** channels of the two 3×3 conv blocks */
  filters: [number, number];
  /** width of the 'features' layer */
  features: number;
  /** classes of the head */
  classes: number;
  seed: number;
}

/** public/models/digits04-cnn: pre-trained on the ~4,000 training digits 0–4, a 5-way head. */
export const DIGITS04_CNN: FewshotCnnConfig = { filters: [16, 32], features: 128, classes: 5, seed: 404 };
/** The digits the extractor was pre-trained on. */
export const PRETRAIN_CLASSES = [0, 1, 2, 3, 4] as const;

export const FEATURES_LAYER = 'features';

export function buildFewshotCnn(cfg: FewshotCnnConfig = DIGITS04_CNN): tf.LayersModel {
  const { filters, seed } = cfg;
  const input = tf.input({ shape: [28, 28, 1], name: 'image' });
  let x: tf.SymbolicTensor = input;
  filters.forEach((f, i) => {
    x = tf.layers.conv2d({
      filters: f, kernelSize: 3, padding: 'same', activation: 'relu',
      kernelInitializer: tf.initializers.heNormal({ seed: seed + i }), name: `conv${i + 1}`,
    }).apply(x) as tf.SymbolicTensor;
    x = tf.layers.maxPooling2d({ poolSize: 2, name: `pool${i + 1}` }).apply(x) as tf.SymbolicTensor;
  });
  x = tf.layers.flatten({ name: 'flatten' }).apply(x) as tf.SymbolicTensor;
  x = tf.layers.dense({
    units: cfg.features, activation: 'relu', name: FEATURES_LAYER,
    kernelInitializer: tf.initializers.heNormal({ seed: seed + 10 }),
  }).apply(x) as tf.SymbolicTensor;
  const logits = tf.layers.dense({
    units: cfg.classes, name: 'logits', kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 99 }),
  }).apply(x) as tf.SymbolicTensor;
  const probs = tf.layers.activation({ activation: 'softmax', name: 'probs' }).apply(logits) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: probs, name: 'fewshot_cnn' });
}

/**
 * The body up to (and including) the 'features' ReLU, from weights [conv1 kernel, conv1 bias,
 * conv2 kernel, conv2 bias, features kernel, features bias] (getWeights() order). Differentiable
 * on every backend.
 */
export function fewshotFeatures(w: readonly tf.Tensor[], x: tf.Tensor4D): tf.Tensor2D {
  return tf.tidy(() => {
    let h: tf.Tensor4D = x;
    for (let i = 0; i < 2; i++) {
      h = tf.relu(tf.add(conv2dSame(h, w[2 * i] as tf.Tensor4D), w[2 * i + 1])) as tf.Tensor4D;
      h = tf.maxPool(h, 2, 2, 'valid');
    }
    const flat = tf.reshape(h, [h.shape[0], -1]) as tf.Tensor2D;
    return tf.relu(tf.add(tf.matMul(flat, w[4] as tf.Tensor2D), w[5])) as tf.Tensor2D;
  });
}

/** The whole net's logits from all eight weights (body, then head kernel and bias). */
export function fewshotLogits(w: readonly tf.Tensor[], x: tf.Tensor4D): tf.Tensor2D {
  return tf.tidy(() => tf.add(tf.matMul(fewshotFeatures(w, x), w[6] as tf.Tensor2D), w[7]) as tf.Tensor2D);
}

/**
 * The digits of `set` whose label is in `classes`, in their original order, as a new MnistSet
 * (labels unchanged), plus where each came from. Pre-training reads digits 0–4 of the training
 * split this way, and measures itself on digits 0–4 of the held-out split.
 */
export function digitsOf(set: MnistSet, classes: readonly number[]): MnistSet & { source: Uint32Array } {
  const keep: number[] = [];
  for (let i = 0; i < set.count; i++) if (classes.includes(set.labels[i])) keep.push(i);
  const images = new Uint8Array(keep.length * IMAGE_PIXELS);
  const labels = new Uint8Array(keep.length);
  keep.forEach((src, j) => {
    images.set(set.images.subarray(src * IMAGE_PIXELS, (src + 1) * IMAGE_PIXELS), j * IMAGE_PIXELS);
    labels[j] = set.labels[src];
  });
  return { images, labels, count: keep.length, source: Uint32Array.from(keep) };
}

/**
 * Fresh weights for the same net, in getWeights() order, drawn exactly as buildFewshotCnn draws
 * them (He-normal convs and features, Glorot head, zero biases) but from `seed`: what training
 * "from scratch" starts from, without building a layers model.
 */
export function fewshotInitialWeights(cfg: FewshotCnnConfig, seed: number): tf.Tensor[] {
  const [f1, f2] = cfg.filters;
  const flat = 7 * 7 * f2;
  const he = (shape: number[], s: number) => tf.initializers.heNormal({ seed: s }).apply(shape);
  return [
    he([3, 3, 1, f1], seed), tf.zeros([f1]),
    he([3, 3, f1, f2], seed + 1), tf.zeros([f2]),
    he([flat, cfg.features], seed + 10), tf.zeros([cfg.features]),
    tf.initializers.glorotUniform({ seed: seed + 99 }).apply([cfg.features, cfg.classes]), tf.zeros([cfg.classes]),
  ];
}

/**
 * conv-explorer: the arithmetic of one convolutional layer (shapes, parameters, multiply–adds),
 * a few kernels applied to a digit, and one output value written out as its sum of products.
 * The counts are plain numbers (unit-tested against tf.js's own layers); the feature maps are one
 * forward conv2d per call.
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_SIZE } from '../data/mnist';

export interface LayerShape {
  /** input height, width and channels */
  h: number;
  w: number;
  cin: number;
  /** square kernel side k and number of kernels (= output channels) */
  k: number;
  cout: number;
  stride: number;
  padding: 'same' | 'valid';
}

export interface LayerCounts {
  /** one kernel's shape: k × k × C_in (its depth always equals the input's channels) */
  kernel: [number, number, number];
  out: [number, number, number];
  weights: number;
  biases: number;
  params: number;
  /** multiply–adds of one forward pass of one image: every output value is k·k·C_in of them */
  macs: number;
}

/** Output side, as TF/Keras computes it: ceil(n / s) for 'same', floor((n − k) / s) + 1 for 'valid'. */
export const outSide = (n: number, k: number, s: number, padding: 'same' | 'valid') =>
  padding === 'same' ? Math.ceil(n / s) : Math.max(0, Math.floor((n - k) / s) + 1);

export function layerCounts(l: LayerShape): LayerCounts {
  for (const [name, v] of Object.entries({ h: l.h, w: l.w, cin: l.cin, k: l.k, cout: l.cout, stride: l.stride })) {
    if (!Number.isInteger(v) || v < 1) throw new Error(`${name} must be a positive integer, not ${v}`);
  }
  const oh = outSide(l.h, l.k, l.stride, l.padding);
  const ow = outSide(l.w, l.k, l.stride, l.padding);
  const weights = l.k * l.k * l.cin * l.cout;
  return {
    kernel: [l.k, l.k, l.cin],
    out: [oh, ow, l.cout],
    weights,
    biases: l.cout,
    params: weights + l.cout,
    macs: oh * ow * l.cout * l.k * l.k * l.cin,
  };
}

/** Hand-made 3×3 kernels (row-major), the classic image-processing filters. */
export const PRESETS = {
  'edge-x': [-1, 0, 1, -2, 0, 2, -1, 0, 1],
  'edge-y': [-1, -2, -1, 0, 0, 0, 1, 2, 1],
  blur: [1, 2, 1, 2, 4, 2, 1, 2, 1].map((v) => v / 16),
  sharpen: [0, -1, 0, -1, 5, -1, 0, -1, 0],
  diagonal: [2, 1, 0, 1, 0, -1, 0, -1, -2],
  laplace: [0, 1, 0, 1, -4, 1, 0, 1, 0],
} as const;
export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

/** A bank of n single-channel k×k kernels, [k·k·n] in tf's [k, k, 1, n] order, and their biases. */
export interface KernelBank {
  k: number;
  n: number;
  weights: Float32Array;
  bias: Float32Array;
  /** apply ReLU after adding the bias (the trained layer does; the hand-made filters show signs) */
  relu: boolean;
}

export function presetBank(names: readonly PresetName[]): KernelBank {
  const n = names.length;
  const weights = new Float32Array(9 * n);
  names.forEach((name, j) => PRESETS[name].forEach((v, t) => { weights[t * n + j] = v; }));
  return { k: 3, n, weights, bias: new Float32Array(n), relu: false };
}

/** The first conv layer of a trained model (its kernel [k, k, 1, n] and bias), read once. */
export async function firstLayerBank(model: tf.LayersModel, layer = 'conv1'): Promise<KernelBank> {
  const [kernel, bias] = model.getLayer(layer).getWeights();
  const [k, , cin, n] = kernel.shape as number[];
  if (cin !== 1) throw new Error(`${layer} reads ${cin} channels, not a grey image`);
  return { k, n, weights: (await kernel.data()) as Float32Array, bias: (await bias.data()) as Float32Array, relu: true };
}

/** The bank's kernel j as a k×k array. */
export const kernelOf = (bank: KernelBank, j: number) => Float32Array.from({ length: bank.k * bank.k }, (_, t) => bank.weights[t * bank.n + j]);

/** Feature maps of a 28×28 image ('same' padding, stride 1): n maps of 28×28, map-major. */
export async function featureMaps(image: Float32Array, bank: KernelBank): Promise<Float32Array[]> {
  const out = tf.tidy(() => {
    const x = tf.tensor4d(image, [1, IMAGE_SIZE, IMAGE_SIZE, 1]);
    const w = tf.tensor4d(bank.weights, [bank.k, bank.k, 1, bank.n]);
    const y = tf.add(tf.conv2d(x, w, 1, 'same'), tf.tensor1d(bank.bias));
    return tf.transpose(bank.relu ? tf.relu(y) : y, [3, 1, 2, 0]);
  });
  try {
    const all = (await out.data()) as Float32Array;
    const p = IMAGE_SIZE * IMAGE_SIZE;
    return Array.from({ length: bank.n }, (_, j) => all.slice(j * p, (j + 1) * p));
  } finally {
    out.dispose();
  }
}

export interface SumOfProducts {
  /** k×k input values under the kernel (0 outside the image: 'same' zero padding) */
  patch: number[];
  kernel: number[];
  bias: number;
  /** Σ patch · kernel + bias, before any activation */
  value: number;
}

/** Output (row, col) of kernel j, written out term by term — the same number conv2d computes. */
export function sumOfProducts(image: Float32Array, bank: KernelBank, j: number, row: number, col: number): SumOfProducts {
  const { k } = bank;
  const p = (k - 1) / 2;
  const kernel = Array.from(kernelOf(bank, j));
  const patch: number[] = [];
  for (let dy = 0; dy < k; dy++) {
    for (let dx = 0; dx < k; dx++) {
      const y = row + dy - p;
      const x = col + dx - p;
      patch.push(y >= 0 && y < IMAGE_SIZE && x >= 0 && x < IMAGE_SIZE ? image[y * IMAGE_SIZE + x] : 0);
    }
  }
  const bias = bank.bias[j];
  return { patch, kernel, bias, value: patch.reduce((s, v, t) => s + v * kernel[t], bias) };
}

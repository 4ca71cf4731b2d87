/**
 * Cluttered MNIST (after Mnih et al. 2014): one real digit at a random place on a larger canvas,
 * among stroke fragments cut from other digits. The CAM model is trained on these with labels
 * only; the digit's box is kept solely to *score* weakly-supervised localisation afterwards.
 *
 * Deterministic: the same set, seed and index give the same image in Node (training) and in the
 * browser (the live localisation measurement), so the page and metrics.json agree.
 */
import { mulberry32 } from '../runtime/rng';
import { IMAGE_PIXELS, IMAGE_SIZE, type MnistSet } from './mnist';

/** Canvas side in pixels: four times the digit's area. */
export const CLUTTER_SIZE = 56;
export const CLUTTER_PIXELS = CLUTTER_SIZE * CLUTTER_SIZE;
/** Fragments per canvas and their side: big enough to look like strokes, too small to be digits. */
export const FRAGMENTS = 6;
export const FRAGMENT_SIZE = 9;
/** Seed of the held-out cluttered set the page measures localisation on. */
export const CLUTTER_TEST_SEED = 4_242;

/** Inclusive pixel box [x0, y0, x1, y1] on the canvas. */
export type Box = [number, number, number, number];

export interface ClutteredSet {
  /** floats in [0, 1], row-major, one canvas after another */
  images: Float32Array;
  labels: Uint8Array;
  /** the digit's ink bounding box (pixels > 0.25) on each canvas */
  boxes: Box[];
  count: number;
}

/** The ink bounding box of one 28×28 digit, in its own coordinates (threshold on 0..255). */
export function inkBox(set: MnistSet, index: number, threshold = 64): Box {
  let x0 = IMAGE_SIZE, y0 = IMAGE_SIZE, x1 = -1, y1 = -1;
  const base = index * IMAGE_PIXELS;
  for (let r = 0; r < IMAGE_SIZE; r++) {
    for (let c = 0; c < IMAGE_SIZE; c++) {
      if (set.images[base + r * IMAGE_SIZE + c] > threshold) {
        if (c < x0) x0 = c;
        if (c > x1) x1 = c;
        if (r < y0) y0 = r;
        if (r > y1) y1 = r;
      }
    }
  }
  return x1 < 0 ? [0, 0, IMAGE_SIZE - 1, IMAGE_SIZE - 1] : [x0, y0, x1, y1];
}

/**
 * Draws canvas number `k` of a cluttered set into `out` (at `offset`): digit `digits[k]` at a
 * seeded place, plus FRAGMENTS patches from other digits. Fragments go down first and the digit
 * is drawn with max(), so clutter can touch the digit but never erase it.
 */
export function drawCluttered(
  set: MnistSet, digit: number, rand: () => number, out: Float32Array, offset = 0,
): Box {
  const S = CLUTTER_SIZE;
  for (let f = 0; f < FRAGMENTS; f++) {
    const src = Math.floor(rand() * set.count);
    // a fragment from the middle of another digit, where the strokes are
    const sx = 4 + Math.floor(rand() * (IMAGE_SIZE - FRAGMENT_SIZE - 8));
    const sy = 4 + Math.floor(rand() * (IMAGE_SIZE - FRAGMENT_SIZE - 8));
    const dx = Math.floor(rand() * (S - FRAGMENT_SIZE + 1));
    const dy = Math.floor(rand() * (S - FRAGMENT_SIZE + 1));
    for (let r = 0; r < FRAGMENT_SIZE; r++) {
      for (let c = 0; c < FRAGMENT_SIZE; c++) {
        const v = set.images[src * IMAGE_PIXELS + (sy + r) * IMAGE_SIZE + sx + c] / 255;
        const o = offset + (dy + r) * S + dx + c;
        if (v > out[o]) out[o] = v;
      }
    }
  }
  const px = Math.floor(rand() * (S - IMAGE_SIZE + 1));
  const py = Math.floor(rand() * (S - IMAGE_SIZE + 1));
  for (let r = 0; r < IMAGE_SIZE; r++) {
    for (let c = 0; c < IMAGE_SIZE; c++) {
      const v = set.images[digit * IMAGE_PIXELS + r * IMAGE_SIZE + c] / 255;
      const o = offset + (py + r) * S + px + c;
      if (v > out[o]) out[o] = v;
    }
  }
  const b = inkBox(set, digit);
  return [b[0] + px, b[1] + py, b[2] + px, b[3] + py];
}

/**
 * `count` cluttered canvases built from the digits `order[start..]` of `set` (wrapping), with
 * clutter drawn from the same set. Same arguments, same canvases.
 */
export function clutteredBatch(set: MnistSet, order: ArrayLike<number>, start: number, count: number, seed: number): ClutteredSet {
  const rand = mulberry32(seed);
  const images = new Float32Array(count * CLUTTER_PIXELS);
  const labels = new Uint8Array(count);
  const boxes: Box[] = [];
  for (let i = 0; i < count; i++) {
    const digit = order[(start + i) % order.length];
    labels[i] = set.labels[digit];
    boxes.push(drawCluttered(set, digit, rand, images, i * CLUTTER_PIXELS));
  }
  return { images, labels, boxes, count };
}

/** The fixed held-out set the localisation rate is measured on: the first `count` test digits. */
export function clutteredTestSet(test: MnistSet, count = 500): ClutteredSet {
  const n = Math.min(count, test.count);
  return clutteredBatch(test, Uint32Array.from({ length: n }, (_, i) => i), 0, n, CLUTTER_TEST_SEED);
}

/** Is pixel (x, y) inside box b? */
export const inBox = (b: Box, x: number, y: number) => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];

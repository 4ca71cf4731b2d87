/**
 * "Teach it your own symbols": a new softmax head on the frozen digit features (the extractor
 * pre-trained on digits 0–4, demos/fewshot/extractor.ts), trained on a handful of drawings of
 * 2–5 symbols the student makes up. This is transfer learning's step 2 and 3 at its smallest:
 * keep the feature extractor, replace the output end, train only the new end.
 *
 * Why these choices:
 * - Each drawing is also used shifted by ±2 px (5 copies): with one to five examples per class,
 *   the head would otherwise learn where on the pad the student happened to draw.
 * - Features are L2-normalised before the head (a cosine classifier): with so few examples, the
 *   head should compare directions of feature vectors, not their overall size, which varies with
 *   the amount of ink.
 * - Weight decay keeps the head from driving its confidence to 100% on five drawings.
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_PIXELS, IMAGE_SIZE } from '../data/mnist';
import { mulberry32 } from '../runtime/rng';

export const MIN_SYMBOLS = 2;
export const MAX_SYMBOLS = 5;
/** shifts (dx, dy) in pixels each drawing is also used at */
export const SHIFTS: [number, number][] = [[0, 0], [2, 0], [-2, 0], [0, 2], [0, -2]];
export const HEAD_DEFAULTS = { steps: 150, lr: 0.05, weightDecay: 1e-2, scale: 10 };

export interface SymbolClass {
  name: string;
  /** 28×28 MNIST-like images in [0, 1] (demos/data/drawing.ts) */
  examples: Float32Array[];
}

export type SymbolProblem =
  | { kind: 'tooFew'; count: number }
  | { kind: 'tooMany'; count: number }
  | { kind: 'emptyClass'; index: number; name: string };

/** Why these classes cannot be trained on yet, or null when they can. */
export function checkSymbols(classes: SymbolClass[]): SymbolProblem | null {
  if (classes.length < MIN_SYMBOLS) return { kind: 'tooFew', count: classes.length };
  if (classes.length > MAX_SYMBOLS) return { kind: 'tooMany', count: classes.length };
  const i = classes.findIndex((c) => c.examples.length === 0);
  return i >= 0 ? { kind: 'emptyClass', index: i, name: classes[i].name } : null;
}

/** A 28×28 image moved by (dx, dy) pixels; what falls off the edge is lost, zeros come in. */
export function shiftImage(img: Float32Array, dx: number, dy: number): Float32Array {
  const out = new Float32Array(IMAGE_PIXELS);
  for (let r = 0; r < IMAGE_SIZE; r++) {
    const sr = r - dy;
    if (sr < 0 || sr >= IMAGE_SIZE) continue;
    for (let c = 0; c < IMAGE_SIZE; c++) {
      const sc = c - dx;
      if (sc >= 0 && sc < IMAGE_SIZE) out[r * IMAGE_SIZE + c] = img[sr * IMAGE_SIZE + sc];
    }
  }
  return out;
}

/** The training set: every example at every shift, as one [n, 784] block and its labels. */
export function symbolTrainingSet(classes: SymbolClass[]): { x: Float32Array; labels: Int32Array; n: number } {
  const n = classes.reduce((s, c) => s + c.examples.length, 0) * SHIFTS.length;
  const x = new Float32Array(n * IMAGE_PIXELS);
  const labels = new Int32Array(n);
  let i = 0;
  classes.forEach((c, cls) => {
    for (const img of c.examples) {
      for (const [dx, dy] of SHIFTS) {
        x.set(shiftImage(img, dx, dy), i * IMAGE_PIXELS);
        labels[i++] = cls;
      }
    }
  });
  return { x, labels, n };
}

export interface SymbolHead {
  w: tf.Variable<tf.Rank.R2>;
  b: tf.Variable<tf.Rank.R1>;
  classes: number;
  dispose(): void;
}

const normalise = (f: tf.Tensor2D) => tf.tidy(() => tf.div(f, tf.add(tf.norm(f, 'euclidean', 1, true), 1e-6)) as tf.Tensor2D);

/** Class probabilities [n, classes] for features [n, dim]. */
export function headProbs(head: SymbolHead, features: tf.Tensor2D, scale = HEAD_DEFAULTS.scale): tf.Tensor2D {
  return tf.tidy(() => tf.softmax(tf.add(tf.matMul(tf.mul(normalise(features), scale), head.w), head.b)) as tf.Tensor2D);
}

/**
 * Trains a new head on frozen features [n, dim] with integer labels. Full batch, Adam; the loss
 * stays on the device until the one read-back at the end. Returns the head and its final loss.
 */
export async function trainSymbolHead(
  features: tf.Tensor2D, labels: Int32Array, classes: number,
  opts: Partial<typeof HEAD_DEFAULTS> & { seed?: number } = {},
): Promise<{ head: SymbolHead; loss: number }> {
  const { steps, lr, weightDecay, scale } = { ...HEAD_DEFAULTS, ...opts };
  const dim = features.shape[1];
  const rand = mulberry32(opts.seed ?? 7);
  const init = Float32Array.from({ length: dim * classes }, () => (rand() - 0.5) * 0.02);
  // tf.variable keeps its own reference to the data, so the initial tensors are disposed here
  const w0 = tf.tensor2d(init, [dim, classes]), b0 = tf.zeros([classes]) as tf.Tensor1D;
  const w = tf.variable(w0, true), b = tf.variable(b0, true);
  tf.dispose([w0, b0]);
  const head: SymbolHead = { w, b, classes, dispose: () => tf.dispose([w, b]) };
  const optimizer = tf.train.adam(lr);
  const xs = tf.tidy(() => tf.mul(normalise(features), scale) as tf.Tensor2D);
  const ys = tf.tidy(() => tf.oneHot(tf.tensor1d(labels, 'int32'), classes));
  let last: tf.Scalar | null = null;
  for (let s = 0; s < steps; s++) {
    last?.dispose();
    last = optimizer.minimize(() => {
      const ce = tf.losses.softmaxCrossEntropy(ys, tf.add(tf.matMul(xs, w), b));
      return tf.add(ce, tf.mul(weightDecay, tf.sum(tf.square(w)))) as tf.Scalar;
    }, true, [w, b]);
  }
  const loss = last ? (await last.data())[0] : NaN;
  tf.dispose([xs, ys]);
  last?.dispose();
  optimizer.dispose();
  return { head, loss };
}

/**
 * Thick strokes (polylines in the draw pad's 280×280 coordinates) rasterised as ink in [0, 1],
 * like the pad draws them (round caps, 22 px wide). Used for the sample symbols a student can
 * start from, and by tests.
 */
export function strokeInk(strokes: [number, number][][], size = 280, width = 22): Float32Array {
  const ink = new Float32Array(size * size);
  const r = width / 2;
  for (const line of strokes) {
    for (let i = 0; i < line.length; i++) {
      const [ax, ay] = line[i];
      const [bx, by] = line[Math.min(i + 1, line.length - 1)];
      const x0 = Math.max(0, Math.floor(Math.min(ax, bx) - r)), x1 = Math.min(size - 1, Math.ceil(Math.max(ax, bx) + r));
      const y0 = Math.max(0, Math.floor(Math.min(ay, by) - r)), y1 = Math.min(size - 1, Math.ceil(Math.max(ay, by) + r));
      const vx = bx - ax, vy = by - ay, len2 = vx * vx + vy * vy;
      for (let y = y0; y <= y1; y++) {
        for (let x = x0; x <= x1; x++) {
          // distance from the pixel centre to the segment
          const t = len2 > 0 ? Math.max(0, Math.min(1, ((x + 0.5 - ax) * vx + (y + 0.5 - ay) * vy) / len2)) : 0;
          const dx = x + 0.5 - (ax + t * vx), dy = y + 0.5 - (ay + t * vy);
          if (dx * dx + dy * dy <= r * r) ink[y * size + x] = 1;
        }
      }
    }
  }
  return ink;
}

/** Sample symbols to start from: a circle, a cross and a triangle, each drawn with a little jitter. */
export const SAMPLE_SHAPES = ['circle', 'cross', 'triangle'] as const;
export type SampleShape = (typeof SAMPLE_SHAPES)[number];

export function sampleStrokes(shape: SampleShape, rand: () => number): [number, number][][] {
  const j = (v: number) => v + (rand() - 0.5) * 30;
  const cx = j(140), cy = j(140), s = 80 + rand() * 30;
  if (shape === 'circle') {
    const pts: [number, number][] = [];
    for (let a = 0; a <= 32; a++) {
      const t = (a / 32) * 2 * Math.PI;
      pts.push([cx + s * Math.cos(t) * (0.9 + rand() * 0.1), cy + s * Math.sin(t) * (0.9 + rand() * 0.1)]);
    }
    return [pts];
  }
  if (shape === 'cross') {
    return [[[j(cx - s), j(cy - s)], [j(cx + s), j(cy + s)]], [[j(cx + s), j(cy - s)], [j(cx - s), j(cy + s)]]];
  }
  const top: [number, number] = [j(cx), j(cy - s)], left: [number, number] = [j(cx - s), j(cy + s * 0.8)], right: [number, number] = [j(cx + s), j(cy + s * 0.8)];
  return [[top, left, right, top]];
}

/** Maps [n, 784] images in [0, 1] to frozen features [n, dim] (the extractor's `features`). */
export type FeatureFn = (x: tf.Tensor2D) => tf.Tensor2D;

/**
 * The whole step a student triggers: features of every drawing at every shift (computed once:
 * the extractor is frozen), a new head trained on them, and its accuracy on those same images.
 */
export async function fitSymbols(features: FeatureFn, classes: SymbolClass[], seed: number) {
  const { x, labels, n } = symbolTrainingSet(classes);
  const f = tf.tidy(() => features(tf.tensor2d(x, [n, IMAGE_PIXELS])));
  try {
    const { head, loss } = await trainSymbolHead(f, labels, classes.length, { seed });
    const pred = tf.tidy(() => tf.argMax(headProbs(head, f), 1));
    const p = await pred.data();
    pred.dispose();
    let right = 0;
    p.forEach((v, i) => { if (v === labels[i]) right++; });
    const accuracy = right / n;
    return { head, loss, accuracy, images: n };
  } finally {
    f.dispose();
  }
}

/** Each symbol's probability for one 28×28 image. */
export async function recogniseSymbol(features: FeatureFn, head: SymbolHead, img: Float32Array): Promise<number[]> {
  const probs = tf.tidy(() => headProbs(head, features(tf.tensor2d(img, [1, IMAGE_PIXELS]))));
  const p = Array.from(await probs.data());
  probs.dispose();
  return p;
}

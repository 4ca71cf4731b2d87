/**
 * rare-cases, part 1: the site's digit CNN on inputs it never saw. Each transform is a tensor op
 * on a batch [n, 28, 28, 1] of held-out digits in [0, 1]; the clutter one crops a 28×28 window
 * around the digit from demos/data/clutter.ts's 56×56 canvases (the digit among stroke fragments).
 * One read-back per transform: predictions and their confidences.
 */
import * as tf from '@tensorflow/tfjs';
import type { LogitsFn } from '../adversarial/fgsm';
import { clutteredBatch, CLUTTER_SIZE } from '../data/clutter';
import { IMAGE_PIXELS, IMAGE_SIZE, type MnistSet } from '../data/mnist';
import { throwIfAborted, untilAborted, yieldToBrowser } from '../runtime/loop';

export const TRANSFORMS = ['clean', 'invert', 'thick', 'thin', 'rot90', 'rot180', 'clutter'] as const;
export type Transform = (typeof TRANSFORMS)[number];

/** Clutter canvases cropped to the digit's 28×28 neighbourhood (plain arrays, then one upload). */
export function clutterCrops(test: MnistSet, start: number, n: number, seed: number): Float32Array {
  const order = Uint32Array.from({ length: n }, (_, i) => start + i);
  const set = clutteredBatch(test, order, 0, n, seed);
  const out = new Float32Array(n * IMAGE_PIXELS);
  const S = CLUTTER_SIZE;
  for (let i = 0; i < n; i++) {
    const b = set.boxes[i];
    const cx = Math.round((b[0] + b[2]) / 2), cy = Math.round((b[1] + b[3]) / 2);
    const x0 = Math.min(S - IMAGE_SIZE, Math.max(0, cx - 14)), y0 = Math.min(S - IMAGE_SIZE, Math.max(0, cy - 14));
    for (let r = 0; r < IMAGE_SIZE; r++)
      for (let c = 0; c < IMAGE_SIZE; c++) out[i * IMAGE_PIXELS + r * IMAGE_SIZE + c] = set.images[i * S * S + (y0 + r) * S + x0 + c];
  }
  return out;
}

/** The transformed batch (a new tensor; the caller disposes it). */
export function transformBatch(x: tf.Tensor4D, t: Transform, clutter?: tf.Tensor4D): tf.Tensor4D {
  return tf.tidy(() => {
    switch (t) {
      case 'clean': return x.clone();
      case 'invert': return tf.sub(1, x) as tf.Tensor4D;
      // morphological dilation and erosion with max-pooling: strokes grow or shrink by a pixel
      case 'thick': return tf.maxPool(x, 3, 1, 'same');
      case 'thin': return tf.neg(tf.maxPool(tf.neg(x) as tf.Tensor4D, 2, 1, 'same')) as tf.Tensor4D;
      case 'rot90': return x.transpose([0, 2, 1, 3]).reverse(2) as tf.Tensor4D;
      case 'rot180': return x.reverse([1, 2]) as tf.Tensor4D;
      case 'clutter': return (clutter ?? x).clone();
    }
  });
}

export interface TransformResult {
  transform: Transform;
  acc: number;
  conf: number;
  /** share of digits with confidence > 0.9 that are wrong */
  confidentWrong: number;
  /** the first few images (28×28 floats), predictions and confidences, for the gallery */
  examples: { image: Float32Array; pred: number; conf: number; label: number }[];
}

export const RARE_DEFAULTS = { digits: 500, examples: 4 };
export const RARE_QUICK = { digits: 200, examples: 4 };

export async function evaluateTransforms(
  logits: LogitsFn, test: MnistSet, o: { digits: number; examples: number; seed: number },
  hooks: { signal?: AbortSignal; onResult?: (r: TransformResult) => void } = {},
): Promise<TransformResult[]> {
  const n = Math.min(o.digits, test.count);
  const pixels = new Float32Array(n * IMAGE_PIXELS);
  for (let i = 0; i < pixels.length; i++) pixels[i] = test.images[i] / 255;
  const labels = test.labels.subarray(0, n);
  const x = tf.tensor4d(pixels, [n, IMAGE_SIZE, IMAGE_SIZE, 1]);
  const clutter = tf.tensor4d(clutterCrops(test, 0, n, o.seed), [n, IMAGE_SIZE, IMAGE_SIZE, 1]);
  const out: TransformResult[] = [];
  try {
    for (const t of TRANSFORMS) {
      throwIfAborted(hooks.signal);
      const xt = transformBatch(x, t, clutter);
      const probs = tf.tidy(() => tf.softmax(logits(xt)));
      const k = Math.min(o.examples, n);
      const ex = xt.slice([0, 0, 0, 0], [k, IMAGE_SIZE, IMAGE_SIZE, 1]);
      try {
        const read = (p: Promise<unknown>) => (hooks.signal ? untilAborted(p, hooks.signal) : p);
        const [pv, ev] = (await read(Promise.all([probs.data(), ex.data()]))) as [Float32Array, Float32Array];
        let hit = 0, confSum = 0, cw = 0;
        const examples: TransformResult['examples'] = [];
        for (let i = 0; i < n; i++) {
          let best = 0;
          for (let c = 1; c < 10; c++) if (pv[i * 10 + c] > pv[i * 10 + best]) best = c;
          const conf = pv[i * 10 + best];
          const ok = best === labels[i];
          hit += +ok;
          confSum += conf;
          cw += +(!ok && conf > 0.9);
          if (i < k) examples.push({ image: ev.slice(i * IMAGE_PIXELS, (i + 1) * IMAGE_PIXELS), pred: best, conf, label: labels[i] });
        }
        const r = { transform: t, acc: hit / n, conf: confSum / n, confidentWrong: cw / n, examples };
        out.push(r);
        hooks.onResult?.(r);
      } finally {
        tf.dispose([xt, probs, ex]);
      }
      await yieldToBrowser(hooks.signal);
    }
    return out;
  } finally {
    tf.dispose([x, clutter]);
  }
}

/**
 * The autoencoder defence (MagNet's reformer, Meng & Chen, CCS 2017): the classifier sees AE(x),
 * never x. Measured on a fixed set of held-out digits, batch by batch so every row grows together:
 *   clean           the classifier alone, and behind the AE
 *   unaware         PGD (and FGSM) computed on the classifier alone, then fed through the AE
 *   adaptive        PGD computed on AE ∘ classifier, the whole defended model, white-box
 *                   (how Carlini & Wagner 2017 got past MagNet)
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_PIXELS } from '../data/mnist';
import { defended, hits, pgdWith, plainGrad, readExample, type Example } from './defence';
import type { ImageFn } from './defenceModels';
import type { LogitsFn } from './fgsm';

export const AE_EPS = 0.2;
export const AE_STEPS = 10;

/** the rows of the table, in order; `unaware` and `adaptive` are the headline's two */
export const AE_ROWS = ['clean', 'cleanAe', 'fgsm', 'fgsmAe', 'pgd', 'unaware', 'adaptive'] as const;
export type AeRow = (typeof AE_ROWS)[number];

export interface AeProgress {
  done: number;
  total: number;
  /** accuracy so far on each row */
  acc: Record<AeRow, number>;
  /** the first digit: x, unaware x̃, AE(x̃), adaptive x̃, AE(adaptive x̃) — set after the first batch */
  example?: Example;
}

export interface AeOptions {
  eps?: number;
  steps?: number;
  batch?: number;
  signal?: AbortSignal;
  onProgress?: (p: AeProgress) => void;
  yieldFn?: () => Promise<void>;
}

/** One batch's correct counts for every row (summed on the device, one tensor), and the example images. */
export function aeBatch(cnn: LogitsFn, ae: ImageFn, x: tf.Tensor4D, y: tf.Tensor1D, eps: number, steps: number, withExample = false) {
  return tf.tidy(() => {
    const def = defended(ae, cnn);
    const fgsmAdv = pgdWith(plainGrad(cnn, y), x, eps, 1, eps);
    const pgdAdv = pgdWith(plainGrad(cnn, y), x, eps, steps);
    const adaAdv = pgdWith(plainGrad(def, y), x, eps, steps);
    const counts = tf.stack([
      hits(cnn, x, y), hits(def, x, y), hits(cnn, fgsmAdv, y), hits(def, fgsmAdv, y),
      hits(cnn, pgdAdv, y), hits(def, pgdAdv, y), hits(def, adaAdv, y),
    ]);
    const first = (t: tf.Tensor) => t.slice([0, 0, 0, 0], [1, 28, 28, 1]);
    const ex = withExample
      ? [first(x), first(pgdAdv), ae(first(pgdAdv)), first(adaAdv), ae(first(adaAdv))]
      : [];
    return { counts, ex };
  });
}

export async function evaluateAeDefence(cnn: LogitsFn, ae: ImageFn, images: Float32Array, labels: Uint8Array, opts: AeOptions = {}) {
  const eps = opts.eps ?? AE_EPS;
  const steps = opts.steps ?? AE_STEPS;
  const batch = opts.batch ?? 25;
  const n = labels.length;
  const correct = new Array(AE_ROWS.length).fill(0);
  let example: Example | undefined;
  const acc = (done: number) => Object.fromEntries(AE_ROWS.map((r, i) => [r, done ? correct[i] / done : 0])) as Record<AeRow, number>;
  for (let start = 0; start < n; start += batch) {
    if (opts.signal?.aborted) throw Object.assign(new Error('stopped'), { name: 'AbortError' });
    const size = Math.min(batch, n - start);
    const x = tf.tensor4d(images.subarray(start * IMAGE_PIXELS, (start + size) * IMAGE_PIXELS), [size, 28, 28, 1]);
    const y = tf.tensor1d(labels.subarray(start, start + size), 'int32');
    const { counts, ex } = aeBatch(cnn, ae, x, y, eps, steps, start === 0);
    tf.dispose([x, y]);
    const c = await counts.data();
    counts.dispose();
    if (ex.length) {
      // what the CNN predicts on each shown image: itself on x and x̃, and on the AE's output
      example = await readExample(cnn, ex);
    }
    c.forEach((k, i) => { correct[i] += k; });
    opts.onProgress?.({ done: start + size, total: n, acc: acc(start + size), example });
    await opts.yieldFn?.();
  }
  return { acc: acc(n), example };
}

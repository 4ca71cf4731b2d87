/**
 * Projected gradient descent in the L∞ ε-ball (Madry, Makelov, Schmidt, Tsipras & Vladu, ICLR 2018).
 *
 * The attacker solves max_{‖δ‖∞ ≤ ε} L(θ, x + δ, y) by ascent: start at a random point of the ball,
 * take k signed-gradient steps of size α, and after each step project back onto the ball (and onto
 * valid pixels [0, 1]). FGSM is the special case k = 1, α = ε, no random start.
 *
 * The same functions serve the page, the bench, the unit tests and the adversarial-training script
 * (scripts/train/adversarial-pgd.ts), so what is trained against is what the page attacks with.
 */
import * as tf from '@tensorflow/tfjs';
import { inputGradient, projectBox, type LogitsFn } from './fgsm';

export interface PgdOptions {
  eps: number;
  /** number of gradient steps k */
  steps: number;
  /** step size α (default 2.5·ε/k, Madry et al.'s rule of thumb) */
  alpha?: number;
  /** random start inside the ball (Madry et al.); false starts at x itself */
  randomStart?: boolean;
  seed?: number;
}

/** One ascent step: Π_{B∞(x,ε) ∩ [0,1]}(x̃ + α·sign(g)). Pure; the caller owns the inputs. */
export function pgdStep(adv: tf.Tensor, x: tf.Tensor, grad: tf.Tensor, alpha: number, eps: number): tf.Tensor {
  return tf.tidy(() => projectBox(tf.add(adv, tf.mul(alpha, tf.sign(grad))), x, eps));
}

/** x + U(−ε, ε) per pixel, clipped to [0, 1]: the random start. */
export function randomStart(x: tf.Tensor, eps: number, seed = 0): tf.Tensor {
  return tf.tidy(() => tf.clipByValue(tf.add(x, tf.randomUniform(x.shape, -eps, eps, 'float32', seed)), 0, 1));
}

/**
 * The PGD attack on a batch: returns x̃ with ‖x̃ − x‖∞ ≤ ε and x̃ ∈ [0, 1]. One tidy per step,
 * nothing read back. With eps = 0 it returns a copy of x.
 */
export function pgd(logits: LogitsFn, x: tf.Tensor, labels: tf.Tensor1D, opts: PgdOptions): tf.Tensor {
  const { eps, steps } = opts;
  if (eps <= 0 || steps <= 0) return x.clone();
  const alpha = opts.alpha ?? (2.5 * eps) / steps;
  let adv = opts.randomStart === false ? x.clone() : randomStart(x, eps, opts.seed ?? 0);
  for (let s = 0; s < steps; s++) {
    const next = tf.tidy(() => pgdStep(adv, x, inputGradient(logits, adv, labels), alpha, eps));
    adv.dispose();
    adv = next;
  }
  return adv;
}

/** How many of the batch `logits` classifies correctly, as a scalar left on the device. */
export function correctCount(logits: LogitsFn, x: tf.Tensor, labels: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => tf.equal(logits(x).argMax(1), labels.toInt()).sum() as tf.Scalar);
}

/**
 * Robust accuracy of a model under PGD at each ε over a set of digits, batched; counts stay on the
 * device and are read once per batch. `onProgress` gets the running accuracies after each batch.
 */
export async function robustAccuracy(
  logits: LogitsFn, images: Float32Array, labels: Uint8Array, eps: readonly number[],
  opts: { steps: number; batch?: number; seed?: number; signal?: AbortSignal; onProgress?: (acc: number[], done: number) => void; yieldFn?: () => Promise<void> },
): Promise<number[]> {
  const n = labels.length;
  const batch = opts.batch ?? 100;
  const correct = new Array(eps.length).fill(0);
  for (let start = 0; start < n; start += batch) {
    if (opts.signal?.aborted) throw Object.assign(new Error('stopped'), { name: 'AbortError' });
    const size = Math.min(batch, n - start);
    const x = tf.tensor4d(images.subarray(start * 784, (start + size) * 784), [size, 28, 28, 1]);
    const y = tf.tensor1d(labels.subarray(start, start + size), 'int32');
    const counts: tf.Scalar[] = [];
    let c: Float32Array | Int32Array | Uint8Array;
    try {
      for (const e of eps) {
        const adv = pgd(logits, x, y, { eps: e, steps: opts.steps, seed: (opts.seed ?? 0) + start });
        counts.push(correctCount(logits, adv, y));
        adv.dispose();
        await opts.yieldFn?.(); // may throw when stopped: the finally frees this batch
      }
      const stacked = tf.stack(counts);
      c = await stacked.data();
      stacked.dispose();
    } finally {
      tf.dispose([...counts, x, y]);
    }
    eps.forEach((_, i) => { correct[i] += c[i]; });
    opts.onProgress?.(correct.map((k) => k / (start + size)), start + size);
  }
  return correct.map((k) => k / n);
}

/** The ε grid of the PGD demo, the headline ε (Madry et al.'s MNIST setting) and the run order. */
export const PGD_EPS = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3] as const;
export const PGD_HEADLINE_EPS = 0.3;
/** clean first (the first result), the headline next, then the curve in between */
export const PGD_EVAL_ORDER = [0, 0.3, 0.1, 0.2, 0.05, 0.15, 0.25] as const;

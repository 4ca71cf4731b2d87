/**
 * Adversarial examples by the Fast Gradient Sign Method (Goodfellow, Shlens & Szegedy, ICLR 2015)
 * and its iterative targeted form (Kurakin, Goodfellow & Bengio, 2017).
 *
 * Linearise the loss around x: L(x̃) ≈ L(x) + (x̃ − x)ᵀ g with g = ∇ₓL(θ, x, y). Maximising this
 * over the box ‖x̃ − x‖∞ ≤ ε is separable per pixel, so each pixel moves by ε in the direction of
 * its gradient's sign: x̃ = x + ε·sign(g). Pixels are then clipped back into [0, 1].
 *
 * Models are plain functions from images to logits (pre-softmax scores), so the same code
 * attacks a CNN in the browser and a hand-written linear model in the unit tests.
 */
import * as tf from '@tensorflow/tfjs';

export type LogitsFn = (x: tf.Tensor) => tf.Tensor2D;

/** ∇ₓ of the mean softmax cross-entropy between logits(x) and the labels, one row per image. */
export function inputGradient(logits: LogitsFn, x: tf.Tensor, labels: tf.Tensor1D): tf.Tensor {
  return tf.tidy(() => {
    // SUM, not mean: each image's gradient is then independent of how many share the batch.
    const lossOf = (xi: tf.Tensor) => {
      const z = logits(xi);
      return tf.losses.softmaxCrossEntropy(tf.oneHot(labels.toInt(), z.shape[1]), z, undefined, undefined, tf.Reduction.SUM);
    };
    return tf.grad(lossOf)(x);
  });
}

/** x̃ = clip(x + ε·sign(∇ₓL(θ, x, y)), 0, 1). */
export function fgsm(logits: LogitsFn, x: tf.Tensor, labels: tf.Tensor1D, eps: number): { adv: tf.Tensor; perturbation: tf.Tensor } {
  return tf.tidy(() => {
    const g = inputGradient(logits, x, labels);
    const adv = tf.clipByValue(tf.add(x, tf.mul(eps, tf.sign(g))), 0, 1);
    return { adv, perturbation: tf.sub(adv, x) };
  });
}

/** Projects x̃ onto the ε-box around x intersected with valid pixels [0, 1]. */
export function projectBox(adv: tf.Tensor, x: tf.Tensor, eps: number): tf.Tensor {
  return tf.tidy(() => tf.clipByValue(tf.minimum(tf.maximum(adv, tf.sub(x, eps)), tf.add(x, eps)), 0, 1));
}

/**
 * Targeted iterative FGSM (Kurakin et al. 2017, "basic iterative method" toward a chosen class):
 * x̃ ← Π_ε(x̃ − α·sign(∇ₓL(θ, x̃, t))), i.e. descend the loss of the target class t, `steps` times,
 * projecting back into the ε-box each time. One tidy per step; nothing is read back to the CPU.
 */
export function targetedIterative(
  logits: LogitsFn, x: tf.Tensor, target: tf.Tensor1D, eps: number, steps = 10, alpha = eps / 4,
): { adv: tf.Tensor; perturbation: tf.Tensor } {
  let adv = x.clone();
  for (let s = 0; s < steps; s++) {
    const next = tf.tidy(() => {
      const g = inputGradient(logits, adv, target);
      return projectBox(tf.sub(adv, tf.mul(alpha, tf.sign(g))), x, eps);
    });
    adv.dispose();
    adv = next;
  }
  return { adv, perturbation: tf.tidy(() => tf.sub(adv, x)) };
}

/** The ε values of the accuracy-vs-ε sweep (≥ 8 points, including 0 and Goodfellow's 0.25). */
export const SWEEP_EPS = [0, 0.02, 0.05, 0.08, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5] as const;

export interface SweepProgress {
  done: number;
  total: number;
  /** running accuracy at each ε over the digits done so far, under FGSM */
  accuracy: number[];
  /** the same under random ±ε noise of the same size (the control) */
  randomAccuracy: number[];
}

export interface SweepResult {
  accuracy: number[];
  randomAccuracy: number[];
}

/**
 * Accuracy of `logits` at every ε under FGSM, and — as a control — under random sign noise of
 * the same L∞ size, over a set of images. The gradient at x does not depend on ε, so each batch
 * costs one backward pass plus two forward passes per ε. Correct counts stay on the device and
 * are read once per batch (a chunk of work), not per image. The random signs are seeded.
 */
export async function accuracySweep(
  logits: LogitsFn,
  images: Float32Array,
  labels: Uint8Array,
  opts: { eps?: readonly number[]; batch?: number; seed?: number; signal?: AbortSignal; onProgress?: (p: SweepProgress) => void; yieldFn?: () => Promise<void> } = {},
): Promise<SweepResult> {
  const eps = opts.eps ?? SWEEP_EPS;
  const batch = opts.batch ?? 100;
  const seed = opts.seed ?? 0;
  const n = labels.length;
  const correct = new Array(eps.length).fill(0);
  const correctRandom = new Array(eps.length).fill(0);
  for (let start = 0; start < n; start += batch) {
    if (opts.signal?.aborted) throw Object.assign(new Error('stopped'), { name: 'AbortError' });
    const size = Math.min(batch, n - start);
    const counts = tf.tidy(() => {
      const x = tf.tensor4d(images.subarray(start * 784, (start + size) * 784), [size, 28, 28, 1]);
      const y = tf.tensor1d(labels.subarray(start, start + size), 'int32');
      const s = tf.sign(inputGradient(logits, x, y));
      const r = tf.sign(tf.sub(tf.randomUniform(x.shape, 0, 1, 'float32', seed + start), 0.5));
      const hits = (noise: tf.Tensor, e: number) =>
        tf.equal(logits(e === 0 ? x : tf.clipByValue(tf.add(x, tf.mul(e, noise)), 0, 1)).argMax(1), y).sum();
      return tf.stack([...eps.map((e) => hits(s, e)), ...eps.map((e) => hits(r, e))]);
    });
    const c = await counts.data();
    counts.dispose();
    eps.forEach((_, i) => {
      correct[i] += c[i];
      correctRandom[i] += c[eps.length + i];
    });
    const done = start + size;
    opts.onProgress?.({ done, total: n, accuracy: correct.map((k) => k / done), randomAccuracy: correctRandom.map((k) => k / done) });
    await opts.yieldFn?.();
  }
  return { accuracy: correct.map((k) => k / n), randomAccuracy: correctRandom.map((k) => k / n) };
}

/** Top-k classes and probabilities from one row of logits (for display). */
export function topK(probs: ArrayLike<number>, k = 3): { cls: number; p: number }[] {
  return Array.from(probs, (p, cls) => ({ cls, p })).sort((a, b) => b.p - a.p).slice(0, k);
}

export interface AttackRequest {
  /** one 28×28 image, pixels in [0, 1] */
  x: Float32Array;
  /** the true label, or null (a drawing): then the model's own clean answer is attacked */
  label: number | null;
  eps: number;
  mode: 'untargeted' | 'targeted';
  target: number;
  /** iterative steps of the targeted attack */
  steps?: number;
}

export interface AttackResult {
  label: number;
  clean: Float32Array;
  adv: Float32Array;
  perturbation: Float32Array;
  after: Float32Array;
}

/**
 * One attack as the playground runs it: clean softmax, FGSM (or the targeted iterative attack),
 * the adversarial softmax, all read back. The playground and its bench workload call this, so
 * the benchmark measures what the page does. Leaves no tensors behind.
 */
export async function attackOne(logits: LogitsFn, req: AttackRequest): Promise<AttackResult> {
  const xt = tf.tensor4d(req.x, [1, 28, 28, 1]);
  try {
    const clean = tf.tidy(() => tf.softmax(logits(xt)));
    const cleanP = (await clean.data()) as Float32Array;
    clean.dispose();
    const label = req.label ?? topK(cleanP, 1)[0].cls;
    const out = tf.tidy(() => {
      const r = req.mode === 'targeted'
        ? targetedIterative(logits, xt, tf.tensor1d([req.target], 'int32'), req.eps, req.steps ?? 10)
        : fgsm(logits, xt, tf.tensor1d([label], 'int32'), req.eps);
      return [r.adv, r.perturbation, tf.softmax(logits(r.adv))];
    });
    const [adv, perturbation, after] = (await Promise.all(out.map((t) => t.data()))) as Float32Array[];
    tf.dispose(out);
    return { label, clean: cleanP, adv, perturbation, after };
  } finally {
    xt.dispose();
  }
}

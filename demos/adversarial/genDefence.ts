/**
 * The generator defence (Defense-GAN, Samangouei, Kabkab & Chellappa, ICLR 2018): the classifier
 * sees G(z*) with z* = argmin_z ‖G(z) − x‖², found by gradient descent (Adam) on z from R random
 * starts z ~ N(0, I), keeping the start with the smallest error. Measured on a fixed digit set:
 *   clean      the classifier alone, and on G(z*(x))
 *   unaware    PGD computed on the classifier alone, then projected
 *   adaptive   BPDA (Athalye et al., ICML 2018): PGD whose every step runs the real projection
 *              forward and replaces its backward pass by an approximation — the generator's
 *              tangent J·Jᵀ at z* (default), or the identity (weaker here; kept for comparison)
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_PIXELS } from '../data/mnist';
import { bpdaGrad, hits, pgdWith, plainGrad, readExample, type Example } from './defence';
import type { ImageFn } from './defenceModels';
import type { LogitsFn } from './fgsm';

export const GEN_EPS = 0.3;
export const GEN_ATTACK_STEPS = 10;

export interface ProjectOptions {
  /** R: random starting points */
  restarts: number;
  /** L: gradient steps on z from each */
  steps: number;
  lr: number;
  latent: number;
  seed: number;
}

export const PROJECT: Omit<ProjectOptions, 'latent'> = { restarts: 3, steps: 25, lr: 0.1, seed: 1 };

/**
 * z* and G(z*) for a batch x [n, 28, 28, 1]. All R·n searches run as one batch; the best start
 * per image is picked with a one-hot mask (no gather, so no missing gradient kernel). Not
 * differentiated through: its gradient is what BPDA replaces. Returns tensors the caller owns.
 */
export function project(gen: ImageFn, x: tf.Tensor, o: ProjectOptions): { z: tf.Tensor2D; xhat: tf.Tensor4D; err: tf.Tensor1D } {
  const n = x.shape[0];
  const R = o.restarts;
  const target = tf.tidy(() => tf.tile(x.reshape([1, n, IMAGE_PIXELS]), [R, 1, 1]).reshape([R * n, IMAGE_PIXELS]));
  const sq = (z: tf.Tensor) => tf.sum(tf.square(tf.sub(gen(z).reshape([R * n, IMAGE_PIXELS]), target)), 1);
  let z = tf.randomNormal([R * n, o.latent], 0, 1, 'float32', o.seed) as tf.Tensor2D;
  let m: tf.Tensor2D = tf.zerosLike(z);
  let v: tf.Tensor2D = tf.zerosLike(z);
  const [b1, b2] = [0.9, 0.999];
  for (let t = 1; t <= o.steps; t++) {
    const next = tf.tidy(() => {
      // each image's own error: summing over the batch gives each row its own gradient
      const g = tf.grad((zz: tf.Tensor) => tf.sum(sq(zz)))(z);
      const m1 = tf.add(tf.mul(b1, m), tf.mul(1 - b1, g));
      const v1 = tf.add(tf.mul(b2, v), tf.mul(1 - b2, tf.square(g)));
      const step = tf.div(tf.div(m1, 1 - b1 ** t), tf.add(tf.sqrt(tf.div(v1, 1 - b2 ** t)), 1e-8));
      return [tf.sub(z, tf.mul(o.lr, step)), m1, v1] as tf.Tensor[];
    });
    tf.dispose([z, m, v]);
    z = next[0] as tf.Tensor2D;
    m = next[1] as tf.Tensor2D;
    v = next[2] as tf.Tensor2D;
  }
  tf.dispose([m, v]);
  const out = tf.tidy(() => {
    const err = sq(z).reshape([R, n]);
    const mask = tf.oneHot(tf.argMin(err, 0), R).transpose().reshape([R, n, 1]);
    const pick = (t: tf.Tensor, d: number) => tf.sum(tf.mul(t.reshape([R, n, d]), mask), 0);
    return {
      z: pick(z, o.latent) as tf.Tensor2D,
      xhat: pick(gen(z), IMAGE_PIXELS).reshape([n, 28, 28, 1]) as tf.Tensor4D,
      err: tf.min(err, 0) as tf.Tensor1D,
    };
  });
  tf.dispose([z, target]);
  return out;
}

/**
 * BPDA with a better backward pass: the projection x ↦ G(z*(x)) moves, to first order, only along
 * the generator's surface, so its Jacobian is approximated by J·Jᵀ with J = ∂G/∂z at z* (the
 * projection onto the tangent space when J's columns are orthonormal). The attacker's direction is
 * then J·Jᵀ·∇L = J·∇_z L(f(G(z)))|z*: the classifier's gradient pulled back to z and pushed forward
 * to pixels. J·v is a finite difference along v (one more pass through G, no Jacobian is formed).
 */
export function tangentGrad(gen: ImageFn, projectFn: (x: tf.Tensor) => { z: tf.Tensor2D; xhat: tf.Tensor4D; err: tf.Tensor1D }, logits: LogitsFn, y: tf.Tensor1D): (x: tf.Tensor) => tf.Tensor {
  return (x) => tf.tidy(() => {
    const { z } = projectFn(x);
    const lossOf = (zz: tf.Tensor) => tf.losses.softmaxCrossEntropy(tf.oneHot(y.toInt(), 10), logits(gen(zz)), undefined, undefined, tf.Reduction.SUM);
    const v = tf.grad(lossOf)(z);
    // a small step along each row's unit direction; the scale of the result does not matter to sign()
    const unit = tf.div(v, tf.add(tf.norm(v, 2, 1, true), 1e-12));
    return tf.sub(gen(tf.add(z, tf.mul(1e-2, unit))), gen(z));
  });
}

export const GEN_ROWS = ['clean', 'cleanGen', 'pgd', 'unaware', 'adaptive'] as const;
export type GenRow = (typeof GEN_ROWS)[number];

export interface GenProgress {
  done: number;
  total: number;
  acc: Record<GenRow, number>;
  /** milliseconds to project one digit (R starts × L steps), measured on the clean batches */
  msPerImage: number;
  /** the first digit: x, G(z*(x)), unaware x̃, G(z*(x̃)), adaptive x̃, G(z*(adaptive x̃)) */
  example?: Example;
}

export interface GenOptions {
  eps?: number;
  attackSteps?: number;
  project?: Partial<Omit<ProjectOptions, 'latent'>>;
  latent: number;
  batch?: number;
  seed?: number;
  signal?: AbortSignal;
  onProgress?: (p: GenProgress) => void;
  yieldFn?: () => Promise<void>;
  /** BPDA's backward pass through the projection: the generator's tangent J·Jᵀ (default) or the identity */
  backward?: 'tangent' | 'identity';
}

export async function evaluateGenDefence(cnn: LogitsFn, gen: ImageFn, images: Float32Array, labels: Uint8Array, opts: GenOptions) {
  const eps = opts.eps ?? GEN_EPS;
  const K = opts.attackSteps ?? GEN_ATTACK_STEPS;
  const batch = opts.batch ?? 25;
  const base: ProjectOptions = { ...PROJECT, ...opts.project, latent: opts.latent, seed: opts.seed ?? PROJECT.seed };
  const n = labels.length;
  const correct = new Array(GEN_ROWS.length).fill(0);
  let projMs = 0;
  let example: Example | undefined;
  const acc = (done: number) => Object.fromEntries(GEN_ROWS.map((r, i) => [r, done ? correct[i] / done : 0])) as Record<GenRow, number>;
  let call = 0;
  // the defence draws fresh random starts every time it runs (seeded, so a run is reproducible)
  const purify = (x: tf.Tensor) => { const p = project(gen, x, { ...base, seed: base.seed * 7919 + call++ }); tf.dispose([p.z, p.err]); return p.xhat; };
  for (let start = 0; start < n; start += batch) {
    if (opts.signal?.aborted) throw Object.assign(new Error('stopped'), { name: 'AbortError' });
    const size = Math.min(batch, n - start);
    const x = tf.tensor4d(images.subarray(start * IMAGE_PIXELS, (start + size) * IMAGE_PIXELS), [size, 28, 28, 1]);
    const y = tf.tensor1d(labels.subarray(start, start + size), 'int32');
    const t0 = performance.now();
    const clean = purify(x);
    await clean.data(); // the projection's cost, measured on its own
    projMs += performance.now() - t0;
    const unawareAdv = pgdWith(plainGrad(cnn, y), x, eps, K);
    const unawareHat = purify(unawareAdv);
    const adaptiveAdv = opts.backward === 'identity'
      ? pgdWith(bpdaGrad(purify, cnn, y), x, eps, K)
      : pgdWith(tangentGrad(gen, (t) => project(gen, t, { ...base, seed: base.seed * 7919 + call++ }), cnn, y), x, eps, K);
    const adaptiveHat = purify(adaptiveAdv);
    const counts = tf.tidy(() => tf.stack([hits(cnn, x, y), hits(cnn, clean, y), hits(cnn, unawareAdv, y), hits(cnn, unawareHat, y), hits(cnn, adaptiveHat, y)]));
    const c = await counts.data();
    if (start === 0) {
      const first = (t: tf.Tensor) => t.slice([0, 0, 0, 0], [1, 28, 28, 1]);
      example = await readExample(cnn, [x, clean, unawareAdv, unawareHat, adaptiveAdv, adaptiveHat].map(first));
    }
    tf.dispose([x, y, clean, unawareAdv, unawareHat, adaptiveAdv, adaptiveHat, counts]);
    c.forEach((k, i) => { correct[i] += k; });
    const done = start + size;
    opts.onProgress?.({ done, total: n, acc: acc(done), msPerImage: projMs / done, example });
    await opts.yieldFn?.();
  }
  return { acc: acc(n), msPerImage: projMs / n, example };
}

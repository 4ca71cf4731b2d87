/**
 * What both defence demos share: the untargeted PGD attack (Madry et al., ICLR 2018) written over
 * any gradient, so the same loop is the unaware attack (gradient of the bare classifier), the
 * adaptive attack through a differentiable defence (gradient of defence ∘ classifier), and BPDA
 * (Athalye, Carlini & Wagner, ICML 2018: the defence in the forward pass, identity in the backward).
 */
import * as tf from '@tensorflow/tfjs';
import { inputGradient, projectBox, type LogitsFn } from './fgsm';
import type { ImageFn } from './defenceModels';

/** a direction to ascend: ∇ₓ of the attacker's loss at x (one row per image) */
export type GradFn = (x: tf.Tensor) => tf.Tensor;

/**
 * Untargeted PGD in the L∞ ε-box: x̃ ← Π_ε(x̃ + α·sign(g(x̃))), `steps` times from x̃ = x.
 * One tidy per step; nothing is read back. `steps = 1, alpha = ε` is FGSM.
 */
export function pgdWith(grad: GradFn, x: tf.Tensor, eps: number, steps: number, alpha = (2.5 * eps) / steps): tf.Tensor {
  let adv = x.clone();
  for (let s = 0; s < steps; s++) {
    const next = tf.tidy(() => projectBox(tf.add(adv, tf.mul(alpha, tf.sign(grad(adv)))), x, eps));
    adv.dispose();
    adv = next;
  }
  return adv;
}

/** The classifier behind a purifier: logits(purify(x)). Differentiable end to end if both are. */
export function defended(purify: ImageFn, logits: LogitsFn): LogitsFn {
  return (x) => logits(purify(x));
}

/** The unaware attacker's gradient: the bare classifier's, as if no defence were there. */
export const plainGrad = (logits: LogitsFn, y: tf.Tensor1D): GradFn => (x) => inputGradient(logits, x, y);

/**
 * BPDA with the identity: forward through the (non-differentiable, randomised) purifier, then take
 * the classifier's gradient at the purified image and use it as the gradient at x, since
 * purify(x) ≈ x on the data the defence is built for.
 */
export const bpdaGrad = (purify: (x: tf.Tensor) => tf.Tensor, logits: LogitsFn, y: tf.Tensor1D): GradFn => (x) =>
  tf.tidy(() => inputGradient(logits, purify(x), y));

/** correct predictions of `logits` on x, as a scalar tensor (summed on the device) */
export const hits = (logits: LogitsFn, x: tf.Tensor, y: tf.Tensor1D) => tf.tidy(() => tf.equal(logits(x).argMax(1), y).sum());

/** per-class probabilities of one image, for display */
export const probsOf = (logits: LogitsFn, x: tf.Tensor) => tf.tidy(() => tf.softmax(logits(x)));

export interface Example {
  /** the images, 784 floats each, in the order the view draws them */
  images: Float32Array[];
  /** the classifier's predicted class for each image and its probability */
  preds: { cls: number; p: number }[];
}

/** Reads a set of [1, 28, 28, 1] images and the predictions on them; disposes them. */
export async function readExample(logits: LogitsFn, imgs: tf.Tensor[]): Promise<Example> {
  const probs = imgs.map((im) => probsOf(logits, im));
  const data = await Promise.all(imgs.map((t) => t.data()));
  const p = await Promise.all(probs.map((t) => t.data()));
  tf.dispose([...imgs, ...probs]);
  return {
    images: data.map((d) => Float32Array.from(d)),
    preds: p.map((row) => {
      let cls = 0;
      for (let c = 1; c < row.length; c++) if (row[c] > row[cls]) cls = c;
      return { cls, p: row[cls] };
    }),
  };
}

/**
 * The continual topic's building blocks: a plain ReLU perceptron whose weights are a flat list
 * [W1, b1, W2, b2, …] (so a frozen copy, an EWC anchor and a Fisher diagonal all have the same
 * shape), logits masked to the classes a scenario allows, the diagonal Fisher information from
 * per-example gradients, the EWC penalty and the distillation loss of LwF (Hinton et al. 2015).
 */
import * as tf from '@tensorflow/tfjs';

export type Weights = tf.Tensor[];

/** He-initialised weights for layer sizes like [784, 400, 400, 10], drawn from `seed`. */
export function createMlp(sizes: number[], seed: number): tf.Variable[] {
  const vars: tf.Variable[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const w = tf.randomNormal([sizes[l], sizes[l + 1]], 0, Math.sqrt(2 / sizes[l]), 'float32', seed + 7919 * l);
    const b = tf.zeros([sizes[l + 1]]);
    // a variable shares its initial tensor's data but not its handle: free the handle at once
    vars.push(tf.variable(w), tf.variable(b));
    tf.dispose([w, b]);
  }
  return vars;
}

/** Logits, and the hidden activations (each layer's input) the Fisher needs. */
function forwardAll(weights: Weights, x: tf.Tensor2D): { inputs: tf.Tensor2D[]; pre: tf.Tensor2D[]; logits: tf.Tensor2D } {
  const inputs: tf.Tensor2D[] = [];
  const pre: tf.Tensor2D[] = [];
  let h = x;
  for (let l = 0; l < weights.length; l += 2) {
    inputs.push(h);
    const z = h.matMul(weights[l] as tf.Tensor2D).add(weights[l + 1]) as tf.Tensor2D;
    pre.push(z);
    h = l + 2 < weights.length ? (z.relu() as tf.Tensor2D) : z;
  }
  return { inputs, pre, logits: h };
}

export const logitsOf = (weights: Weights, x: tf.Tensor2D): tf.Tensor2D => forwardAll(weights, x).logits;

/** A mask to add to logits: 0 where a class is allowed, −1e4 (probability ≈ 0) where it is not. */
export function maskRows(labels: ArrayLike<number>, allowed: (label: number) => readonly number[], classes = 10): tf.Tensor2D {
  const m = new Float32Array(labels.length * classes).fill(-1e4);
  for (let i = 0; i < labels.length; i++) for (const c of allowed(labels[i])) m[i * classes + c] = 0;
  return tf.tensor2d(m, [labels.length, classes]);
}

export function oneHotRows(labels: ArrayLike<number>, classes = 10): tf.Tensor2D {
  const m = new Float32Array(labels.length * classes);
  for (let i = 0; i < labels.length; i++) m[i * classes + labels[i]] = 1;
  return tf.tensor2d(m, [labels.length, classes]);
}

/** Cross-entropy over the allowed classes only (the others get probability ≈ 0). */
export function maskedCrossEntropy(y: tf.Tensor2D, logits: tf.Tensor2D, mask: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => y.mul(tf.logSoftmax(logits.add(mask))).sum().neg().div(y.shape[0]) as tf.Scalar);
}

/**
 * The diagonal of the Fisher information, F_i = E_x[(∂ log p(ŷ|x) / ∂θ_i)²], with ŷ the model's own
 * prediction, averaged over the rows of x. Per-example gradients of a dense layer are outer
 * products xₙᵀδₙ, so their squares sum to (x²)ᵀ(δ²): one batched pass, no loop over examples.
 */
export function fisherDiagonal(weights: Weights, x: tf.Tensor2D, mask: tf.Tensor2D): tf.Tensor[] {
  return tf.tidy(() => {
    const n = x.shape[0];
    const { inputs, pre, logits } = forwardAll(weights, x);
    const masked = logits.add(mask);
    const p = tf.softmax(masked);
    const yHat = tf.oneHot(masked.argMax(1), logits.shape[1]).toFloat();
    // δ = ∂(−log p(ŷ|x))/∂z at the output; its square is the same for +log p
    let delta = p.sub(yHat) as tf.Tensor2D;
    const out: tf.Tensor[] = new Array(weights.length);
    for (let l = weights.length - 2; l >= 0; l -= 2) {
      const k = l / 2;
      out[l] = inputs[k].square().transpose().matMul(delta.square()).div(n);
      out[l + 1] = delta.square().mean(0);
      if (l > 0) delta = delta.matMul((weights[l] as tf.Tensor2D).transpose()).mul(pre[k - 1].step(0)) as tf.Tensor2D;
    }
    return out;
  });
}

/** Σᵢ (λ/2) Fᵢ (θᵢ − θ*ᵢ)², the EWC penalty (Kirkpatrick et al. 2017, eq. 3). */
export function ewcPenalty(weights: Weights, anchor: Weights, fisher: Weights, lambda: number): tf.Scalar {
  return tf.tidy(() => {
    let s = tf.scalar(0);
    weights.forEach((w, i) => { s = s.add(fisher[i].mul(w.sub(anchor[i]).square()).sum()); });
    return s.mul(lambda / 2) as tf.Scalar;
  });
}

/**
 * Knowledge distillation (Hinton et al. 2015; LwF, Li & Hoiem 2016): T² · KL(p_old^T ‖ p_new^T) over the
 * classes the mask allows, averaged over rows. The T² keeps its gradient's scale independent of T.
 */
export function distillLoss(oldLogits: tf.Tensor2D, newLogits: tf.Tensor2D, mask: tf.Tensor2D, temperature: number): tf.Scalar {
  return tf.tidy(() => {
    const lo = tf.logSoftmax(oldLogits.div(temperature).add(mask));
    const ln = tf.logSoftmax(newLogits.div(temperature).add(mask));
    return lo.exp().mul(lo.sub(ln)).sum().div(oldLogits.shape[0]).mul(temperature * temperature) as tf.Scalar;
  });
}

/** Euclidean distance ‖θ − θ*‖ and the Fisher-weighted one √(Σ Fᵢ(θᵢ − θ*ᵢ)²). */
export function drift(weights: Weights, anchor: Weights, fisher: Weights): tf.Tensor1D {
  return tf.tidy(() => {
    let plain = tf.scalar(0), weighted = tf.scalar(0);
    weights.forEach((w, i) => {
      const d2 = w.sub(anchor[i]).square();
      plain = plain.add(d2.sum());
      weighted = weighted.add(d2.mul(fisher[i]).sum());
    });
    return tf.stack([plain.sqrt(), weighted.sqrt()]) as tf.Tensor1D;
  });
}

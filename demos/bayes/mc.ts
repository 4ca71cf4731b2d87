/**
 * MC dropout (Gal & Ghahramani 2016). A network trained with dropout, run with dropout still ON,
 * draws a different sub-network on every pass: pass t is a sample w_t ~ q(w) of an approximate
 * posterior, and T passes estimate the predictive distribution
 *   p(y* | x*, X, Y) = ∫ p(y* | x*, w) p(w | X, Y) dw ≈ (1/T) Σ_t p(y* | x*, w_t).
 *
 * The network here is a plain MLP held as tensors (ReLU hidden layers, dropout after each), so
 * the plain pass, the stochastic passes and their seeds are explicit and testable; a trained
 * layers model (Dense / Dropout) converts with `mlpOf`.
 */
import * as tf from '@tensorflow/tfjs';

export interface Mlp {
  /** dense layers; ReLU after all but the last, dropout after every hidden ReLU */
  layers: { kernel: tf.Tensor2D; bias: tf.Tensor1D }[];
}

/** The dense layers of a layers model, in order (shares its weights: no copies). */
export function mlpOf(model: tf.LayersModel): Mlp {
  return {
    layers: model.layers.filter((l) => l.getClassName() === 'Dense').map((l) => {
      const [kernel, bias] = l.getWeights() as [tf.Tensor2D, tf.Tensor1D];
      return { kernel, bias };
    }),
  };
}

/**
 * One forward pass to the last layer's raw output (logits or the regression value).
 * `rate` > 0 with a `seed` makes it a stochastic pass: every row of `x` gets its own masks, so
 * tiling an input T times gives T independent samples in one batched call. Without a seed it is
 * the plain (deterministic) pass: dropout off, as in ordinary inference.
 */
export function mlpForward(net: Mlp, x: tf.Tensor2D, rate = 0, seed?: number): tf.Tensor2D {
  return tf.tidy(() => {
    let h: tf.Tensor2D = x;
    net.layers.forEach((l, i) => {
      h = tf.add(tf.matMul(h, l.kernel), l.bias) as tf.Tensor2D;
      if (i < net.layers.length - 1) {
        h = tf.relu(h);
        // inverted dropout: kept units are scaled by 1/(1−p), so the plain pass needs no rescaling
        if (rate > 0 && seed !== undefined) h = tf.dropout(h, rate, undefined, seed + i) as tf.Tensor2D;
      }
    });
    return h;
  });
}

/** T stochastic passes of each row of x, in one batched call: [T, N, outputs]. */
export function mcPasses(net: Mlp, x: tf.Tensor2D, T: number, rate: number, seed: number): tf.Tensor3D {
  return tf.tidy(() => {
    const [n, d] = x.shape;
    const tiled = tf.reshape(tf.tile(tf.expandDims(x, 0), [T, 1, 1]), [T * n, d]) as tf.Tensor2D;
    const out = mlpForward(net, tiled, rate, seed);
    return tf.reshape(out, [T, n, out.shape[1]]) as tf.Tensor3D;
  });
}

/**
 * Regression: the MC predictive mean and variance of T samples [T, N] → [N] each,
 *   E[y*] ≈ (1/T) Σ_t ŷ_t,   Var[y*] ≈ (1/T) Σ_t ŷ_t² − E[y*]²
 * (the sample variance; the observation noise τ⁻¹ of the paper's formula is left out).
 */
export function predictiveMoments(samples: tf.Tensor2D): { mean: tf.Tensor1D; variance: tf.Tensor1D } {
  return tf.tidy(() => {
    const mean = tf.mean(samples, 0) as tf.Tensor1D;
    const variance = tf.relu(tf.sub(tf.mean(tf.square(samples), 0), tf.square(mean))) as tf.Tensor1D;
    return { mean, variance };
  });
}

/**
 * Classification: from T softmax samples [T, N, C], the MC mean p̄ [N, C], its entropy
 * H[p̄] = −Σ_c p̄_c ln p̄_c (predictive entropy, nats), the expected entropy E_t H[p_t]
 * (aleatoric part) and their difference, the mutual information (epistemic part, BALD).
 */
export function predictiveEntropy(probs: tf.Tensor3D) {
  return tf.tidy(() => {
    const entropyOf = (p: tf.Tensor) => tf.neg(tf.sum(tf.mul(p, tf.log(tf.add(p, 1e-12))), -1));
    const mean = tf.mean(probs, 0) as tf.Tensor2D;
    const entropy = entropyOf(mean) as tf.Tensor1D;
    const expected = tf.mean(entropyOf(probs), 0) as tf.Tensor1D;
    return { mean, entropy, expected, mutualInfo: tf.sub(entropy, expected) as tf.Tensor1D };
  });
}

/**
 * "Refer to a human when uncertain": sort by predictive entropy, refer the most uncertain
 * fraction f, and report accuracy on what is kept, for each f.
 */
export function referralCurve(entropy: ArrayLike<number>, correct: ArrayLike<number>, fractions: number[]) {
  const n = entropy.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => entropy[a] - entropy[b]);
  return fractions.map((f) => {
    const keep = Math.max(1, Math.round(n * (1 - f)));
    let ok = 0;
    for (let i = 0; i < keep; i++) ok += correct[order[i]];
    return { referred: f, accuracy: ok / keep, kept: keep };
  });
}

/**
 * Layer-wise relevance propagation (Bach et al. 2015) with the ε-rule, and the gradient maps it
 * is shown beside.
 *
 * Start from the class score, R^(L) = f_c(x) on unit c. Through a linear layer
 * z_j = Σ_i a_i w_ij + b_j the ε-rule hands relevance down as
 *   R_i = a_i Σ_j w_ij R_j / (z_j + ε·sign(z_j)),
 * which is a_i times the gradient of Σ_j z_j·s_j with s_j = R_j / (z_j + ε·sign z_j) held fixed:
 * one backward pass per layer, on any backend. ReLU passes relevance through; a max-pool gives it
 * all to the input that won. Summed over a layer,
 *   Σ_i R_i = Σ_j R_j · (z_j − b_j) / (z_j + ε·sign z_j),
 * so relevance is conserved exactly when there are no biases and ε → 0; the bias and ε terms are
 * what a layer absorbs. `explain` reports Σ R at every layer so the page can show it.
 */
import * as tf from '@tensorflow/tfjs';
import { topK } from '../adversarial/fgsm';
import { IMAGE_SIZE } from '../data/mnist';
import { throwIfAborted } from '../runtime/loop';
import { activations, linear, logitsFn, preActivation, type Op } from './ops';

/** sign with sign(0) = 1, so the stabiliser never vanishes */
const signNonZero = (z: tf.Tensor) => tf.sub(tf.mul(tf.cast(tf.greaterEqual(z, 0), 'float32'), 2), 1);

export interface Explanation {
  /** ε-LRP relevance of each input pixel, [H, W] */
  relevance: tf.Tensor2D;
  /** ∂f_c/∂x, [H, W] */
  gradient: tf.Tensor2D;
  /** x ⊙ ∂f_c/∂x, [H, W] */
  gradientTimesInput: tf.Tensor2D;
  /**
   * Σ R at the output and after each layer going down: [score, R at the input of op L−1, …,
   * R at the input of op 0 (the pixels)]. One small tensor so the page reads it in one go.
   */
  sums: tf.Tensor1D;
}

/**
 * Explains class c's score for one image x [1, H, W, 1]. Everything intermediate is released;
 * the caller owns (and disposes) the returned tensors.
 */
export function explain(ops: Op[], x: tf.Tensor4D, c: number, eps: number): Explanation {
  return tf.tidy(() => {
    const acts = activations(ops, x);
    const logits = acts[acts.length - 1] as tf.Tensor2D;
    const mask = tf.oneHot(tf.tensor1d([c], 'int32'), logits.shape[1]);
    let R: tf.Tensor = tf.mul(logits, mask);
    const sums: tf.Tensor[] = [tf.sum(R)];
    for (let l = ops.length - 1; l >= 0; l--) {
      const op = ops[l];
      const a = acts[l];
      let s: tf.Tensor;
      if (op.kind === 'pool') {
        s = R; // winner takes all: the gradient of max-pool routes each R_j to its arg-max
      } else {
        const z = preActivation(op, a);
        s = tf.div(R, tf.add(z, tf.mul(signNonZero(z), eps)));
      }
      const back = tf.grad((input: tf.Tensor) => tf.sum(tf.mul(linear(op, input), s)))(a);
      R = op.kind === 'pool' ? back : tf.mul(a, back);
      sums.push(tf.sum(R));
    }
    const scoreOf = (input: tf.Tensor) => tf.sum(tf.mul(activations(ops, input as tf.Tensor4D).at(-1) as tf.Tensor2D, mask));
    const g = tf.grad(scoreOf)(x);
    const [, h, w] = x.shape;
    return {
      relevance: tf.reshape(R, [h, w]) as tf.Tensor2D,
      gradient: tf.reshape(g, [h, w]) as tf.Tensor2D,
      gradientTimesInput: tf.reshape(tf.mul(g, x), [h, w]) as tf.Tensor2D,
      sums: tf.stack(sums) as tf.Tensor1D,
    };
  });
}

export function disposeExplanation(e: Explanation) {
  tf.dispose([e.relevance, e.gradient, e.gradientTimesInput, e.sums]);
}

/** Everything the LRP view shows for one image, read back. */
export interface LrpResult {
  probs: Float32Array;
  /** the class explained: the chosen one, or the predicted one */
  cls: number;
  relevance: Float32Array;
  gradient: Float32Array;
  gxi: Float32Array;
  /** Σ R from the score down to the pixels, as Explanation.sums */
  sums: Float32Array;
}

/**
 * One explanation as the LRP demo runs it: the softmax of a 28×28 image x, then `explain` for
 * class `chosen` (or the predicted class), all read back. The view and its bench workload call
 * this, so the benchmark measures what the page does. Leaves no tensors behind.
 */
export async function explainOne(ops: Op[], x: Float32Array, chosen: number | null, eps: number, signal?: AbortSignal): Promise<LrpResult> {
  const xt = tf.tensor4d(x, [1, IMAGE_SIZE, IMAGE_SIZE, 1]);
  try {
    const p = tf.tidy(() => tf.softmax(logitsFn(ops)(xt)));
    const probs = (await p.data()) as Float32Array;
    p.dispose();
    throwIfAborted(signal);
    const cls = chosen ?? topK(probs, 1)[0].cls;
    const e = explain(ops, xt, cls, eps);
    const [relevance, gradient, gxi, sums] = (await Promise.all([e.relevance.data(), e.gradient.data(), e.gradientTimesInput.data(), e.sums.data()])) as Float32Array[];
    disposeExplanation(e);
    return { probs, cls, relevance, gradient, gxi, sums };
  } finally {
    xt.dispose();
  }
}

/**
 * Matching networks, the formulas on plain tensors — cosine, attention a(x̂, x_i), ŷ = Σ a y and
 * the stable log ŷ — and the judging of any similarity between pool digits on fixed episodes
 * (1-nearest-neighbour, or the matching network's softmax). See demos/fewshot/matching.ts.
 */
import * as tf from '@tensorflow/tfjs';
import type { Episode } from './matching-episodes';

// ---------------------------------------------------------------------------------------------
// The formulas, on plain tensors (unit-tested against hand-computed numbers)

/** Rows scaled to unit length (a zero row stays zero). */
export function l2normalize(x: tf.Tensor): tf.Tensor {
  return tf.tidy(() => tf.div(x, tf.add(tf.norm(x, 'euclidean', -1, true), 1e-12)));
}

/**
 * c(f(x̂), g(x_i)): cosine similarities of every query embedding with every support embedding.
 * f [q, D] and g [s, D] → [q, s]; or batched, f [B, q, D] and g [B, s, D] → [B, q, s].
 */
export function cosine(f: tf.Tensor, g: tf.Tensor): tf.Tensor {
  return tf.tidy(() => tf.matMul(l2normalize(f), l2normalize(g), false, true));
}

/** a(x̂, x_i) = softmax_i(scale · cos(f(x̂), g(x_i))): each query's row sums to 1. */
export function attention(f: tf.Tensor, g: tf.Tensor, scale: number | tf.Scalar = 1): tf.Tensor {
  return tf.tidy(() => tf.softmax(tf.mul(cosine(f, g), scale)));
}

/** ŷ = Σ_i a(x̂, x_i) y_i: attention [.., q, s] times one-hot support labels [.., s, N] → [.., q, N]. */
export function predict(a: tf.Tensor, ySupport: tf.Tensor): tf.Tensor {
  return tf.tidy(() => tf.matMul(a, ySupport));
}

/**
 * log ŷ without forming ŷ, for the loss: with the support in class-major order,
 * ŷ_c = Σ_{i∈c} e^{L_i} / Σ_i e^{L_i}, so log ŷ = logSoftmax_c(logSumExp_{i∈c} L_i), L = scale·cos.
 * Logits [.., q, N·k] → [.., q, N]. Equal to log(predict(softmax(L), Y)) (unit test), but stable.
 */
export function logYhatClassMajor(logits: tf.Tensor, way: number, shot: number): tf.Tensor {
  return tf.tidy(() => {
    const sh = logits.shape;
    const grouped = tf.reshape(logits, [...sh.slice(0, -1), way, shot]);
    return tf.logSoftmax(tf.logSumExp(grouped, -1));
  });
}

/** One-hot labels of a class-major support set: [N·k, N]. */
export function supportOneHot(way: number, shot: number): tf.Tensor2D {
  return tf.tidy(() => tf.oneHot(tf.tensor1d(Array.from({ length: way * shot }, (_, i) => Math.floor(i / shot)), 'int32'), way).toFloat() as tf.Tensor2D);
}

// ---------------------------------------------------------------------------------------------
// Judging on fixed test episodes: every method is a similarity between pool digits

/**
 * Accuracy on `eps` of a rule applied to a [P, P] similarity matrix between pool digits:
 * 'nn' = the query takes the label of its most similar support digit (1-nearest-neighbour);
 * a number s = matching network, ŷ = softmax(s·sim) · Y, prediction argmax ŷ. One read-back.
 */
export async function episodeAccuracy(sim: tf.Tensor2D, eps: readonly Episode[], rule: 'nn' | number): Promise<number> {
  if (!eps.length) return NaN;
  const { way, shot, queries } = eps[0];
  const P = sim.shape[0], ns = way * shot, nq = way * queries;
  const flat = new Int32Array(eps.length * nq * ns);
  let o = 0;
  for (const e of eps) for (let q = 0; q < nq; q++) for (let s = 0; s < ns; s++) flat[o++] = e.query[q] * P + e.support[s];
  const correct = tf.tidy(() => {
    const L = tf.reshape(tf.gather(tf.reshape(sim, [-1]), tf.tensor1d(flat, 'int32')), [eps.length, nq, ns]);
    const labels = tf.tensor1d(Array.from({ length: nq }, (_, i) => Math.floor(i / queries)), 'int32');
    const pred = rule === 'nn'
      ? tf.floorDiv(tf.argMax(L, -1), tf.scalar(shot, 'int32'))
      : tf.argMax(logYhatClassMajor(tf.mul(L, rule), way, shot), -1);
    return tf.sum(tf.cast(tf.equal(pred, labels), 'float32'));
  });
  const v = (await correct.data())[0];
  correct.dispose();
  return v / (eps.length * nq);
}

/** Cosine similarities between all rows of z [P, D]. */
export function cosineMatrix(z: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const n = l2normalize(z) as tf.Tensor2D;
    return tf.matMul(n, n, false, true);
  });
}

/** −‖x_a − x_b‖² between all rows (larger = closer), for raw-pixel nearest neighbour. */
export function negSqDistMatrix(x: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const sq = tf.sum(tf.square(x), 1, true);
    return tf.sub(tf.mul(tf.matMul(x, x, false, true), 2), tf.add(sq, tf.transpose(sq))) as tf.Tensor2D;
  });
}

/** Raw-pixel 1-NN (Euclidean distance) on the episodes; x = the pool's pixels [P, 784]. */
export async function pixelNNAccuracy(x: tf.Tensor2D, eps: readonly Episode[]): Promise<number> {
  const sim = negSqDistMatrix(x);
  try { return await episodeAccuracy(sim, eps, 'nn'); } finally { sim.dispose(); }
}

/** 1-NN by cosine on features(x): e.g. a pre-trained extractor's penultimate layer. */
export async function featureNNAccuracy(x: tf.Tensor2D, eps: readonly Episode[], features: (x: tf.Tensor2D) => tf.Tensor2D): Promise<number> {
  const sim = tf.tidy(() => cosineMatrix(features(x)));
  try { return await episodeAccuracy(sim, eps, 'nn'); } finally { sim.dispose(); }
}

/**
 * Matching networks (Vinyals et al., 2016) on MNIST, trained on some digits and tested on digits
 * it has never seen.
 *
 *   ŷ = Σ_{i=1}^{k} a(x̂, x_i) y_i,   a(x̂, x_i) = exp(c(f(x̂), g(x_i))) / Σ_j exp(c(f(x̂), g(x_j)))
 *
 * - c is the cosine similarity times a learned scale s (a temperature 1/s, stored as log s and
 *   initialised at s = 10). A bare cosine lies in [−1, 1], so its softmax over a handful of
 *   support points can never be sharp: with s = 1 the best-matching point of a 4-way 1-shot
 *   episode gets at most e/(e + 3e⁻¹) ≈ 71% of the attention. Learning s lets the network choose.
 * - f = g: one shared embedding, an MLP 784 → 256 → 64 (ReLU, then linear). The paper's
 *   "full context embeddings" (a bidirectional LSTM over the support set for g, an attention LSTM
 *   for f) are omitted: they are the paper's refinement, not the idea, and they cost far more.
 * - Episodic training, as in the paper: each step samples B episodes, each an N-way k-shot
 *   problem on N classes drawn from the TRAINING digits of classes 0–5, the episode's labels
 *   0..N−1 given to those classes in a random order (so no class owns a label), plus q query
 *   digits per class; the loss is the cross-entropy of log ŷ on the queries. The B episodes go
 *   through the network as one batch (one embedding matMul, one batched matMul for the cosines).
 * - Test: a fixed, seeded set of episodes on the UNSEEN classes 6–9 (so N ≤ 4), drawn from the
 *   held-out (test-split) digits. Baselines on exactly the same episodes: 1-nearest-neighbour on
 *   raw pixels (Euclidean distance) and 1-NN by cosine on any feature function (the page uses
 *   the pre-trained extractor of demos/fewshot/extractor.ts).
 *
 * Episodes are index lists into a pool of digits, always in class-major order: support point
 * c·k + j and query point c·q + j belong to episode class c. The network never sees positions
 * (the cosine and softmax treat the support as a set), so the fixed order only saves uploads.
 *
 * Measured (Node, WASM; 300 fixed 4-way 1-shot test episodes on all 784 held-out 6–9 digits):
 * raw-pixel 1-NN 56.3%, 1-NN on the digits04-cnn features 61.2%, matching network after the
 * default 1,000 steps (4,000 episodes) 64.3% / 66.7% / 67.4% for seeds 1234 / 1 / 2 (100–200 s
 * on a loaded 2-core machine). Quick workload of the page (100 episodes, 100 digits per class,
 * 784→128→64, 60 steps, no jitter): pixel 53.9%, matching 57–62% over seeds 1–5 and 1234, ~5 s
 * on WASM, ~20–37 s on the cpu backend. Without rotations and jitter, 4-way training overfits
 * digits 0–5 and falls back to pixel level (54–58%) after a few hundred steps.
 *
 * WASM note: nothing here differentiates through tf.gather (training batches are assembled on the
 * host); gather is used only at evaluation time, on constants.
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_PIXELS, type MnistSet } from '../data/mnist';
import { throwIfAborted } from '../runtime/loop';
import { mulberry32 } from '../runtime/rng';
import {
  FewShotInputError, makePool, pixels, poolTensor, sampleEpisode, sampleEpisodes, SEEN_CLASSES, UNSEEN_CLASSES,
  type Episode, type Pool,
} from './matching-episodes';
import { attention, cosine, cosineMatrix, episodeAccuracy, logYhatClassMajor, predict, supportOneHot } from './matching-formulas';
import { matMulFast } from './fast-matmul';

// the episodes and the formulas, for importers of this file
export * from './matching-episodes';
export * from './matching-formulas';

// ---------------------------------------------------------------------------------------------
// The network

export interface MatchingConfig {
  /** hidden widths of the embedding MLP after the 784 inputs; the last is the embedding size */
  sizes: number[];
  /**
   * N of the training episodes. Harder training episodes than the test's N ≤ 4 transfer better
   * (as Snell et al., 2017, found for prototypical networks). Measured here on WASM, 4-way 1-shot
   * tests: 4-way training plateaued at 54–60% (raw-pixel NN: 56%), 16-way training at ~65%.
   */
  trainWay: number;
  /** k: support digits per class (training and test episodes alike) */
  shot: number;
  /** query digits per class in each training episode */
  queries: number;
  /** episodes per training step (one batch) */
  batch: number;
  steps: number;
  lr: number;
  /** initial cosine scale s (learned) */
  scale: number;
  /** 1 = digits as they are; 4 = also their quarter turns, as new training classes */
  rotations: number;
  /** training digits shifted by up to ± this many pixels */
  jitter: number;
  seed: number;
}

export const MATCHING_DEFAULTS: MatchingConfig = {
  sizes: [256, 64], trainWay: 16, shot: 1, queries: 2, batch: 4, steps: 1000, lr: 1e-3, scale: 10, rotations: 4, jitter: 2, seed: 1,
};

export interface MatchingNet {
  /** [W1, b1, W2, b2, …] of the shared embedding f = g */
  weights: tf.Variable[];
  logScale: tf.Variable;
  dispose(): void;
}

/** Glorot-uniform kernels from a seeded generator, zero biases. */
export function createMatchingNet(sizes: readonly number[] = MATCHING_DEFAULTS.sizes, scale = MATCHING_DEFAULTS.scale, seed = 1): MatchingNet {
  const rand = mulberry32(seed);
  const dims = [IMAGE_PIXELS, ...sizes];
  const weights: tf.Variable[] = [];
  for (let l = 1; l < dims.length; l++) {
    const limit = Math.sqrt(6 / (dims[l - 1] + dims[l]));
    // tidy frees the initial tensors, which tf.variable would otherwise leave counted
    weights.push(tf.tidy(() => tf.variable(tf.tensor2d(Float32Array.from({ length: dims[l - 1] * dims[l] }, () => (2 * rand() - 1) * limit), [dims[l - 1], dims[l]]))));
    weights.push(tf.tidy(() => tf.variable(tf.zeros([dims[l]]))));
  }
  const logScale = tf.tidy(() => tf.variable(tf.scalar(Math.log(scale))));
  return { weights, logScale, dispose: () => tf.dispose([...weights, logScale]) };
}

export const numParamsOf = (net: MatchingNet) => net.weights.reduce((s, w) => s + w.size, 0) + 1;

/** The shared embedding f = g: x [n, 784] → [n, D] (ReLU between layers, linear output). */
export function embed(net: MatchingNet, x: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    let h: tf.Tensor2D = x;
    for (let l = 0; l < net.weights.length; l += 2) {
      // matMulFast: the same product, with a gradient that avoids WASM's slow transposed matMul
      h = tf.add(matMulFast(h, net.weights[l] as tf.Tensor2D), net.weights[l + 1]) as tf.Tensor2D;
      if (l + 2 < net.weights.length) h = tf.relu(h);
    }
    return h;
  });
}

/**
 * Host-assembled pixels of a batch of episodes: support [B·N·k, 784] and query [B·N·q, 784], each
 * digit turned as its episode class says and, with `jitter` > 0 and a generator, shifted by up to
 * ±jitter pixels at random (training only: a little invariance the unseen classes can use).
 */
export function episodeBatchPixels(pool: Pool, eps: readonly Episode[], jitter = 0, rand?: () => number) {
  const { way, shot, queries } = eps[0];
  const ns = way * shot, nq = way * queries;
  const xs = new Float32Array(eps.length * ns * IMAGE_PIXELS);
  const xq = new Float32Array(eps.length * nq * IMAGE_PIXELS);
  const shift = () => (jitter > 0 && rand ? Math.floor(rand() * (2 * jitter + 1)) - jitter : 0);
  eps.forEach((e, b) => {
    pixels(pool, e.support, xs, b * ns, (r) => ({ turns: e.turns[Math.floor(r / shot)], dy: shift(), dx: shift() }));
    pixels(pool, e.query, xq, b * nq, (r) => ({ turns: e.turns[Math.floor(r / queries)], dy: shift(), dx: shift() }));
  });
  return { xs, xq, ns, nq };
}

/**
 * Episode loss on device: mean over the batch's queries of −log ŷ(true label). Returns the loss
 * and the number of queries classified right (for the training curve), both scalars.
 */
export function episodeLoss(net: MatchingNet, xs: tf.Tensor2D, xq: tf.Tensor2D, B: number, way: number, shot: number, queries: number) {
  return tf.tidy(() => {
    const D = net.weights[net.weights.length - 1].shape[0];
    const g = tf.reshape(embed(net, xs), [B, way * shot, D]);
    const f = tf.reshape(embed(net, xq), [B, way * queries, D]);
    const logits = tf.mul(cosine(f, g), tf.exp(net.logScale));
    const logYhat = logYhatClassMajor(logits, way, shot) as tf.Tensor3D; // [B, N·q, N]
    const labels = tf.tensor1d(Array.from({ length: way * queries }, (_, i) => Math.floor(i / queries)), 'int32');
    const target = tf.oneHot(labels, way).toFloat();
    const loss = tf.neg(tf.mean(tf.sum(tf.mul(logYhat, target), -1))) as tf.Scalar;
    const correct = tf.sum(tf.cast(tf.equal(tf.argMax(logYhat, -1), labels), 'float32')) as tf.Scalar;
    return { loss, correct };
  });
}

// ---------------------------------------------------------------------------------------------
// Judging the network on fixed test episodes (the baselines are in ./matching-formulas.ts)

/** The matching network on the episodes: the embedding of each pool digit once, then ŷ per query. */
export async function matchingAccuracy(net: MatchingNet, x: tf.Tensor2D, eps: readonly Episode[]): Promise<number> {
  const sim = tf.tidy(() => cosineMatrix(embed(net, x)));
  const s = tf.tidy(() => tf.exp(net.logScale));
  try {
    const scale = (await s.data())[0];
    return await episodeAccuracy(sim, eps, scale);
  } finally {
    tf.dispose([sim, s]);
  }
}

/** One query of one episode, explained: a(x̂, x_i) for each support digit, ŷ and the prediction. */
export interface EpisodeExplanation {
  episode: Episode;
  /** index into episode.query */
  queryAt: number;
  attention: Float32Array;
  yhat: Float32Array;
  predicted: number;
  truth: number;
}

/**
 * The formulas themselves (attention, then predict) on episode e's query `queryOf(e)`, for
 * several episodes in one batch. Reads back once.
 */
export async function explainEpisodes(net: MatchingNet, pool: Pool, eps: readonly Episode[], queryOf: (i: number) => number): Promise<EpisodeExplanation[]> {
  if (!eps.length) return [];
  const { way, shot } = eps[0];
  const ns = way * shot;
  const qIdx = eps.map((e, i) => e.query[queryOf(i)]);
  const sIdx = eps.flatMap((e) => Array.from(e.support));
  const out = tf.tidy(() => {
    const D = net.weights[net.weights.length - 1].shape[0];
    const f = tf.reshape(embed(net, tf.tensor2d(pixels(pool, qIdx), [eps.length, IMAGE_PIXELS])), [eps.length, 1, D]);
    const g = tf.reshape(embed(net, tf.tensor2d(pixels(pool, sIdx), [eps.length * ns, IMAGE_PIXELS])), [eps.length, ns, D]);
    const a = attention(f, g, tf.exp(net.logScale) as tf.Scalar);
    const Y = tf.tile(tf.expandDims(supportOneHot(way, shot), 0), [eps.length, 1, 1]);
    return tf.concat([tf.reshape(a, [eps.length, ns]), tf.reshape(predict(a, Y), [eps.length, way])], 1);
  });
  const v = (await out.data()) as Float32Array;
  out.dispose();
  return eps.map((episode, i) => {
    const row = v.subarray(i * (ns + way), (i + 1) * (ns + way));
    const yhat = row.slice(ns);
    let predicted = 0;
    for (let c = 1; c < way; c++) if (yhat[c] > yhat[predicted]) predicted = c;
    const queryAt = queryOf(i);
    return { episode, queryAt, attention: row.slice(0, ns), yhat, predicted, truth: Math.floor(queryAt / episode.queries) };
  });
}

// ---------------------------------------------------------------------------------------------
// The experiment the page runs

export interface MatchingExperiment {
  train: Pool;
  test: Pool;
  /** the test pool's pixels on the device [P, 784] */
  testX: tf.Tensor2D;
  episodes: Episode[];
  dispose(): void;
}

/** Test episodes: how many, and how many queries per class (fixed, seeded by `seed`). */
export interface TestEpisodeSpec { count: number; queries: number; seed: number }
export const TEST_EPISODES: TestEpisodeSpec = { count: 300, queries: 5, seed: 7 };

/**
 * Training pool: training-split digits of classes 0–5. Test pool: held-out (test-split) digits of
 * the unseen classes 6–9 (`perClass` of each at most), and the fixed test episodes on them.
 */
export function setupMatching(trainSet: MnistSet, testSet: MnistSet, way: number, shot: number, spec: TestEpisodeSpec = TEST_EPISODES, perClass = Infinity): MatchingExperiment {
  if (way > UNSEEN_CLASSES.length) throw new FewShotInputError(`at most ${UNSEEN_CLASSES.length}-way: only digits 6–9 are unseen`);
  const train = makePool(trainSet, SEEN_CLASSES);
  const test = makePool(testSet, UNSEEN_CLASSES, perClass);
  const episodes = sampleEpisodes(test, UNSEEN_CLASSES, way, shot, spec.queries, spec.count, spec.seed);
  const testX = poolTensor(test);
  return { train, test, testX, episodes, dispose: () => testX.dispose() };
}

export interface MatchingPoint { step: number; episodes: number; accuracy: number; loss: number; trainAccuracy: number }

export interface TrainOptions {
  signal?: AbortSignal;
  /** evaluate on the test episodes every this many steps (and at the end) */
  evalEvery?: number;
  onPoint?: (p: MatchingPoint) => void;
  onProgress?: (fraction: number) => void;
  /** yield to the browser (the view passes yieldToBrowser with its signal) */
  yieldEvery?: () => Promise<void>;
}

/**
 * Episodic training of `net` on the training pool; evaluates on the experiment's test episodes
 * every `evalEvery` steps. Losses are summed on the device and read once per evaluation.
 */
export async function trainMatching(net: MatchingNet, ex: MatchingExperiment, cfg: MatchingConfig, opts: TrainOptions = {}): Promise<MatchingPoint[]> {
  const { trainWay: way, shot, queries, batch, steps } = cfg;
  const evalEvery = opts.evalEvery ?? Math.max(1, Math.round(steps / 20));
  const rand = mulberry32(cfg.seed * 7919 + 17);
  const optimizer = tf.train.adam(cfg.lr);
  const vars = [...net.weights, net.logScale];
  const points: MatchingPoint[] = [];
  let lossSum: tf.Scalar = tf.scalar(0);
  let correctSum: tf.Scalar = tf.scalar(0);
  let since = 0;
  let chunk = performance.now();
  try {
    for (let step = 1; step <= steps; step++) {
      throwIfAborted(opts.signal);
      const eps = Array.from({ length: batch }, () => sampleEpisode(ex.train, SEEN_CLASSES, way, shot, queries, rand, cfg.rotations));
      const { xs, xq, ns, nq } = episodeBatchPixels(ex.train, eps, cfg.jitter, rand);
      const xsT = tf.tensor2d(xs, [batch * ns, IMAGE_PIXELS]);
      const xqT = tf.tensor2d(xq, [batch * nq, IMAGE_PIXELS]);
      let correct: tf.Scalar | null = null;
      const loss = optimizer.minimize(() => {
        const r = episodeLoss(net, xsT, xqT, batch, way, shot, queries);
        correct = tf.keep(r.correct);
        return r.loss;
      }, true, vars)!;
      const nl = tf.add(lossSum, loss) as tf.Scalar, nc = tf.add(correctSum, correct!) as tf.Scalar;
      tf.dispose([lossSum, correctSum, loss, correct!, xsT, xqT]);
      lossSum = nl; correctSum = nc; since++;
      opts.onProgress?.(step / steps);
      if (step % evalEvery === 0 || step === steps) {
        const [l, c] = await Promise.all([lossSum.data(), correctSum.data()]);
        const accuracy = await matchingAccuracy(net, ex.testX, ex.episodes);
        const p = { step, episodes: step * batch, accuracy, loss: l[0] / since, trainAccuracy: c[0] / (since * batch * nq) };
        points.push(p);
        opts.onPoint?.(p);
        tf.dispose([lossSum, correctSum]);
        lossSum = tf.scalar(0); correctSum = tf.scalar(0); since = 0;
      }
      if (opts.yieldEvery && performance.now() - chunk > 30) {
        await opts.yieldEvery();
        chunk = performance.now();
      }
    }
  } finally {
    tf.dispose([lossSum, correctSum]);
    optimizer.dispose();
  }
  return points;
}

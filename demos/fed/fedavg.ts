/**
 * Federated averaging (McMahan et al. 2017), with everything the lecture varies around it, all
 * clients simulated in one page on real MNIST.
 *
 * One communication round: the server samples m = max(1, round(C·K)) of the K clients, sends
 * them the global weights w, each runs E epochs of plain minibatch SGD (batch B, rate η) on its
 * own n_k digits from w, and the server replaces w by the weighted average Σ_k (n_k/n) w_k,
 * n = Σ n_k over the clients that reported.
 *
 *   FedSGD    E = 1, B = ∞: one full-batch gradient per client at w; averaging the resulting
 *             w − η g_k is exactly one server step w − η Σ (n_k/n) g_k. The baseline that
 *             communicates after every gradient.
 *   FedProx   (Li et al. 2020) adds (μ/2)‖w_k − w‖² to each client's loss: every local step
 *             becomes w_k ← w_k − η (∇F_k(w_k) + μ (w_k − w)), pulling local models toward the
 *             global one, which bounds client drift on non-IID data and makes partial work safe
 *             to average.
 *   stragglers each sampled client fails to finish with probability p: 'drop' ignores it (the
 *             paper's FedAvg), 'partial' accepts the w_k it reached after max(1, ⌊u·steps⌋) of
 *             its local steps, u ~ U(0, 1), and 'fedprox' accepts partial work and trains every
 *             client with μ. Which clients straggle, and where, is the same under every policy.
 *   compression (compression.ts) and DP-FedAvg (dp.ts) act on each update Δ_k = w_k − w before
 *             the server combines them; compressed rounds read every Δ_k back as a Float32Array
 *             (the upload), DP rounds clip and sum on the device and read back the sum and the
 *             norms once per round (the noise is added on the host), the others aggregate on the
 *             device.
 *   centralised  plain minibatch SGD on all training digits, no communication. One of its
 *             "rounds" is compute-matched to a FedAvg round: it processes C·E·N examples (the
 *             number a FedAvg round processes in total across its clients) in steps of B. So at
 *             equal round count both have done the same arithmetic; the gap is the price of
 *             averaging parallel work instead of doing it sequentially.
 *
 * Nothing is read back per step: a client's steps queue on the device; a round reads back
 * only its test accuracy (runFederated) and, in compressed / DP rounds, each Δ_k once. Runs
 * yield to the browser every ~30 ms of work, between or within clients (see chunkedYield), and
 * pause there when presenter mode pauses the run's signal.
 *
 * This file: one round and its configuration. A client's local training is in client.ts, a
 * whole run of rounds (the accuracy curve) in run.ts.
 */
import * as tf from '@tensorflow/tfjs';
import type { MnistSet } from '../data/mnist';
import { throwIfAborted } from '../runtime/loop';
import { mulberry32 } from '../runtime/rng';
import { chunkedYield, clientUpdate, localSteps } from './client';
import { compressDelta, NO_COMPRESSION, uploadBytes, type CompressSpec } from './compression';
import { addGaussianNoise, clipDelta, l2Norm, type DpSpec } from './dp';
import {
  disposeWeights, FED_MLP_SIZES, flattenTensor, initWeights, numParams, shapesOf, toDevice, unflatten, type DeviceData,
  type Weights,
} from './model';
import type { Partition } from './partition';

export type Algorithm = 'fedavg' | 'fedsgd' | 'central';
export type StragglerPolicy = 'drop' | 'partial' | 'fedprox';

export interface FedConfig {
  algorithm: Algorithm;
  /** fraction C of the K clients sampled per round */
  fraction: number;
  /** local epochs E (FedSGD: 1) */
  epochs: number;
  /** local minibatch B (FedSGD: ∞) */
  batchSize: number;
  /** client learning rate η */
  lr: number;
  /** FedProx μ for every client (0: plain FedAvg); policy 'fedprox' uses FEDPROX_MU when this is 0 */
  mu: number;
  /** probability that a sampled client does not finish its local work */
  stragglerProb: number;
  stragglerPolicy: StragglerPolicy;
  compress: CompressSpec;
  /** DP-FedAvg clipping and noise (null: off) */
  dp: DpSpec | null;
  /** server step on the average update: w ← w + η_s Σ(n_k/n)Δ_k (1 = plain averaging) */
  serverLr: number;
  /** MLP widths */
  sizes: readonly number[];
  seed: number;
}

/**
 * μ for policy 'fedprox' when the config leaves μ at 0. Li et al. try 0.001–1; here, on the
 * 2-shards split at η = 0.5, μ = 0.1 kept FedAvg from collapsing (86% vs 70% after 40 rounds)
 * while μ = 1 held the clients back too much (81%).
 */
export const FEDPROX_MU = 0.1;

export const BASE_CONFIG: FedConfig = {
  algorithm: 'fedavg', fraction: 0.1, epochs: 5, batchSize: 10, lr: 0.5, mu: 0,
  stragglerProb: 0, stragglerPolicy: 'drop', compress: NO_COMPRESSION, dp: null, serverLr: 1,
  sizes: FED_MLP_SIZES, seed: 1,
};

/** Training and test digits on the device, shared by every run on a page. */
export interface FedData {
  train: DeviceData;
  test: DeviceData;
  /** the fixed test subset the curves are drawn on between full evaluations (see run.ts); `test` itself when small; absent: always all of `test` */
  sub?: { x: tf.Tensor2D; labels: tf.Tensor1D; n: number };
  /** training labels on the host (for splitting and histograms) */
  trainLabels: Uint8Array;
  dispose(): void;
}

/** Test digits in the curves' subset: the first 500 (a 92% accuracy on them has a standard error of 1.2 points). */
export const EVAL_SUBSET = 500;

/** Uploads MNIST once (the first `trainCount` / `testCount` digits, all by default). */
export function uploadFedData(train: MnistSet, test: MnistSet, trainCount = train.count, testCount = test.count): FedData {
  const tr = toDevice(train, trainCount), te = toDevice(test, testCount);
  const n = Math.min(EVAL_SUBSET, te.n);
  const sub = n === te.n
    ? { x: te.x, labels: te.labels, n }
    : { x: tf.slice(te.x, [0, 0], [n, -1]) as tf.Tensor2D, labels: tf.slice(te.labels, [0], [n]) as tf.Tensor1D, n };
  return {
    train: tr, test: te, sub, trainLabels: train.labels.slice(0, tr.n),
    dispose: () => { if (sub.x !== te.x) tf.dispose([sub.x, sub.labels]); tr.dispose(); te.dispose(); },
  };
}

/** The server's side of a run: the global weights, the round counter, clients' compression residuals. */
export interface FedState {
  weights: Weights;
  round: number;
  /** error-feedback residual of each client that has one */
  residuals: Map<number, Float32Array>;
}

export function createFedState(cfg: Pick<FedConfig, 'sizes' | 'seed'>): FedState {
  return { weights: initWeights(cfg.sizes, cfg.seed), round: 0, residuals: new Map() };
}

export function disposeFedState(s: FedState) {
  disposeWeights(s.weights);
  s.residuals.clear();
}

/** Clients per round: max(1, round(C·K)). */
export const clientsPerRound = (fraction: number, K: number) => Math.max(1, Math.min(K, Math.round(fraction * K)));

/** Steps of one compute-matched centralised round: round(C·E·N / B) (see the header). */
export function centralStepsPerRound(cfg: Pick<FedConfig, 'fraction' | 'epochs' | 'batchSize'>, N: number): number {
  return Math.max(1, Math.round((cfg.fraction * cfg.epochs * N) / Math.min(N, cfg.batchSize)));
}

/** An integer hash of (seed, round, purpose, client…): each gets its own, unrelated random stream. */
export function mixSeed(...xs: number[]): number {
  let h = 0x9e3779b9;
  for (const x of xs) {
    h = Math.imul(h ^ (x >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** m distinct clients of K, seeded by (seed, round): the same for every algorithm and policy. */
export function sampleClients(K: number, m: number, seed: number, round: number): number[] {
  const rand = mulberry32(mixSeed(seed, round, 1));
  const p = Int32Array.from({ length: K }, (_, i) => i);
  for (let i = 0; i < m; i++) {
    const j = i + Math.floor(rand() * (K - i));
    const t = p[i]; p[i] = p[j]; p[j] = t;
  }
  return Array.from(p.subarray(0, m)).sort((a, b) => a - b);
}

export type ClientStatus = 'finished' | 'partial' | 'dropped';

export interface ClientReport {
  round: number;
  /** position among this round's sampled clients, 0-based */
  index: number;
  /** of this many */
  of: number;
  /** the client's id, 0…K−1 (−1: the centralised baseline's single "client") */
  client: number;
  status: ClientStatus;
  steps: number;
  /** steps it would have taken had it finished */
  plannedSteps: number;
  examples: number;
}

export interface RoundStats {
  round: number;
  sampled: number[];
  /** clients whose update was used in full */
  finished: number[];
  /** stragglers whose partial work was used */
  partial: number[];
  /** stragglers ignored */
  dropped: number[];
  /** local steps taken, per sampled client */
  steps: number[];
  /** client → server bytes this round (after compression) */
  bytesUp: number;
  /** server → client bytes this round (the dense global model to every sampled client) */
  bytesDown: number;
  /** ‖Δ_k‖ of each reporting client before clipping/compression (host-side rounds only) */
  updateNorms?: number[];
  /** wall time of the round (its last device work is awaited only when something is read back) */
  ms: number;
}

export interface RoundOptions {
  signal?: AbortSignal;
  onClient?: (r: ClientReport) => void;
}

/** The effective μ (policy 'fedprox' turns it on) and whether stragglers' partial work counts. */
function policy(cfg: FedConfig) {
  const mu = cfg.stragglerPolicy === 'fedprox' ? (cfg.mu > 0 ? cfg.mu : FEDPROX_MU) : cfg.mu;
  return { mu, acceptPartial: cfg.stragglerPolicy !== 'drop' };
}

/**
 * One communication round: sample clients, train them one after another (yielding in between),
 * aggregate, and replace `state.weights` (the old tensors are disposed). Returns the round's
 * statistics. FedSGD ignores epochs / batchSize (E = 1, B = ∞); 'central' ignores the partition
 * beyond using all of it.
 */
export async function fedRound(
  data: FedData, partition: Partition, state: FedState, cfg: FedConfig, opts: RoundOptions = {},
): Promise<RoundStats> {
  const t0 = performance.now();
  const { signal, onClient } = opts;
  throwIfAborted(signal);
  const round = state.round + 1;
  const { x, y } = data.train;
  const P = numParams(state.weights);

  if (cfg.algorithm === 'central') {
    const N = data.train.n;
    const { weights, steps } = await clientUpdate(state.weights, { x, y }, {
      epochs: Infinity, batchSize: cfg.batchSize, lr: cfg.lr, seed: mixSeed(cfg.seed, round, 2),
      maxSteps: centralStepsPerRound(cfg, N), tick: chunkedYield(signal),
    });
    onClient?.({ round, index: 0, of: 1, client: -1, status: 'finished', steps, plannedSteps: steps, examples: N });
    disposeWeights(state.weights);
    state.weights = weights;
    state.round = round;
    return {
      round, sampled: [], finished: [], partial: [], dropped: [], steps: [steps], bytesUp: 0, bytesDown: 0,
      ms: performance.now() - t0,
    };
  }

  const K = partition.length;
  const m = clientsPerRound(cfg.fraction, K);
  const sampled = sampleClients(K, m, cfg.seed, round);
  const fedsgd = cfg.algorithm === 'fedsgd';
  const epochs = fedsgd ? 1 : cfg.epochs, batchSize = fedsgd ? Infinity : cfg.batchSize;
  const { mu, acceptPartial } = policy(cfg);
  // stragglers: their own stream, so every policy sees the same clients fail at the same points
  const fate = mulberry32(mixSeed(cfg.seed, round, 3));
  // compressed uploads are encoded on the host; DP alone clips and sums on the device and reads
  // back once per round (the sum and the norms), not once per client
  const hostSide = cfg.compress.kind !== 'none';
  const deviceDp = cfg.dp !== null && !hostSide;
  const shapes = shapesOf(state.weights);
  const segments = state.weights.map((t) => t.size);
  const stats: RoundStats = {
    round, sampled, finished: [], partial: [], dropped: [], steps: [], bytesUp: 0, bytesDown: m * 4 * P,
    ...(hostSide || deviceDp ? { updateNorms: [] } : {}), ms: 0,
  };

  // aggregation state: on the device Σ n_k w_k; on the host Σ n_k Δ_k (or Σ clip(Δ_k) for DP)
  let sum: Weights | null = null;
  const hostSum = hostSide ? new Float32Array(P) : null;
  const globalFlat = hostSide || deviceDp ? flattenTensor(state.weights) : null;
  let dpSum: tf.Tensor1D | null = null;
  const dpNorms: tf.Scalar[] = [];
  let weightTotal = 0;
  const tick = chunkedYield(signal);
  try {
    for (let i = 0; i < m; i++) {
      const k = sampled[i];
      const indices = partition[k];
      const planned = localSteps(indices.length, epochs, batchSize);
      const straggles = cfg.stragglerProb > 0 && fate() < cfg.stragglerProb;
      const cut = fate(); // drawn for every client so the stream does not depend on the outcome
      let status: ClientStatus = 'finished';
      let maxSteps: number | undefined;
      if (straggles) {
        status = acceptPartial ? 'partial' : 'dropped';
        maxSteps = Math.max(1, Math.floor(cut * planned));
      }
      if (status === 'dropped') {
        stats.dropped.push(k);
        stats.steps.push(0);
        onClient?.({ round, index: i, of: m, client: k, status, steps: 0, plannedSteps: planned, examples: indices.length });
        continue;
      }
      const { weights: wk, steps } = await clientUpdate(state.weights, { x, y, indices }, {
        epochs, batchSize, lr: cfg.lr, mu, seed: mixSeed(cfg.seed, round, 4, k), maxSteps, tick,
      });
      stats.steps.push(steps);
      (status === 'partial' ? stats.partial : stats.finished).push(k);
      const nk = indices.length;
      if (deviceDp) {
        // Δ_k·min(1, S/‖Δ_k‖) added to the running sum, clients weighted equally (see dp.ts)
        const S = cfg.dp!.clip, prev: tf.Tensor1D | null = dpSum;
        const norm = tf.tidy(() => tf.norm(tf.sub(flattenTensor(wk), globalFlat!)) as tf.Scalar);
        dpSum = tf.tidy(() => {
          const clipped = tf.mul(tf.sub(flattenTensor(wk), globalFlat!), tf.minimum(1, tf.div(S, norm)));
          return (prev ? tf.add(prev, clipped) : clipped) as tf.Tensor1D;
        });
        prev?.dispose();
        dpNorms.push(norm);
        disposeWeights(wk);
        weightTotal += 1;
        stats.bytesUp += uploadBytes(NO_COMPRESSION, P, segments.length);
      } else if (!hostSide) {
        // running Σ n_k w_k on the device (memory for one model, not m)
        const prev: Weights | null = sum;
        sum = tf.tidy(() => wk.map((t, j) => (prev ? tf.add(prev[j], tf.mul(t, nk)) : tf.mul(t, nk))));
        disposeWeights(prev);
        disposeWeights(wk);
        weightTotal += nk;
        stats.bytesUp += uploadBytes(NO_COMPRESSION, P, segments.length);
      } else {
        const dt = tf.tidy(() => tf.sub(flattenTensor(wk), globalFlat!));
        disposeWeights(wk);
        let delta = (await dt.data()) as Float32Array; // the upload: one read-back per client
        dt.dispose();
        stats.updateNorms!.push(l2Norm(delta));
        if (cfg.dp) delta = clipDelta(delta, cfg.dp.clip);
        const ef = 'errorFeedback' in cfg.compress && cfg.compress.errorFeedback;
        if (ef) {
          const r = state.residuals.get(k);
          if (r) for (let j = 0; j < P; j++) delta[j] += r[j];
        }
        const { decoded, bytes } = compressDelta(delta, cfg.compress, segments, mulberry32(mixSeed(cfg.seed, round, 5, k)));
        if (ef) {
          const r = new Float32Array(P);
          for (let j = 0; j < P; j++) r[j] = delta[j] - decoded[j];
          state.residuals.set(k, r);
        }
        stats.bytesUp += bytes;
        const wgt = cfg.dp ? 1 : nk; // DP: clients weighted equally (see dp.ts)
        for (let j = 0; j < P; j++) hostSum![j] += wgt * decoded[j];
        weightTotal += wgt;
      }
      onClient?.({ round, index: i, of: m, client: k, status, steps, plannedSteps: planned, examples: nk });
      await tick();
    }

    // the server update
    let next: Weights | null = null;
    if (!hostSide && sum && weightTotal > 0) {
      const s = sum, g = state.weights;
      next = tf.tidy(() => s.map((t, j) => {
        const avg = tf.div(t, weightTotal);
        return cfg.serverLr === 1 ? avg : tf.add(g[j], tf.mul(tf.sub(avg, g[j]), cfg.serverLr));
      }));
    } else if ((hostSide || deviceDp) && (weightTotal > 0 || cfg.dp)) {
      let avg = hostSum!;
      if (deviceDp) {
        if (dpNorms.length) {
          const nt = tf.stack(dpNorms);
          stats.updateNorms!.push(...Array.from(await nt.data()));
          nt.dispose();
        }
        avg = dpSum ? Float32Array.from(await dpSum.data()) : new Float32Array(P);
      }
      if (cfg.dp) {
        // (Σ clip(Δ_k) + N(0, σ²S²)) / m — the fixed denominator, even if some client dropped out
        addGaussianNoise(avg, cfg.dp.noise * cfg.dp.clip, mulberry32(mixSeed(cfg.seed, round, 6)));
        for (let j = 0; j < P; j++) avg[j] /= m;
      } else {
        for (let j = 0; j < P; j++) avg[j] /= weightTotal;
      }
      const d = unflatten(avg, shapes);
      const g = state.weights;
      next = tf.tidy(() => d.map((t, j) => tf.add(g[j], cfg.serverLr === 1 ? t : tf.mul(t, cfg.serverLr))));
      disposeWeights(d);
    }
    if (next) {
      disposeWeights(state.weights);
      state.weights = next;
    }
    state.round = round;
    stats.ms = performance.now() - t0;
    return stats;
  } finally {
    disposeWeights(sum);
    globalFlat?.dispose();
    dpSum?.dispose();
    tf.dispose(dpNorms);
  }
}

/**
 * One simulated client of a federated round (see fedavg.ts for the round around it): E epochs of
 * plain minibatch SGD from the global weights, optionally with FedProx's proximal pull, cut short
 * for a straggler; and the weighted average the server forms from the clients' weights.
 * No read-back per step: a client's steps queue on the device.
 */
import * as tf from '@tensorflow/tfjs';
import { throwIfAborted, yieldToBrowser } from '../runtime/loop';
import { mulberry32 } from '../runtime/rng';
import { cloneWeights, disposeWeights, gradients, type Weights } from './model';

/** A client's examples: rows `indices` of x and y (all rows when omitted). */
export interface ClientData {
  /** float32 [N, 784] */
  x: tf.Tensor2D;
  /** float32 [N, 10] one-hot */
  y: tf.Tensor2D;
  indices?: Int32Array;
}

export interface LocalOptions {
  /** local epochs E */
  epochs: number;
  /** minibatch size B; Infinity (or ≥ n) = full batch, one step per epoch */
  batchSize: number;
  lr: number;
  /** FedProx proximal weight μ (0 = plain SGD, FedAvg) */
  mu?: number;
  seed: number;
  /** stop after this many steps (a straggler's partial work) */
  maxSteps?: number;
  signal?: AbortSignal;
  /**
   * called after every step: yields to the browser when due (default: a `chunkedYield` of its
   * own). A round passes one shared clock to all its clients.
   */
  tick?: () => Promise<void>;
}

/**
 * A yield point that actually yields only every `chunkMs` of work (and then waits while the run
 * is paused, and throws if it was aborted). Yielding after every tiny client would cost a
 * browser's ≥ 4 ms timer clamp each time: with 100 clients per round, most of the round.
 */
export function chunkedYield(signal?: AbortSignal, chunkMs = 30): () => Promise<void> {
  let last = performance.now();
  return async () => {
    throwIfAborted(signal);
    if (performance.now() - last < chunkMs) return;
    await yieldToBrowser(signal);
    throwIfAborted(signal);
    last = performance.now();
  };
}

/** Local SGD steps a client with n examples takes: E·⌈n/B⌉. */
export function localSteps(n: number, epochs: number, batchSize: number): number {
  const B = Math.min(n, batchSize);
  return n === 0 ? 0 : epochs * Math.ceil(n / B);
}

/** Seeded Fisher–Yates shuffle of a copy. */
function shuffled(a: Int32Array, rand: () => number): Int32Array {
  const p = Int32Array.from(a);
  for (let i = p.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = p[i]; p[i] = p[j]; p[j] = t;
  }
  return p;
}

/**
 * ClientUpdate: E epochs of plain minibatch SGD (no momentum, no optimizer state) from the
 * global weights on the client's data, reshuffled every epoch; with μ > 0, FedProx's proximal
 * step (keep η·μ < 1: the proximal part alone multiplies w_k − w by 1 − ημ each step).
 * Returns new tensors (the caller disposes them; `global` is untouched) and the number of steps
 * taken. No read-back.
 */
export async function clientUpdate(
  global: Weights, data: ClientData, opts: LocalOptions,
): Promise<{ weights: Weights; steps: number }> {
  const { epochs, lr, mu = 0, seed } = opts;
  const tick = opts.tick ?? chunkedYield(opts.signal);
  const all = data.indices ?? Int32Array.from({ length: data.x.shape[0] }, (_, i) => i);
  const n = all.length;
  const B = Math.min(n, opts.batchSize);
  const perEpoch = n === 0 ? 0 : Math.ceil(n / B);
  const total = Math.min(epochs * perEpoch, opts.maxSteps ?? Infinity);
  const rand = mulberry32(seed);
  let w = global;
  let steps = 0;
  try {
    while (steps < total) {
      // one epoch: the client's rows in a fresh order (full batch: order is irrelevant)
      const order = B < n ? shuffled(all, rand) : all;
      for (let b = 0; b < perEpoch && steps < total; b++) {
        const start = b * B, size = Math.min(B, n - start);
        const next = tf.tidy(() => {
          // each batch is gathered from the full set by its indices: on WASM, tf.slice costs time
          // proportional to the tensor sliced (~90 ms from 8,000 digits), a 10-row gather ~0.1 ms
          let xb = data.x, yb = data.y;
          if (data.indices || size < data.x.shape[0]) {
            const idx = tf.tensor1d(order.subarray(start, start + size), 'int32');
            xb = tf.gather(data.x, idx);
            yb = tf.gather(data.y, idx);
          }
          const g = gradients(w, xb, yb);
          return w.map((wi, i) => {
            const gi = mu > 0 ? tf.add(g[i], tf.mul(tf.sub(wi, global[i]), mu)) : g[i];
            return tf.sub(wi, tf.mul(gi, lr));
          });
        });
        if (w !== global) disposeWeights(w);
        w = next;
        steps++;
        await tick();
      }
    }
  } catch (e) {
    if (w !== global) disposeWeights(w); // aborted mid-client: free its weights
    throw e;
  }
  return { weights: w === global ? cloneWeights(global) : w, steps };
}

/** Σ_k (n_k / Σn) · w_k, tensor by tensor. New tensors; the inputs are untouched. */
export function weightedAverage(updates: Weights[], n: number[]): Weights {
  if (updates.length === 0 || updates.length !== n.length) {
    throw new Error('weightedAverage: one weight per update, at least one update');
  }
  const total = n.reduce((a, b) => a + b, 0);
  if (!(total > 0)) throw new Error('weightedAverage: the weights must sum to a positive number');
  return updates[0].map((_, i) => tf.tidy(() => tf.addN(updates.map((u, k) => tf.mul(u[i], n[k] / total)))));
}

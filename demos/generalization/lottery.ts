/**
 * lottery-ticket (Frankle & Carbin 2019, Fig. 3/4 setting at browser scale): LeNet-300-100 trained,
 * pruned layer-wise by magnitude (20 % of the surviving weights per round; 10 % for the output
 * layer, as in the paper), then, with the same mask,
 *   - the winning ticket: survivors rewound to their ORIGINAL initial values, retrained;
 *   - re-init: the same mask, fresh random initial values;
 *   - random pruning: a random mask of the same per-layer size, original initial values.
 * The three are trained interleaved each round; accuracy is read once per trained network.
 */
import * as tf from '@tensorflow/tfjs';
import { batchAsFloats, IMAGE_PIXELS, NUM_CLASSES, type MnistSet } from '../data/mnist';
import { runLoop } from '../runtime/loop';
import { accuracy, disposeInit, initMlp, permutation, toParams, trainEpoch, type MlpInit } from './mlp';

export const LENET = [IMAGE_PIXELS, 300, 100, NUM_CLASSES];
export const PRUNE_RATES = [0.2, 0.2, 0.1];

/** Removes the `rate` fraction of the surviving weights with the smallest |w| (ties: lower index first). */
export function pruneMask(w: ArrayLike<number>, mask: ArrayLike<number>, rate: number): Float32Array {
  const alive: number[] = [];
  for (let i = 0; i < mask.length; i++) if (mask[i] > 0) alive.push(i);
  const drop = Math.round(rate * alive.length);
  alive.sort((a, b) => Math.abs(w[a]) - Math.abs(w[b]) || a - b);
  const out = Float32Array.from(mask, (v) => (v > 0 ? 1 : 0));
  for (let k = 0; k < drop; k++) out[alive[k]] = 0;
  return out;
}

/** A random mask with exactly `keep` ones among `size` positions (the random-pruning control). */
export function randomMask(size: number, keep: number, seed: number): Float32Array {
  const p = permutation(size, seed), out = new Float32Array(size);
  for (let k = 0; k < keep; k++) out[p[k]] = 1;
  return out;
}

export const countOnes = (m: ArrayLike<number>) => { let s = 0; for (let i = 0; i < m.length; i++) s += m[i] > 0 ? 1 : 0; return s; };

export interface LotteryData { x: tf.Tensor2D; y: tf.Tensor2D; xTest: tf.Tensor2D; labelsTest: tf.Tensor1D; dispose(): void }

export function uploadLotteryData(train: MnistSet, test: MnistSet, nTrain: number, nTest: number): LotteryData {
  const a = batchAsFloats(train, 0, nTrain), b = batchAsFloats(test, 0, nTest);
  const x = tf.tensor2d(a.x, [a.n, IMAGE_PIXELS]);
  const y = tf.tidy(() => tf.oneHot(tf.tensor1d(Int32Array.from(a.y), 'int32'), NUM_CLASSES).toFloat()) as tf.Tensor2D;
  const xTest = tf.tensor2d(b.x, [b.n, IMAGE_PIXELS]);
  const labelsTest = tf.tensor1d(Int32Array.from(b.y), 'int32');
  return { x, y, xTest, labelsTest, dispose: () => tf.dispose([x, y, xTest, labelsTest]) };
}

export interface LotteryOptions { rounds: number; epochs: number; lr: number; batch: number; seed: number }
export const LOTTERY_DEFAULTS = { rounds: 12, epochs: 2, lr: 0.0012, batch: 60, trainDigits: 1000, testDigits: 1000 };
export const LOTTERY_QUICK = { rounds: 3, epochs: 1, lr: 0.0012, batch: 60, trainDigits: 300, testDigits: 300 };

/** One pruning level; `reinit` and `random` are NaN until their controls have been trained. */
export interface LotteryPoint { round: number; weightsLeft: number; winning: number; reinit: number; random: number }

/** What a run is training now, for the view's status line. */
export interface LotteryStage { round: number; kind: 'winning' | 'reinit' | 'random'; done: number; total: number }

/** Trains a masked network from `init` and returns its test accuracy and trained weights (arrays). */
async function trainMasked(data: LotteryData, init: MlpInit, masks: Float32Array[], o: LotteryOptions) {
  const p = toParams(init);
  const m = masks.map((mk, i) => tf.tensor2d(mk, init.ws[i].shape));
  const opt = tf.train.adam(o.lr);
  try {
    for (let e = 0; e < o.epochs; e++) trainEpoch(p, opt, data.x, data.y, { batch: o.batch, masks: m });
    const acc = await accuracy(p, data.xTest, data.labelsTest, m);
    const ws = await Promise.all(p.ws.map((w) => w.data() as Promise<Float32Array>));
    return { acc, ws };
  } finally {
    disposeInit(p); tf.dispose(m); opt.dispose();
  }
}

/**
 * The order of the trainings puts the paper's comparison first: the winning-ticket chain (each
 * round's mask is pruned from the previous round's trained weights, so it cannot be skipped) down
 * to the sparsest level, then both controls at that level (the headline: `onHeadline`), then the
 * controls of the denser levels, sparsest first. Each training depends only on its init, its mask
 * and the data, so the numbers are the same as in round-by-round order.
 */
export async function runLottery(
  data: LotteryData, o: LotteryOptions,
  hooks: {
    signal?: AbortSignal; onProgress?: (f: number) => void;
    /** after every training: the whole curve so far (one point per round reached) and what was trained */
    onUpdate?: (curve: LotteryPoint[], stage: LotteryStage) => void;
    /** once the sparsest level has all three accuracies */
    onHeadline?: (curve: LotteryPoint[]) => void;
  } = {},
): Promise<LotteryPoint[]> {
  const init = initMlp(LENET, o.seed);
  const sizes = init.ws.map((w) => w.size), total = sizes.reduce((s, v) => s + v, 0);
  // each round's mask, kept as bytes (12 rounds of LeNet-300-100: about 3 MB)
  const masks: Uint8Array[][] = [];
  const curve: LotteryPoint[] = [];
  const asFloat = (m: Uint8Array[]) => m.map((mk) => Float32Array.from(mk));
  const randomFor = (round: number) => masks[round].map((mk, l) => randomMask(mk.length, countOnes(mk), o.seed * 31 + (round - 1) * 7 + l));
  // the schedule: winning tickets 0..R−1, then reinit/random at R−1, R−2, …, 1 (round 0 needs no control)
  const plan: LotteryStage[] = [];
  for (let r = 0; r < o.rounds; r++) plan.push({ round: r, kind: 'winning', done: 0, total: 0 });
  for (let r = o.rounds - 1; r >= 1; r--) plan.push({ round: r, kind: 'reinit', done: 0, total: 0 }, { round: r, kind: 'random', done: 0, total: 0 });
  plan.forEach((st, i) => { st.done = i + 1; st.total = plan.length; });
  let trained: Float32Array[] = [];
  try {
    await runLoop({
      steps: plan.length,
      signal: hooks.signal,
      onProgress: hooks.onProgress,
      chunkMs: 0,
      step: async (i) => {
        const st = plan[i], r = st.round;
        if (st.kind === 'winning') {
          masks.push(r === 0 ? sizes.map((n) => new Uint8Array(n).fill(1)) : masks[r - 1].map((mk, l) => Uint8Array.from(pruneMask(trained[l], mk, PRUNE_RATES[l]))));
          const res = await trainMasked(data, init, asFloat(masks[r]), o);
          trained = res.ws;
          const left = masks[r].reduce((s, mk) => s + countOnes(mk), 0) / total;
          // at full size the three trainings are the same network: one accuracy for all three
          curve.push({ round: r, weightsLeft: left, winning: res.acc, reinit: r === 0 ? res.acc : NaN, random: r === 0 ? res.acc : NaN });
        } else if (st.kind === 'reinit') {
          const fresh = initMlp(LENET, o.seed + 1000 * (r + 1));
          try { curve[r].reinit = (await trainMasked(data, fresh, asFloat(masks[r]), o)).acc; } finally { disposeInit(fresh); }
        } else {
          curve[r].random = (await trainMasked(data, init, randomFor(r), o)).acc;
        }
        hooks.onUpdate?.(curve.map((p) => ({ ...p })), st);
        if ((st.kind === 'random' && r === o.rounds - 1) || (o.rounds === 1 && i === 0)) hooks.onHeadline?.(curve.map((p) => ({ ...p })));
      },
    });
    return curve;
  } finally {
    disposeInit(init);
  }
}

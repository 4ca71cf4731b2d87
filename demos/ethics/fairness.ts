/**
 * fairness: a small classifier (784 → 32 → 1 perceptron, "is the digit ≥ 5?") trained on real MNIST
 * digits in which group B (see ./groups.ts) is under-represented; then the scores of every held-out
 * digit, read back once, for the threshold strategies of ./groups.ts. The view and the bench call
 * the same function. Dense layers only: fast on every backend, WASM included.
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_PIXELS, type MnistSet } from '../data/mnist';
import { runLoop, untilAborted } from '../runtime/loop';
import { seededPermutation } from '../runtime/rng';
import { buildGroupSet, chooseThresholds, outcome, ratesAt, type GroupSet, type Outcome, type Strategy } from './groups';

export const FAIRNESS_DEFAULTS = { epochs: 6, shareB: 0.05, hidden: 32, lr: 0.003, batch: 64, trainDigits: 8000, testDigits: 2000, evalDigits: 400 };
/** ?quick=1 (browser tests): a few seconds on WASM */
export const FAIRNESS_QUICK = { epochs: 2, shareB: 0.05, hidden: 32, lr: 0.003, batch: 64, trainDigits: 2000, testDigits: 1000, evalDigits: 200 };

export interface FairnessData {
  train: GroupSet;
  test: GroupSet;
  xTrain: tf.Tensor2D;
  yTrain: tf.Tensor2D;
  xTest: tf.Tensor2D;
  dispose(): void;
}

const GROUP_SEED = 26;

/** Builds the grouped sets (group B at `shareB` of training) and puts them on the device. */
export function uploadFairnessData(train: MnistSet, test: MnistSet, nTrain: number, nTest: number, shareB: number): FairnessData {
  const tr = buildGroupSet(train, nTrain, GROUP_SEED, shareB);
  const te = buildGroupSet(test, nTest, GROUP_SEED + 1, 1);
  const xTrain = tf.tensor2d(tr.x, [tr.n, IMAGE_PIXELS]);
  const yTrain = tf.tensor2d(Float32Array.from(tr.y), [tr.n, 1]);
  const xTest = tf.tensor2d(te.x, [te.n, IMAGE_PIXELS]);
  return { train: tr, test: te, xTrain, yTrain, xTest, dispose: () => tf.dispose([xTrain, yTrain, xTest]) };
}

export interface FairnessOptions { epochs: number; hidden: number; lr: number; batch: number; evalDigits: number; seed: number }
export interface FairnessPoint { epoch: number; errA: number; errB: number }
export interface FairnessResult {
  curve: FairnessPoint[];
  /** scores of every held-out digit; even indices calibrate the thresholds, odd ones evaluate them */
  scores: Float32Array;
  outcomes: Record<Strategy, Outcome>;
  /** the evaluation half, for thresholds the student sets */
  evScores: number[];
  evY: number[];
  evG: number[];
}

/** Split of the held-out digits: thresholds are chosen on one half and measured on the other. */
export function halves(test: GroupSet, scores: Float32Array) {
  const pick = (odd: number) => {
    const idx = Array.from({ length: test.n }, (_, i) => i).filter((i) => i % 2 === odd);
    return { s: idx.map((i) => scores[i]), y: idx.map((i) => test.y[i]), g: idx.map((i) => test.g[i]) };
  };
  return { cal: pick(0), ev: pick(1) };
}

export function strategies(test: GroupSet, scores: Float32Array): Record<Strategy, Outcome> {
  const { cal, ev } = halves(test, scores);
  const one = (s: Strategy) => outcome(ev.s, ev.y, ev.g, chooseThresholds(cal.s, cal.y, cal.g, s));
  return { single: one('single'), parity: one('parity'), opportunity: one('opportunity') };
}

export async function trainFairness(
  data: FairnessData, o: FairnessOptions,
  hooks: { signal?: AbortSignal; onPoint?: (p: FairnessPoint) => void; onProgress?: (f: number) => void } = {},
): Promise<FairnessResult> {
  const owned = <T extends tf.Tensor>(init: T) => { const v = tf.variable(init); init.dispose(); return v; };
  const scale1 = Math.sqrt(2 / IMAGE_PIXELS);
  const w1 = owned(tf.randomNormal([IMAGE_PIXELS, o.hidden], 0, scale1, 'float32', o.seed));
  const b1 = owned(tf.zeros([o.hidden]));
  const w2 = owned(tf.randomNormal([o.hidden, 1], 0, Math.sqrt(1 / o.hidden), 'float32', o.seed + 1));
  const b2 = owned(tf.zeros([1]));
  const opt = tf.train.adam(o.lr);
  const logits = (x: tf.Tensor2D) => x.matMul(w1).add(b1).relu().matMul(w2).add(b2);
  const n = data.train.n;
  const perEpoch = Math.max(1, Math.ceil(n / o.batch));
  const order = seededPermutation(n, o.seed);
  const curve: FairnessPoint[] = [];
  const nEval = Math.min(o.evalDigits, data.test.n);
  const read = async (t: tf.Tensor) => {
    try { return (await (hooks.signal ? untilAborted(t.data(), hooks.signal) : t.data())) as Float32Array; } finally { t.dispose(); }
  };
  try {
    // minibatches as index tensors once per epoch would need gather (no gradient issue: data only)
    const batches: tf.Tensor1D[] = [];
    for (let k = 0; k < perEpoch; k++) batches.push(tf.tensor1d(Int32Array.from(order.slice(k * o.batch, (k + 1) * o.batch)), 'int32'));
    try {
      await runLoop({
        steps: o.epochs * perEpoch,
        signal: hooks.signal,
        onProgress: hooks.onProgress,
        step: async (i) => {
          const idx = batches[i % perEpoch];
          opt.minimize(() => tf.tidy(() => {
            // gathering the inputs is fine: no gradient flows into the data
            const x = tf.gather(data.xTrain, idx) as tf.Tensor2D;
            const y = tf.gather(data.yTrain, idx);
            return tf.losses.sigmoidCrossEntropy(y, logits(x)) as tf.Scalar;
          }));
          if ((i + 1) % perEpoch === 0) {
            const s = await read(tf.tidy(() => tf.sigmoid(logits(data.xTest.slice([0, 0], [nEval, IMAGE_PIXELS])))));
            const y = data.test.y.subarray(0, nEval);
            const g = data.test.g.subarray(0, nEval);
            const p = { epoch: (i + 1) / perEpoch, errA: ratesAt(s, y, g, 0, 0.5).err, errB: ratesAt(s, y, g, 1, 0.5).err };
            curve.push(p);
            hooks.onPoint?.(p);
          }
        },
      });
    } finally {
      tf.dispose(batches);
    }
    const scores = await read(tf.tidy(() => tf.sigmoid(logits(data.xTest)).reshape([-1])));
    const { ev } = halves(data.test, scores);
    return { curve, scores, outcomes: strategies(data.test, scores), evScores: ev.s, evY: ev.y, evG: ev.g };
  } finally {
    tf.dispose([w1, b1, w2, b2]);
    opt.dispose();
  }
}

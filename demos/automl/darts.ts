/**
 * darts: first-order DARTS on a tiny cell. Search: alternately one Adam step on the architecture
 * weights α using a validation batch, then one on the network weights w using a training batch
 * (first order: the α gradient ignores how w would change). softmax(α) is read back every few
 * steps for the drawing. Then discretise (strongest non-zero op per edge), and retrain that cell
 * and a random cell from scratch, step by step in turn, scored on held-out test digits.
 */
import * as tf from '@tensorflow/tfjs';
import type { MnistSet } from '../data/mnist';
import { NUM_CLASSES } from '../data/mnist';
import { runLoop, throwIfAborted, untilAborted } from '../runtime/loop';
import { mulberry32 } from '../runtime/rng';
import { disposeDigits, uploadDigits, type DigitSet } from './child';
import { cellLogits, createCellWeights, discretise, EDGES, OPS, randomCell, type Op } from './darts-cell';

export interface DartsOptions {
  searchSteps: number;
  retrainSteps: number;
  channels: number;
  size: number;
  batch: number;
  lrAlpha: number;
  lrW: number;
  trainDigits: number;
  valDigits: number;
  evalDigits: number;
  testDigits: number;
  /** read softmax(α) back every this many search steps */
  drawEvery: number;
  evalEvery: number;
  seed: number;
}

export const DARTS_DEFAULTS = { searchSteps: 100, retrainSteps: 120, channels: 4, size: 14, batch: 32, lrAlpha: 0.05, lrW: 0.01, trainDigits: 3000, valDigits: 3000, evalDigits: 500, testDigits: 2000, drawEvery: 10, evalEvery: 25 };
/** ?quick=1 (browser tests): a few seconds on WASM */
export const DARTS_QUICK = { ...DARTS_DEFAULTS, searchSteps: 24, retrainSteps: 30, size: 7, trainDigits: 500, valDigits: 500, evalDigits: 200, testDigits: 500, drawEvery: 5, evalEvery: 10 };

export interface DartsSnapshot { step: number; probs: number[][] }
export interface RetrainPoint { step: number; darts: number; random: number }

export interface DartsResult {
  probs: number[][];
  /** mean over edges of the total-variation distance of softmax(α) from uniform */
  departure: number;
  cell: Op[];
  random: Op[];
  accDarts: number;
  accRandom: number;
  skipEdges: number;
}

export interface DartsHooks {
  signal?: AbortSignal;
  onProgress?: (f: number) => void;
  onSnapshot?: (s: DartsSnapshot) => void;
  onCell?: (cell: Op[], random: Op[]) => void;
  onPoint?: (p: RetrainPoint) => void;
}

export function departureFromUniform(probs: number[][]): number {
  const u = 1 / OPS.length;
  return probs.reduce((s, row) => s + row.reduce((a, p) => a + Math.abs(p - u), 0) / 2, 0) / probs.length;
}

const slice = (d: DigitSet, start: number, n: number) => ({
  x: d.x.slice([start, 0, 0, 0], [n, d.size, d.size, 1]) as tf.Tensor4D,
  y: d.y.slice([start, 0], [n, NUM_CLASSES]) as tf.Tensor2D,
});

export async function runDarts(train: MnistSet, test: MnistSet, o: DartsOptions, hooks: DartsHooks = {}): Promise<DartsResult> {
  const { signal } = hooks;
  if (o.trainDigits + o.valDigits > train.count) throw new Error('not enough training digits for the two halves');
  const sets: DigitSet[] = [];
  const disposables: { dispose(): void }[] = [];
  const rand = mulberry32(o.seed);
  const read = async (t: tf.Tensor) => { try { return await (signal ? untilAborted(t.data(), signal) : t.data()); } finally { t.dispose(); } };
  const score = async (d: DigitSet, n: number, logits: (x: tf.Tensor4D) => tf.Tensor2D) =>
    (await read(tf.tidy(() => logits(d.x.slice([0, 0, 0, 0], [n, d.size, d.size, 1]) as tf.Tensor4D).argMax(1).equal(d.labels.slice([0], [n])).sum())))[0] / n;
  try {
    const up = (s: MnistSet, a: number, n: number) => { const d = uploadDigits(s, a, n, o.size); sets.push(d); return d; };
    const tr = up(train, 0, o.trainDigits), va = up(train, o.trainDigits, o.valDigits), te = up(test, 0, o.testDigits);
    const pick = (d: DigitSet) => slice(d, Math.floor(rand() * (d.x.shape[0] - o.batch + 1)), Math.min(o.batch, d.x.shape[0]));
    const total = o.searchSteps + o.retrainSteps;

    // search: α and w, alternately
    const w = createCellWeights(o.channels, o.size, o.seed);
    disposables.push(w);
    const init = tf.zeros([EDGES.length, OPS.length]);
    const alpha = tf.variable(init);
    init.dispose();
    disposables.push(alpha);
    const optA = tf.train.adam(o.lrAlpha), optW = tf.train.adam(o.lrW);
    disposables.push(optA, optW);
    const snapshot = async (step: number) => {
      const p = await read(tf.softmax(alpha));
      const probs = EDGES.map((_, e) => Array.from(p.slice(e * OPS.length, (e + 1) * OPS.length)));
      hooks.onSnapshot?.({ step, probs });
      return probs;
    };
    let probs = await snapshot(0);
    await runLoop({
      steps: o.searchSteps, signal,
      onProgress: (_f, i) => hooks.onProgress?.((i + 1) / total),
      step: async (i) => {
        optA.minimize(() => tf.tidy(() => { const b = pick(va); return tf.losses.softmaxCrossEntropy(b.y, cellLogits(b.x, w, { alpha })) as tf.Scalar; }), false, [alpha]);
        optW.minimize(() => tf.tidy(() => { const b = pick(tr); return tf.losses.softmaxCrossEntropy(b.y, cellLogits(b.x, w, { alpha })) as tf.Scalar; }), false, w.all);
        if ((i + 1) % o.drawEvery === 0 || i === o.searchSteps - 1) probs = await snapshot(i + 1);
      },
    });
    const cell = discretise(probs);
    const random = randomCell(o.seed + 101);
    hooks.onCell?.(cell, random);

    // retrain both cells from scratch, in turn, on the same batches
    const wd = createCellWeights(o.channels, o.size, o.seed + 1), wr = createCellWeights(o.channels, o.size, o.seed + 1);
    disposables.push(wd, wr);
    const od = tf.train.adam(o.lrW), or = tf.train.adam(o.lrW);
    disposables.push(od, or);
    const step = (ww: typeof wd, ops: Op[], opt: tf.Optimizer, b: { x: tf.Tensor4D; y: tf.Tensor2D }) =>
      opt.minimize(() => tf.losses.softmaxCrossEntropy(b.y, cellLogits(b.x, ww, { ops })) as tf.Scalar, false, ww.all);
    await runLoop({
      steps: o.retrainSteps, signal,
      onProgress: (_f, i) => hooks.onProgress?.((o.searchSteps + i + 1) / total),
      step: async (i) => {
        tf.tidy(() => { const b = pick(tr); step(wd, cell, od, b); step(wr, random, or, b); });
        if ((i + 1) % o.evalEvery === 0 && i < o.retrainSteps - 1) {
          const n = Math.min(o.evalDigits, o.testDigits);
          const darts = await score(te, n, (x) => cellLogits(x, wd, { ops: cell }));
          const rnd = await score(te, n, (x) => cellLogits(x, wr, { ops: random }));
          hooks.onPoint?.({ step: i + 1, darts, random: rnd });
        }
      },
    });
    throwIfAborted(signal);
    const accDarts = await score(te, o.testDigits, (x) => cellLogits(x, wd, { ops: cell }));
    const accRandom = await score(te, o.testDigits, (x) => cellLogits(x, wr, { ops: random }));
    hooks.onPoint?.({ step: o.retrainSteps, darts: accDarts, random: accRandom });
    return { probs, departure: departureFromUniform(probs), cell, random, accDarts, accRandom, skipEdges: cell.filter((c) => c === 'skip').length };
  } finally {
    sets.forEach(disposeDigits);
    disposables.forEach((d) => d.dispose());
  }
}

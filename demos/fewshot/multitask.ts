/**
 * Multi-task learning (Caruana, 1997) on a few labelled digits: one network with a shared trunk
 * and two heads, against two single-task networks with the same number of parameters in all.
 *
 *   shared:    x —784→H (ReLU)─┬─→ 10  task A: which digit
 *                               └─→ 2   task B: a second label of the same image
 *   separate:  x —784→h (ReLU)—→ 10     and     x —784→h (ReLU)—→ 2,   h ≈ H/2
 *
 * h is chosen so that both setups have (within 1%) the same parameter count: 797H + 12 shared,
 * 1581h + 12 separate. Both are trained with the same optimiser (Adam), learning rate, steps and
 * minibatches, on the same n training digits; the shared loss is CE_A + CE_B, the separate nets
 * minimise the same sum (their parameters are disjoint, so each net just follows its own loss).
 *
 * Task B options, all derived from the image or its digit (see the label functions):
 * - 'parity': odd vs even digit — a coarse label of the digit class;
 * - 'loop': the image has a closed loop (a hole: background pixels the border cannot reach) —
 *   computed from the pixels, so a 4 drawn closed counts and a 0 drawn with a gap does not;
 * - 'ink': heavy vs light ink (total brightness above the median of the 8,000 training digits);
 * - 'slant': leans right vs left (the image's shear moment, split at the training median).
 * Which task helps which, and at which n, is what the page measures; nothing is assumed.
 *
 * All MLP, batches gathered on the device from constant tensors (no gradient through gather).
 *
 * Width: H = 32 (25,516 parameters; separate 2 × 16, 25,324). Measured on WASM in Node, 300 steps,
 * seeds 1–3, shared − separate in points (task A | task B):
 *   parity  n = 100: +1.3 | +0.2   n = 300: +0.7 | −0.1   n = 1000: +1.2 | −0.6
 *   loop    n = 100: +1.2 | +0.3   n = 300: +0.7 | −0.2   n = 1000: +1.1 | −1.2
 *   ink     n = 100: +1.1 | +1.3   n = 300: +0.2 | +1.2   n = 1000: +1.1 | +0.3
 * i.e. the digit gains a little from sharing everywhere; the second task mostly does not. At
 * H = 128 (both setups roomy) all differences were within ±1 point.
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_PIXELS, IMAGE_SIZE, NUM_CLASSES, type MnistSet } from '../data/mnist';
import { throwIfAborted } from '../runtime/loop';
import { mulberry32, seededPermutation } from '../runtime/rng';

export const AUX_TASKS = ['parity', 'loop', 'ink', 'slant'] as const;
export type AuxTask = (typeof AUX_TASKS)[number];
export const isAuxTask = (s: unknown): s is AuxTask => typeof s === 'string' && (AUX_TASKS as readonly string[]).includes(s);

// ---------------------------------------------------------------------------------------------
// Task B labels

/** 1 for an odd digit, 0 for an even one. */
export const parityLabel = (digit: number) => digit % 2;

/** Pixels at least this bright (of 255) count as ink when looking for loops. */
export const INK_LEVEL = 96;
/** A hole must have at least this many enclosed background pixels (specks between strokes are not loops). */
export const MIN_HOLE = 6;

/**
 * Enclosed background pixels of the 28×28 image at `offset`: flood-fill the background
 * (4-connected, pixels < INK_LEVEL) from the border; what the fill cannot reach is inside a loop.
 */
export function holeSize(img: ArrayLike<number>, offset = 0, level = INK_LEVEL): number {
  const S = IMAGE_SIZE;
  const seen = new Uint8Array(S * S);
  const stack: number[] = [];
  const push = (p: number) => { if (!seen[p] && img[offset + p] < level) { seen[p] = 1; stack.push(p); } };
  for (let i = 0; i < S; i++) { push(i); push((S - 1) * S + i); push(i * S); push(i * S + S - 1); }
  while (stack.length) {
    const p = stack.pop()!;
    const y = Math.floor(p / S), x = p % S;
    if (y > 0) push(p - S);
    if (y < S - 1) push(p + S);
    if (x > 0) push(p - 1);
    if (x < S - 1) push(p + 1);
  }
  let holes = 0;
  for (let p = 0; p < S * S; p++) if (!seen[p] && img[offset + p] < level) holes++;
  return holes;
}

/** 1 if the image has a closed loop (see holeSize), else 0. */
export const loopLabel = (img: ArrayLike<number>, offset = 0) => (holeSize(img, offset) >= MIN_HOLE ? 1 : 0);

/** Total ink: the sum of the pixel values (0..255 each). */
export function inkAmount(img: ArrayLike<number>, offset = 0): number {
  let s = 0;
  for (let p = 0; p < IMAGE_PIXELS; p++) s += img[offset + p];
  return s;
}

/**
 * Slant: how much x moves per row going up the image, Σ I·(x − x̄)(ȳ − y) / Σ I·(y − ȳ)² with
 * rows counted downwards. Positive: the top is further right (leans right, like /).
 */
export function slantOf(img: ArrayLike<number>, offset = 0): number {
  const S = IMAGE_SIZE;
  let m = 0, mx = 0, my = 0;
  for (let y = 0; y < S; y++) for (let x = 0; x < S; x++) { const v = img[offset + y * S + x]; m += v; mx += v * x; my += v * y; }
  if (m === 0) return 0;
  mx /= m; my /= m;
  let cxy = 0, cyy = 0;
  for (let y = 0; y < S; y++) for (let x = 0; x < S; x++) {
    const v = img[offset + y * S + x];
    cxy += v * (x - mx) * (my - y);
    cyy += v * (y - my) * (y - my);
  }
  return cyy > 0 ? cxy / cyy : 0;
}

function median(v: number[]): number {
  const s = v.slice().sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

/** Split points of the pixel-measured tasks: the medians over a reference set (the training split). */
export interface AuxThresholds { ink: number; slant: number }

export function auxThresholds(ref: MnistSet): AuxThresholds {
  const ink: number[] = [], slant: number[] = [];
  for (let i = 0; i < ref.count; i++) { ink.push(inkAmount(ref.images, i * IMAGE_PIXELS)); slant.push(slantOf(ref.images, i * IMAGE_PIXELS)); }
  return { ink: median(ink), slant: median(slant) };
}

/** Task B's label (0/1) of digit i of `set`. */
export function auxLabel(set: MnistSet, i: number, task: AuxTask, th: AuxThresholds): number {
  const o = i * IMAGE_PIXELS;
  switch (task) {
    case 'parity': return parityLabel(set.labels[i]);
    case 'loop': return loopLabel(set.images, o);
    case 'ink': return inkAmount(set.images, o) > th.ink ? 1 : 0;
    case 'slant': return slantOf(set.images, o) > th.slant ? 1 : 0;
  }
}

export function auxLabels(set: MnistSet, task: AuxTask, th: AuxThresholds): Uint8Array {
  return Uint8Array.from({ length: set.count }, (_, i) => auxLabel(set, i, task, th));
}

// ---------------------------------------------------------------------------------------------
// The two architectures and their parameter budgets

export const B_CLASSES = 2;

/** Parameters of the shared network: trunk 784→H, heads H→10 and H→2. */
export const sharedParams = (H: number) => IMAGE_PIXELS * H + H + H * NUM_CLASSES + NUM_CLASSES + H * B_CLASSES + B_CLASSES;
/** Parameters of the two separate networks of width h: 784→h→10 and 784→h→2. */
export const separateParams = (h: number) => 2 * (IMAGE_PIXELS * h + h) + h * NUM_CLASSES + NUM_CLASSES + h * B_CLASSES + B_CLASSES;
/** The separate width whose total is closest to the shared network's. */
export function separateWidth(H: number): number {
  const target = sharedParams(H);
  let h = Math.max(1, Math.floor(H / 2));
  while (Math.abs(separateParams(h + 1) - target) < Math.abs(separateParams(h) - target)) h++;
  while (h > 1 && Math.abs(separateParams(h - 1) - target) < Math.abs(separateParams(h) - target)) h--;
  return h;
}

type Layer = { w: tf.Variable; b: tf.Variable };

function dense(fanIn: number, fanOut: number, rand: () => number): Layer {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  // tidy: tf.variable copies nothing but keeps its initial tensor counted; tidy frees that one
  return tf.tidy(() => ({
    w: tf.variable(tf.tensor2d(Float32Array.from({ length: fanIn * fanOut }, () => (2 * rand() - 1) * limit), [fanIn, fanOut])),
    b: tf.variable(tf.zeros([fanOut])),
  }));
}

const apply = (l: Layer, x: tf.Tensor2D) => tf.add(tf.matMul(x, l.w), l.b) as tf.Tensor2D;

/** Either setup: `logits(x)` gives both tasks' logits; `vars` are all its parameters. */
export interface TwoTaskModel {
  kind: 'shared' | 'separate';
  logits(x: tf.Tensor2D): { a: tf.Tensor2D; b: tf.Tensor2D };
  vars: tf.Variable[];
  numParams: number;
  dispose(): void;
}

export function sharedModel(H: number, seed: number): TwoTaskModel {
  const rand = mulberry32(seed);
  const trunk = dense(IMAGE_PIXELS, H, rand), headA = dense(H, NUM_CLASSES, rand), headB = dense(H, B_CLASSES, rand);
  const vars = [trunk, headA, headB].flatMap((l) => [l.w, l.b]);
  return {
    kind: 'shared', vars, numParams: vars.reduce((s, v) => s + v.size, 0),
    logits: (x) => {
      const h = tf.relu(apply(trunk, x));
      return { a: apply(headA, h), b: apply(headB, h) };
    },
    dispose: () => tf.dispose(vars),
  };
}

export function separateModel(h: number, seed: number): TwoTaskModel {
  const rand = mulberry32(seed);
  const a1 = dense(IMAGE_PIXELS, h, rand), a2 = dense(h, NUM_CLASSES, rand);
  const b1 = dense(IMAGE_PIXELS, h, rand), b2 = dense(h, B_CLASSES, rand);
  const vars = [a1, a2, b1, b2].flatMap((l) => [l.w, l.b]);
  return {
    kind: 'separate', vars, numParams: vars.reduce((s, v) => s + v.size, 0),
    logits: (x) => ({ a: apply(a2, tf.relu(apply(a1, x))), b: apply(b2, tf.relu(apply(b1, x))) }),
    dispose: () => tf.dispose(vars),
  };
}

/** CE_A + CE_B, each the mean softmax cross-entropy over the batch. */
export function twoTaskLoss(m: TwoTaskModel, x: tf.Tensor2D, ya: tf.Tensor1D, yb: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => {
    const { a, b } = m.logits(x);
    const ce = (z: tf.Tensor2D, y: tf.Tensor1D, k: number) => tf.losses.softmaxCrossEntropy(tf.oneHot(y, k), z);
    return tf.add(ce(a, ya, NUM_CLASSES), ce(b, yb, B_CLASSES)) as tf.Scalar;
  });
}

// ---------------------------------------------------------------------------------------------
// The experiment

/** Digits on the device: pixels [n, 784] in [0, 1], task A and task B labels (int32). */
export interface TaskData { x: tf.Tensor2D; a: tf.Tensor1D; b: tf.Tensor1D; n: number; dispose(): void }

export function uploadTaskData(set: MnistSet, idx: ArrayLike<number>, bLabels: Uint8Array): TaskData {
  const n = idx.length;
  const x = new Float32Array(n * IMAGE_PIXELS), a = new Int32Array(n), b = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const i = idx[r];
    for (let p = 0; p < IMAGE_PIXELS; p++) x[r * IMAGE_PIXELS + p] = set.images[i * IMAGE_PIXELS + p] / 255;
    a[r] = set.labels[i];
    b[r] = bLabels[i];
  }
  const t = { x: tf.tensor2d(x, [n, IMAGE_PIXELS]), a: tf.tensor1d(a, 'int32'), b: tf.tensor1d(b, 'int32') };
  return { ...t, n, dispose: () => tf.dispose([t.x, t.a, t.b]) };
}

export interface MultiTaskConfig {
  /** width H of the shared trunk (the separate nets get separateWidth(H)) */
  hidden: number;
  steps: number;
  batch: number;
  lr: number;
}

export const MULTITASK_DEFAULTS: MultiTaskConfig = { hidden: 32, steps: 300, batch: 50, lr: 1e-3 };

export interface Accuracies { a: number; b: number }

/** Test accuracy of both tasks; one read-back. */
export async function evaluateTwoTask(m: TwoTaskModel, test: TaskData): Promise<Accuracies> {
  const r = tf.tidy(() => {
    const { a, b } = m.logits(test.x);
    const hit = (z: tf.Tensor2D, y: tf.Tensor1D) => tf.sum(tf.cast(tf.equal(tf.argMax(z, 1), y), 'float32'));
    return tf.stack([hit(a, test.a), hit(b, test.b)]);
  });
  const v = await r.data();
  r.dispose();
  return { a: v[0] / test.n, b: v[1] / test.n };
}

/**
 * Trains both setups side by side, on the same minibatches (drawn with `seed`), and returns their
 * test accuracies. Each step is one tidy per model; nothing is read until the end.
 */
export async function compareOnce(
  train: TaskData, test: TaskData, cfg: MultiTaskConfig, seed: number, signal?: AbortSignal, onStep?: (i: number) => Promise<void> | void,
  live?: { every: number; test: TaskData; on: (step: number, shared: Accuracies, separate: Accuracies) => void },
) {
  const shared = sharedModel(cfg.hidden, seed);
  const separate = separateModel(separateWidth(cfg.hidden), seed);
  const optS = tf.train.adam(cfg.lr), optP = tf.train.adam(cfg.lr);
  const rand = mulberry32(seed * 31 + 7);
  const bs = Math.min(cfg.batch, train.n);
  try {
    let order = seededPermutation(train.n, seed), at = 0;
    for (let i = 0; i < cfg.steps; i++) {
      throwIfAborted(signal);
      // epochs of shuffled minibatches; the indices go up, the digits stay on the device
      if (at + bs > train.n) { order = seededPermutation(train.n, Math.floor(rand() * 2 ** 31)); at = 0; }
      const idx = tf.tensor1d(Int32Array.from(order.subarray(at, at + bs)), 'int32');
      at += bs;
      tf.tidy(() => {
        const x = tf.gather(train.x, idx), ya = tf.gather(train.a, idx), yb = tf.gather(train.b, idx);
        optS.minimize(() => twoTaskLoss(shared, x, ya, yb), false, shared.vars);
        optP.minimize(() => twoTaskLoss(separate, x, ya, yb), false, separate.vars);
      });
      idx.dispose();
      // a look at both nets mid-training on a fixed subset (read back only here): the page's first numbers
      if (live && (i + 1) % live.every === 0 && i + 1 < cfg.steps) live.on(i + 1, await evaluateTwoTask(shared, live.test), await evaluateTwoTask(separate, live.test));
      await onStep?.(i);
    }
    const [s, p] = [await evaluateTwoTask(shared, test), await evaluateTwoTask(separate, test)];
    return { shared: s, separate: p, paramsShared: shared.numParams, paramsSeparate: separate.numParams };
  } finally {
    shared.dispose(); separate.dispose(); optS.dispose(); optP.dispose();
  }
}

export interface SweepRow {
  n: number;
  /** mean over seeds */
  shared: Accuracies;
  separate: Accuracies;
  /** per seed, shared − separate */
  diffA: number[];
  diffB: number[];
  /** seeds averaged so far (rows are reported after each seed, then refined) */
  seeds: number;
}

export interface SweepResult { task: AuxTask; rows: SweepRow[]; paramsShared: number; paramsSeparate: number; hidden: number; separateHidden: number }

export interface SweepOptions {
  task: AuxTask;
  sizes: number[];
  seeds: number[];
  cfg: MultiTaskConfig;
  /** at most this many test digits (all by default) */
  testLimit?: number;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  /** called after every seed with the mean so far (row.seeds tells how many) */
  onRow?: (row: SweepRow) => void;
  /** mid-training checks every `liveEvery` steps on the first `liveDigits` test digits */
  onLive?: (p: { n: number; seed: number; step: number; shared: Accuracies; separate: Accuracies }) => void;
  liveEvery?: number;
  liveDigits?: number;
  yieldNow?: () => Promise<void>;
}

/**
 * The page's experiment: for each training-set size n and seed, the first n digits of a seeded
 * shuffle of the training split, both setups trained and tested on the held-out digits.
 */
export async function runMultiTaskSweep(trainSet: MnistSet, testSet: MnistSet, o: SweepOptions): Promise<SweepResult> {
  const th = auxThresholds(trainSet);
  const bTrain = auxLabels(trainSet, o.task, th), bTest = auxLabels(testSet, o.task, th);
  const nTest = Math.min(testSet.count, o.testLimit ?? Infinity);
  const test = uploadTaskData(testSet, Array.from({ length: nTest }, (_, i) => i), bTest);
  const nLive = Math.min(nTest, o.liveDigits ?? 500);
  const liveSet: TaskData = { x: tf.slice(test.x, [0, 0], [nLive, -1]), a: tf.slice(test.a, [0], [nLive]), b: tf.slice(test.b, [0], [nLive]), n: nLive, dispose: () => {} };
  const rows: SweepRow[] = [];
  const total = o.sizes.length * o.seeds.length * o.cfg.steps;
  let done = 0, chunk = performance.now();
  let params = { shared: sharedParams(o.cfg.hidden), separate: separateParams(separateWidth(o.cfg.hidden)) };
  try {
    // seed by seed over all n (the work per run does not depend on n): every row appears after the
    // first seed and is refined as the other seeds finish, instead of one n at a time
    const per = new Map<number, Awaited<ReturnType<typeof compareOnce>>[]>(o.sizes.map((n) => [n, []]));
    for (const seed of o.seeds) {
      for (const n of o.sizes) {
        const idx = seededPermutation(trainSet.count, 1000 + seed).subarray(0, Math.min(n, trainSet.count));
        const train = uploadTaskData(trainSet, idx, bTrain);
        const runs = per.get(n)!;
        try {
          const live = o.onLive && { every: o.liveEvery ?? 100, test: liveSet, on: (step: number, shared: Accuracies, separate: Accuracies) => o.onLive!({ n, seed, step, shared, separate }) };
          runs.push(await compareOnce(train, test, o.cfg, seed, o.signal, async () => {
            done++;
            o.onProgress?.(done / total);
            if (o.yieldNow && performance.now() - chunk > 30) { await o.yieldNow(); chunk = performance.now(); }
          }, live || undefined));
        } finally {
          train.dispose();
        }
        const mean = (f: (r: (typeof runs)[number]) => number) => runs.reduce((s, r) => s + f(r), 0) / runs.length;
        const row: SweepRow = {
          n,
          shared: { a: mean((r) => r.shared.a), b: mean((r) => r.shared.b) },
          separate: { a: mean((r) => r.separate.a), b: mean((r) => r.separate.b) },
          diffA: runs.map((r) => r.shared.a - r.separate.a),
          diffB: runs.map((r) => r.shared.b - r.separate.b),
          seeds: runs.length,
        };
        params = { shared: runs[0].paramsShared, separate: runs[0].paramsSeparate };
        if (runs.length === o.seeds.length) rows.push(row);
        o.onRow?.(row);
      }
    }
  } finally {
    tf.dispose([test.x, test.a, test.b, liveSet.x, liveSet.a, liveSet.b]);
  }
  return { task: o.task, rows, paramsShared: params.shared, paramsSeparate: params.separate, hidden: o.cfg.hidden, separateHidden: separateWidth(o.cfg.hidden) };
}

/**
 * What the numbers say, per task and size: 'helped' when sharing is ahead by more than `margin`
 * on average and ahead for every seed, 'hurt' likewise behind, else 'same'. The page turns these
 * into its sentence; nothing is decided in advance.
 */
export type Verdict = 'helped' | 'hurt' | 'same';
export function verdict(diffs: number[], margin = 0.01): Verdict {
  const m = diffs.reduce((s, d) => s + d, 0) / diffs.length;
  if (m > margin && diffs.every((d) => d > 0)) return 'helped';
  if (m < -margin && diffs.every((d) => d < 0)) return 'hurt';
  return 'same';
}

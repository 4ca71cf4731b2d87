/**
 * Transfer learning, measured: a CNN pre-trained on digits 0–4 (demos/fewshot/extractor.ts)
 * meets a new task — digits 5–9, relabelled 0–4 — with only k labelled examples per class.
 * Three ways to learn the new task from the same k·5 images, the same optimiser (Adam,
 * full batches up to 50 images, minibatches of 50 beyond) and the same number of steps (the frozen head, which costs next
 * to nothing per step, trains for more: Budget.headSteps):
 *
 *   frozen    keep the pre-trained body, replace the output: features are computed once, only a
 *             new softmax head (128×5 + 5 = 645 parameters) is trained on them;
 *   finetune  the pre-trained body plus a new head, everything trained; the pre-trained layers
 *             learn 10× slower than the head (BODY_LR_SCALE) — the usual recipe, so that the
 *             first steps, driven by a random head, do not wreck features that already work;
 *   scratch   the same architecture (~206,000 parameters) from a random initialisation, trained
 *             like finetune but with one learning rate for all layers (there is nothing to protect).
 *
 * Each is scored on ALL held-out test digits 5–9 (~1,000). The training budget (Budget) is the
 * same for the three methods; k·5 images are seen at every step.
 *
 * The view drives the work unit by unit, step by step (Trainer), so it can yield, report
 * progress and stop; nothing here reads a tensor back except once per trained unit (its loss and
 * its test accuracy).
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_PIXELS, IMAGE_SIZE, type MnistSet } from '../data/mnist';
import { mulberry32 } from '../runtime/rng';
import { runLoop, untilAborted } from '../runtime/loop';
import { DIGITS04_CNN, fewshotInitialWeights, fewshotLogits } from '../models/fewshot-cnn';
import type { Extractor } from './extractor';

/** The new task's digits, in label order: digit NEW_CLASSES[c] gets label c. */
export const NEW_CLASSES = [5, 6, 7, 8, 9] as const;
export const WAYS = NEW_CLASSES.length;

export const METHODS = ['frozen', 'finetune', 'scratch'] as const;
export type Method = (typeof METHODS)[number];

export interface Budget {
  /** full-batch Adam steps of fine-tuning and of training from scratch, for every k */
  steps: number;
  /**
   * frozen: steps of the new head (default `steps`). A head step on features computed once costs
   * next to nothing, so the head is trained to convergence rather than cut off at the budget the
   * whole-network methods need; every method sees the same k·5 images.
   */
  headSteps?: number;
  /** learning rate of the new head (frozen, finetune) and of every layer (scratch) */
  lr: number;
  /** finetune: the pre-trained layers' learning rate is lr × this */
  bodyLrScale: number;
}

export interface Workload {
  /** examples per class to try, ascending */
  ks: number[];
  /** support sets drawn per k; accuracies are averaged over them */
  draws: number;
  budget: Budget;
  /** score on the first this-many test digits 5–9 only (quick runs); default: all of them */
  testLimit?: number;
}

export const BODY_LR_SCALE = 0.1;
export const DEFAULT_BUDGET: Budget = { steps: 100, headSteps: 300, lr: 3e-3, bodyLrScale: BODY_LR_SCALE };

/** How many steps `method` trains for under `budget`. */
export const stepsOf = (method: Method, budget: Budget) => (method === 'frozen' ? budget.headSteps ?? budget.steps : budget.steps);

/**
 * What a student sees: k from one to fifty examples per class, three support-set draws for each
 * (a single draw of 1–5 images per class swings by ±10 points), 100 steps for each method.
 */
export const FULL_WORKLOAD: Workload = { ks: [1, 2, 5, 10, 20, 50], draws: 3, budget: DEFAULT_BUDGET };
/**
 * ?quick=1 and the bench's quick variant: k = 5 only, one draw, 30 steps, scored on the first 200
 * test digits 5–9 (the cpu backend trains a conv net slowly).
 */
export const QUICK_WORKLOAD: Workload = { ks: [5], draws: 1, budget: { ...DEFAULT_BUDGET, steps: 30 }, testLimit: 200 };

export const MAX_K = 50;

/** Images of the new task, as floats in [0, 1], labels already relabelled to 0..WAYS-1. */
export interface FewShotSet {
  x: Float32Array;
  y: Int32Array;
  n: number;
  /** index of each image in the split it was taken from */
  source: Uint32Array;
}

function gather(set: MnistSet, idx: number[]): FewShotSet {
  const x = new Float32Array(idx.length * IMAGE_PIXELS);
  const y = new Int32Array(idx.length);
  idx.forEach((src, j) => {
    const base = src * IMAGE_PIXELS;
    for (let p = 0; p < IMAGE_PIXELS; p++) x[j * IMAGE_PIXELS + p] = set.images[base + p] / 255;
    y[j] = NEW_CLASSES.indexOf(set.labels[src] as (typeof NEW_CLASSES)[number]);
  });
  return { x, y, n: idx.length, source: Uint32Array.from(idx) };
}

/** Every digit 5–9 of `set` (the held-out split), relabelled, in split order. */
export function newClassSet(set: MnistSet): FewShotSet {
  const idx: number[] = [];
  for (let i = 0; i < set.count; i++) if (set.labels[i] >= NEW_CLASSES[0]) idx.push(i);
  return gather(set, idx);
}

/**
 * The support set: k training digits of each class 5–9, class by class. Each class's digits are
 * shuffled once by `seed`, and the first k are taken, so for one seed the k = 1 set is inside the
 * k = 2 set, and so on: a larger k only adds examples.
 */
export function sampleSupport(train: MnistSet, k: number, seed: number): FewShotSet {
  if (!Number.isInteger(k) || k < 1) throw new Error(`k must be a positive integer, not ${k}`);
  const idx: number[] = [];
  for (const digit of NEW_CLASSES) {
    // one generator per class, so that a larger k draws the same first examples
    const rand = mulberry32((seed ^ Math.imul(digit + 1, 0x9e3779b9)) >>> 0);
    const pool: number[] = [];
    for (let i = 0; i < train.count; i++) if (train.labels[i] === digit) pool.push(i);
    if (pool.length < k) throw new Error(`only ${pool.length} training digits ${digit}, fewer than k = ${k}`);
    // partial Fisher–Yates: the first k of a seeded shuffle
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(rand() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    idx.push(...pool.slice(0, k));
  }
  return gather(train, idx);
}

/** The seed of draw `draw` (support set and new head alike) for a run seeded `seed`. */
export const drawSeed = (seed: number, draw: number) => (Math.imul(seed >>> 0, 2_654_435_761) + 7919 * (draw + 1)) >>> 0;

/** What every trainer of a run shares: the extractor, the test set, and its features (once). */
export interface TransferContext {
  extractor: Extractor;
  test: FewShotSet;
  /** extractor features of every test image, [test.n, dim] */
  testFeatures: tf.Tensor2D;
  dispose(): void;
}

export function createContext(extractor: Extractor, testSet: MnistSet, testLimit = Infinity): TransferContext {
  const all = newClassSet(testSet);
  const n = Math.min(all.n, testLimit);
  const test = n === all.n ? all : { x: all.x.slice(0, n * IMAGE_PIXELS), y: all.y.slice(0, n), n, source: all.source.slice(0, n) };
  const testFeatures = tf.tidy(() => extractor.features(tf.tensor2d(test.x, [test.n, IMAGE_PIXELS])));
  return { extractor, test, testFeatures, dispose: () => testFeatures.dispose() };
}

/** One method learning one support set. */
export interface Trainer {
  method: Method;
  k: number;
  /** one full-batch optimiser step; nothing is read back */
  step(): void;
  /** mean training loss of the last step and accuracy on the whole test set (one read-back) */
  result(): Promise<{ loss: number; accuracy: number }>;
  /** frees variables, optimiser state and the support tensors (the context stays) */
  dispose(): void;
}

const EVAL_BATCH = 250;
/**
 * Fine-tuning and scratch steps see at most this many images: the whole support set up to k = 10,
 * a random minibatch beyond (k = 20, 50), so a step costs the same from k = 10 on and the full run
 * stays a few minutes on WASM (full batches at k = 50 made it ten).
 */
export const BATCH_CAP = 50;

export function createTrainer(ctx: TransferContext, method: Method, support: FewShotSet, budget: Budget, seed: number): Trainer {
  const k = support.n / WAYS;
  const { extractor } = ctx;
  const ys = tf.tidy(() => tf.oneHot(tf.tensor1d(support.y, 'int32'), WAYS).toFloat() as tf.Tensor2D);
  const fresh = fewshotInitialWeights({ ...DIGITS04_CNN, features: extractor.dim, classes: WAYS }, seed);
  // the new head, the same draw for frozen and finetune
  const head = [tf.variable(fresh[6], true), tf.variable(fresh[7], true)];
  let lastLoss: tf.Scalar | null = null;
  const keep = (loss: tf.Scalar) => { lastLoss?.dispose(); lastLoss = loss; };
  const readLoss = async () => (lastLoss ? (await lastLoss.data())[0] : NaN);
  const cleanup: tf.Tensor[] = [ys, ...head];

  if (method === 'frozen') {
    tf.dispose(fresh); // the head variables hold their own reference
    const feats = tf.tidy(() => extractor.features(tf.tensor2d(support.x, [support.n, IMAGE_PIXELS])));
    cleanup.push(feats);
    const opt = tf.train.adam(budget.lr);
    const logits = (f: tf.Tensor2D) => tf.add(tf.matMul(f, head[0] as tf.Tensor2D), head[1]) as tf.Tensor2D;
    return {
      method, k,
      step() {
        keep(tf.tidy(() => opt.minimize(() => tf.losses.softmaxCrossEntropy(ys, logits(feats)) as tf.Scalar, true, head)!));
      },
      async result() {
        const correct = tf.tidy(() => tf.equal(tf.argMax(logits(ctx.testFeatures), 1), tf.tensor1d(ctx.test.y, 'int32')).sum());
        const [c, loss] = [(await correct.data())[0], await readLoss()];
        correct.dispose();
        return { loss, accuracy: c / ctx.test.n };
      },
      dispose() { tf.dispose([...cleanup, ...(lastLoss ? [lastLoss] : [])]); opt.dispose(); },
    };
  }

  // finetune starts from the pre-trained body, scratch from fresh weights; both train everything
  const bodyInit = method === 'finetune' ? extractor.model.getWeights().slice(0, 6) : fresh.slice(0, 6);
  const body = bodyInit.map((w) => tf.variable(w, true));
  tf.dispose(fresh); // tf.variable copied what it needed
  cleanup.push(...body);
  const xs = tf.tensor4d(support.x, [support.n, IMAGE_SIZE, IMAGE_SIZE, 1]);
  cleanup.push(xs);
  const all = [...body, ...head];
  const bodyLr = method === 'finetune' ? budget.lr * budget.bodyLrScale : budget.lr;
  // minibatches for large support sets: a seeded reshuffle of the support set, BATCH_CAP at a time
  // (the images are a constant: no gradient flows through the gather)
  const order = Array.from({ length: support.n }, (_, i) => i);
  const rand = mulberry32((seed ^ 0x5bd1e995) >>> 0);
  let at = support.n;
  const nextBatch = () => {
    const out = new Int32Array(BATCH_CAP);
    for (let b = 0; b < BATCH_CAP; b++) {
      if (at >= support.n) {
        for (let i = support.n - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
        at = 0;
      }
      out[b] = order[at++];
    }
    return out;
  };
  const optBody = tf.train.adam(bodyLr);
  const optHead = tf.train.adam(budget.lr);
  return {
    method, k,
    step() {
      keep(tf.tidy(() => {
        // up to BATCH_CAP images: the whole support set; beyond, a fresh random minibatch
        let bx: tf.Tensor4D = xs, by: tf.Tensor2D = ys;
        if (support.n > BATCH_CAP) {
          const idx = tf.tensor1d(nextBatch(), 'int32');
          bx = tf.gather(xs, idx);
          by = tf.gather(ys, idx);
        }
        const { value, grads } = tf.variableGrads(() => tf.losses.softmaxCrossEntropy(by, fewshotLogits(all, bx)) as tf.Scalar, all);
        optBody.applyGradients(body.map((v) => ({ name: v.name, tensor: grads[v.name] })));
        optHead.applyGradients(head.map((v) => ({ name: v.name, tensor: grads[v.name] })));
        return value;
      }));
    },
    async result() {
      let correct = tf.scalar(0, 'int32');
      for (let s = 0; s < ctx.test.n; s += EVAL_BATCH) {
        const n = Math.min(EVAL_BATCH, ctx.test.n - s);
        const next = tf.tidy(() => {
          const x = tf.tensor4d(ctx.test.x.subarray(s * IMAGE_PIXELS, (s + n) * IMAGE_PIXELS), [n, IMAGE_SIZE, IMAGE_SIZE, 1]);
          const y = tf.tensor1d(ctx.test.y.subarray(s, s + n), 'int32');
          return tf.add(correct, tf.equal(tf.argMax(fewshotLogits(all, x), 1), y).sum());
        });
        correct.dispose();
        correct = next as tf.Scalar;
      }
      const [c, loss] = [(await correct.data())[0], await readLoss()];
      correct.dispose();
      return { loss, accuracy: c / ctx.test.n };
    },
    dispose() { tf.dispose([...cleanup, ...(lastLoss ? [lastLoss] : [])]); optBody.dispose(); optHead.dispose(); },
  };
}

/** One (k, method) cell of the results: its accuracy averaged over the draws. */
export interface TransferCell {
  k: number;
  method: Method;
  /** mean test accuracy over the draws, 0..1 */
  accuracy: number;
  /** each draw's test accuracy */
  accuracies: number[];
  /** mean final training loss */
  loss: number;
  /** wall time of the whole k (all its methods and draws: they run interleaved) */
  seconds: number;
}

/** One method's result on one support-set draw (before the draws are averaged into a cell). */
export interface TransferDraw { k: number; method: Method; draw: number; accuracy: number; loss: number }

export interface RunOptions {
  signal?: AbortSignal;
  /** fraction of the whole run done, and which unit is running */
  onProgress?: (fraction: number, at: { k: number; method: Method; draw: number; step: number }) => void;
  /** after every (k, method, draw): the table can fill in and show the spread as draws arrive */
  onDraw?: (d: TransferDraw) => void;
  /** after every (k, method), all draws done, so a chart can grow live */
  onCell?: (cell: TransferCell) => void;
}

/**
 * Rough cost of one step, for an even progress bar and the view's time estimates: a head step is
 * nearly free, a whole-network step costs in proportion to the images it sees (plus a fixed
 * overhead).
 */
export const stepCost = (method: Method, k: number) => (method === 'frozen' ? 0.2 : 10 + Math.min(WAYS * k, BATCH_CAP));
const evalCost = (method: Method, testN: number) => (method === 'frozen' ? 1 : testN / 2);
/** The cost of one (k, draw) — its three methods — in stepCost units. */
export const drawCost = (k: number, budget: Budget, testN: number) =>
  METHODS.reduce((a, m) => a + stepsOf(m, budget) * stepCost(m, k) + evalCost(m, testN), 0);

/**
 * Trains and scores every (k, method, draw) of `work`; k outermost, then draws. Within a draw the
 * frozen head goes first (features computed once, a few hundred nearly free steps: the first
 * result within a second or so), then fine-tuning and scratch step by step in turn, so the two
 * whole-network methods finish together. Cells are reported per k, in METHODS order.
 */
export async function runTransfer(ctx: TransferContext, train: MnistSet, work: Workload, seed: number, opts: RunOptions = {}): Promise<TransferCell[]> {
  const { signal, onProgress, onDraw, onCell } = opts;
  let total = 0;
  for (const k of work.ks) total += work.draws * drawCost(k, work.budget, ctx.test.n);
  let done = 0;
  const cells: TransferCell[] = [];
  for (const k of work.ks) {
    const started = performance.now();
    const got = new Map<Method, { acc: number[]; loss: number }>(METHODS.map((m) => [m, { acc: [], loss: 0 }]));
    for (let draw = 0; draw < work.draws; draw++) {
      const support = sampleSupport(train, k, drawSeed(seed, draw));
      const finish = async (trainer: Trainer) => {
        const r = signal ? await untilAborted(trainer.result(), signal) : await trainer.result();
        const g = got.get(trainer.method)!;
        g.acc.push(r.accuracy);
        g.loss += r.loss;
        done += evalCost(trainer.method, ctx.test.n);
        onProgress?.(done / total, { k, method: trainer.method, draw, step: stepsOf(trainer.method, work.budget) });
        onDraw?.({ k, method: trainer.method, draw, accuracy: r.accuracy, loss: r.loss });
      };
      // the frozen head alone
      const frozen = createTrainer(ctx, 'frozen', support, work.budget, drawSeed(seed, draw));
      try {
        await runLoop({
          steps: stepsOf('frozen', work.budget), signal,
          step: () => frozen.step(),
          onProgress: (_, i) => { done += stepCost('frozen', k); onProgress?.(done / total, { k, method: 'frozen', draw, step: i + 1 }); },
        });
        await finish(frozen);
      } finally {
        frozen.dispose();
      }
      // fine-tuning and scratch, one step each in turn
      const pair: Trainer[] = [];
      try {
        for (const m of ['finetune', 'scratch'] as const) pair.push(createTrainer(ctx, m, support, work.budget, drawSeed(seed, draw)));
        await runLoop({
          steps: work.budget.steps, signal,
          step: (i) => {
            for (const tr of pair) {
              tr.step();
              done += stepCost(tr.method, k);
              onProgress?.(done / total, { k, method: tr.method, draw, step: i + 1 });
            }
          },
        });
        for (const tr of pair) await finish(tr);
      } finally {
        pair.forEach((tr) => tr.dispose());
      }
    }
    for (const method of METHODS) {
      const g = got.get(method)!;
      const cell: TransferCell = {
        k, method, accuracies: g.acc,
        accuracy: g.acc.reduce((a, b) => a + b, 0) / g.acc.length,
        loss: g.loss / work.draws,
        seconds: (performance.now() - started) / 1000,
      };
      cells.push(cell);
      onCell?.(cell);
    }
  }
  return cells;
}

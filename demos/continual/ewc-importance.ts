/**
 * ewc-importance: learn task A (digits 0/1), compute the diagonal Fisher Fᵢ there, then learn task B
 * (2/3) twice from θ*_A — by naive fine-tuning and with the EWC penalty — stepped in turn on the
 * same minibatches, recording each one's drift ‖θ − θ*_A‖, its Fisher-weighted drift and its task-A
 * accuracy (task A learned with its own two outputs; task B and all tests with one softmax over 0–3).
 */
import * as tf from '@tensorflow/tfjs';
import { runLoop, untilAborted } from '../runtime/loop';
import { mulberry32 } from '../runtime/rng';
import { TASKS, taskOf, type SplitData, type TaskSet } from './data';
import { createMlp, drift, ewcPenalty, fisherDiagonal, logitsOf, maskedCrossEntropy, maskRows, oneHotRows } from './mlp';

export const IMPORTANCE_DEFAULTS = { hidden: 100, stepsA: 150, steps: 150, batch: 64, lr: 0.001, lambda: 1e8, fisherSamples: 500, every: 10 };
export const IMPORTANCE_QUICK = { ...IMPORTANCE_DEFAULTS, stepsA: 40, steps: 40, fisherSamples: 200 };
export type ImportanceOptions = typeof IMPORTANCE_DEFAULTS & { seed: number };

// class-incremental: after task B one softmax over 0–3, so naive fine-tuning visibly forgets task A
const headOf = (stage: number) => (label: number): readonly number[] => (stage === 0 ? TASKS[taskOf(label)] : [0, 1, 2, 3]);

export interface DriftPoint { step: number; plain: [number, number]; weighted: [number, number]; accA: [number, number] }
export interface ImportanceResult {
  /** per input pixel, Σ over hidden units of F for the first layer's weights (784) */
  pixel: Float32Array;
  /** the `units` most important hidden units: each one's 784 input-weight Fᵢ */
  units: { unit: number; f: Float32Array }[];
  accA0: number;
  curve: DriftPoint[];
  accB: [number, number];
}

function batchOf(set: TaskSet, size: number, rand: () => number, stage: number) {
  const idx = Int32Array.from({ length: size }, () => Math.floor(rand() * set.n));
  const y = Uint8Array.from(idx, (i) => set.y[i]);
  return { x: tf.tidy(() => tf.gather(set.x, tf.tensor1d(idx, 'int32')) as tf.Tensor2D), yy: oneHotRows(y), mask: maskRows(y, headOf(stage)) };
}

function trainStep(vars: tf.Variable[], opt: tf.Optimizer, b: ReturnType<typeof batchOf>, penalty?: { anchor: tf.Tensor[]; fisher: tf.Tensor[]; lambda: number }) {
  opt.minimize(() => tf.tidy(() => {
    const ce = maskedCrossEntropy(b.yy, logitsOf(vars, b.x), b.mask);
    return (penalty ? ce.add(ewcPenalty(vars, penalty.anchor, penalty.fisher, penalty.lambda)) : ce) as tf.Scalar;
  }), false, vars);
}

function accuracyT(vars: tf.Tensor[], s: TaskSet, stage = 1): tf.Scalar {
  return tf.tidy(() => logitsOf(vars, s.x).add(maskRows(s.y, headOf(stage))).argMax(1).equal(tf.tensor1d(Array.from(s.y), 'int32')).mean() as tf.Scalar);
}

export async function runImportance(data: SplitData, o: ImportanceOptions, hooks: {
  signal?: AbortSignal; onFisher?: (r: Pick<ImportanceResult, 'pixel' | 'units' | 'accA0'>) => void; onPoint?: (p: DriftPoint) => void; onProgress?: (f: number) => void;
} = {}): Promise<ImportanceResult> {
  const [A, B] = [data.train[0], data.train[1]];
  const [testA, testB] = [data.test[0], data.test[1]];
  const rand = mulberry32(o.seed ^ 0xa11ce);
  const read = async (t: tf.Tensor) => { try { return await (hooks.signal ? untilAborted(t.data(), hooks.signal) : t.data()); } finally { t.dispose(); } };
  const a = createMlp([784, o.hidden, o.hidden, 10], o.seed);
  const optA = tf.train.adam(o.lr);
  let naive: tf.Variable[] = [], ewc: tf.Variable[] = [], anchor: tf.Tensor[] = [], fisher: tf.Tensor[] = [];
  const opts: tf.Optimizer[] = [];
  const total = o.stepsA + o.steps;
  try {
    await runLoop({ steps: o.stepsA, signal: hooks.signal, onProgress: (f) => hooks.onProgress?.((f * o.stepsA) / total), step: () => {
      const b = batchOf(A, o.batch, rand, 0);
      trainStep(a, optA, b);
      tf.dispose([b.x, b.yy, b.mask]);
    } });
    const n = Math.min(o.fisherSamples, A.n);
    const xs = A.x.slice([0, 0], [n, 784]), mask = maskRows(A.y.slice(0, n), headOf(0));
    fisher = fisherDiagonal(a, xs, mask);
    tf.dispose([xs, mask]);
    anchor = a.map((v) => v.clone());
    const f1 = await fisher[0].data() as Float32Array;
    const pixel = new Float32Array(784), unitSum = new Float32Array(o.hidden);
    for (let p = 0; p < 784; p++) for (let u = 0; u < o.hidden; u++) { pixel[p] += f1[p * o.hidden + u]; unitSum[u] += f1[p * o.hidden + u]; }
    const top = Array.from(unitSum.keys()).sort((i, j) => unitSum[j] - unitSum[i]).slice(0, 8);
    const units = top.map((u) => ({ unit: u, f: Float32Array.from({ length: 784 }, (_, p) => f1[p * o.hidden + u]) }));
    const accA0 = (await read(accuracyT(a, testA, 0)))[0];
    hooks.onFisher?.({ pixel, units, accA0 });

    // both learners start from θ*_A; the task-B minibatches are the same for both
    // a variable shares its initial tensor's data (ref-counted), and training replaces it: θ*_A stays put
    naive = anchor.map((v) => tf.variable(v));
    ewc = anchor.map((v) => tf.variable(v));
    opts.push(tf.train.adam(o.lr), tf.train.adam(o.lr));
    const curve: DriftPoint[] = [];
    const measure = async (step: number) => {
      const d = await read(tf.tidy(() => tf.concat([drift(naive, anchor, fisher), drift(ewc, anchor, fisher), accuracyT(naive, testA).reshape([1]), accuracyT(ewc, testA).reshape([1])])));
      const p: DriftPoint = { step, plain: [d[0], d[2]], weighted: [d[1], d[3]], accA: [d[4], d[5]] };
      curve.push(p);
      hooks.onPoint?.(p);
    };
    await measure(0);
    await runLoop({ steps: o.steps, signal: hooks.signal, onProgress: (f) => hooks.onProgress?.((o.stepsA + f * o.steps) / total), step: async (i) => {
      const b = batchOf(B, o.batch, rand, 1);
      trainStep(naive, opts[0], b);
      trainStep(ewc, opts[1], b, { anchor, fisher, lambda: o.lambda });
      tf.dispose([b.x, b.yy, b.mask]);
      if ((i + 1) % o.every === 0 || i + 1 === o.steps) await measure(i + 1);
    } });
    const accB = await read(tf.tidy(() => tf.stack([accuracyT(naive, testB), accuracyT(ewc, testB)])));
    return { pixel, units, accA0, curve, accB: [accB[0], accB[1]] };
  } finally {
    tf.dispose([...a, ...naive, ...ewc, ...anchor, ...fisher]);
    optA.dispose();
    opts.forEach((p) => p.dispose());
  }
}

/**
 * split-mnist: five learners, one per method, see the five tasks one after another on the same
 * seed (same initial weights, same minibatches), stepped in turn so they grow side by side:
 * naive fine-tuning, EWC (Kirkpatrick et al. 2017, online form: Fishers summed over tasks), LwF
 * (Li & Hoiem 2016: distil the previous model's outputs on the new digits), replay of a small
 * memory of old digits (iCaRL-style exemplars, Rebuffi et al. 2017, with a plain softmax head) and
 * joint training on everything so far (the upper bound). Task-incremental: each task's two outputs
 * only (its head). Class-incremental: one softmax over every class seen so far (van de Ven & Tolias 2019).
 */
import * as tf from '@tensorflow/tfjs';
import { runLoop, untilAborted } from '../runtime/loop';
import { mulberry32 } from '../runtime/rng';
import { concatSets, exemplars, TASKS, taskOf, type SplitData, type TaskSet } from './data';
import { createMlp, distillLoss, ewcPenalty, fisherDiagonal, logitsOf, maskedCrossEntropy, maskRows, oneHotRows } from './mlp';

export const METHODS = ['naive', 'ewc', 'lwf', 'replay', 'joint'] as const;
export type Method = (typeof METHODS)[number];
export type Scenario = 'task' | 'class';

export interface SplitOptions {
  scenario: Scenario;
  hidden: number;
  /** optimiser steps per task, per method */
  steps: number;
  batch: number;
  lr: number;
  /** EWC's λ */
  lambda: number;
  /** LwF: the temperature and the weight of the distillation term */
  temperature: number;
  alpha: number;
  /** replay memory, digits in all (split evenly over the classes seen) */
  buffer: number;
  fisherSamples: number;
  /** steps between live evaluations */
  chunk: number;
  seed: number;
  methods?: readonly Method[];
}

export const SPLIT_DEFAULTS = { scenario: 'class' as Scenario, hidden: 100, steps: 60, batch: 64, lr: 0.001, lambda: 1e4, temperature: 2, alpha: 1, buffer: 200, fisherSamples: 300, chunk: 20 };
export const SPLIT_QUICK = { ...SPLIT_DEFAULTS, hidden: 50, steps: 10, chunk: 10 };
export const SPLIT_DATA = { trainPerTask: 2000, testPerTask: 1000, evalPerTask: 100 };
export const SPLIT_DATA_QUICK = { trainPerTask: 400, testPerTask: 200, evalPerTask: 60 };

/** The classes a digit may be told from: its task's two (task-IL) or all seen so far (class-IL). */
export const allowedFor = (scenario: Scenario, stage: number) => (label: number): readonly number[] =>
  scenario === 'task' ? TASKS[taskOf(label)] : TASKS.slice(0, stage + 1).flat();

interface Learner {
  method: Method;
  vars: tf.Variable[];
  opt: tf.Optimizer;
  fisher?: tf.Tensor[];
  anchor?: tf.Tensor[];
  old?: tf.Tensor[];
  memory?: TaskSet;
  union?: TaskSet;
}

export interface SplitPoint { method: Method; task: number; step: number; row: number[] }
export interface SplitResult { matrix: Record<Method, number[][]>; final: Record<Method, number[]>; average: Record<Method, number> }

/** Per-task accuracy of one learner after stage `stage`, on tasks 0..stage of `sets`. */
async function rowAccuracy(vars: tf.Tensor[], sets: TaskSet[], scenario: Scenario, stage: number, signal?: AbortSignal): Promise<number[]> {
  const seen = sets.slice(0, stage + 1);
  const hits = tf.tidy(() => tf.concat(seen.map((s) => {
    const mask = maskRows(s.y, allowedFor(scenario, stage));
    return logitsOf(vars, s.x).add(mask).argMax(1).equal(tf.tensor1d(Array.from(s.y), 'int32'));
  })));
  try {
    const h = await (signal ? untilAborted(hits.data(), signal) : hits.data());
    let o = 0;
    return seen.map((s) => { let c = 0; for (let i = 0; i < s.n; i++) c += h[o + i]; o += s.n; return s.n ? c / s.n : 0; });
  } finally {
    hits.dispose();
  }
}

function sample(set: TaskSet, size: number, rand: () => number) {
  const idx = Int32Array.from({ length: size }, () => Math.floor(rand() * set.n));
  return { x: tf.tidy(() => tf.gather(set.x, tf.tensor1d(idx, 'int32')) as tf.Tensor2D), y: Uint8Array.from(idx, (i) => set.y[i]) };
}

/** One optimiser step of one learner on stage `t`; `batch` is the new task's minibatch (shared by all). */
function step(l: Learner, batch: { x: tf.Tensor2D; y: Uint8Array }, t: number, o: SplitOptions, rand: () => number) {
  const allowed = allowedFor(o.scenario, t);
  const extra = l.method === 'replay' && l.memory && l.memory.n > 0 ? sample(l.memory, o.batch, rand)
    : l.method === 'joint' && l.union ? sample(l.union, o.batch, rand) : null;
  const x = l.method === 'joint' && extra ? extra.x : batch.x;
  const y = l.method === 'joint' && extra ? extra.y : batch.y;
  const yy = oneHotRows(y), mask = maskRows(y, allowed);
  // LwF distils each earlier task's head (task-IL) or the softmax over the earlier classes (class-IL)
  const oldMasks = l.method === 'lwf' && l.old && t > 0
    ? (o.scenario === 'task' ? TASKS.slice(0, t).map((c) => maskRows(new Uint8Array(y.length).fill(c[0]), () => c)) : [maskRows(y, () => TASKS.slice(0, t).flat())])
    : [];
  const oldLogits = oldMasks.length ? tf.tidy(() => logitsOf(l.old!, x)) : null;
  const replay = l.method === 'replay' && extra ? { x: extra.x, yy: oneHotRows(extra.y), mask: maskRows(extra.y, allowed) } : null;
  l.opt.minimize(() => tf.tidy(() => {
    const logits = logitsOf(l.vars, x);
    let loss = maskedCrossEntropy(yy, logits, mask);
    if (l.method === 'ewc' && l.fisher && l.anchor) loss = loss.add(ewcPenalty(l.vars, l.anchor, l.fisher, o.lambda));
    if (oldLogits) {
      let d = tf.scalar(0);
      for (const m of oldMasks) d = d.add(distillLoss(oldLogits, logits, m, o.temperature));
      loss = loss.add(d.mul(o.alpha));
    }
    // replay weighs the old tasks by their share of the tasks seen (van de Ven & Tolias)
    if (replay) loss = loss.mul(1 / (t + 1)).add(maskedCrossEntropy(replay.yy, logitsOf(l.vars, replay.x), replay.mask).mul(t / (t + 1)));
    return loss as tf.Scalar;
  }), false, l.vars);
  tf.dispose([yy, mask, ...oldMasks]);
  if (oldLogits) oldLogits.dispose();
  if (replay) tf.dispose([replay.yy, replay.mask]);
  if (extra) extra.x.dispose();
}

/** What a learner keeps when a task ends: a Fisher and an anchor, a frozen copy, a memory, the data so far. */
function endTask(l: Learner, data: SplitData, t: number, o: SplitOptions) {
  const cur = data.train[t];
  if (l.method === 'ewc') {
    const n = Math.min(o.fisherSamples, cur.n);
    const x = cur.x.slice([0, 0], [n, cur.x.shape[1]]);
    const mask = maskRows(cur.y.slice(0, n), allowedFor(o.scenario, t));
    const f = fisherDiagonal(l.vars, x, mask);
    tf.dispose([x, mask]);
    const sum = l.fisher ? f.map((fi, i) => tf.add(fi, l.fisher![i])) : f.map((fi) => fi.clone());
    tf.dispose([...f, ...(l.fisher ?? []), ...(l.anchor ?? [])]);
    l.fisher = sum;
    l.anchor = l.vars.map((v) => v.clone());
  }
  if (l.method === 'lwf') {
    tf.dispose(l.old ?? []);
    l.old = l.vars.map((v) => v.clone());
  }
  if (l.method === 'replay') {
    const per = Math.floor(o.buffer / (2 * (t + 1)));
    const parts = data.train.slice(0, t + 1).map((s) => exemplars(s, per));
    if (l.memory) l.memory.x.dispose();
    l.memory = concatSets(parts);
    tf.dispose(parts.map((p) => p.x));
  }
  if (l.method === 'joint' && t + 1 < data.train.length) {
    if (l.union) l.union.x.dispose();
    l.union = concatSets(data.train.slice(0, t + 2));
  }
}

function disposeLearner(l: Learner) {
  tf.dispose([...l.vars, ...(l.fisher ?? []), ...(l.anchor ?? []), ...(l.old ?? [])]);
  if (l.memory) l.memory.x.dispose();
  if (l.union) l.union.x.dispose();
  l.opt.dispose();
}

export async function runSplitMnist(data: SplitData, o: SplitOptions, hooks: {
  signal?: AbortSignal;
  onPoint?: (p: SplitPoint) => void;
  onProgress?: (f: number) => void;
} = {}): Promise<SplitResult> {
  const methods = o.methods ?? METHODS;
  const learners: Learner[] = methods.map((method) => ({ method, vars: createMlp([784, o.hidden, o.hidden, 10], o.seed), opt: tf.train.adam(o.lr) }));
  const first = learners.find((l) => l.method === 'joint');
  if (first) first.union = concatSets([data.train[0]]);
  const matrix = Object.fromEntries(methods.map((m) => [m, [] as number[][]])) as Record<Method, number[][]>;
  const rand = mulberry32(o.seed ^ 0x5eed);
  const T = data.train.length;
  try {
    await runLoop({
      steps: T * o.steps,
      signal: hooks.signal,
      onProgress: hooks.onProgress,
      step: async (i) => {
        const t = Math.floor(i / o.steps), s = i % o.steps;
        const batch = sample(data.train[t], o.batch, rand);
        try {
          for (const l of learners) step(l, batch, t, o, rand);
        } finally {
          batch.x.dispose();
        }
        if ((s + 1) % o.chunk === 0 || s + 1 === o.steps) {
          for (const l of learners) {
            const row = await rowAccuracy(l.vars, data.evalSub, o.scenario, t, hooks.signal);
            matrix[l.method][t] = row;
            hooks.onPoint?.({ method: l.method, task: t, step: i + 1, row });
          }
        }
        if (s + 1 === o.steps) for (const l of learners) endTask(l, data, t, o);
      },
    });
    // the headline: the last row again, on every held-out digit
    const final = {} as Record<Method, number[]>, average = {} as Record<Method, number>;
    for (const l of learners) {
      final[l.method] = await rowAccuracy(l.vars, data.test, o.scenario, T - 1, hooks.signal);
      average[l.method] = final[l.method].reduce((a, b) => a + b, 0) / T;
      matrix[l.method][T - 1] = final[l.method];
    }
    return { matrix, final, average };
  } finally {
    learners.forEach(disposeLearner);
  }
}

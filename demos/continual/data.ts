/**
 * Split MNIST: the site's 8,000 / 2,000 digits cut into five two-digit tasks (0/1, 2/3, 4/5, 6/7,
 * 8/9), each task's digits on the device, labels kept on the CPU (masks and one-hots are built there,
 * so no gradient ever passes through a gather). A fixed evaluation subset per task for the live view,
 * the whole held-out set for the final numbers.
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_PIXELS, type MnistSet } from '../data/mnist';

export const TASKS = [[0, 1], [2, 3], [4, 5], [6, 7], [8, 9]] as const;
export const taskOf = (label: number) => Math.floor(label / 2);

export interface TaskSet { x: tf.Tensor2D; y: Uint8Array; n: number }

export interface SplitData {
  train: TaskSet[];
  /** a fixed subset of each task's held-out digits, for the live view */
  evalSub: TaskSet[];
  /** all of each task's held-out digits, for the final row */
  test: TaskSet[];
  dispose(): void;
}

function pick(set: MnistSet, labels: readonly number[], limit: number): TaskSet {
  const idx: number[] = [];
  for (let i = 0; i < set.count && idx.length < limit; i++) if (labels.includes(set.labels[i])) idx.push(i);
  const x = new Float32Array(idx.length * IMAGE_PIXELS);
  const y = new Uint8Array(idx.length);
  idx.forEach((s, k) => {
    y[k] = set.labels[s];
    for (let p = 0; p < IMAGE_PIXELS; p++) x[k * IMAGE_PIXELS + p] = set.images[s * IMAGE_PIXELS + p] / 255;
  });
  return { x: tf.tensor2d(x, [idx.length, IMAGE_PIXELS]), y, n: idx.length };
}

/** Each task's digits (at most `trainPerTask` / `testPerTask`), and `evalPerTask` for the live view. */
export function uploadSplitData(train: MnistSet, test: MnistSet, o: { trainPerTask: number; testPerTask: number; evalPerTask: number }): SplitData {
  const tr = TASKS.map((t) => pick(train, t, o.trainPerTask));
  const te = TASKS.map((t) => pick(test, t, o.testPerTask));
  const ev = te.map((s) => {
    const n = Math.min(o.evalPerTask, s.n);
    return { x: s.x.slice([0, 0], [n, IMAGE_PIXELS]), y: s.y.slice(0, n), n };
  });
  return { train: tr, evalSub: ev, test: te, dispose: () => tf.dispose([...tr, ...ev, ...te].map((s) => s.x)) };
}

/** Several task sets as one (the joint learner's data, the replay buffer). */
export function concatSets(sets: TaskSet[]): TaskSet {
  const y = new Uint8Array(sets.reduce((a, s) => a + s.n, 0));
  let o = 0;
  for (const s of sets) { y.set(s.y, o); o += s.n; }
  return { x: tf.concat(sets.map((s) => s.x)) as tf.Tensor2D, y, n: y.length };
}

/** `perClass` digits of each of the set's classes (the first ones: a fixed, reproducible memory). */
export function exemplars(set: TaskSet, perClass: number): TaskSet {
  const count = new Map<number, number>();
  const idx: number[] = [];
  for (let i = 0; i < set.n; i++) {
    const c = count.get(set.y[i]) ?? 0;
    if (c < perClass) { idx.push(i); count.set(set.y[i], c + 1); }
  }
  const y = Uint8Array.from(idx, (i) => set.y[i]);
  const x = idx.length ? tf.tidy(() => tf.gather(set.x, tf.tensor1d(idx, 'int32')) as tf.Tensor2D) : tf.zeros([0, IMAGE_PIXELS]) as tf.Tensor2D;
  return { x, y, n: idx.length };
}

/**
 * shuffle-learn (Misra et al., ECCV 2016, on generated "videos" of MNIST digits): a held-out or
 * training digit turns and/or slides a little from frame to frame; three of its frames are shown
 * in order (forwards or backwards, label 1) or with the middle one out of place (label 0), and a
 * triplet network (one shared dense frame encoder, the three codes side by side, a small head)
 * says which. The encoder's first layer is then probed on still digits, against its random start.
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_SIZE, type MnistSet } from '../data/mnist';
import { mulberry32 } from '../runtime/rng';
import { dense, digitFloats, initDense, runPretextProbe, type FlatData, type ProbeRunHooks, type ProbeRunResult, type PretextTask } from './flat-probe';
import { orderLabel, sampleTriple, transformImage } from './pretext';

export const SIDE = 14;
const D = SIDE * SIDE;
export const FRAMES = 7;
export type Motion = 'rotate' | 'move' | 'both';

/** 28×28 → 14×14 by 2×2 averages */
function shrink(img: Float32Array): Float32Array {
  const out = new Float32Array(D);
  for (let r = 0; r < IMAGE_SIZE; r++) for (let c = 0; c < IMAGE_SIZE; c++) out[(r >> 1) * SIDE + (c >> 1)] += img[r * IMAGE_SIZE + c] / 4;
  return out;
}

/**
 * A random motion: ω = 10–20° a frame (either way) and/or 1–1.5 pixels a frame (of the 28-pixel
 * digit) in a random direction. Frames run t = −3…3 so the digit stays in view.
 */
export function randomMotion(motion: Motion, rand: () => number) {
  const turn = motion !== 'move';
  const slide = motion !== 'rotate';
  const omega = turn ? (rand() < 0.5 ? -1 : 1) * (10 + 10 * rand()) * (Math.PI / 180) : 0;
  const phi = 2 * Math.PI * rand();
  const speed = slide ? 1 + 0.5 * rand() : 0;
  return { omega, vx: speed * Math.cos(phi), vy: speed * Math.sin(phi) };
}

type MotionParams = { omega: number; vx: number; vy: number };

/** Frame i (of `frames`, 14×14) of a digit under a motion: time runs −3…3 for 7 frames. */
export function frameAt(img28: Float32Array, m: MotionParams, i: number, frames = FRAMES): Float32Array {
  const t = i - (frames - 1) / 2;
  return shrink(transformImage(img28, IMAGE_SIZE, m.omega * t, m.vx * t, m.vy * t));
}

/** All the frames of a digit under a motion (for showing a sequence). */
export const sequenceFrames = (img28: Float32Array, m: MotionParams, frames = FRAMES) => Array.from({ length: frames }, (_, i) => frameAt(img28, m, i, frames));

export interface TripleBatch { x: [Float32Array, Float32Array, Float32Array]; y: Float32Array; order: [number, number, number][]; n: number }

/** n triples from digits `pool`, half in order and half not (each from its own digit and motion). */
export function makeTriples(set: MnistSet, pool: ArrayLike<number>, n: number, motion: Motion, rand: () => number): TripleBatch {
  const x: TripleBatch['x'] = [new Float32Array(n * D), new Float32Array(n * D), new Float32Array(n * D)];
  const y = new Float32Array(n);
  const order: [number, number, number][] = [];
  for (let i = 0; i < n; i++) {
    const img = digitFloats(set, pool[Math.floor(rand() * pool.length)]);
    const m = randomMotion(motion, rand);
    const o = sampleTriple(rand, FRAMES, i % 2 === 0);
    o.forEach((f, j) => x[j].set(frameAt(img, m, f), i * D));
    y[i] = orderLabel(...o);
    order.push(o);
  }
  return { x, y, order, n };
}

function logits(w: readonly tf.Tensor[], x: readonly tf.Tensor2D[]): tf.Tensor2D {
  return tf.tidy(() => dense(w.slice(4), tf.concat(x.map((f) => dense(w, f, 0, 2)), 1), 0, 2, true));
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

export function shuffleTask(data: FlatData, o: { batch: number; evalTriples: number; evalTriplesDuring: number; poolDigits: number; motion: Motion; seed: number }) {
  const net = [...initDense([D, 256, 64], o.seed), ...initDense([3 * 64, 64, 1], o.seed + 10)];
  const rand = mulberry32(o.seed + 7);
  const pool = range(Math.min(o.poolDigits, data.train.count));
  const ev = makeTriples(data.test, range(data.test.count), o.evalTriples, o.motion, mulberry32(o.seed + 99));
  const evX = ev.x.map((f) => tf.tensor2d(f, [ev.n, D]));
  const evY = tf.tensor1d(ev.y);
  const task: PretextTask & { eval: TripleBatch; inOrder(n: number): Promise<Float32Array> } = {
    net,
    encoderVars: 4,
    eval: ev,
    loss: () => tf.tidy(() => {
      const b = makeTriples(data.train, pool, o.batch, o.motion, rand);
      return tf.losses.sigmoidCrossEntropy(tf.tensor2d(b.y, [b.n, 1]), logits(net, b.x.map((f) => tf.tensor2d(f, [b.n, D])))) as tf.Scalar;
    }),
    hits: (full) => {
      const n = full ? ev.n : Math.min(o.evalTriplesDuring, ev.n);
      const hits = tf.tidy(() => {
        const z = logits(net, evX.map((f) => f.slice([0, 0], [n, D]))).reshape([n]);
        return z.greater(0).toFloat().equal(evY.slice([0], [n])).sum().toFloat() as tf.Scalar;
      });
      return { hits, n };
    },
    // the frame encoder's first layer (its "conv" features), on still digits
    features: (enc, x) => dense(enc, x, 0, 1),
    /** P(in order) for the first n held-out triples, read back */
    inOrder: async (n) => {
      const p = tf.tidy(() => tf.sigmoid(logits(net, evX.map((f) => f.slice([0, 0], [n, D])))));
      try { return (await p.data()) as Float32Array; } finally { p.dispose(); }
    },
    dispose: () => tf.dispose([...net, ...evX, evY]),
  };
  return task;
}

export const SHUFFLE_DEFAULTS = { steps: 300, batch: 64, lr: 0.002, evalEvery: 50, evalDigits: 500, evalTriples: 1000, evalTriplesDuring: 400, poolDigits: 8000, testDigits: 2000, k: 10, draws: 3, motion: 'rotate' as Motion };
/** ?quick=1 (browser tests): a few seconds on WASM */
export const SHUFFLE_QUICK = { ...SHUFFLE_DEFAULTS, steps: 30, batch: 32, evalEvery: 15, evalDigits: 200, evalTriples: 200, evalTriplesDuring: 200, poolDigits: 1000, testDigits: 300, probeSteps: 60 };

export type ShuffleOptions = typeof SHUFFLE_DEFAULTS & { seed: number; probeSteps?: number };
export interface ShuffleExample { frames: Float32Array[]; order: [number, number, number]; label: number; p: number }
export interface ShuffleResult extends ProbeRunResult { examples: ShuffleExample[] }

export async function runShuffleLearn(data: FlatData, o: ShuffleOptions, hooks: ProbeRunHooks = {}, nExamples = 6): Promise<ShuffleResult> {
  const task = shuffleTask(data, o);
  try {
    const r = await runPretextProbe(data, task, o, hooks);
    const n = Math.min(nExamples, task.eval.n);
    const p = await task.inOrder(n);
    const examples = Array.from({ length: n }, (_, i) => ({
      frames: task.eval.x.map((f) => f.slice(i * D, (i + 1) * D)),
      order: task.eval.order[i],
      label: task.eval.y[i],
      p: p[i],
    }));
    return { ...r, examples };
  } finally {
    task.dispose();
  }
}

/**
 * light-cnn: the site's standard digit CNN (demos/models/digit-cnn.ts: 3×3 convs 24 → 48 → 96,
 * 2×2 max-pools, global average pooling, dense 10) against a MobileNet-style copy (Howard et al.
 * 2017) in which every 3×3 conv but the first is a depthwise-separable block: a 3×3 depthwise
 * conv (+ bias, ReLU, the paper's BN+ReLU without the BN) then a 1×1 pointwise conv (+ bias,
 * ReLU). Same widths, same pools, same head: the factorisation is the only difference. Both train
 * from the same seed on the same batches, interleaved step by step; latency per image is MEASURED
 * on the current backend (batch 1, warm-up, median of interleaved repeats, one read-back each).
 */
import * as tf from '@tensorflow/tfjs';
import { DIGIT_CNN } from '../models/digit-cnn';
import { runLoop, throwIfAborted, untilAborted, yieldToBrowser } from '../runtime/loop';
import { seededPermutation } from '../runtime/rng';
import { logits as cnnLogits, type CnnWeights, type Digits } from './cnn';
import { conv2dTrain, depthwiseTrain, maxPool2Train } from './train-ops';

export type Kind = 'standard' | 'light';
export const KINDS: Kind[] = ['standard', 'light'];

/** Channels of the three blocks: the site's digit CNN's. */
export const FILTERS = DIGIT_CNN.filters;
const K = 3;
const SIDE = 28;

/**
 * A network's weights. standard: kernels [conv1, conv2, conv3, dense]; light: [conv1, dw2, pw2,
 * dw3, pw3, dense] with the depthwise kernels [3, 3, C, 1] and the pointwise ones [C_in, C_out]
 * (a 1×1 conv is a matMul over the pixels). One bias per kernel.
 */
export interface Net { kind: Kind; kernels: tf.Tensor[]; biases: tf.Tensor1D[] }

export type LayerType = 'conv' | 'dw' | 'pw' | 'dense';
export interface Layer { type: LayerType; shape: number[]; bias: number; fanIn: number; side: number }

/**
 * The layers in order, with their kernel shape, bias length, fan-in and the side of the map they
 * run on (28, then 14 and 7 after the pools; 1 for the dense head).
 */
export function layersOf(kind: Kind, filters = FILTERS): Layer[] {
  const out: Layer[] = [{ type: 'conv', shape: [K, K, 1, filters[0]], bias: filters[0], fanIn: K * K, side: SIDE }];
  let side = SIDE;
  for (let i = 1; i < filters.length; i++) {
    side /= 2; // a 2×2 max-pool follows every block but the last
    const [a, b] = [filters[i - 1], filters[i]];
    if (kind === 'standard') out.push({ type: 'conv', shape: [K, K, a, b], bias: b, fanIn: K * K * a, side });
    else out.push({ type: 'dw', shape: [K, K, a, 1], bias: a, fanIn: K * K, side }, { type: 'pw', shape: [a, b], bias: b, fanIn: a, side });
  }
  const c = filters[filters.length - 1];
  out.push({ type: 'dense', shape: [c, 10], bias: 10, fanIn: c, side: 1 });
  return out;
}

/**
 * Parameters (weights + biases) and multiply–adds per 28×28 image from the layer formulas: a
 * k×k conv does k²·M·N per output pixel, a depthwise one k²·M, a pointwise one M·N.
 */
export function countsOf(kind: Kind, filters = FILTERS): { params: number; madds: number } {
  let params = 0, madds = 0;
  for (const l of layersOf(kind, filters)) {
    const w = l.shape.reduce((x, y) => x * y, 1);
    params += w + l.bias;
    madds += w * l.side * l.side;
  }
  return { params, madds };
}

/**
 * Bytes of the weights at float32, and at int8 by compress.ts's rule (sizeBytes): 8-bit kernels
 * with one 32-bit scale per tensor, 32-bit biases. From the shapes alone: nothing to allocate.
 */
export function sizesOf(kind: Kind, filters = FILTERS): { f32: number; int8: number } {
  const layers = layersOf(kind, filters);
  const weights = layers.reduce((t, l) => t + l.shape.reduce((x, y) => x * y, 1), 0);
  const biases = layers.reduce((t, l) => t + l.bias, 0);
  return { f32: 4 * (weights + biases), int8: weights + 4 * (biases + layers.length) };
}

/** He-normal kernels (the site's CNN's initialiser), glorot-uniform dense head, zero biases. */
export function makeNet(kind: Kind, seed: number, filters = FILTERS): Net {
  const layers = layersOf(kind, filters);
  const kernels = layers.map((l, i) => {
    if (l.type === 'dense') {
      const lim = Math.sqrt(6 / (l.shape[0] + l.shape[1]));
      return tf.randomUniform(l.shape, -lim, lim, 'float32', seed + 99);
    }
    return tf.randomNormal(l.shape, 0, Math.sqrt(2 / l.fanIn), 'float32', seed + i);
  });
  return { kind, kernels, biases: layers.map((l) => tf.zeros([l.bias]) as tf.Tensor1D) };
}

export const disposeNet = (n: Net) => tf.dispose([...n.kernels, ...n.biases]);

function lightLogits(n: Net, x: tf.Tensor4D, train: boolean): tf.Tensor2D {
  return tf.tidy(() => {
    const pool = (h: tf.Tensor4D) => (train ? maxPool2Train(h) : tf.maxPool(h, 2, 2, 'valid'));
    const k0 = n.kernels[0] as tf.Tensor4D;
    let h = pool(tf.relu(tf.add(train ? conv2dTrain(x, k0, false) : tf.conv2d(x, k0, 1, 'same'), n.biases[0])) as tf.Tensor4D);
    const blocks = (n.kernels.length - 2) / 2;
    for (let b = 0; b < blocks; b++) {
      const dw = n.kernels[1 + 2 * b] as tf.Tensor4D, pw = n.kernels[2 + 2 * b] as tf.Tensor2D;
      h = tf.relu(tf.add(train ? depthwiseTrain(h, dw) : tf.depthwiseConv2d(h, dw, 1, 'same'), n.biases[1 + 2 * b])) as tf.Tensor4D;
      const [m, hh, ww, c] = h.shape;
      const p = tf.relu(tf.add(tf.matMul(tf.reshape(h, [m * hh * ww, c]) as tf.Tensor2D, pw), n.biases[2 + 2 * b]));
      h = tf.reshape(p, [m, hh, ww, pw.shape[1]]) as tf.Tensor4D;
      if (b < blocks - 1) h = pool(h);
    }
    const g = tf.mean(h, [1, 2]) as tf.Tensor2D;
    return tf.add(tf.matMul(g, n.kernels[n.kernels.length - 1] as tf.Tensor2D), n.biases[n.biases.length - 1]) as tf.Tensor2D;
  });
}

/** Logits; `train` uses train-ops' layers, whose gradients every backend (WASM included) has. */
export function netLogits(n: Net, x: tf.Tensor4D, train = false): tf.Tensor2D {
  if (n.kind === 'light') return lightLogits(n, x, train);
  const w: CnnWeights = { kernels: n.kernels, biases: n.biases, pools: n.kernels.length - 2 };
  return cnnLogits(w, x, train);
}

/** Correct answers of each net on the first `limit` test digits, batched, one read-back for all. */
export async function accuracies(nets: Net[], d: Digits, limit: number, signal?: AbortSignal, batch = 500): Promise<number[]> {
  const n = Math.min(limit, d.n);
  const hits = tf.tidy(() => {
    const sums = nets.map(() => tf.scalar(0) as tf.Tensor);
    for (let s = 0; s < n; s += batch) {
      const m = Math.min(batch, n - s);
      const xb = d.x.slice([s, 0, 0, 0], [m, -1, -1, -1]), yb = d.y.slice([s], [m]);
      nets.forEach((net, i) => { sums[i] = tf.add(sums[i], tf.sum(tf.cast(tf.equal(tf.argMax(netLogits(net, xb), 1), yb), 'float32'))); });
    }
    return tf.stack(sums);
  });
  try {
    const v = await (signal ? untilAborted(hits.data(), signal) : hits.data());
    return Array.from(v, (h) => h / n);
  } finally {
    hits.dispose();
  }
}

const median = (v: number[]) => { const s = [...v].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

export interface LatencyOptions { repeats: number; warmup: number; signal?: AbortSignal }

/**
 * Median milliseconds to classify one digit (batch 1, as a phone app would), per net. Each repeat
 * runs the forward pass and waits for one read-back of its answer (on a GPU the work is queued
 * asynchronously: without it we would time only the queueing); the nets alternate so both see the
 * same machine load.
 */
export async function measureLatencies(nets: Net[], digit: tf.Tensor4D, o: LatencyOptions): Promise<number[]> {
  const once = async (net: Net) => {
    const t0 = performance.now();
    const y = tf.tidy(() => tf.argMax(netLogits(net, digit), 1));
    try {
      await (o.signal ? untilAborted(y.data(), o.signal) : y.data());
    } finally {
      y.dispose();
    }
    return performance.now() - t0;
  };
  const times: number[][] = nets.map(() => []);
  for (let r = 0; r < o.warmup; r++) for (const net of nets) await once(net);
  for (let r = 0; r < o.repeats; r++) {
    throwIfAborted(o.signal);
    const order = r % 2 ? [...nets.keys()].reverse() : [...nets.keys()];
    for (const i of order) times[i].push(await once(nets[i]));
    if (r % 4 === 3) await yieldToBrowser(o.signal);
  }
  return times.map(median);
}

export interface LightCnnOptions {
  steps: number; batch: number; lr: number;
  /** subset accuracy every evalEvery steps, on the first evalDigits test digits */
  evalEvery: number; evalDigits: number;
  repeats: number; warmup: number;
  seed: number;
}

export interface LightCnnPoint { step: number; standard: number; light: number }
export interface LightCnnStatic { kind: Kind; params: number; madds: number; kbF32: number; kbInt8: number }
export interface LightCnnResult { standard: number; light: number; latency: Record<Kind, number>; curve: LightCnnPoint[] }

/** What the view is told as the run goes. */
export interface LightCnnHooks {
  signal?: AbortSignal;
  onLatency?: (ms: Record<Kind, number>) => void;
  onPoint?: (p: LightCnnPoint) => void;
  onProgress?: (f: number) => void;
}

/** Parameters, multiply–adds and sizes of both nets: known before anything runs. */
export function staticRows(): LightCnnStatic[] {
  return KINDS.map((kind) => {
    const s = sizesOf(kind);
    return { kind, ...countsOf(kind), kbF32: s.f32 / 1024, kbInt8: s.int8 / 1024 };
  });
}

/**
 * One run: measure both nets' latency, then train both from the same seed on the same batches
 * (Adam, one step of each per round), subset accuracy of both every evalEvery steps, and the whole
 * held-out set at the end. Everything it makes is freed, also when stopped.
 */
export async function runLightCnn(train: Digits, test: Digits, o: LightCnnOptions, hooks: LightCnnHooks = {}): Promise<LightCnnResult> {
  const nets = KINDS.map((k) => makeNet(k, o.seed));
  const vars = nets.map((n) => [...n.kernels, ...n.biases].map((t) => tf.variable(t)));
  nets.forEach(disposeNet);
  const live: Net[] = nets.map((n, i) => ({ kind: n.kind, kernels: vars[i].slice(0, n.kernels.length), biases: vars[i].slice(n.kernels.length) as tf.Tensor1D[] }));
  const opts = nets.map(() => tf.train.adam(o.lr));
  const order = tf.tensor1d(Int32Array.from(seededPermutation(train.n, o.seed)), 'int32');
  const digit = test.x.slice([0, 0, 0, 0], [1, -1, -1, -1]);
  const curve: LightCnnPoint[] = [];
  try {
    const ms = await measureLatencies(live, digit, { repeats: o.repeats, warmup: o.warmup, signal: hooks.signal });
    const latency = { standard: ms[0], light: ms[1] };
    hooks.onLatency?.(latency);
    const b = Math.min(o.batch, train.n);
    await runLoop({
      steps: o.steps, signal: hooks.signal, onProgress: hooks.onProgress,
      step: async (i) => {
        const s = (i * b) % Math.max(1, train.n - b + 1);
        const rows = order.slice([s], [b]);
        // gather only picks the batch: no gradient flows through it
        const x = tf.gather(train.x, rows) as tf.Tensor4D, y = tf.gather(train.onehot, rows) as tf.Tensor2D;
        live.forEach((net, j) => opts[j].minimize(() => tf.losses.softmaxCrossEntropy(y, netLogits(net, x, true)) as tf.Scalar, false, vars[j]));
        tf.dispose([rows, x, y]);
        if ((i + 1) % o.evalEvery === 0 && i < o.steps - 1) {
          const [a, l] = await accuracies(live, test, o.evalDigits, hooks.signal);
          const p = { step: i + 1, standard: a, light: l };
          curve.push(p);
          hooks.onPoint?.(p);
        }
      },
    });
    // the headline: the whole held-out set
    const [a, l] = await accuracies(live, test, test.n, hooks.signal);
    const last = { step: o.steps, standard: a, light: l };
    curve.push(last);
    hooks.onPoint?.(last);
    return { standard: a, light: l, latency, curve };
  } finally {
    tf.dispose([...vars.flat(), order, digit]);
    opts.forEach((opt) => opt.dispose());
  }
}

/**
 * The page's default sizes (the view, the bench and the full-tier test share them). On WASM one
 * round (a batch-32 step of each net) costs about 70 + 70 ms of CPU in Node: the light net's step
 * is no cheaper, its first layer, pooling and depthwise gradients dominate. 80 rounds measured
 * 15–17 s of CPU with the scoring and 60 rounds 12 s (a browser takes about 2.2–2.6 times the
 * Node CPU time, judging by the pruning demo's 40 s), so the default is 50 rounds;
 * the nets are far from converged by then, and the steps slider goes to 500.
 */
export const LIGHTCNN_DEFAULTS = { steps: 50, batch: 32, lr: 3e-3, evalEvery: 10, evalDigits: 200, repeats: 21, warmup: 3, trainDigits: 4000, testDigits: 2000 };
/** ?quick=1 (browser tests): a few seconds on WASM */
export const LIGHTCNN_QUICK = { ...LIGHTCNN_DEFAULTS, steps: 20, evalEvery: 10, evalDigits: 200, repeats: 7, warmup: 1, trainDigits: 1000, testDigits: 500 };

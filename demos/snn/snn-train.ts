/**
 * snn-train: a small spiking network trained on MNIST with a surrogate gradient (Neftci, Mostafa &
 * Zenke 2019; the fast-sigmoid surrogate of SuperSpike, Zenke & Ganguli 2018).
 * - Input: each pixel of intensity p ∈ [0, 1] is a Bernoulli spike train (rate coding): at each of
 *   the T time steps it fires with probability p.
 * - Hidden: H leaky integrate-and-fire neurons, v_t = β v_{t−1} + W₁ x_t + b₁, spike when v_t > θ,
 *   reset by subtracting θ.
 * - Readout: 10 non-spiking neurons that integrate the hidden spikes; logits = mean_t(W₂ s_t) + b₂.
 * The Heaviside step has derivative zero almost everywhere; the backward pass uses
 * ∂s/∂v ≈ 1 / (1 + k|v − θ|)² instead (tf.customGrad). Only dense matMuls, no gather: runs on WASM.
 */
import * as tf from '@tensorflow/tfjs';
import { batchAsFloats, IMAGE_PIXELS, NUM_CLASSES, type MnistSet } from '../data/mnist';
import { runLoop, untilAborted } from '../runtime/loop';

export interface SnnData {
  xTrain: tf.Tensor2D;
  yTrain: tf.Tensor2D;
  xTest: tf.Tensor2D;
  yTest: tf.Tensor1D;
  dispose(): void;
}

/** The first `nTrain` training and `nTest` held-out digits, on the device, pixels in [0, 1]. */
export function uploadSnnData(train: MnistSet, test: MnistSet, nTrain: number, nTest: number): SnnData {
  const a = batchAsFloats(train, 0, nTrain);
  const b = batchAsFloats(test, 0, nTest);
  const xTrain = tf.tensor2d(a.x, [a.n, IMAGE_PIXELS]);
  const yTrain = tf.tidy(() => tf.oneHot(tf.tensor1d(a.y, 'int32'), NUM_CLASSES).toFloat() as tf.Tensor2D);
  const xTest = tf.tensor2d(b.x, [b.n, IMAGE_PIXELS]);
  const yTest = tf.tensor1d(b.y, 'int32');
  return { xTrain, yTrain, xTest, yTest, dispose: () => tf.dispose([xTrain, yTrain, xTest, yTest]) };
}

export interface SnnShape {
  hidden: number;
  /** membrane decay per time step, β = exp(−Δt/τ) */
  beta: number;
  /** firing threshold θ (the membrane is in units of θ) */
  threshold: number;
  /** steepness k of the surrogate derivative 1/(1 + k|v − θ|)² */
  slope: number;
}

export const SNN_SHAPE: SnnShape = { hidden: 128, beta: 0.9, threshold: 1, slope: 5 };

export interface SnnNet {
  shape: SnnShape;
  vars: tf.Variable[];
  dispose(): void;
}

export function createSnn(seed: number, shape: SnnShape = SNN_SHAPE): SnnNet {
  // a variable shares its initial tensor's data but not its handle: free the handle at once
  const owned = <T extends tf.Tensor>(init: T) => { const v = tf.variable(init); init.dispose(); return v; };
  // scale chosen so that a typical digit (~100 input spikes per step) drives some hidden neurons over θ at once
  const w1 = owned(tf.randomNormal([IMAGE_PIXELS, shape.hidden], 0, 2.5 / Math.sqrt(IMAGE_PIXELS), 'float32', seed));
  const b1 = owned(tf.zeros([shape.hidden]));
  const w2 = owned(tf.randomNormal([shape.hidden, NUM_CLASSES], 0, 1 / Math.sqrt(shape.hidden), 'float32', seed + 1));
  const b2 = owned(tf.zeros([NUM_CLASSES]));
  const vars = [w1, b1, w2, b2];
  return { shape, vars, dispose: () => tf.dispose(vars) };
}

/** Heaviside forward, fast-sigmoid surrogate backward: the whole trick of surrogate-gradient learning. */
export function makeSpike(slope: number) {
  return tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const u = args[0] as tf.Tensor;
    (args[1] as tf.GradSaveFunc)([u]);
    return {
      value: tf.step(u),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => dy.div(saved[0].abs().mul(slope).add(1).square()),
    };
  }) as (u: tf.Tensor) => tf.Tensor;
}

/** the value, with no gradient: the reset is treated as a constant (as SuperSpike does) */
const detach = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => ({ value: (args[0] as tf.Tensor).clone(), gradFunc: (dy: tf.Tensor) => tf.zerosLike(dy) })) as (x: tf.Tensor) => tf.Tensor;

/** Rate coding: [T, n, 784] of 0/1, pixel p fires with probability p at each step. */
export function encodeSpikes(x: tf.Tensor2D, steps: number, seed: number): tf.Tensor3D {
  return tf.tidy(() => tf.randomUniform([steps, x.shape[0], x.shape[1]], 0, 1, 'float32', seed).less(x.expandDims(0)).toFloat() as tf.Tensor3D);
}

export interface SnnForward { logits: tf.Tensor2D; spikes: tf.Tensor3D }

/** Unrolls the network over T steps. Returns logits [n, 10] and hidden spikes [T, n, H]. */
export function snnForward(net: SnnNet, input: tf.Tensor3D): SnnForward {
  const [w1, b1, w2, b2] = net.vars;
  const { beta, threshold, slope } = net.shape;
  const spike = makeSpike(slope);
  const [T, n] = input.shape;
  const H = net.shape.hidden;
  // one matMul for all time steps: the input currents do not depend on the membrane
  const current = input.reshape([T * n, IMAGE_PIXELS]).matMul(w1).add(b1).reshape([T, n, H]);
  const currents = tf.unstack(current);
  let v: tf.Tensor = tf.zeros([n, H]);
  const out: tf.Tensor[] = [];
  for (let t = 0; t < T; t++) {
    v = v.mul(beta).add(currents[t]);
    const s = spike(v.sub(threshold));
    v = v.sub(detach(s).mul(threshold));
    out.push(s);
  }
  const spikes = tf.stack(out) as tf.Tensor3D;
  const logits = spikes.mean(0).matMul(w2).add(b2) as tf.Tensor2D;
  return { logits, spikes };
}

export interface SnnOptions {
  steps: number;
  lr: number;
  batch: number;
  /** time steps T each digit is presented for */
  timeSteps: number;
  evalEvery: number;
  /** digits of the test set scored while training (the full set is scored at the end) */
  evalDigits: number;
  /** an extra early evaluation, so the first point shows within seconds */
  firstEval?: number;
  seed: number;
}

export const SNN_DEFAULTS = { steps: 400, lr: 0.005, batch: 32, timeSteps: 4, evalEvery: 50, evalDigits: 500, firstEval: 10, trainDigits: 8000, testDigits: 2000 };
/** ?quick=1 (browser tests): a few seconds on WASM */
export const SNN_QUICK = { steps: 40, lr: 0.005, batch: 32, timeSteps: 4, evalEvery: 10, evalDigits: 200, trainDigits: 1000, testDigits: 400 };
/** the T values of the accuracy-vs-time-steps sweep */
export const SWEEP_STEPS = [1, 2, 4, 8, 16];

export interface SnnPoint { step: number; accuracy: number }
export interface SnnScore { accuracy: number; spikesPerImage: number; inputSpikesPerImage: number }

/** Accuracy and mean spike counts on the first `count` test digits, T steps each, in chunks. */
export async function scoreSnn(net: SnnNet, data: SnnData, timeSteps: number, seed: number, count = data.xTest.shape[0], signal?: AbortSignal): Promise<SnnScore> {
  const chunk = Math.max(1, Math.floor(16_000 / timeSteps));
  const n = Math.min(count, data.xTest.shape[0]);
  const sums: tf.Tensor[] = [];
  try {
    for (let start = 0; start < n; start += chunk) {
      const size = Math.min(chunk, n - start);
      sums.push(tf.tidy(() => {
        const x = data.xTest.slice([start, 0], [size, IMAGE_PIXELS]);
        const input = encodeSpikes(x, timeSteps, seed + start);
        const { logits, spikes } = snnForward(net, input);
        const hits = logits.argMax(1).equal(data.yTest.slice(start, size)).sum().toFloat();
        return tf.stack([hits, spikes.sum(), input.sum()]);
      }));
    }
    const total = tf.tidy(() => tf.addN(sums));
    try {
      const v = await (signal ? untilAborted(total.data(), signal) : total.data());
      return { accuracy: v[0] / n, spikesPerImage: v[1] / n, inputSpikesPerImage: v[2] / n };
    } finally {
      total.dispose();
    }
  } finally {
    tf.dispose(sums);
  }
}

export async function trainSnn(
  net: SnnNet, data: SnnData, o: SnnOptions,
  hooks: {
    signal?: AbortSignal; onPoint?: (p: SnnPoint) => void; onProgress?: (f: number) => void;
    /**
     * after this many steps (if fewer than o.steps): the whole held-out set scored as at the end
     * (seed 12,345), so the page has its headline while training goes on to o.steps
     */
    fullScoreAt?: number;
    onFullScore?: (s: SnnScore, step: number) => void;
  } = {},
): Promise<SnnPoint[]> {
  const opt = tf.train.adam(o.lr);
  const n = data.xTrain.shape[0];
  const size = Math.min(o.batch, n);
  const perEpoch = Math.max(1, Math.floor(n / size));
  const curve: SnnPoint[] = [];
  try {
    await runLoop({
      steps: o.steps,
      signal: hooks.signal,
      onProgress: hooks.onProgress,
      step: async (i) => {
        const start = (i % perEpoch) * size;
        opt.minimize(() => tf.tidy(() => {
          const x = data.xTrain.slice([start, 0], [size, IMAGE_PIXELS]);
          const y = data.yTrain.slice([start, 0], [size, NUM_CLASSES]);
          const { logits } = snnForward(net, encodeSpikes(x, o.timeSteps, o.seed * 7919 + i));
          return tf.losses.softmaxCrossEntropy(y, logits) as tf.Scalar;
        }), false, net.vars);
        if ((i + 1) % o.evalEvery === 0 || i + 1 === o.firstEval || i === o.steps - 1) {
          const s = await scoreSnn(net, data, o.timeSteps, 99, o.evalDigits, hooks.signal);
          const p = { step: i + 1, accuracy: s.accuracy };
          curve.push(p);
          hooks.onPoint?.(p);
        }
        if (hooks.onFullScore && i + 1 === hooks.fullScoreAt && i < o.steps - 1) {
          hooks.onFullScore(await scoreSnn(net, data, o.timeSteps, 12_345, undefined, hooks.signal), i + 1);
        }
      },
    });
    return curve;
  } finally {
    opt.dispose();
  }
}

export interface DigitTrace {
  /** input spikes [T × 784], hidden spikes [T × H], readout's running mean logits [T × 10] */
  input: Float32Array;
  hidden: Float32Array;
  readout: Float32Array;
  timeSteps: number;
  hiddenSize: number;
  predicted: number;
}

/** One digit flowing through the network, step by step, for the raster. */
export async function traceDigit(net: SnnNet, pixels: Float32Array, timeSteps: number, seed: number): Promise<DigitTrace> {
  const [, , w2, b2] = net.vars;
  const [inp, hid, ro] = tf.tidy(() => {
    const input = encodeSpikes(tf.tensor2d(pixels, [1, IMAGE_PIXELS]), timeSteps, seed);
    const { spikes } = snnForward(net, input);
    const s = spikes.reshape([timeSteps, net.shape.hidden]);
    // running mean over t of W₂ s_t: what the readout would say if the digit were cut short at t
    const counts = tf.range(1, timeSteps + 1).reshape([timeSteps, 1]);
    const readout = s.cumsum(0).div(counts).matMul(w2).add(b2);
    return [input.reshape([timeSteps, IMAGE_PIXELS]), s, readout];
  });
  try {
    const [input, hidden, readout] = await Promise.all([inp.data(), hid.data(), ro.data()]) as Float32Array[];
    let predicted = 0;
    const last = (timeSteps - 1) * NUM_CLASSES;
    for (let k = 1; k < NUM_CLASSES; k++) if (readout[last + k] > readout[last + predicted]) predicted = k;
    return { input, hidden, readout, timeSteps, hiddenSize: net.shape.hidden, predicted };
  } finally {
    tf.dispose([inp, hid, ro]);
  }
}

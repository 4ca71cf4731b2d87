/**
 * separable-conv: a standard k×k convolution against a depthwise-separable one (Howard et al. 2017).
 * Parameters and multiply–adds come from the formulas; latency is MEASURED on the current backend:
 * warm-up, then interleaved repeats of both layers, each repeat read back once, the median kept.
 */
import * as tf from '@tensorflow/tfjs';
import { throwIfAborted, untilAborted, yieldToBrowser } from '../runtime/loop';

/** H×W output map (stride 1, 'same'), M = C_in input channels, N = C_out output channels, k×k kernel. */
export interface ConvShape { h: number; w: number; cin: number; cout: number; k: number }

export interface Counts { params: number; madds: number }

/** Standard conv: k·k·M·N weights (+N biases); each of the H·W·N outputs needs k·k·M multiply–adds. */
export function standardCounts(s: ConvShape, bias = false): Counts {
  return { params: s.k * s.k * s.cin * s.cout + (bias ? s.cout : 0), madds: s.k * s.k * s.cin * s.cout * s.h * s.w };
}

/** Depthwise k·k·M (one k×k filter per input channel) + pointwise 1×1 M·N (+N biases). */
export function separableCounts(s: ConvShape, bias = false): Counts {
  return { params: s.k * s.k * s.cin + s.cin * s.cout + (bias ? s.cout : 0), madds: (s.k * s.k * s.cin + s.cin * s.cout) * s.h * s.w };
}

/** The paper's ratio (separable / standard), biases ignored: 1/N + 1/k². */
export const predictedRatio = (s: ConvShape) => 1 / s.cout + 1 / (s.k * s.k);

const median = (v: number[]) => { const s = [...v].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

export interface Latency { stdMs: number; sepMs: number; ratio: number }

export interface LatencyOptions { repeats: number; warmup: number; seed: number; signal?: AbortSignal }

/**
 * Median milliseconds of one standard and one separable layer on a 1×H×W×M input. Each repeat
 * queues one layer and waits for its read-back (on a GPU the kernel is asynchronous: without the
 * read-back we would time only the queueing). Repeats alternate the two layers so both see the
 * same machine load.
 */
export async function measureLatency(s: ConvShape, o: LatencyOptions): Promise<Latency> {
  const x = tf.randomNormal([1, s.h, s.w, s.cin], 0, 1, 'float32', o.seed) as tf.Tensor4D;
  const wStd = tf.randomNormal([s.k, s.k, s.cin, s.cout], 0, 0.1, 'float32', o.seed + 1) as tf.Tensor4D;
  const wDw = tf.randomNormal([s.k, s.k, s.cin, 1], 0, 0.1, 'float32', o.seed + 2) as tf.Tensor4D;
  const wPw = tf.randomNormal([1, 1, s.cin, s.cout], 0, 0.1, 'float32', o.seed + 3) as tf.Tensor4D;
  const layers = [
    () => tf.conv2d(x, wStd, 1, 'same'),
    () => tf.separableConv2d(x, wDw, wPw, 1, 'same'),
  ];
  const once = async (i: number) => {
    const t0 = performance.now();
    const y = layers[i]();
    // one element is enough to wait for the whole kernel; reading all of it would time the copy
    const one = tf.slice(y, [0, 0, 0, 0], [1, 1, 1, 1]);
    try {
      await (o.signal ? untilAborted(one.data(), o.signal) : one.data());
    } finally {
      tf.dispose([y, one]);
    }
    return performance.now() - t0;
  };
  const times: number[][] = [[], []];
  try {
    for (let r = 0; r < o.warmup; r++) { await once(0); await once(1); }
    for (let r = 0; r < o.repeats; r++) {
      throwIfAborted(o.signal);
      // alternate which goes first, so neither always follows the other's cache state
      const order = r % 2 ? [1, 0] : [0, 1];
      for (const i of order) times[i].push(await once(i));
      if (r % 4 === 3) await yieldToBrowser(o.signal);
    }
  } finally {
    tf.dispose([x, wStd, wDw, wPw]);
  }
  const stdMs = median(times[0]), sepMs = median(times[1]);
  return { stdMs, sepMs, ratio: sepMs / stdMs };
}

/** The sweep over N the chart draws: the predicted ratio falls to 1/k², the measured one need not. */
export const SWEEP_COUT = [8, 16, 32, 64, 128, 256];

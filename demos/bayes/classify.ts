/**
 * MC-dropout classification on MNIST: T stochastic passes per image give the MC mean softmax,
 * its predictive entropy (nats) and its prediction; the plain pass (dropout off) gives the
 * ordinary softmax. Out-of-distribution inputs are made here too: uniform noise, and digits
 * rotated away from how MNIST writes them.
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_PIXELS, IMAGE_SIZE, imageAsFloats, type MnistSet } from '../data/mnist';
import { mulberry32 } from '../runtime/rng';
import { throwIfAborted, yieldToBrowser } from '../runtime/loop';
import { mcPasses, mlpForward, predictiveEntropy, referralCurve, type Mlp } from './mc';

export const MC_T = 50;
/** the rotation sweep's angles, 0° to 180° */
export const ANGLES = Array.from({ length: 19 }, (_, i) => i * 10);

export interface McResult {
  entropy: Float32Array;
  /** arg-max of the MC mean */
  pred: Uint8Array;
  /** arg-max of the plain pass */
  plainPred: Uint8Array;
  count: number;
}

/**
 * T passes for every image of `images` (n × 784 floats), `batch` images at a time (T·batch rows
 * per call), one readback per batch.
 */
export async function mcEvaluate(
  net: Mlp, images: Float32Array, opts: { T?: number; rate: number; seed: number; batch?: number; signal?: AbortSignal; onProgress?: (done: number, total: number) => void },
): Promise<McResult> {
  const T = opts.T ?? MC_T;
  const batch = opts.batch ?? 20;
  const n = images.length / IMAGE_PIXELS;
  const entropy = new Float32Array(n), pred = new Uint8Array(n), plainPred = new Uint8Array(n);
  for (let start = 0; start < n; start += batch) {
    throwIfAborted(opts.signal);
    const m = Math.min(batch, n - start);
    const out = tf.tidy(() => {
      const x = tf.tensor2d(images.subarray(start * IMAGE_PIXELS, (start + m) * IMAGE_PIXELS), [m, IMAGE_PIXELS]);
      const probs = tf.softmax(mcPasses(net, x, T, opts.rate, opts.seed + start)) as tf.Tensor3D;
      const r = predictiveEntropy(probs);
      return tf.concat([r.entropy, tf.cast(tf.argMax(r.mean, 1), 'float32'), tf.cast(tf.argMax(mlpForward(net, x), 1), 'float32')]);
    });
    const v = await out.data();
    out.dispose();
    entropy.set(v.subarray(0, m), start);
    for (let i = 0; i < m; i++) { pred[start + i] = v[m + i]; plainPred[start + i] = v[2 * m + i]; }
    opts.onProgress?.(start + m, n);
    await yieldToBrowser(opts.signal);
  }
  return { entropy, pred, plainPred, count: n };
}

/** Rotates a 28×28 image by `deg` degrees (counter-clockwise) about its centre, bilinear. */
export function rotateImage(img: ArrayLike<number>, deg: number, size = IMAGE_SIZE): Float32Array {
  const out = new Float32Array(size * size);
  const a = (deg * Math.PI) / 180, c = Math.cos(a), s = Math.sin(a);
  const mid = (size - 1) / 2;
  const at = (x: number, y: number) => (x >= 0 && x < size && y >= 0 && y < size ? img[y * size + x] : 0);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // where this output pixel comes from in the source (inverse rotation)
      const dx = x - mid, dy = y - mid;
      const sx = c * dx - s * dy + mid, sy = s * dx + c * dy + mid;
      const x0 = Math.floor(sx), y0 = Math.floor(sy), fx = sx - x0, fy = sy - y0;
      out[y * size + x] = (1 - fx) * (1 - fy) * at(x0, y0) + fx * (1 - fy) * at(x0 + 1, y0) + (1 - fx) * fy * at(x0, y0 + 1) + fx * fy * at(x0 + 1, y0 + 1);
    }
  }
  return out;
}

/** n images of uniform noise in [0, 1], seeded. */
export function noiseImages(n: number, seed: number): Float32Array {
  const rand = mulberry32(seed);
  return Float32Array.from({ length: n * IMAGE_PIXELS }, () => rand());
}

/** Counts of `values` in `bins` equal bins over [0, max] (values above max go in the last). */
export function histogram(values: ArrayLike<number>, bins: number, max: number): number[] {
  const h = new Array(bins).fill(0);
  for (let i = 0; i < values.length; i++) h[Math.min(bins - 1, Math.max(0, Math.floor((values[i] / max) * bins)))]++;
  return h;
}

export const mean = (a: ArrayLike<number>) => { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return a.length ? s / a.length : 0; };

/** One input, rotated: the MC and plain softmax at one angle, and the 0–180° sweep. */
export interface RotationView {
  image: Float32Array;
  plain: Float32Array;
  mcMean: Float32Array;
  mcStd: Float32Array;
  entropy: number;
  /** per angle: MC mean and plain softmax for every class */
  sweepMc: Float32Array[];
  sweepPlain: Float32Array[];
}

/** One image at one angle (MC and plain) and the 19-angle sweep, in one batched call. */
export async function rotationView(net: Mlp, image: Float32Array, angle: number, seed: number, rate: number): Promise<RotationView> {
  const images = [rotateImage(image, angle), ...ANGLES.map((a) => rotateImage(image, a))];
  const n = images.length;
  const flat = new Float32Array(n * IMAGE_PIXELS);
  images.forEach((im, i) => flat.set(im, i * IMAGE_PIXELS));
  const out = tf.tidy(() => {
    const x = tf.tensor2d(flat, [n, IMAGE_PIXELS]);
    const probs = tf.softmax(mcPasses(net, x, MC_T, rate, seed)) as tf.Tensor3D; // [T, n, 10]
    const r = predictiveEntropy(probs);
    const std = tf.sqrt(tf.relu(tf.sub(tf.mean(tf.square(probs), 0), tf.square(r.mean))));
    return [r.mean, std, tf.softmax(mlpForward(net, x)), r.entropy];
  });
  const [m, s, p, h] = (await Promise.all(out.map((t) => t.data()))) as Float32Array[];
  tf.dispose(out);
  const row = (a: Float32Array, i: number) => a.slice(i * 10, (i + 1) * 10);
  return {
    image: images[0], mcMean: row(m, 0), mcStd: row(s, 0), plain: row(p, 0), entropy: h[0],
    sweepMc: ANGLES.map((_, i) => row(m, i + 1)), sweepPlain: ANGLES.map((_, i) => row(p, i + 1)),
  };
}

/** Full run: 1,000 held-out digits + 1,000 out-of-distribution inputs. `?quick=1`: 200 + 200. */
export const countFor = (quick: boolean) => (quick ? 200 : 1000);
/** the referral curve's fractions; index 5 is "refer the most uncertain half" */
export const REFERRED = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/** The first `count` held-out digits, flat (count × 784). */
export function heldOutImages(test: MnistSet, count: number): Float32Array {
  const out = new Float32Array(count * IMAGE_PIXELS);
  for (let i = 0; i < count; i++) out.set(imageAsFloats(test, i), i * IMAGE_PIXELS);
  return out;
}

/** Out of distribution: half uniform noise, half held-out digits turned on their side. */
export function oodImages(test: MnistSet, count: number, seed: number): Float32Array {
  const half = Math.floor(count / 2);
  const out = new Float32Array(count * IMAGE_PIXELS);
  out.set(noiseImages(half, seed));
  for (let i = half; i < count; i++) out.set(rotateImage(imageAsFloats(test, i), 90), i * IMAGE_PIXELS);
  return out;
}

export interface ClassifyRun {
  test: McResult;
  ood: McResult;
  labels: Uint8Array;
  accAll: number;
  accCertain50: number;
  accPlain: number;
  curve: { referred: number; accuracy: number }[];
}

/** Several McResults over consecutive slices, as one. */
function joinResults(parts: McResult[]): McResult {
  const count = parts.reduce((n, p) => n + p.count, 0);
  const entropy = new Float32Array(count), pred = new Uint8Array(count), plainPred = new Uint8Array(count);
  let at = 0;
  for (const p of parts) { entropy.set(p.entropy, at); pred.set(p.pred, at); plainPred.set(p.plainPred, at); at += p.count; }
  return { entropy, pred, plainPred, count };
}

function summarise(r1: McResult, r2: McResult, test: MnistSet): ClassifyRun {
  const labels = test.labels.slice(0, r1.count);
  const correct = Array.from(r1.pred, (p, i) => (p === labels[i] ? 1 : 0));
  const curve = referralCurve(r1.entropy, correct, REFERRED);
  const accPlain = Array.from(r1.plainPred).filter((p, i) => p === labels[i]).length / r1.count;
  return { test: r1, ood: r2, labels, accAll: curve[0].accuracy, accCertain50: curve[5].accuracy, accPlain, curve };
}

/**
 * The demo's run: T passes over `count` held-out digits and as many out-of-distribution inputs,
 * accuracy of the plain pass and of the MC mean, and the referral curve. The two sets go in
 * alternating slices of `chunk` inputs, so `onPartial` can show both histograms from the first
 * slice on; a slice is a whole number of 20-image batches, so every pass draws the same dropout
 * masks as in one go and the final numbers do not depend on `chunk`.
 */
export async function classifyRun(
  net: Mlp, test: MnistSet,
  opts: { count: number; rate: number; seed: number; chunk?: number; signal?: AbortSignal; onProgress?: (fraction: number) => void; onPartial?: (r: ClassifyRun) => void },
): Promise<ClassifyRun> {
  const count = Math.min(opts.count, test.count);
  const chunk = opts.chunk ?? 100;
  const sets = [heldOutImages(test, count), oodImages(test, count, opts.seed)];
  const seeds = [opts.seed, opts.seed + 1];
  const parts: McResult[][] = [[], []];
  for (let start = 0; start < count; start += chunk) {
    const end = Math.min(count, start + chunk);
    for (const k of [0, 1]) {
      parts[k].push(await mcEvaluate(net, sets[k].subarray(start * IMAGE_PIXELS, end * IMAGE_PIXELS), {
        rate: opts.rate, seed: seeds[k] + start, signal: opts.signal,
        onProgress: (done) => opts.onProgress?.((2 * start + k * (end - start) + done) / (2 * count)),
      }));
    }
    if (end < count) opts.onPartial?.(summarise(joinResults(parts[0]), joinResults(parts[1]), test));
  }
  return summarise(joinResults(parts[0]), joinResults(parts[1]), test);
}

/** The run's data-metric-* values, rounded as the page shows them. */
export const classifyMetrics = (r: ClassifyRun) => ({
  'entropy-test': +mean(r.test.entropy).toFixed(4), 'entropy-ood': +mean(r.ood.entropy).toFixed(4),
  'acc-all': +r.accAll.toFixed(4), 'acc-certain50': +r.accCertain50.toFixed(4),
  'acc-plain': +r.accPlain.toFixed(4),
  digits: r.test.count, T: MC_T,
});

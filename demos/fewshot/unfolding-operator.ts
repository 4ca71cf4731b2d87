/**
 * Deep unfolding, part 1: the degradation C x = H x Hᵀ (blur, then block averaging) of a 28×28
 * digit, its exact adjoint, the step size 1/L, and degraded digit pairs with seeded noise. The
 * whole method is described in demos/fewshot/unfolding.ts.
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_PIXELS, IMAGE_SIZE, type MnistSet } from '../data/mnist';
import { mulberry32 } from '../runtime/rng';

const S = IMAGE_SIZE;

export interface Degradation {
  /** super-resolution factor: the observation is (28 / factor)² pixels */
  factor: 2 | 4;
  /** Gaussian blur σ in high-resolution pixels before pooling (0 = pooling only) */
  blur: number;
  /** standard deviation of the Gaussian noise added to the observation (pixels in [0, 1]) */
  noise: number;
}

export const FACTORS = [2, 4] as const;

/** The m×28 matrix H (row-major) with C x = H x Hᵀ: blur (zero boundary), then block averaging. */
export function degradationMatrix(factor: number, blur: number): Float32Array {
  if (S % factor !== 0) throw new Error(`factor ${factor} does not divide ${S}`);
  const m = S / factor;
  // G: 28×28 Gaussian blur, kernel normalised to sum 1 and truncated at 3σ; zero outside the image
  const G = new Float64Array(S * S);
  if (blur > 0) {
    const r = Math.ceil(3 * blur);
    const k = Array.from({ length: 2 * r + 1 }, (_, i) => Math.exp(-((i - r) ** 2) / (2 * blur * blur)));
    const sum = k.reduce((a, b) => a + b, 0);
    for (let i = 0; i < S; i++) for (let d = -r; d <= r; d++) if (i + d >= 0 && i + d < S) G[i * S + i + d] = k[d + r] / sum;
  } else {
    for (let i = 0; i < S; i++) G[i * S + i] = 1;
  }
  const H = new Float32Array(m * S);
  for (let i = 0; i < m; i++) {
    for (let c = 0; c < S; c++) {
      let v = 0;
      for (let j = i * factor; j < (i + 1) * factor; j++) v += G[j * S + c];
      H[i * S + c] = v / factor;
    }
  }
  return H;
}

/** σ_max(H)² by power iteration on H Hᵀ (in float64); then L = ‖C‖² = σ_max(H)⁴. */
export function largestSquaredSingularValue(H: Float32Array, m: number, n: number, iters = 200): number {
  const HHt = new Float64Array(m * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) {
    let s = 0;
    for (let c = 0; c < n; c++) s += H[i * n + c] * H[j * n + c];
    HHt[i * m + j] = s;
  }
  let v = new Float64Array(m).fill(1 / Math.sqrt(m));
  let lambda = 0;
  for (let it = 0; it < iters; it++) {
    const w = new Float64Array(m);
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) w[i] += HHt[i * m + j] * v[j];
    lambda = Math.hypot(...w);
    v = w.map((x) => x / lambda);
  }
  return lambda;
}

/** The degradation operator C on the device, with its host copy and the step size 1/L. */
export interface Operator {
  deg: Degradation;
  /** low-resolution side, 28 / factor */
  m: number;
  /** H as a [1, m, 28] tensor: batched matMul broadcasts it over the images */
  H: tf.Tensor3D;
  /** Hᵀ as its own [1, 28, m] constant (see forwardOp) */
  Ht: tf.Tensor3D;
  /** C and Cᵀ with each other as gradient (forwardOp / adjointOp call these) */
  C: (x: tf.Tensor3D) => tf.Tensor3D;
  Ct: (y: tf.Tensor3D) => tf.Tensor3D;
  hostH: Float32Array;
  /** L = ‖C‖² (largest eigenvalue of CᵀC) */
  L: number;
  /** the classical step η = 1/L */
  eta: number;
  dispose(): void;
}

export function makeOperator(deg: Degradation): Operator {
  const m = S / deg.factor;
  const hostH = degradationMatrix(deg.factor, deg.blur);
  const s2 = largestSquaredSingularValue(hostH, m, S);
  const L = s2 * s2;
  const H = tf.tensor3d(hostH, [1, m, S]);
  const hostHt = new Float32Array(S * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < S; j++) hostHt[j * m + i] = hostH[i * S + j];
  const Ht = tf.tensor3d(hostHt, [1, S, m]);
  // Two batched matMuls each, H and Hᵀ broadcast over the batch, no transpose flags and no
  // transpose ops: flagged matMuls run ~8× slower on WASM, transposes are slow on the cpu
  // backend. C and Cᵀ are linear and each other's adjoint, so each is the other's gradient
  // (autodiff of a plain matMul would fall back to the flagged kernels).
  const cPlain = (x: tf.Tensor3D) => tf.matMul(tf.matMul(H, x), Ht) as tf.Tensor3D;
  const ctPlain = (y: tf.Tensor3D) => tf.matMul(tf.matMul(Ht, y), H) as tf.Tensor3D;
  const C = tf.customGrad(((x: tf.Tensor3D) => ({ value: cPlain(x), gradFunc: (dy: tf.Tensor3D) => ctPlain(dy) })) as unknown as Parameters<typeof tf.customGrad>[0]) as unknown as (x: tf.Tensor3D) => tf.Tensor3D;
  const Ct = tf.customGrad(((y: tf.Tensor3D) => ({ value: ctPlain(y), gradFunc: (dx: tf.Tensor3D) => cPlain(dx) })) as unknown as Parameters<typeof tf.customGrad>[0]) as unknown as (y: tf.Tensor3D) => tf.Tensor3D;
  return { deg, m, H, Ht, C, Ct, hostH, L, eta: 1 / L, dispose: () => { H.dispose(); Ht.dispose(); } };
}

/** C x = H x Hᵀ: [N, 28, 28] → [N, m, m] */
export const forwardOp = (op: Operator, x: tf.Tensor3D): tf.Tensor3D => op.C(x);
/** Cᵀ y = Hᵀ y H: [N, m, m] → [N, 28, 28] */
export const adjointOp = (op: Operator, y: tf.Tensor3D): tf.Tensor3D => op.Ct(y);

/** The same C on the host: N images (N×784, row-major) → N observations (N×m²), plus noise. */
export function observe(op: Operator, images: Float32Array, noise: number, seed: number): Float32Array {
  const { m, hostH: H } = op;
  const n = images.length / IMAGE_PIXELS;
  const out = new Float32Array(n * m * m);
  const rand = mulberry32(seed);
  const tmp = new Float64Array(S * m);
  for (let k = 0; k < n; k++) {
    const base = k * IMAGE_PIXELS;
    // tmp = x Hᵀ (28 × m), then out = H tmp (m × m)
    for (let r = 0; r < S; r++) for (let j = 0; j < m; j++) {
      let s = 0;
      for (let c = 0; c < S; c++) s += images[base + r * S + c] * H[j * S + c];
      tmp[r * m + j] = s;
    }
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) {
      let s = 0;
      for (let r = 0; r < S; r++) s += H[i * S + r] * tmp[r * m + j];
      out[k * m * m + i * m + j] = s + noise * gaussian(rand);
    }
  }
  return out;
}

/** A standard normal draw (Box–Muller) from a seeded uniform generator. */
export function gaussian(rand: () => number): number {
  const u = 1 - rand(); // (0, 1]: log is finite
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** Host arrays of a set of digits and their observations. */
export interface PairSet {
  n: number;
  m: number;
  /** N×784 originals in [0, 1] */
  x: Float32Array;
  /** N×m² noisy low-resolution observations */
  z: Float32Array;
}

/** `count` digits of a split from `start`, degraded with seeded noise. */
export function makePairs(op: Operator, set: MnistSet, count: number, seed: number, start = 0): PairSet {
  const n = Math.max(0, Math.min(count, set.count - start));
  const x = new Float32Array(n * IMAGE_PIXELS);
  for (let i = 0; i < x.length; i++) x[i] = set.images[start * IMAGE_PIXELS + i] / 255;
  return { n, m: op.m, x, z: observe(op, x, op.deg.noise, seed) };
}

export const pairTensors = (p: PairSet) => ({
  x: tf.tensor3d(p.x, [p.n, S, S]),
  z: tf.tensor3d(p.z, [p.n, p.m, p.m]),
});

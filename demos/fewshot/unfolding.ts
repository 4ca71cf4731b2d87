/**
 * Deep unfolding (the lecture's super-resolution example) on real MNIST digits.
 *
 * The problem: recover a 28×28 digit x (pixels in [0, 1]) from a low-resolution, noisy
 * observation z = C x + n. The degradation is separable, C x = H x Hᵀ, with H an m×28 matrix
 * (m = 28 / factor): a Gaussian blur (the optics' point-spread function, σ in pixels, 0 = none)
 * followed by factor×factor average pooling (each sensor pixel averages a block). Cᵀ y = Hᵀ y H
 * is its exact adjoint (unit-tested).
 *
 * The algorithm is ISTA (proximal gradient) for  min_x ½‖C x − z‖² + λ‖x‖₁ + ι_[0,1](x):
 *     x⁽ᵏ⁺¹⁾ = prox_{λη}( x⁽ᵏ⁾ − η Cᵀ(C x⁽ᵏ⁾ − z) ),   prox_θ(v) = min(max(v − θ, 0), 1).
 * The prior: an MNIST digit is mostly exactly-zero background, so a sparsity (ℓ₁) prior in the
 * pixel domain, plus the box [0, 1]. For pixels that must lie in [0, 1], soft-thresholding then
 * clipping is exactly the proximal map of λ‖x‖₁ + ι_[0,1] (the ℓ₁ norm is then the plain sum).
 * The slide's symbols, for k = 1..K:
 *     X⁽ᵏ⁾ = Y A + Ŷ⁽ᵏ⁾ B      here X⁽ᵏ⁾ = x⁽ᵏ⁾ (A = 0, B = I: no extra linear mixing)
 *     E⁽ᵏ⁾ = C X⁽ᵏ⁾ − Z        the residual in the low-resolution space: e = C x − z
 *     G⁽ᵏ⁾ = η Cᵀ E⁽ᵏ⁾ Bᵀ      the gradient step: g = η Cᵀ e (Cᵀ = the "upSample" of the slide)
 *     Y⁽ᵏ⁺¹⁾ = prox_{λη}(Ŷ⁽ᵏ⁾ − G⁽ᵏ⁾)   the prox above ("proxNet" of the slide)
 * The plain algorithm uses the classical step η = 1/L, L = ‖C‖² = σ_max(H)⁴, and one λ tuned on
 * training digits by a grid search (tuneLambda) so the baseline is fair. It starts from
 * x⁽⁰⁾ = η Cᵀ z — the gradient step from x = 0, which for pooling alone is nearest-neighbour
 * upsampling of z — and K counts the steps after it.
 *
 * The unrolled network (LISTA, Gregor & LeCun 2010) is the same K steps with stage k's own
 * η_k = η·e^{a_k} and λ_k = λ·e^{b_k} (log-parameters keep them positive; a = b = 0 at the start)
 * and, optionally, a learned 3×3 filter F_k that corrects the upsampling of the residual,
 * g = η_k (Cᵀe + F_k ⊛ Cᵀe) — the slide's learned upSample — initialised to zero. So the
 * untrained network IS the algorithm (unit-tested); training on a few hundred digits with MSE
 * and Adam moves only 2K (or 11K) numbers. The physics (C, Cᵀ) and the prior's form stay in the
 * architecture, which is why so little data suffices.
 *
 * Tensors are [N, 28, 28] images and [N, m, m] observations. Everything differentiable uses
 * kernels every backend has (matMul, transpose, relu, minimum; the filter via conv2dSame).
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_PIXELS, IMAGE_SIZE, type MnistSet } from '../data/mnist';
import { runLoop, throwIfAborted, untilAborted, yieldToBrowser } from '../runtime/loop';
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
  return { deg, m, H, hostH, L, eta: 1 / L, dispose: () => H.dispose() };
}

// Two batched matMuls each, H broadcast over the batch and transposed by the kernel's flags: no
// transpose ops (slow on the cpu backend), and kernels every backend has, gradients included.
/** C x = H x Hᵀ: [N, 28, 28] → [N, m, m] */
export const forwardOp = (op: Operator, x: tf.Tensor3D): tf.Tensor3D => tf.matMul(tf.matMul(op.H, x), op.H, false, true);
/** Cᵀ y = Hᵀ y H: [N, m, m] → [N, 28, 28] */
export const adjointOp = (op: Operator, y: tf.Tensor3D): tf.Tensor3D => tf.matMul(tf.matMul(op.H, y, true, false), op.H);

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

/** prox of θ‖x‖₁ + ι_[0,1]: soft-threshold, then clip to [0, 1] (= min(max(v − θ, 0), 1)). */
export function proxClip(v: tf.Tensor, theta: tf.Tensor | number): tf.Tensor {
  return tf.minimum(tf.relu(tf.sub(v, theta)), 1);
}

/** soft-threshold alone, sign(v)·max(|v| − θ, 0), on the host (for the unit test and the text) */
export const softThreshold = (v: number, theta: number) => Math.sign(v) * Math.max(Math.abs(v) - theta, 0);

/** The starting point shared by both methods: x⁽⁰⁾ = η Cᵀ z (η = 1/L). */
export function initialEstimate(op: Operator, z: tf.Tensor3D): tf.Tensor3D {
  return tf.tidy(() => adjointOp(op, z).mul(op.eta));
}

/**
 * One ISTA step x ↦ prox_θ(x − η Cᵀ(C x − z)). θ (= λη) may be a tensor that broadcasts over the
 * images, e.g. [N, 1, 1] to run several λ side by side.
 */
export function istaStep(op: Operator, x: tf.Tensor3D, z: tf.Tensor3D, eta: tf.Scalar | number, theta: tf.Tensor | number): tf.Tensor3D {
  return tf.tidy(() => {
    const e = forwardOp(op, x).sub(z) as tf.Tensor3D; // E = C X − Z
    const g = adjointOp(op, e); // Cᵀ E
    return proxClip(x.sub(tf.mul(g, eta)), theta) as tf.Tensor3D;
  });
}

/** K unrolled steps with given per-step η_k and λ_k (numbers): the network's forward pass as values. */
export function unfold(op: Operator, z: tf.Tensor3D, etas: readonly number[], lambdas: readonly number[]): tf.Tensor3D {
  if (etas.length !== lambdas.length) throw new Error('one η and one λ per step');
  return tf.tidy(() => {
    let x = initialEstimate(op, z);
    etas.forEach((eta, k) => { x = istaStep(op, x, z, eta, lambdas[k] * eta); });
    return x;
  });
}

/** K steps of the plain algorithm: every step η = 1/L and threshold λη, from x⁽⁰⁾. */
export const ista = (op: Operator, z: tf.Tensor3D, K: number, lambda: number) =>
  unfold(op, z, new Array<number>(K).fill(op.eta), new Array<number>(K).fill(lambda));

/** The objective ½‖C x − z‖² + λ‖x‖₁ per image, averaged over the batch (x in [0, 1]). */
export function objective(op: Operator, x: tf.Tensor3D, z: tf.Tensor3D, lambda: number): tf.Scalar {
  return tf.tidy(() => {
    const r = forwardOp(op, x).sub(z);
    return r.square().sum([1, 2]).mul(0.5).add(x.abs().sum([1, 2]).mul(lambda)).mean() as tf.Scalar;
  });
}

/** PSNR = 10 log₁₀(1 / MSE) (peak 1) of each image: [N]. */
export function psnrPerImage(xhat: tf.Tensor3D, x: tf.Tensor3D): tf.Tensor1D {
  return tf.tidy(() => xhat.sub(x).square().mean([1, 2]).maximum(1e-10).log().mul(-10 / Math.LN10) as tf.Tensor1D);
}

/** Mean over the images of their PSNR, as a device scalar. */
export const psnr = (xhat: tf.Tensor3D, x: tf.Tensor3D): tf.Scalar => tf.tidy(() => psnrPerImage(xhat, x).mean() as tf.Scalar);

/** The learned parameters of a K-stage unrolled network. */
export interface UnrolledParams {
  K: number;
  /** the algorithm's η and λ the stages start from (and are scaled relative to) */
  eta0: number;
  lambda0: number;
  /** a_k: η_k = η₀ e^{a_k}; one scalar variable per stage (tf.unstack's gradient fails on unused slices) */
  logEta: tf.Variable[];
  /** b_k: λ_k = λ₀ e^{b_k} */
  logLambda: tf.Variable[];
}

export function createUnrolled(K: number, eta0: number, lambda0: number): UnrolledParams {
  if (!(lambda0 > 0) || !(eta0 > 0)) throw new Error('η and λ must be positive (the stages learn their logarithms)');
  // inside tidy: a variable keeps its own reference and the initial tensor is freed
  return tf.tidy(() => ({
    K, eta0, lambda0,
    logEta: Array.from({ length: K }, () => tf.variable(tf.scalar(0))),
    logLambda: Array.from({ length: K }, () => tf.variable(tf.scalar(0))),
  }));
}

export const unrolledVariables = (p: UnrolledParams): tf.Variable[] => [...p.logEta, ...p.logLambda];

export function disposeUnrolled(p: UnrolledParams) {
  unrolledVariables(p).forEach((v) => v.dispose());
}

/** The network: stage k is one ISTA step with its own learned η_k and λ_k (θ_k = λ_k η_k). */
export function unrolledForward(op: Operator, p: UnrolledParams, z: tf.Tensor3D): tf.Tensor3D {
  return tf.tidy(() => {
    let x = initialEstimate(op, z);
    for (let k = 0; k < p.K; k++) {
      const eta = tf.exp(p.logEta[k]).mul(p.eta0) as tf.Scalar;
      const theta = tf.exp(p.logLambda[k]).mul(p.lambda0).mul(eta);
      x = istaStep(op, x, z, eta, theta);
    }
    return x;
  });
}

/** The learned per-stage values, read back once. */
export async function readStages(p: UnrolledParams): Promise<{ eta: number[]; lambda: number[] }> {
  const all = await Promise.all(unrolledVariables(p).map((v) => v.data()));
  return {
    eta: all.slice(0, p.K).map((a) => p.eta0 * Math.exp(a[0])),
    lambda: all.slice(p.K).map((b) => p.lambda0 * Math.exp(b[0])),
  };
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

export const LAMBDA_GRID = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1] as const;

/**
 * The plain algorithm run once for every λ of a grid side by side (the images tiled, one
 * threshold per copy) for kMax steps: mean PSNR psnr[λ][k] for k = 0..kMax (k = 0 is x⁽⁰⁾).
 * The per-step PSNRs stay on the device and are read back once at the end; `tick` is awaited
 * after every step (to yield to the browser and check a signal).
 */
export async function istaTrajectory(
  op: Operator, x: tf.Tensor3D, z: tf.Tensor3D, lambdas: readonly number[], kMax: number,
  tick?: (k: number) => Promise<void>,
): Promise<number[][]> {
  const L = lambdas.length, n = z.shape[0];
  const zz = tf.tile(z, [L, 1, 1]) as tf.Tensor3D;
  const xx = tf.tile(x, [L, 1, 1]) as tf.Tensor3D;
  const theta = tf.tensor3d(lambdas.flatMap((l) => new Array<number>(n).fill(l * op.eta)), [L * n, 1, 1]);
  const rows: tf.Tensor[] = [];
  const meanPerLambda = (c: tf.Tensor3D) => tf.tidy(() => psnrPerImage(c, xx).reshape([L, n]).mean(1));
  let cur = initialEstimate(op, zz);
  try {
    rows.push(meanPerLambda(cur));
    for (let k = 1; k <= kMax; k++) {
      const next = istaStep(op, cur, zz, op.eta, theta);
      cur.dispose();
      cur = next;
      rows.push(meanPerLambda(cur));
      if (tick) await tick(k);
    }
    const all = tf.stack(rows);
    const v = await all.data();
    all.dispose();
    return lambdas.map((_, j) => Array.from({ length: kMax + 1 }, (_, k) => v[k * L + j]));
  } finally {
    tf.dispose([zz, xx, theta, cur, ...rows]);
  }
}

/**
 * The fair baseline: for each step count k, the λ of the grid that did best on the TRAINING
 * digits after k steps, and the test PSNR of ISTA with that λ after k steps.
 */
export function tunedCurve(trainPsnr: number[][], testPsnr: number[][], grid: readonly number[]) {
  const kMax = trainPsnr[0].length - 1;
  const lambda: number[] = [], psnrTest: number[] = [];
  for (let k = 0; k <= kMax; k++) {
    let best = 0;
    for (let j = 1; j < grid.length; j++) if (trainPsnr[j][k] > trainPsnr[best][k]) best = j;
    lambda.push(grid[best]);
    psnrTest.push(testPsnr[best][k]);
  }
  return { lambda, psnr: psnrTest };
}

export interface TrainOptions {
  steps: number;
  batchSize: number;
  learningRate: number;
  seed: number;
}

/**
 * Training an unrolled network on host pairs: minibatches drawn with a seeded generator and
 * uploaded per step (nothing to differentiate through a gather), one tf.tidy per step, Adam on
 * the 2K log-parameters, the MSE loss returned as a device scalar (no read-back per step).
 */
export function createTrainer(op: Operator, params: UnrolledParams, train: PairSet, o: TrainOptions) {
  const optimizer = tf.train.adam(o.learningRate);
  const rand = mulberry32(o.seed);
  const m2 = op.m * op.m;
  const bx = new Float32Array(o.batchSize * IMAGE_PIXELS);
  const bz = new Float32Array(o.batchSize * m2);
  const vars = unrolledVariables(params);
  return {
    /** one Adam step; returns the batch's MSE as a device scalar (the caller disposes it) */
    step(): tf.Scalar {
      for (let b = 0; b < o.batchSize; b++) {
        const i = Math.floor(rand() * train.n);
        bx.set(train.x.subarray(i * IMAGE_PIXELS, (i + 1) * IMAGE_PIXELS), b * IMAGE_PIXELS);
        bz.set(train.z.subarray(i * m2, (i + 1) * m2), b * m2);
      }
      return tf.tidy(() => {
        const x = tf.tensor3d(bx, [o.batchSize, S, S]);
        const z = tf.tensor3d(bz, [o.batchSize, op.m, op.m]);
        return optimizer.minimize(() => unrolledForward(op, params, z).sub(x).square().mean() as tf.Scalar, true, vars) as tf.Scalar;
      });
    },
    dispose() {
      optimizer.dispose();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The demo's experiment: PSNR against K for the algorithm and for the unrolled network

export interface UnfoldingOptions {
  factor: 2 | 4;
  noise: number;
  /** training digits: the λ grid search and the networks' training both use only these */
  trainDigits: number;
  /** held-out test digits every PSNR on the page is measured on */
  testDigits: number;
  /** the depths K: one network trained per K */
  Ks: number[];
  /** how far the plain algorithm is run, to see how many steps it needs to catch up */
  kMax: number;
  steps: number;
  batchSize: number;
  learningRate: number;
  seed: number;
}

/** The blur that goes with a factor: a point-spread function half a sensor pixel wide (σ = factor/2). */
export const blurFor = (factor: number) => factor / 2;

/**
 * The page's default. 200 training digits are enough: each network has only 2K numbers to learn.
 * 200 Adam steps of 32 digits (lr 0.05 on the log-parameters) bring every K to its plateau.
 */
export const UNFOLDING_DEFAULTS: UnfoldingOptions = {
  factor: 2, noise: 0.02, trainDigits: 200, testDigits: 300, Ks: [1, 2, 3, 5, 10, 20], kMax: 100,
  steps: 200, batchSize: 32, learningRate: 0.05, seed: 7,
};

/**
 * `?quick=1` (browser tests, well under 40 s on the cpu backend): K ∈ {1, 2, 3}, 40 steps of 16
 * digits from 50 training digits, ISTA (and its λ search) to 10 steps, 100 test digits.
 */
export const UNFOLDING_QUICK: Partial<UnfoldingOptions> = { trainDigits: 50, testDigits: 100, Ks: [1, 2, 3], kMax: 10, steps: 40, batchSize: 16 };

export interface IstaCurve {
  /** test PSNR after k = 0..kMax steps, each with the λ tuned for k on training digits */
  psnr: number[];
  lambda: number[];
  /** its step at every k, 1/L */
  eta: number;
}

export interface StageResult {
  K: number;
  /** the unrolled network's test PSNR */
  psnr: number;
  /** its learned η_k and λ_k */
  eta: number[];
  lambda: number[];
  /** the plain algorithm with the same K (its tuned λ) */
  istaPsnr: number;
  istaLambda: number;
  /** the fewest plain steps (≤ kMax) that reach the network's PSNR, or null if none do */
  istaStepsToMatch: number | null;
  /** mean training loss (MSE) of the last chunk */
  loss: number;
  trainMs: number;
}

export interface UnfoldingHooks {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  /** the plain algorithm's tuned curve, as soon as it is known */
  onIsta?: (curve: IstaCurve) => void;
  /** every 20 training steps: the network being trained and its mean loss */
  onTrain?: (K: number, step: number, loss: number) => void;
  onStage?: (r: StageResult) => void;
}

export interface UnfoldingResult {
  options: UnfoldingOptions;
  /** the classical step 1/L */
  eta: number;
  ista: IstaCurve;
  stages: StageResult[];
}

const READ_EVERY = 20;

export function checkOptions(o: UnfoldingOptions) {
  if (!FACTORS.includes(o.factor as 2 | 4)) throw new Error(`factor ${o.factor} is not 2 or 4`);
  if (!o.Ks.length || o.Ks.some((k) => !Number.isInteger(k) || k < 1 || k > o.kMax)) throw new Error('each K must be an integer in 1..kMax');
  if (o.trainDigits < 1 || o.testDigits < 1 || o.steps < 1 || o.batchSize < 1) throw new Error('empty workload');
}

export async function runUnfolding(train: MnistSet, test: MnistSet, o: UnfoldingOptions, h: UnfoldingHooks = {}): Promise<UnfoldingResult> {
  checkOptions(o);
  const op = makeOperator({ factor: o.factor, blur: blurFor(o.factor), noise: o.noise });
  const trainPairs = makePairs(op, train, o.trainDigits, o.seed);
  const testPairs = makePairs(op, test, o.testDigits, o.seed + 1);
  const trT = pairTensors(trainPairs), teT = pairTensors(testPairs);
  // progress weighted by rough cost: image-steps (a training step costs ~3 forward steps)
  const trajCost = o.kMax * LAMBDA_GRID.length * (trainPairs.n + testPairs.n);
  const stageCost = o.Ks.map((K) => 3 * o.steps * o.batchSize * K);
  const total = trajCost + stageCost.reduce((a, b) => a + b, 0);
  let done = 0;
  const progress = (extra: number) => h.onProgress?.(Math.min(1, (done + extra) / total));
  const tick = (frac: number) => async () => {
    progress(frac);
    await yieldToBrowser(h.signal);
    throwIfAborted(h.signal);
  };
  try {
    const half = trajCost / 2;
    const trainTraj = await istaTrajectory(op, trT.x, trT.z, LAMBDA_GRID, o.kMax, (k) => tick((half * k) / o.kMax)());
    done += half;
    const testTraj = await istaTrajectory(op, teT.x, teT.z, LAMBDA_GRID, o.kMax, (k) => tick((half * k) / o.kMax)());
    done += half;
    const curve: IstaCurve = { ...tunedCurve(trainTraj, testTraj, LAMBDA_GRID), eta: op.eta };
    h.onIsta?.(curve);

    const stages: StageResult[] = [];
    for (const [i, K] of o.Ks.entries()) {
      const started = performance.now();
      const params = createUnrolled(K, op.eta, curve.lambda[K]);
      const trainer = createTrainer(op, params, trainPairs, { steps: o.steps, batchSize: o.batchSize, learningRate: o.learningRate, seed: o.seed + 100 + K });
      let sum: tf.Scalar = tf.scalar(0);
      let since = 0, loss = NaN;
      try {
        await runLoop({
          steps: o.steps, signal: h.signal,
          step: async (s) => {
            const l = trainer.step();
            const next = sum.add(l) as tf.Scalar;
            sum.dispose();
            l.dispose();
            sum = next;
            since++;
            // the summed loss is read once per READ_EVERY steps, never per step
            if ((s + 1) % READ_EVERY === 0 || s + 1 === o.steps) {
              const read = sum.data();
              loss = (await (h.signal ? untilAborted(read, h.signal) : read))[0] / since;
              sum.dispose();
              sum = tf.scalar(0);
              since = 0;
              h.onTrain?.(K, s + 1, loss);
            }
          },
          onProgress: (f) => progress(stageCost[i] * f),
        });
        const p = tf.tidy(() => psnr(unrolledForward(op, params, teT.z), teT.x));
        const [value] = await p.data();
        p.dispose();
        const learned = await readStages(params);
        const match = curve.psnr.findIndex((v) => v >= value);
        const r: StageResult = {
          K, psnr: value, ...learned, istaPsnr: curve.psnr[K], istaLambda: curve.lambda[K],
          istaStepsToMatch: match < 0 ? null : match, loss, trainMs: performance.now() - started,
        };
        stages.push(r);
        done += stageCost[i];
        h.onStage?.(r);
      } finally {
        sum.dispose();
        trainer.dispose();
        disposeUnrolled(params);
      }
    }
    return { options: o, eta: op.eta, ista: curve, stages };
  } finally {
    tf.dispose([trT.x, trT.z, teT.x, teT.z]);
    op.dispose();
  }
}

export interface Pictures {
  /** the originals, the observations (m×m), and the reconstructions, one Float32Array per digit */
  original: Float32Array[];
  observed: Float32Array[];
  /** empty until there is a tuned λ / a trained network */
  ista: Float32Array[];
  unrolled: Float32Array[];
  psnrIsta: number[];
  psnrUnrolled: number[];
  m: number;
}

/**
 * A few test digits (the first `count` of the run's test digits, with the same noise), their
 * observations, and their reconstructions by K plain steps with `istaLambda` and by a trained
 * network's stages (η_k, λ_k), recomputed from numbers: nothing stays on the device between runs.
 */
export async function pictures(
  test: MnistSet, o: Pick<UnfoldingOptions, 'factor' | 'noise' | 'seed'>, count: number, K: number,
  istaLambda: number | null, stage: { eta: number[]; lambda: number[] } | null,
): Promise<Pictures> {
  const op = makeOperator({ factor: o.factor, blur: blurFor(o.factor), noise: o.noise });
  const pairs = makePairs(op, test, count, o.seed + 1); // runUnfolding's test seed: the same noise
  const { x, z } = pairTensors(pairs);
  try {
    const outs = tf.tidy(() => {
      const r: tf.Tensor[] = [];
      for (const y of [istaLambda === null ? null : ista(op, z, K, istaLambda), stage ? unfold(op, z, stage.eta, stage.lambda) : null]) {
        r.push(...(y ? [y, psnrPerImage(y, x)] : [tf.zeros([0]), tf.zeros([0])]));
      }
      return r;
    });
    const [a, pa, b, pb] = (await Promise.all(outs.map((t) => t.data()))) as Float32Array[];
    tf.dispose(outs);
    const split = (v: Float32Array, size: number) => Array.from({ length: v.length / size }, (_, i) => v.slice(i * size, (i + 1) * size));
    return {
      original: split(pairs.x, IMAGE_PIXELS), observed: split(pairs.z, op.m * op.m),
      ista: split(a, IMAGE_PIXELS), unrolled: split(b, IMAGE_PIXELS),
      psnrIsta: Array.from(pa), psnrUnrolled: Array.from(pb), m: op.m,
    };
  } finally {
    tf.dispose([x, z]);
    op.dispose();
  }
}

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
 * The unrolled network is the same K steps with stage k's own η_k = η·e^{a_k} and
 * λ_k = λ·e^{b_k} (log-parameters keep them positive; a = b = 0 at the start). The idea of
 * unrolling comes from LISTA (Gregor & LeCun 2010), which learns the matrices too; learning only a
 * step size and a threshold per layer, with the known C and Cᵀ, is closer to ALISTA (Liu et al.
 * 2019). So the untrained network IS the algorithm (unit-tested); training on a few hundred digits
 * with MSE and Adam moves only 2K numbers. The physics (C, Cᵀ) and the prior's form stay in the
 * architecture, which is why so little data suffices.
 *
 * Tensors are [N, 28, 28] images and [N, m, m] observations. Everything differentiable uses
 * kernels every backend has (matMul, transpose, relu, minimum).
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_PIXELS, type MnistSet } from '../data/mnist';
import { throwIfAborted, yieldToBrowser } from '../runtime/loop';
import { FACTORS, makeOperator, makePairs, pairTensors } from './unfolding-operator';
import {
  createTrainer, createTrajectory, createUnrolled, disposeUnrolled, ista, LAMBDA_GRID, psnr, psnrPerImage, readStages, trainStage,
  tunedCurve, unfold, unrolledForward,
} from './unfolding-network';

// the operator and the network, for importers of this file
export * from './unfolding-operator';
export * from './unfolding-network';

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
  /**
   * the fewest plain steps (≤ kMax) that reach the network's PSNR, or null if none do; in onStage,
   * among the steps ISTA has run so far (final in the returned result)
   */
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
  /** the K whose comparison comes first (the one the page shows); default the smallest */
  firstK?: number;
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

/**
 * The order of work puts the comparison at `h.firstK` (the K the page shows) first: ISTA only as
 * far as that K (its λ tuned per k on training digits, as before), then that K's network; then
 * the other K in ascending order, ISTA run on as each needs it; ISTA's run on to kMax last (only
 * the "steps ISTA needs to catch up" column waits for it). Same work as one pass, reordered.
 */
export async function runUnfolding(train: MnistSet, test: MnistSet, o: UnfoldingOptions, h: UnfoldingHooks = {}): Promise<UnfoldingResult> {
  checkOptions(o);
  const op = makeOperator({ factor: o.factor, blur: blurFor(o.factor), noise: o.noise });
  const trainPairs = makePairs(op, train, o.trainDigits, o.seed);
  const testPairs = makePairs(op, test, o.testDigits, o.seed + 1);
  const trT = pairTensors(trainPairs), teT = pairTensors(testPairs);
  // progress weighted by rough cost: image-steps (a training step costs ~3 forward steps)
  const stepCost = LAMBDA_GRID.length * (trainPairs.n + testPairs.n);
  const stageCost = (K: number) => 3 * o.steps * o.batchSize * K;
  const total = o.kMax * stepCost + o.Ks.reduce((a, K) => a + stageCost(K), 0);
  let done = 0;
  const progress = (extra: number) => h.onProgress?.(Math.min(1, (done + extra) / total));
  const trainTraj = createTrajectory(op, trT.x, trT.z, LAMBDA_GRID);
  const testTraj = createTrajectory(op, teT.x, teT.z, LAMBDA_GRID);
  const tick = async () => {
    done += stepCost;
    progress(0);
    await yieldToBrowser(h.signal);
    throwIfAborted(h.signal);
  };
  /** both trajectories on to step `to`, side by side; the tuned curve so far */
  const istaTo = async (to: number): Promise<IstaCurve> => {
    for (let k = trainTraj.k; k < to; k++) {
      await trainTraj.advance(k + 1);
      await testTraj.advance(k + 1, tick);
    }
    const curve: IstaCurve = { ...tunedCurve(await trainTraj.read(), await testTraj.read(), LAMBDA_GRID), eta: op.eta };
    h.onIsta?.(curve);
    return curve;
  };
  const matchOf = (c: IstaCurve, value: number) => { const i = c.psnr.findIndex((v) => v >= value); return i < 0 ? null : i; };
  try {
    const first = h.firstK !== undefined && o.Ks.includes(h.firstK) ? h.firstK : o.Ks[0];
    const order = [first, ...o.Ks.filter((K) => K !== first)];
    let curve: IstaCurve | null = null;
    const stages: StageResult[] = [];
    for (const K of order) {
      if (!curve || curve.psnr.length <= K) curve = await istaTo(K);
      const started = performance.now();
      const params = createUnrolled(K, op.eta, curve.lambda[K]);
      const trainer = createTrainer(op, params, trainPairs, { steps: o.steps, batchSize: o.batchSize, learningRate: o.learningRate, seed: o.seed + 100 + K });
      try {
        const loss = await trainStage(trainer, {
          steps: o.steps, every: READ_EVERY, signal: h.signal,
          onRead: (step, l) => h.onTrain?.(K, step, l),
          onProgress: (f) => progress(stageCost(K) * f),
        });
        const p = tf.tidy(() => psnr(unrolledForward(op, params, teT.z), teT.x));
        const [value] = await p.data();
        p.dispose();
        const learned = await readStages(params);
        const r: StageResult = {
          K, psnr: value, ...learned, istaPsnr: curve.psnr[K], istaLambda: curve.lambda[K],
          istaStepsToMatch: matchOf(curve, value), loss, trainMs: performance.now() - started,
        };
        stages.push(r);
        done += stageCost(K);
        h.onStage?.(r);
      } finally {
        trainer.dispose();
        disposeUnrolled(params);
      }
    }
    // the rest of ISTA's run, for the steps it needs to catch up with each network
    if (curve!.psnr.length <= o.kMax) curve = await istaTo(o.kMax);
    const final = curve!;
    for (const s of stages) s.istaStepsToMatch = matchOf(final, s.psnr);
    stages.sort((a, b) => a.K - b.K);
    return { options: o, eta: op.eta, ista: final, stages };
  } finally {
    trainTraj.dispose();
    testTraj.dispose();
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

/**
 * The 1-D regression of the MC-dropout demo: a few noisy points of a smooth function, an MLP
 * 1 → 64 → 64 → 1 trained on them (full batch, Adam, L2 weight decay), and the MC predictive
 * mean and ±2σ band over a grid that reaches well beyond the data. A twin without dropout is
 * trained on the same points for comparison: one curve, no band, and no doubt.
 */
import * as tf from '@tensorflow/tfjs';
import { runLoop } from '../runtime/loop';
import { mulberry32 } from '../runtime/rng';
import { mcPasses, mlpForward, predictiveMoments, type Mlp } from './mc';

export const X_RANGE: [number, number] = [-3, 3];
/** the function the points come from */
export const truth = (x: number) => Math.sin(3 * x) + 0.3 * x;
export const NOISE = 0.1;

export interface Point { x: number; y: number }

/** Seeded training points: two clusters in [−1, 1] with a gap in the middle, none beyond. */
export function makePoints(seed: number, n = 16): Point[] {
  const rand = mulberry32(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  return Array.from({ length: n }, (_, i) => {
    const x = i < n / 2 ? -1 + 0.7 * rand() : 0.3 + 0.7 * rand();
    return { x, y: truth(x) + NOISE * gauss() };
  });
}

export interface RegressorConfig {
  hidden: number;
  /** number of hidden layers */
  depth: number;
  /** dropout rate p (0: the deterministic twin) */
  rate: number;
  /** L2 weight decay λ on the kernels */
  weightDecay: number;
  lr: number;
  seed: number;
}

export const REGRESSOR_DEFAULTS: RegressorConfig = { hidden: 64, depth: 2, rate: 0.2, weightDecay: 1e-4, lr: 0.003, seed: 1 };

export interface Regressor {
  net: Mlp;
  /** one full-batch Adam step; returns the loss as a tensor (read it when you choose) */
  step(x: tf.Tensor2D, y: tf.Tensor2D): tf.Scalar;
  /** MC mean and σ over `grid` from T stochastic passes (plain pass when rate is 0) */
  predict(grid: tf.Tensor2D, T: number): { mean: tf.Tensor1D; std: tf.Tensor1D };
  dispose(): void;
}

/** He-initialised, seeded MLP with trainable variables. */
export function createRegressor(cfg: RegressorConfig): Regressor {
  const rand = mulberry32(cfg.seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const sizes = [1, ...Array(cfg.depth).fill(cfg.hidden), 1];
  const layers = sizes.slice(1).map((out, i) => {
    const fanIn = sizes[i];
    const w = Float32Array.from({ length: fanIn * out }, () => gauss() * Math.sqrt(2 / fanIn));
    // tf.variable shares its initial tensor's data: dispose the initial tensor, keep the variable
    const k0 = tf.tensor2d(w, [fanIn, out]), b0 = tf.zeros([out]);
    const layer = { kernel: tf.variable(k0) as tf.Variable<tf.Rank.R2>, bias: tf.variable(b0) as tf.Variable<tf.Rank.R1> };
    tf.dispose([k0, b0]);
    return layer;
  });
  const net: Mlp = { layers };
  const vars = layers.flatMap((l) => [l.kernel, l.bias]);
  const optimizer = tf.train.adam(cfg.lr);
  let t = 0;
  return {
    net,
    step(x, y) {
      const seed = cfg.seed * 7919 + t++;
      return tf.tidy(() => optimizer.minimize(() => {
        const pred = mlpForward(net, x, cfg.rate, cfg.rate > 0 ? seed : undefined);
        const mse = tf.mean(tf.square(tf.sub(pred, y)));
        const decay = tf.addN(layers.map((l) => tf.sum(tf.square(l.kernel))));
        return tf.add(mse, tf.mul(decay, cfg.weightDecay)) as tf.Scalar;
      }, true, vars)!);
    },
    predict(grid, T) {
      return tf.tidy(() => {
        if (cfg.rate === 0) {
          const y = tf.squeeze(mlpForward(net, grid), [1]) as tf.Tensor1D;
          return { mean: y, std: tf.zerosLike(y) as tf.Tensor1D };
        }
        const samples = tf.squeeze(mcPasses(net, grid, T, cfg.rate, cfg.seed * 104729 + t), [2]) as tf.Tensor2D;
        const { mean, variance } = predictiveMoments(samples);
        return { mean, std: tf.sqrt(variance) as tf.Tensor1D };
      });
    },
    dispose() {
      tf.dispose(vars);
      optimizer.dispose();
    },
  };
}

/** Mean σ over grid points inside the data's x range and far from it (|x| > far: a unit or more beyond the data). */
export function bandWidths(grid: ArrayLike<number>, std: ArrayLike<number>, points: Point[], far = 2) {
  const lo = Math.min(...points.map((p) => p.x)), hi = Math.max(...points.map((p) => p.x));
  let inSum = 0, inN = 0, farSum = 0, farN = 0;
  for (let i = 0; i < grid.length; i++) {
    if (grid[i] >= lo && grid[i] <= hi) { inSum += std[i]; inN++; }
    if (Math.abs(grid[i]) > far) { farSum += std[i]; farN++; }
  }
  return { inData: inN ? inSum / inN : 0, far: farN ? farSum / farN : 0 };
}

/** the x values the band is drawn and measured on: 121 points over X_RANGE */
export const GRID = Array.from({ length: 121 }, (_, i) => X_RANGE[0] + ((X_RANGE[1] - X_RANGE[0]) * i) / 120);
/** the decay choices the demo offers; REGRESSOR_DEFAULTS' 1e-4 is the default */
export const DECAYS: readonly number[] = [0, 1e-5, 1e-4, 1e-3, 1e-2];
/** Full run: 2,000 Adam steps. `?quick=1` (browser tests): 300. */
export const stepsFor = (quick: boolean) => (quick ? 300 : 2000);

/** What the chart shows after a read-back: the MC mean and σ, the twin's curve, the loss. */
export interface FitFrame { mean: Float32Array; std: Float32Array; plain: Float32Array; step: number; loss: number }

export interface FitRequest {
  points: Point[];
  rate: number;
  /** stochastic passes per band */
  T: number;
  weightDecay: number;
  seed: number;
  steps: number;
  /** read back (and call onFrame) every this many steps; in between nothing waits on the GPU */
  showEvery?: number;
  signal?: AbortSignal;
  onFrame?: (f: FitFrame) => void;
  onProgress?: (fraction: number) => void;
}

/**
 * One run of the demo: the dropout net and its deterministic twin trained from scratch on the
 * same points, step by step, with the band over GRID read back every `showEvery` steps. The view
 * and its bench workload both call this. Returns the last frame (null if none was read) and
 * leaves no tensors behind, stopped or not.
 */
export async function fitPair(req: FitRequest): Promise<FitFrame | null> {
  const showEvery = req.showEvery ?? 100;
  const cfg = { ...REGRESSOR_DEFAULTS, weightDecay: req.weightDecay, seed: req.seed };
  const mc = createRegressor({ ...cfg, rate: req.rate });
  const plain = createRegressor({ ...cfg, rate: 0 });
  const x = tf.tensor2d(req.points.map((p) => [p.x]));
  const y = tf.tensor2d(req.points.map((p) => [p.y]));
  const grid = tf.tensor2d(GRID.map((g) => [g]));
  let frame: FitFrame | null = null;
  const show = async (step: number, lossT: tf.Scalar) => {
    const a = mc.predict(grid, req.T), b = plain.predict(grid, 1);
    const [mean, std, pl, loss] = (await Promise.all([a.mean.data(), a.std.data(), b.mean.data(), lossT.data()])) as Float32Array[];
    tf.dispose([a.mean, a.std, b.mean, b.std, lossT]);
    frame = { mean, std, plain: pl, step, loss: loss[0] };
    req.onFrame?.(frame);
  };
  try {
    await runLoop({
      steps: req.steps, signal: req.signal,
      step: async (i) => {
        const l = mc.step(x, y);
        plain.step(x, y).dispose();
        if ((i + 1) % showEvery === 0) await show(i + 1, l);
        else l.dispose();
      },
      onProgress: req.onProgress,
    });
    return frame;
  } finally {
    tf.dispose([x, y, grid]);
    mc.dispose();
    plain.dispose();
  }
}

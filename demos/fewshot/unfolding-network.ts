/**
 * Deep unfolding, part 2: ISTA on the degradation of ./unfolding-operator.ts, the unrolled
 * network (LISTA's idea; with only η_k and λ_k learned, ALISTA-like), the PSNR, the λ grid search and the training
 * step. The whole method is described in demos/fewshot/unfolding.ts.
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_PIXELS, IMAGE_SIZE } from '../data/mnist';
import { runLoop, untilAborted } from '../runtime/loop';
import { mulberry32 } from '../runtime/rng';
import { adjointOp, forwardOp, type Operator, type PairSet } from './unfolding-operator';

const S = IMAGE_SIZE;

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

export const LAMBDA_GRID = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1] as const;

/** The plain algorithm for every λ of a grid side by side, run on step by step when asked. */
export interface Trajectory {
  /** steps done so far */
  readonly k: number;
  /** runs on to step `to`; `tick` is awaited after every step (to yield and check a signal) */
  advance(to: number, tick?: (k: number) => Promise<void>): Promise<void>;
  /** mean PSNR psnr[λ][k] for k = 0..k, read back once per call (only the rows not read before) */
  read(): Promise<number[][]>;
  dispose(): void;
}

/**
 * The images are tiled, one threshold per copy; the per-step PSNRs stay on the device until
 * read() (so a run can show k ≤ 3 first and go on to k = 100 later, without starting over).
 */
export function createTrajectory(op: Operator, x: tf.Tensor3D, z: tf.Tensor3D, lambdas: readonly number[]): Trajectory {
  const L = lambdas.length, n = z.shape[0];
  const zz = tf.tile(z, [L, 1, 1]) as tf.Tensor3D;
  const xx = tf.tile(x, [L, 1, 1]) as tf.Tensor3D;
  const theta = tf.tensor3d(lambdas.flatMap((l) => new Array<number>(n).fill(l * op.eta)), [L * n, 1, 1]);
  const meanPerLambda = (c: tf.Tensor3D) => tf.tidy(() => psnrPerImage(c, xx).reshape([L, n]).mean(1));
  let cur = initialEstimate(op, zz);
  let pending: tf.Tensor[] = [meanPerLambda(cur)];
  const host: number[][] = lambdas.map(() => []);
  let k = 0;
  return {
    get k() { return k; },
    async advance(to, tick) {
      while (k < to) {
        const next = istaStep(op, cur, zz, op.eta, theta);
        cur.dispose();
        cur = next;
        k++;
        pending.push(meanPerLambda(cur));
        if (tick) await tick(k);
      }
    },
    async read() {
      if (pending.length) {
        const rows = pending;
        pending = [];
        const all = tf.stack(rows);
        tf.dispose(rows);
        const v = await all.data();
        all.dispose();
        for (let r = 0; r < rows.length; r++) for (let j = 0; j < L; j++) host[j].push(v[r * L + j]);
      }
      return host.map((row) => row.slice());
    },
    dispose() { tf.dispose([zz, xx, theta, cur, ...pending]); pending = []; },
  };
}

/**
 * The plain algorithm run once for every λ of a grid side by side for kMax steps: mean PSNR
 * psnr[λ][k] for k = 0..kMax (k = 0 is x⁽⁰⁾), read back once at the end.
 */
export async function istaTrajectory(
  op: Operator, x: tf.Tensor3D, z: tf.Tensor3D, lambdas: readonly number[], kMax: number,
  tick?: (k: number) => Promise<void>,
): Promise<number[][]> {
  const t = createTrajectory(op, x, z, lambdas);
  try {
    await t.advance(kMax, tick);
    return await t.read();
  } finally {
    t.dispose();
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

export interface StageTraining {
  steps: number;
  /** read the summed loss back once per this many steps (and after the last) */
  every: number;
  signal?: AbortSignal;
  /** after each read-back: steps done and the mean loss since the last read */
  onRead?: (step: number, loss: number) => void;
  onProgress?: (fraction: number) => void;
}

/**
 * Trains one unrolled network for `steps` steps, the loss summed on the device and read back
 * once per `every` steps, never per step: the page's inner loop, which its bench workload runs
 * too. Returns the last mean loss.
 */
export async function trainStage(trainer: { step(): tf.Scalar }, o: StageTraining): Promise<number> {
  let sum: tf.Scalar = tf.scalar(0);
  let since = 0, loss = NaN;
  try {
    await runLoop({
      steps: o.steps, signal: o.signal,
      step: async (s) => {
        const l = trainer.step();
        const next = sum.add(l) as tf.Scalar;
        sum.dispose();
        l.dispose();
        sum = next;
        since++;
        if ((s + 1) % o.every === 0 || s + 1 === o.steps) {
          const read = sum.data();
          loss = (await (o.signal ? untilAborted(read, o.signal) : read))[0] / since;
          sum.dispose();
          sum = tf.scalar(0);
          since = 0;
          o.onRead?.(s + 1, loss);
        }
      },
      onProgress: o.onProgress,
    });
    return loss;
  } finally {
    sum.dispose();
  }
}

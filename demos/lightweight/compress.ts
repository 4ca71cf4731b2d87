/**
 * Quantisation (Jacob et al. 2018) and magnitude pruning (Han et al. 2016) of the digit CNN's
 * weights. Quantisation here is "fake": weights are rounded to 2^b levels and mapped back to
 * floats, so the same float forward pass measures exactly the accuracy the integer weights give.
 */
import * as tf from '@tensorflow/tfjs';
import { runLoop } from '../runtime/loop';
import { seededPermutation } from '../runtime/rng';
import { logits, type CnnWeights, type Digits } from './cnn';

export type Granularity = 'tensor' | 'channel';

/**
 * Symmetric b-bit quantisation: scale s = max|w| / (2^(b−1) − 1), q = clamp(round(w / s)), w ≈ s·q.
 * Per tensor: one s for the whole kernel; per channel: one s per output channel (last axis).
 */
export function quantise(w: tf.Tensor, bits: number, by: Granularity): tf.Tensor {
  return tf.tidy(() => {
    const levels = 2 ** (bits - 1) - 1;
    const axes = by === 'tensor' ? undefined : w.shape.slice(0, -1).map((_, i) => i);
    const maxAbs = tf.max(tf.abs(w), axes, by === 'channel');
    // a channel of zeros would give s = 0: any positive scale represents it exactly
    const s = tf.maximum(tf.div(maxAbs, levels), 1e-12);
    return tf.mul(tf.clipByValue(tf.round(tf.div(w, s)), -levels, levels), s);
  });
}

/** The CNN with every kernel quantised; biases stay at higher precision (32-bit, as in the paper). */
export function quantiseWeights(w: CnnWeights, bits: number, by: Granularity): CnnWeights {
  return { kernels: w.kernels.map((k) => quantise(k, bits, by)), biases: w.biases.map((b) => b.clone()), pools: w.pools };
}

/** The integer codes q of one kernel (per tensor), for the histogram of what int8 weights look like. */
export async function codesOf(w: tf.Tensor, bits: number): Promise<Int32Array> {
  const q = tf.tidy(() => {
    const levels = 2 ** (bits - 1) - 1;
    const s = tf.maximum(tf.div(tf.max(tf.abs(w)), levels), 1e-12);
    return tf.cast(tf.round(tf.div(w, s)), 'int32');
  });
  const v = (await q.data()) as Int32Array;
  q.dispose();
  return v;
}

/** Bytes to store the kernels at b bits plus 32-bit biases (and one 32-bit scale per tensor/channel). */
export function sizeBytes(w: CnnWeights, bits: number, by: Granularity): number {
  const kernelBits = w.kernels.reduce((s, k) => s + k.size * bits, 0);
  const scales = bits >= 32 ? 0 : w.kernels.reduce((s, k) => s + (by === 'tensor' ? 1 : k.shape[k.rank - 1]), 0);
  const biases = w.biases.reduce((s, b) => s + b.size, 0);
  return kernelBits / 8 + 4 * (scales + biases);
}

export type PruneScope = 'global' | 'layer';

/**
 * The page's gradual-pruning schedule (the view, the bench and the full-tier test share it): 3
 * mask updates over the first 30% of the steps, Adam at 5e-3. Chosen by measurement (WASM, 2,000
 * held-out digits): 100 steps of it reach 94.5% / 93.9% (seeds 1, 2), as good as or better than
 * the earlier 150 steps with 5 updates over 60% at 2e-3 (93.7% seed 1), with a third less work.
 */
export const PRUNE_TUNING = { rounds: 3, ramp: 0.3, batch: 32, lr: 5e-3 };
/** Fine-tuning steps of the page's default run. */
export const PRUNE_STEPS = 100;

/**
 * Masks keeping the largest |w|: the fraction `sparsity` of kernel weights with the smallest
 * magnitude is set to zero, either over all layers at once (one threshold) or layer by layer.
 */
export async function pruneMasks(w: CnnWeights, sparsity: number, scope: PruneScope): Promise<tf.Tensor[]> {
  const abs = await Promise.all(w.kernels.map(async (k) => {
    const a = tf.abs(k);
    try { return (await a.data()) as Float32Array; } finally { a.dispose(); }
  }));
  const threshold = (vals: Float32Array[]) => {
    const all = new Float32Array(vals.reduce((s, v) => s + v.length, 0));
    let o = 0;
    for (const v of vals) { all.set(v, o); o += v.length; }
    all.sort();
    const cut = Math.floor(sparsity * all.length);
    return cut <= 0 ? -1 : all[cut - 1];
  };
  const global = threshold(abs);
  return w.kernels.map((k, i) => {
    const t = scope === 'global' ? global : threshold([abs[i]]);
    const m = new Float32Array(abs[i].length);
    for (let j = 0; j < m.length; j++) m[j] = abs[i][j] > t ? 1 : 0;
    return tf.tensor(m, k.shape);
  });
}

/** A copy of the CNN with masks applied (zeros where pruned). */
export function applyMasks(w: CnnWeights, masks: tf.Tensor[]): CnnWeights {
  return { kernels: w.kernels.map((k, i) => tf.mul(k, masks[i])), biases: w.biases.map((b) => b.clone()), pools: w.pools };
}

/** Fraction of kernel weights that are zero (read back once). */
export async function sparsityOf(masks: tf.Tensor[]): Promise<number> {
  const kept = tf.tidy(() => tf.addN(masks.map((m) => tf.sum(m))));
  const v = (await kept.data())[0];
  kept.dispose();
  return 1 - v / masks.reduce((s, m) => s + m.size, 0);
}

export interface FineTuneOptions { steps: number; batch: number; lr: number; seed: number; signal?: AbortSignal; onProgress?: (f: number) => void }

/**
 * Fine-tunes the pruned CNN in place with Adam, keeping pruned weights at zero: the mask multiplies
 * the kernel inside the loss (so pruned weights get no gradient) and again after each step.
 */
export async function fineTune(w: CnnWeights, masks: tf.Tensor[], train: Digits, o: FineTuneOptions): Promise<void> {
  const vars = [...w.kernels, ...w.biases].map((t) => tf.variable(t));
  const nk = w.kernels.length;
  const opt = tf.train.adam(o.lr);
  const order = seededPermutation(train.n, o.seed);
  const idx = tf.tensor1d(Int32Array.from(order), 'int32');
  try {
    await runLoop({
      steps: o.steps, signal: o.signal, onProgress: o.onProgress,
      step: (i) => {
        const s = (i * o.batch) % Math.max(1, train.n - o.batch);
        opt.minimize(() => tf.tidy(() => {
          const rows = idx.slice([s], [Math.min(o.batch, train.n)]);
          // gather only picks the batch: no gradient flows through it
          const x = tf.gather(train.x, rows) as tf.Tensor4D;
          const y = tf.gather(train.onehot, rows) as tf.Tensor2D;
          const net: CnnWeights = { kernels: vars.slice(0, nk).map((v, j) => tf.mul(v, masks[j])), biases: vars.slice(nk) as tf.Tensor1D[], pools: w.pools };
          return tf.losses.softmaxCrossEntropy(y, logits(net, x, true)) as tf.Scalar;
        }), false, vars);
        tf.tidy(() => vars.slice(0, nk).forEach((v, j) => v.assign(tf.mul(v, masks[j]))));
      },
    });
    // write the tuned values back into the caller's tensors' places
    tf.dispose([...w.kernels, ...w.biases]);
    w.kernels = vars.slice(0, nk).map((v) => v.clone());
    w.biases = vars.slice(nk).map((v) => v.clone() as tf.Tensor1D);
  } finally {
    tf.dispose([...vars, idx]);
    opt.dispose();
  }
}

/**
 * Gradual pruning (Zhu & Gupta's cubic schedule, as used after Han et al.): the sparsity rises
 * from 0 to `sparsity` over the first `ramp` fraction of the fine-tuning steps, the masks being
 * recomputed `rounds` times, so the network adapts while weights go, then fine-tunes at the final
 * sparsity. Returns the final masks; `w` is updated in place.
 */
export async function pruneGradually(
  w: CnnWeights, train: Digits, o: FineTuneOptions & { sparsity: number; scope: PruneScope; rounds: number; ramp: number },
): Promise<tf.Tensor[]> {
  const rampSteps = Math.max(o.rounds, Math.round(o.steps * o.ramp));
  const per = Math.max(1, Math.floor(rampSteps / o.rounds));
  let masks: tf.Tensor[] = [];
  let done = 0;
  for (let r = 1; r <= o.rounds; r++) {
    const s = o.sparsity * (1 - (1 - r / o.rounds) ** 3);
    tf.dispose(masks);
    masks = await pruneMasks(w, s, o.scope);
    const pruned = applyMasks(w, masks);
    tf.dispose([...w.kernels, ...w.biases]);
    w.kernels = pruned.kernels; w.biases = pruned.biases;
    const steps = r === o.rounds ? Math.max(0, o.steps - done) : per;
    const base = done;
    try {
      if (steps > 0) await fineTune(w, masks, train, { ...o, steps, seed: o.seed + r, onProgress: (f) => o.onProgress?.((base + f * steps) / o.steps) });
    } catch (e) {
      tf.dispose(masks); // stopped: the caller never sees these masks
      throw e;
    }
    done += steps;
  }
  return masks;
}

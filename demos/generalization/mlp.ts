/**
 * A plain MLP over MNIST pixels, shared by the random-label and lottery-ticket demos: weights as
 * variables, optional masks (a pruned weight is W ⊙ M, so its gradient is zero too), optional
 * weight decay and dropout. Accuracy is read back once per call, never per step.
 */
import * as tf from '@tensorflow/tfjs';

export interface MlpParams { ws: tf.Variable[]; bs: tf.Variable[] }
export interface MlpInit { ws: tf.Tensor2D[]; bs: tf.Tensor1D[] }

/** He-normal weights, zero biases, reproducible from `seed`. */
export function initMlp(sizes: number[], seed: number): MlpInit {
  const ws: tf.Tensor2D[] = [], bs: tf.Tensor1D[] = [];
  for (let i = 0; i + 1 < sizes.length; i++) {
    ws.push(tf.randomNormal([sizes[i], sizes[i + 1]], 0, Math.sqrt(2 / sizes[i]), 'float32', seed * 101 + i) as tf.Tensor2D);
    bs.push(tf.zeros([sizes[i + 1]]) as tf.Tensor1D);
  }
  return { ws, bs };
}

/** Variables holding a copy of `init` (the init itself stays, e.g. for rewinding). */
export function toParams(init: MlpInit): MlpParams {
  // a variable shares its initial tensor's data but not its handle: free the clone's handle at once
  const own = <T extends tf.Tensor>(t: T) => { const c = t.clone(); const v = tf.variable(c); c.dispose(); return v; };
  return { ws: init.ws.map(own), bs: init.bs.map(own) };
}

export const disposeInit = (p: MlpInit | MlpParams) => tf.dispose([...p.ws, ...p.bs]);

/** Logits; dropout (rate > 0) on the hidden layers only while training. */
export function forward(p: MlpParams, x: tf.Tensor2D, masks?: tf.Tensor2D[], dropout = 0): tf.Tensor2D {
  let h: tf.Tensor2D = x;
  p.ws.forEach((w, i) => {
    const wm = masks ? w.mul(masks[i]) : w;
    h = h.matMul(wm as tf.Tensor2D).add(p.bs[i]) as tf.Tensor2D;
    if (i < p.ws.length - 1) {
      h = h.relu();
      if (dropout > 0) h = tf.dropout(h, dropout) as tf.Tensor2D;
    }
  });
  return h;
}

export interface EpochOptions { batch: number; weightDecay?: number; dropout?: number; masks?: tf.Tensor2D[] }

/** One pass over (x, yOneHot) in order (the caller shuffles the data once, up front). */
export function trainEpoch(p: MlpParams, opt: tf.Optimizer, x: tf.Tensor2D, y: tf.Tensor2D, o: EpochOptions) {
  const n = x.shape[0];
  const vars = [...p.ws, ...p.bs];
  for (let s = 0; s < n; s += o.batch) {
    const size = Math.min(o.batch, n - s);
    opt.minimize(() => tf.tidy(() => {
      const xb = x.slice([s, 0], [size, x.shape[1]]);
      const yb = y.slice([s, 0], [size, y.shape[1]]);
      let loss = tf.losses.softmaxCrossEntropy(yb, forward(p, xb, o.masks, o.dropout ?? 0)) as tf.Scalar;
      if (o.weightDecay) loss = loss.add(tf.addN(p.ws.map((w) => w.square().sum())).mul(o.weightDecay / 2));
      return loss;
    }), false, vars);
  }
}

/** Accuracy on (x, integer labels): one read-back. */
export async function accuracy(p: MlpParams, x: tf.Tensor2D, labels: tf.Tensor1D, masks?: tf.Tensor2D[]): Promise<number> {
  const hits = tf.tidy(() => forward(p, x, masks).argMax(1).equal(labels).sum());
  try { return (await hits.data())[0] / x.shape[0]; } finally { hits.dispose(); }
}

/** A seeded permutation of 0..n-1 (mulberry32 + Fisher–Yates). */
export function permutation(n: number, seed: number): Int32Array {
  const rand = rng(seed);
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); const t = p[i]; p[i] = p[j]; p[j] = t; }
  return p;
}

export function rng(seed: number): () => number {
  let a = (seed >>> 0) + 0x9e3779b9;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws (Box–Muller) from a seeded stream. */
export function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

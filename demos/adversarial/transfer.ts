/**
 * Black-box transfer attacks (Szegedy et al. 2014; Papernot, McDaniel & Goodfellow 2016; Papernot
 * et al. 2017). The attacker cannot differentiate the target, so it trains a substitute of its own
 * on its own digits — with their true labels, or with labels bought by querying the target — makes
 * adversarial examples on the substitute (FGSM or PGD, white-box there), and sends them to the target.
 *
 * Substitutes are small dense networks (softmax regression, an MLP) trained here with Adam; dense
 * layers train on every backend, WASM included. Everything is a LogitsFn, so the attacks of
 * ./fgsm.ts and ./pgd.ts apply unchanged.
 */
import * as tf from '@tensorflow/tfjs';
import { mulberry32, seededPermutation } from '../runtime/rng';
import { fgsm, type LogitsFn } from './fgsm';
import { pgd } from './pgd';
import { mlpLogits } from './pgd-model';

export interface Substitute {
  vars: tf.Variable[];
  logits: LogitsFn;
}

/** A dense net 784 → hidden… → 10 with seeded He-normal weights and zero biases. */
export function initDense(hidden: number[], seed: number): tf.Variable[] {
  const sizes = [784, ...hidden, 10];
  const rand = mulberry32(seed);
  const vars: tf.Variable[] = [];
  for (let i = 0; i < sizes.length - 1; i++) {
    const w = tf.randomNormal([sizes[i], sizes[i + 1]], 0, Math.sqrt(2 / sizes[i]), 'float32', Math.floor(rand() * 2 ** 31));
    const b = tf.zeros([sizes[i + 1]]);
    vars.push(tf.variable(w, true), tf.variable(b, true));
    tf.dispose([w, b]);
  }
  return vars;
}

/**
 * Trains a substitute on (images, labels) with Adam, minibatches in a seeded order. The loss is
 * summed on the device and read back once per epoch (onEpoch), never per step.
 */
export async function trainSubstitute(
  images: Float32Array, labels: ArrayLike<number>, hidden: number[],
  opts: { epochs: number; batch?: number; lr?: number; seed: number; signal?: AbortSignal; onEpoch?: (epoch: number, loss: number) => void; yieldFn?: () => Promise<void> },
): Promise<Substitute> {
  const n = labels.length;
  const batch = opts.batch ?? 100;
  const vars = initDense(hidden, opts.seed);
  const logits: LogitsFn = (x) => mlpLogits(vars, x);
  const adam = createAdam(vars, opts.lr ?? 3e-3);
  const xAll = tf.tensor2d(images, [n, 784]);
  const yAll = tf.tidy(() => tf.oneHot(tf.tensor1d(Int32Array.from(labels), 'int32'), 10));
  try {
    for (let epoch = 0; epoch < opts.epochs; epoch++) {
      // stop between epochs (an epoch is a few milliseconds), so no running sum is left behind
      if (opts.signal?.aborted) throw Object.assign(new Error('stopped'), { name: 'AbortError' });
      const order = seededPermutation(n, opts.seed + epoch);
      let lossSum = tf.scalar(0);
      for (let start = 0; start < n; start += batch) {
        const idx = tf.tensor1d(Int32Array.from(order.subarray(start, Math.min(n, start + batch))), 'int32');
        // gather only picks the batch (no gradient flows through it)
        const cost = tf.tidy(() => {
          const xb = tf.gather(xAll, idx);
          const yb = tf.gather(yAll, idx);
          return adam.step(() => tf.losses.softmaxCrossEntropy(yb, logits(xb)) as tf.Scalar);
        });
        const next = tf.add(lossSum, cost) as tf.Scalar;
        tf.dispose([lossSum, cost, idx]);
        lossSum = next;
      }
      const loss = (await lossSum.data())[0] / Math.ceil(n / batch);
      lossSum.dispose();
      opts.onEpoch?.(epoch, loss);
      await opts.yieldFn?.();
    }
  } catch (e) {
    tf.dispose(vars);
    throw e;
  } finally {
    tf.dispose([xAll, yAll]);
    adam.dispose();
  }
  return { vars, logits };
}

/** Adam (Kingma & Ba 2015), written out: its state is plain variables this file creates and frees. */
function createAdam(vars: tf.Variable[], lr: number, b1 = 0.9, b2 = 0.999, eps = 1e-8) {
  const zero = (v: tf.Variable) => {
    const z = tf.zerosLike(v);
    const out = tf.variable(z, false);
    z.dispose();
    return out;
  };
  const m = vars.map(zero);
  const s = vars.map(zero);
  let t = 0;
  return {
    /** one update; returns the loss (the caller disposes it) */
    step(loss: () => tf.Scalar): tf.Scalar {
      t++;
      const c1 = 1 - b1 ** t;
      const c2 = 1 - b2 ** t;
      return tf.tidy(() => {
        const { value, grads } = tf.variableGrads(loss, vars);
        vars.forEach((v, i) => {
          const g = grads[v.name];
          m[i].assign(tf.add(tf.mul(b1, m[i]), tf.mul(1 - b1, g)));
          s[i].assign(tf.add(tf.mul(b2, s[i]), tf.mul(1 - b2, tf.square(g))));
          v.assign(tf.sub(v, tf.div(tf.mul(lr / c1, m[i]), tf.add(tf.sqrt(tf.div(s[i], c2)), eps))));
        });
        return value;
      });
    },
    dispose: () => tf.dispose([...m, ...s]),
  };
}

/** The target's answers for a set of images: what a black-box attacker may query. Read back once. */
export async function queryLabels(target: LogitsFn, images: Float32Array, batch = 250): Promise<Int32Array> {
  const n = images.length / 784;
  const preds: tf.Tensor[] = [];
  for (let start = 0; start < n; start += batch) {
    const size = Math.min(batch, n - start);
    preds.push(tf.tidy(() => target(tf.tensor4d(images.subarray(start * 784, (start + size) * 784), [size, 28, 28, 1])).argMax(1)));
  }
  const all = tf.concat(preds);
  const out = Int32Array.from(await all.data());
  tf.dispose([all, ...preds]);
  return out;
}

export type AttackKind = 'fgsm' | 'pgd' | 'noise';

/**
 * Adversarial examples for a batch at size ε, made on `source` (white-box there): FGSM, PGD, or —
 * the control, no model at all — random ±ε signs. Always clipped to [0, 1].
 */
export function craft(kind: AttackKind, source: LogitsFn | null, x: tf.Tensor, y: tf.Tensor1D, eps: number, opts: { pgdSteps: number; seed: number }): tf.Tensor {
  if (eps === 0) return x.clone();
  if (kind === 'noise' || !source) {
    return tf.tidy(() => tf.clipByValue(tf.add(x, tf.mul(eps, tf.sign(tf.sub(tf.randomUniform(x.shape, 0, 1, 'float32', opts.seed), 0.5)))), 0, 1));
  }
  if (kind === 'fgsm') {
    const r = fgsm(source, x, y, eps);
    r.perturbation.dispose();
    return r.adv;
  }
  return pgd(source, x, y, { eps, steps: opts.pgdSteps, seed: opts.seed });
}

/**
 * Error rates of each target on examples crafted on `source` over a set of digits, in batches; the
 * wrong-answer counts stay on the device and are read once per batch.
 */
export async function transferErrors(
  kind: AttackKind, source: LogitsFn | null, targets: LogitsFn[], images: Float32Array, labels: Uint8Array, eps: number,
  opts: { pgdSteps: number; seed: number; batch?: number; signal?: AbortSignal; yieldFn?: () => Promise<void> },
): Promise<number[]> {
  const n = labels.length;
  const batch = opts.batch ?? 100;
  const wrong = new Array(targets.length).fill(0);
  for (let start = 0; start < n; start += batch) {
    if (opts.signal?.aborted) throw Object.assign(new Error('stopped'), { name: 'AbortError' });
    const size = Math.min(batch, n - start);
    const x = tf.tensor4d(images.subarray(start * 784, (start + size) * 784), [size, 28, 28, 1]);
    const y = tf.tensor1d(labels.subarray(start, start + size), 'int32');
    const adv = craft(kind, source, x, y, eps, { pgdSteps: opts.pgdSteps, seed: opts.seed + start });
    const counts = tf.tidy(() => tf.stack(targets.map((t) => tf.notEqual(t(adv).argMax(1), y).sum())));
    const c = await counts.data();
    tf.dispose([x, y, adv, counts]);
    targets.forEach((_, i) => { wrong[i] += c[i]; });
    await opts.yieldFn?.();
  }
  return wrong.map((w) => w / n);
}

/** Plain accuracy of a model on a set (for the substitutes' report). */
export async function accuracyOf(model: LogitsFn, images: Float32Array, labels: Uint8Array): Promise<number> {
  const [err] = await transferErrors('noise', null, [model], images, labels, 0, { pgdSteps: 0, seed: 0, batch: 250 });
  return 1 - err;
}

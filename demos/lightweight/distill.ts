/**
 * distillation (Hinton et al. 2015): a small student (a 784 → H → 10 perceptron) learns from a few
 * labelled digits, either from the hard labels alone or from the teacher's (the site's digit CNN)
 * outputs softened by a temperature T. Both students start from the same weights and train side by
 * side on the same batches, so their curves grow together.
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_PIXELS, NUM_CLASSES } from '../data/mnist';
import { runLoop, untilAborted } from '../runtime/loop';
import { seededPermutation } from '../runtime/rng';
import { logits as cnnLogits, type CnnWeights, type Digits } from './cnn';

/**
 * The distillation loss: α·T²·CE(softmax(z_t/T), softmax(z_s/T)) + (1−α)·CE(y, softmax(z_s)).
 * T² keeps the soft term's gradient on the same scale as the hard term's as T changes.
 */
export function distillLoss(zs: tf.Tensor2D, zt: tf.Tensor2D, y: tf.Tensor2D, T: number, alpha: number): tf.Scalar {
  return tf.tidy(() => {
    const soft = tf.softmax(tf.div(zt, T));
    const logP = tf.logSoftmax(tf.div(zs, T));
    const softCe = tf.neg(tf.mean(tf.sum(tf.mul(soft, logP), 1)));
    const hard = tf.losses.softmaxCrossEntropy(y, zs);
    return tf.add(tf.mul(alpha * T * T, softCe), tf.mul(1 - alpha, hard)) as tf.Scalar;
  });
}

/** The teacher's logits for the training digits, computed once (batched). */
export function teacherLogits(teacher: CnnWeights, d: Digits, batch = 500): tf.Tensor2D {
  return tf.tidy(() => {
    const parts: tf.Tensor2D[] = [];
    for (let s = 0; s < d.n; s += batch) parts.push(cnnLogits(teacher, d.x.slice([s, 0, 0, 0], [Math.min(batch, d.n - s), -1, -1, -1])));
    return tf.concat(parts) as tf.Tensor2D;
  });
}

export interface DistillOptions { steps: number; batch: number; lr: number; hidden: number; T: number; alpha: number; evalEvery: number; evalDigits: number; seed: number }

export interface DistillPoint { step: number; hard: number; distilled: number }

type Mlp = tf.Variable[];

function mlp(hidden: number, seed: number): Mlp {
  const make = (t: tf.Tensor) => { const v = tf.variable(t); t.dispose(); return v; };
  return [
    make(tf.randomNormal([IMAGE_PIXELS, hidden], 0, Math.sqrt(2 / IMAGE_PIXELS), 'float32', seed)),
    make(tf.zeros([hidden])),
    make(tf.randomNormal([hidden, NUM_CLASSES], 0, Math.sqrt(1 / hidden), 'float32', seed + 1)),
    make(tf.zeros([NUM_CLASSES])),
  ];
}

const forward = (m: Mlp | tf.Tensor[], x: tf.Tensor2D) => tf.tidy(() =>
  tf.add(tf.matMul(tf.relu(tf.add(tf.matMul(x, m[0] as tf.Tensor2D), m[1])), m[2] as tf.Tensor2D), m[3]) as tf.Tensor2D);

/** Trains the hard-label and the distilled student interleaved; test accuracy of both every evalEvery steps. */
export async function distill(
  train: Digits, test: Digits, zTeacher: tf.Tensor2D, o: DistillOptions,
  hooks: { signal?: AbortSignal; onPoint?: (p: DistillPoint) => void; onProgress?: (f: number) => void } = {},
): Promise<{ hard: number; distilled: number; curve: DistillPoint[] }> {
  const hardNet = mlp(o.hidden, o.seed);
  // same starting weights for both students: the loss is the only difference
  const softNet = hardNet.map((v) => { const c = v.clone(); const s = tf.variable(c); c.dispose(); return s; });
  const optH = tf.train.adam(o.lr), optS = tf.train.adam(o.lr);
  const xTrain = tf.reshape(train.x, [train.n, IMAGE_PIXELS]) as tf.Tensor2D;
  const xTest = tf.reshape(test.x, [test.n, IMAGE_PIXELS]) as tf.Tensor2D;
  const order = tf.tensor1d(Int32Array.from(seededPermutation(train.n, o.seed)), 'int32');
  const curve: DistillPoint[] = [];
  const evaluate = async (n: number) => {
    const hits = tf.tidy(() => {
      const x = xTest.slice([0, 0], [n, -1]), y = test.y.slice([0], [n]);
      const acc = (m: Mlp) => tf.sum(tf.cast(tf.equal(tf.argMax(forward(m, x), 1), y), 'float32'));
      return tf.stack([acc(hardNet), acc(softNet)]);
    });
    try {
      const v = await (hooks.signal ? untilAborted(hits.data(), hooks.signal) : hits.data());
      return { hard: v[0] / n, distilled: v[1] / n };
    } finally {
      hits.dispose();
    }
  };
  try {
    await runLoop({
      steps: o.steps, signal: hooks.signal, onProgress: hooks.onProgress,
      step: async (i) => {
        const b = Math.min(o.batch, train.n);
        const s = (i * b) % Math.max(1, train.n - b + 1);
        const rows = order.slice([s], [b]);
        const x = tf.gather(xTrain, rows) as tf.Tensor2D, y = tf.gather(train.onehot, rows) as tf.Tensor2D;
        const zt = tf.gather(zTeacher, rows) as tf.Tensor2D;
        optH.minimize(() => tf.losses.softmaxCrossEntropy(y, forward(hardNet, x)) as tf.Scalar, false, hardNet);
        optS.minimize(() => distillLoss(forward(softNet, x), zt, y, o.T, o.alpha), false, softNet);
        tf.dispose([rows, x, y, zt]);
        if ((i + 1) % o.evalEvery === 0 && i < o.steps - 1) {
          const p = { step: i + 1, ...(await evaluate(Math.min(o.evalDigits, test.n))) };
          curve.push(p);
          hooks.onPoint?.(p);
        }
      },
    });
    // the headline: the whole held-out set
    const last = { step: o.steps, ...(await evaluate(test.n)) };
    curve.push(last);
    hooks.onPoint?.(last);
    return { hard: last.hard, distilled: last.distilled, curve };
  } finally {
    tf.dispose([...hardNet, ...softNet, xTrain, xTest, order]);
    optH.dispose();
    optS.dispose();
  }
}

/** The page's default sizes (the view and the bench share them). */
export const DISTILL_DEFAULTS = { steps: 300, batch: 50, lr: 2e-3, hidden: 64, evalEvery: 25, evalDigits: 500 };
export const DISTILL_QUICK = { ...DISTILL_DEFAULTS, steps: 60, evalEvery: 20, evalDigits: 200 };

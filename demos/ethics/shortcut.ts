/**
 * rare-cases, part 2: shortcut learning (Geirhos et al. 2020) in miniature. A 784 → 128 → 10
 * perceptron learns digits where a share `mark` of the training digits carry a 3×3 white dot at a
 * place set by their class (classes 0–4 along the top margin, 5–9 along the bottom, where MNIST
 * digits have no ink). A twin network learns the same digits without marks; both train
 * interleaved, batch by batch. Then: test digits with the right mark, without it, and with the
 * mark of another class. Dense layers only, so it trains fast on WASM.
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_PIXELS, IMAGE_SIZE, NUM_CLASSES, type MnistSet } from '../data/mnist';
import { runLoop, untilAborted } from '../runtime/loop';
import { mulberry32, seededPermutation } from '../runtime/rng';

export const SHORTCUT_DEFAULTS = { trainDigits: 3000, testDigits: 2000, evalDigits: 500, epochs: 2, hidden: 128, lr: 0.002, batch: 64 };
export const SHORTCUT_QUICK = { trainDigits: 1500, testDigits: 500, evalDigits: 200, epochs: 1, hidden: 64, lr: 0.002, batch: 64 };

/** Top-left pixel (row, col) of class k's mark. */
export const markAt = (k: number): [number, number] => (k < 5 ? [0, 2 + 5 * k] : [IMAGE_SIZE - 3, 2 + 5 * (k - 5)]);

/** Paints class k's 3×3 mark into image i of a flat [n × 784] array. */
export function paintMark(x: Float32Array, i: number, k: number) {
  const [r0, c0] = markAt(k);
  for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) x[i * IMAGE_PIXELS + (r0 + r) * IMAGE_SIZE + c0 + c] = 1;
}

function floats(set: MnistSet, n: number) {
  const x = new Float32Array(n * IMAGE_PIXELS);
  for (let i = 0; i < x.length; i++) x[i] = set.images[i] / 255;
  return x;
}

export type Condition = 'marked' | 'clean' | 'swapped';
export interface ShortcutData {
  xMarked: tf.Tensor2D; xPlain: tf.Tensor2D; yTrain: tf.Tensor2D;
  test: Record<Condition, tf.Tensor2D>;
  yTest: Uint8Array; swappedTo: Uint8Array;
  dispose(): void;
}

/** The marked and plain training sets and the three test conditions, on the device. */
export function uploadShortcutData(train: MnistSet, test: MnistSet, nTrain: number, nTest: number, mark: number, seed: number): ShortcutData {
  const n = Math.min(nTrain, train.count), m = Math.min(nTest, test.count);
  const rand = mulberry32(seed);
  const plain = floats(train, n);
  const marked = plain.slice();
  for (let i = 0; i < n; i++) if (rand() < mark) paintMark(marked, i, train.labels[i]);
  const clean = floats(test, m);
  const good = clean.slice(), swapped = clean.slice();
  const yTest = test.labels.slice(0, m);
  const swappedTo = new Uint8Array(m);
  for (let i = 0; i < m; i++) {
    paintMark(good, i, yTest[i]);
    swappedTo[i] = (yTest[i] + 1 + Math.floor(rand() * 9)) % 10;
    paintMark(swapped, i, swappedTo[i]);
  }
  const t2 = (a: Float32Array, k: number) => tf.tensor2d(a, [k, IMAGE_PIXELS]);
  const xMarked = t2(marked, n), xPlain = t2(plain, n);
  const yTrain = tf.tidy(() => tf.oneHot(tf.tensor1d(train.labels.slice(0, n), 'int32'), NUM_CLASSES).toFloat() as tf.Tensor2D);
  const testT = { marked: t2(good, m), clean: t2(clean, m), swapped: t2(swapped, m) };
  return {
    xMarked, xPlain, yTrain, test: testT, yTest, swappedTo,
    dispose: () => tf.dispose([xMarked, xPlain, yTrain, testT.marked, testT.clean, testT.swapped]),
  };
}

export interface ShortcutPoint {
  epoch: number;
  marked: number; clean: number; swapped: number;
  /** share of swapped-mark digits classified as the mark's class */
  followsMark: number;
  /** the twin trained without marks, on clean test digits */
  plain: number;
}

export async function trainShortcut(
  d: ShortcutData, o: { epochs: number; hidden: number; lr: number; batch: number; evalDigits: number; seed: number },
  hooks: { signal?: AbortSignal; onPoint?: (p: ShortcutPoint, final: boolean) => void; onProgress?: (f: number) => void } = {},
): Promise<ShortcutPoint> {
  const owned = <T extends tf.Tensor>(init: T) => { const v = tf.variable(init); init.dispose(); return v; };
  const net = (s: number) => ({
    w1: owned(tf.randomNormal([IMAGE_PIXELS, o.hidden], 0, Math.sqrt(2 / IMAGE_PIXELS), 'float32', s)),
    b1: owned(tf.zeros([o.hidden])),
    w2: owned(tf.randomNormal([o.hidden, NUM_CLASSES], 0, Math.sqrt(1 / o.hidden), 'float32', s + 1)),
    b2: owned(tf.zeros([NUM_CLASSES])),
  });
  // the same initial weights for both, so the only difference is the marks
  const a = net(o.seed), b = net(o.seed);
  const optA = tf.train.adam(o.lr), optB = tf.train.adam(o.lr);
  type Net = ReturnType<typeof net>;
  const f = (p: Net, x: tf.Tensor2D) => x.matMul(p.w1).add(p.b1).relu().matMul(p.w2).add(p.b2);
  const n = d.xMarked.shape[0];
  const perEpoch = Math.max(1, Math.floor(n / o.batch));
  const order = seededPermutation(n, o.seed);
  const idx: tf.Tensor1D[] = [];
  for (let k = 0; k < perEpoch; k++) idx.push(tf.tensor1d(Int32Array.from(order.slice(k * o.batch, (k + 1) * o.batch)), 'int32'));
  const evaluate = async (count: number): Promise<Omit<ShortcutPoint, 'epoch'>> => {
    const m = Math.min(count, d.yTest.length);
    const preds = tf.tidy(() => {
      const s = (x: tf.Tensor2D) => x.slice([0, 0], [m, IMAGE_PIXELS]);
      return tf.stack([f(a, s(d.test.marked)).argMax(1), f(a, s(d.test.clean)).argMax(1), f(a, s(d.test.swapped)).argMax(1), f(b, s(d.test.clean)).argMax(1)]);
    });
    let v: Int32Array;
    try { v = (await (hooks.signal ? untilAborted(preds.data(), hooks.signal) : preds.data())) as Int32Array; } finally { preds.dispose(); }
    const share = (row: number, target: ArrayLike<number>) => { let h = 0; for (let i = 0; i < m; i++) h += +(v[row * m + i] === target[i]); return h / m; };
    return { marked: share(0, d.yTest), clean: share(1, d.yTest), swapped: share(2, d.yTest), followsMark: share(2, d.swappedTo), plain: share(3, d.yTest) };
  };
  try {
    await runLoop({
      steps: o.epochs * perEpoch,
      signal: hooks.signal,
      onProgress: hooks.onProgress,
      step: async (i) => {
        const k = idx[i % perEpoch];
        // gather picks the batch from the data; no gradient flows through it
        const y = tf.gather(d.yTrain, k);
        optA.minimize(() => tf.tidy(() => tf.losses.softmaxCrossEntropy(y, f(a, tf.gather(d.xMarked, k) as tf.Tensor2D)) as tf.Scalar));
        optB.minimize(() => tf.tidy(() => tf.losses.softmaxCrossEntropy(y, f(b, tf.gather(d.xPlain, k) as tf.Tensor2D)) as tf.Scalar));
        y.dispose();
        if ((i + 1) % perEpoch === 0 && i + 1 < o.epochs * perEpoch) hooks.onPoint?.({ epoch: (i + 1) / perEpoch, ...(await evaluate(o.evalDigits)) }, false);
      },
    });
    const last = { epoch: o.epochs, ...(await evaluate(d.yTest.length)) };
    hooks.onPoint?.(last, true);
    return last;
  } finally {
    tf.dispose([...idx, ...Object.values(a), ...Object.values(b)]);
    optA.dispose();
    optB.dispose();
  }
}

import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { accuracySweep, fgsm, inputGradient, projectBox, targetedIterative, topK } from '@/demos/adversarial/fgsm';

// A tiny linear softmax model z = x W + b: its input gradient is known in closed form,
// ∇ₓ L = W (p − e_y), with p = softmax(z). Values chosen by hand.
const W = [
  [1.0, -2.0, 0.5],
  [-0.5, 1.5, 2.0],
  [0.3, 0.1, -1.0],
  [2.0, 0.0, -0.7],
];
const b = [0.1, -0.2, 0.05];
const x0 = [0.5, 0.2, 0.8, 0.0]; // last pixel sits at the lower bound: clipping matters

function analytic(x: number[], y: number) {
  const z = [0, 1, 2].map((k) => x.reduce((s, xi, i) => s + xi * W[i][k], b[k]));
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const p = e.map((v) => v / e.reduce((s, t) => s + t, 0));
  const grad = W.map((row) => row.reduce((s, w, k) => s + w * (p[k] - (k === y ? 1 : 0)), 0));
  return { p, grad };
}

const linear = () => {
  const Wt = tf.tensor2d(W);
  const bt = tf.tensor1d(b);
  return { fn: (x: tf.Tensor) => tf.add(tf.matMul(x as tf.Tensor2D, Wt), bt) as tf.Tensor2D, dispose: () => tf.dispose([Wt, bt]) };
};

describe('FGSM on a linear softmax model', () => {
  it('input gradient equals W (p − e_y)', async () => {
    const m = linear();
    const g = tf.tidy(() => inputGradient(m.fn, tf.tensor2d([x0]), tf.tensor1d([0], 'int32')));
    const got = Array.from(await g.data());
    const want = analytic(x0, 0).grad;
    got.forEach((v, i) => expect(v).toBeCloseTo(want[i], 5));
    g.dispose();
    m.dispose();
  });

  it('x̃ = clip(x + ε·sign(∇ₓL), 0, 1), pixel by pixel', async () => {
    const m = linear();
    const eps = 0.1;
    const { adv, perturbation } = tf.tidy(() => fgsm(m.fn, tf.tensor2d([x0]), tf.tensor1d([0], 'int32'), eps));
    const { grad } = analytic(x0, 0);
    const want = x0.map((xi, i) => Math.min(1, Math.max(0, xi + eps * Math.sign(grad[i]))));
    const got = Array.from(await adv.data());
    got.forEach((v, i) => expect(v).toBeCloseTo(want[i], 6));
    // the gradient of the 4th pixel is W[3]·(p − e_0) = 2(p0 − 1) − 0.7 p2 < 0: pushed below 0, clipped back
    expect(grad[3]).toBeLessThan(0);
    expect(got[3]).toBe(0);
    const pert = Array.from(await perturbation.data());
    pert.forEach((v, i) => expect(v).toBeCloseTo(want[i] - x0[i], 6));
    // the loss really goes up, as the first-order expansion promises
    const before = analytic(x0, 0).p[0];
    const after = analytic(got, 0).p[0];
    expect(after).toBeLessThan(before);
    tf.dispose([adv, perturbation]);
    m.dispose();
  });

  it('targeted iterative steps raise the target class and stay in the ε-box', async () => {
    const m = linear();
    const eps = 0.2;
    const x = tf.tensor2d([x0]);
    const target = 1;
    const { adv, perturbation } = targetedIterative(m.fn, x, tf.tensor1d([target], 'int32'), eps, 8, 0.05);
    const a = Array.from(await adv.data());
    a.forEach((v, i) => {
      expect(Math.abs(v - x0[i])).toBeLessThanOrEqual(eps + 1e-6);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    });
    expect(analytic(a, target).p[target]).toBeGreaterThan(analytic(x0, target).p[target]);
    tf.dispose([x, adv, perturbation]);
    m.dispose();
  });

  it('projectBox clamps to the box and to valid pixels', async () => {
    const r = tf.tidy(() => projectBox(tf.tensor1d([0.9, -0.3, 0.5, 1.4]), tf.tensor1d([0.5, 0.1, 0.5, 0.95]), 0.2));
    expect(Array.from(await r.data()).map((v) => +v.toFixed(6))).toEqual([0.7, 0, 0.5, 1]);
    r.dispose();
  });
});

describe('accuracy sweep', () => {
  it('at ε = 0 equals clean accuracy, FGSM never does better than random noise, and leaks nothing', async () => {
    // A 784→10 linear model that reads the mean of each image row block; labels chosen so
    // half are right at ε = 0.
    const Wt = tf.tidy(() => tf.randomNormal([784, 10], 0, 0.05, 'float32', 3));
    const fn = (x: tf.Tensor) => tf.matMul(x.reshape([-1, 784]), Wt) as tf.Tensor2D;
    const n = 40;
    const images = new Float32Array(n * 784).map((_, i) => ((i * 7919) % 101) / 100);
    const clean = tf.tidy(() => fn(tf.tensor4d(images, [n, 28, 28, 1])).argMax(1));
    const pred = await clean.data();
    clean.dispose();
    const labels = new Uint8Array(n).map((_, i) => (i % 2 === 0 ? pred[i] : (pred[i] + 1) % 10));
    const before = tf.memory().numTensors;
    const seen: number[] = [];
    const { accuracy: acc, randomAccuracy: rnd } = await accuracySweep(fn, images, labels, { eps: [0, 0.05, 0.1, 0.3], batch: 16, onProgress: (p) => seen.push(p.done) });
    expect(tf.memory().numTensors).toBe(before);
    expect(acc[0]).toBeCloseTo(0.5, 6);
    expect(rnd[0]).toBeCloseTo(0.5, 6);
    // FGSM moves every pixel the worst way: never better than random noise of the same size
    for (let i = 1; i < acc.length; i++) expect(acc[i]).toBeLessThanOrEqual(rnd[i] + 1e-9);
    expect(seen).toEqual([16, 32, 40]);
    Wt.dispose();
  });

  it('stops when aborted', async () => {
    const Wt = tf.zeros([784, 10]);
    const fn = (x: tf.Tensor) => tf.matMul(x.reshape([-1, 784]), Wt) as tf.Tensor2D;
    const ac = new AbortController();
    const before = tf.memory().numTensors;
    const run = accuracySweep(fn, new Float32Array(50 * 784), new Uint8Array(50), {
      batch: 10, signal: ac.signal, onProgress: (p) => { if (p.done >= 20) ac.abort(); },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(tf.memory().numTensors).toBe(before);
    Wt.dispose();
  });
});

describe('topK', () => {
  it('sorts classes by probability', () => {
    expect(topK([0.1, 0.5, 0.05, 0.35], 2)).toEqual([{ cls: 1, p: 0.5 }, { cls: 3, p: 0.35 }]);
  });
});

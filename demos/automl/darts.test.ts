import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { DARTS_QUICK, departureFromUniform, runDarts } from '@/demos/automl/darts';
import { applyOp, discretise, mixedOp, OPS } from '@/demos/automl/darts-cell';

describe('the mixed operation ō(x) = Σ_o softmax(α)_o · o(x)', () => {
  it('equals the softmax-weighted sum of the candidate ops, by hand', () => {
    tf.tidy(() => {
      const x = tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 3, 3, 1]);
      const w = tf.ones([3, 3, 1, 1]) as tf.Tensor4D;
      const b = tf.zeros([1]) as tf.Tensor1D;
      // α = [0, ln 2, 0, 0, ln 4]: softmax = [1, 2, 1, 1, 4] / 9
      const alpha = tf.tensor1d([0, Math.log(2), 0, 0, Math.log(4)]);
      const got = mixedOp(x, alpha, w, b).dataSync();
      const ops = OPS.map((op) => applyOp(op, x, w, b).dataSync());
      const pw = [1, 2, 1, 1, 4].map((v) => v / 9);
      const want = Array.from(got, (_, i) => ops.reduce((s, o, k) => s + pw[k] * o[i], 0));
      want.forEach((v, i) => expect(got[i]).toBeCloseTo(v, 4));
      // centre pixel by hand: skip 5, avg-pool 5, max-pool 9, conv relu(Σ all) = 45; zero 0
      expect(got[4]).toBeCloseTo((2 * 5 + 5 + 9 + 4 * 45) / 9, 4);
    });
  });

  it('is the single op when α is one-hot-ish, and its gradient reaches α', () => {
    const x = tf.randomNormal([2, 4, 4, 2], 0, 1, 'float32', 3) as tf.Tensor4D;
    const w = tf.randomNormal([3, 3, 2, 2], 0, 0.3, 'float32', 4) as tf.Tensor4D;
    const b = tf.zeros([2]) as tf.Tensor1D;
    const alpha = tf.tensor1d([-50, 50, -50, -50, -50]);
    const d = tf.tidy(() => mixedOp(x, alpha, w, b).sub(x).abs().max().dataSync()[0]);
    expect(d).toBeLessThan(1e-5);
    const g = tf.grad((a: tf.Tensor) => mixedOp(x, a as tf.Tensor1D, w, b).sum())(tf.zeros([5]));
    expect(g.shape).toEqual([5]);
    expect(Math.abs(g.dataSync()[1])).toBeGreaterThan(0);
    tf.dispose([x, w, b, alpha, g]);
  });

  it('discretises to the strongest non-zero op and measures departure from uniform', () => {
    expect(discretise([[0.9, 0.02, 0.03, 0.03, 0.02], [0.1, 0.1, 0.1, 0.2, 0.5]])).toEqual(['avg-pool', 'conv']);
    expect(departureFromUniform([[0.2, 0.2, 0.2, 0.2, 0.2]])).toBeCloseTo(0, 10);
    expect(departureFromUniform([[1, 0, 0, 0, 0]])).toBeCloseTo(0.8, 10);
  });
});

describe('darts run', () => {
  it('searches, discretises, retrains both cells, and leaks nothing', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const before = tf.memory().numTensors;
    const r = await runDarts(train, test, { ...DARTS_QUICK, searchSteps: 2, retrainSteps: 2, channels: 2, batch: 8, trainDigits: 50, valDigits: 50, testDigits: 20, evalDigits: 20, drawEvery: 1, evalEvery: 1, seed: 1 });
    expect(r.cell).toHaveLength(6);
    expect(r.departure).toBeGreaterThan(0);
    for (const a of [r.accDarts, r.accRandom]) { expect(a).toBeGreaterThanOrEqual(0); expect(a).toBeLessThanOrEqual(1); }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops when aborted, freeing what it made', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const before = tf.memory().numTensors;
    const ac = new AbortController();
    ac.abort();
    await expect(runDarts(train, test, { ...DARTS_QUICK, seed: 1 }, { signal: ac.signal })).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
  });
});

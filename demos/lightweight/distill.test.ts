import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { distillLoss } from '@/demos/lightweight/distill';

describe('distillation loss', () => {
  it('is α·T²·CE(soft teacher, soft student) + (1−α)·CE(label, student), by hand', () => {
    const zs = tf.tensor2d([[1, 0]]), zt = tf.tensor2d([[2, 0]]), y = tf.tensor2d([[1, 0]]);
    const T = 2, a = 0.75;
    const p = (z: number[]) => { const e = z.map((v) => Math.exp(v)); const s = e[0] + e[1]; return e.map((v) => v / s); };
    const pt = p([1, 0]), ps = p([0.5, 0]), ph = p([1, 0]);
    const want = a * T * T * -(pt[0] * Math.log(ps[0]) + pt[1] * Math.log(ps[1])) + (1 - a) * -Math.log(ph[0]);
    const l = distillLoss(zs, zt, y, T, a);
    expect(l.dataSync()[0]).toBeCloseTo(want, 5);
    tf.dispose([zs, zt, y, l]);
  });
});

describe('distill', () => {
  it('trains both students on a tiny set, leaks nothing, and stops when aborted', async () => {
    const { distill } = await import('@/demos/lightweight/distill');
    const x = tf.randomUniform([20, 28, 28, 1], 0, 1, 'float32', 1) as tf.Tensor4D;
    const y = tf.tensor1d(Array.from({ length: 20 }, (_, i) => i % 10), 'int32');
    const d = { x, y, onehot: tf.oneHot(y, 10).toFloat() as tf.Tensor2D, n: 20, dispose: () => {} };
    const zt = tf.randomNormal([20, 10], 0, 1, 'float32', 2) as tf.Tensor2D;
    const o = { steps: 4, batch: 10, lr: 1e-2, hidden: 8, T: 4, alpha: 0.9, evalEvery: 2, evalDigits: 10, seed: 1 };
    const before = tf.memory().numTensors;
    const r = await distill(d, d, zt, o);
    expect(r.curve.map((p) => p.step)).toEqual([2, 4]);
    expect(tf.memory().numTensors).toBe(before);
    const ac = new AbortController();
    ac.abort();
    await expect(distill(d, d, zt, o, { signal: ac.signal })).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([x, y, d.onehot, zt]);
  });
});

import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { uploadSplitData } from '@/demos/continual/data';
import { createMlp, distillLoss, ewcPenalty, fisherDiagonal, logitsOf } from '@/demos/continual/mlp';
import { runSplitMnist, SPLIT_QUICK } from '@/demos/continual/split-mnist';

const near = (a: ArrayLike<number>, b: number[], eps = 1e-5) => b.forEach((v, i) => expect(a[i]).toBeCloseTo(v, -Math.log10(eps)));

describe('continual maths, by hand', () => {
  it('Fisher diagonal of a one-layer softmax: (x²)ᵀ(p − e_ŷ)²', () => {
    // W = 0, b = 0: p = (½, ½), the tie goes to class 0, δ = (−½, ½); x = (1, 2) → (∂W)² = [[¼, ¼], [1, 1]]
    const w = tf.zeros([2, 2]), b = tf.zeros([2]), x = tf.tensor2d([[1, 2]]), mask = tf.zeros([1, 2]) as tf.Tensor2D;
    const [fw, fb] = fisherDiagonal([w, b], x, mask);
    near(fw.dataSync(), [0.25, 0.25, 1, 1]);
    near(fb.dataSync(), [0.25, 0.25]);
    tf.dispose([w, b, x, mask, fw, fb]);
  });

  it('Fisher diagonal of a 2-hidden-layer MLP equals the mean of per-example squared gradients', () => {
    const vars = createMlp([5, 4, 3, 3], 3);
    const x = tf.randomUniform([6, 5], 0, 1, 'float32', 9) as tf.Tensor2D;
    const mask = tf.tensor2d([[0, 0, -1e4]]).tile([6, 1]) as tf.Tensor2D;
    const f = fisherDiagonal(vars, x, mask);
    const per = Array.from({ length: 6 }, (_, n) => tf.tidy(() => {
      const xn = x.slice([n, 0], [1, 5]);
      const yHat = logitsOf(vars, xn).add(mask.slice([0, 0], [1, 3])).argMax(1).dataSync()[0];
      const g = tf.grads((...w: tf.Tensor[]) => tf.logSoftmax(logitsOf(w, xn).add(mask.slice([0, 0], [1, 3]))).slice([0, yHat], [1, 1]).sum())(vars);
      return g.map((gi) => gi.square());
    }));
    f.forEach((fi, i) => {
      const want = tf.tidy(() => tf.stack(per.map((p) => p[i])).mean(0));
      near(fi.dataSync(), Array.from(want.dataSync()), 1e-4);
      want.dispose();
    });
    tf.dispose([...vars, x, mask, ...f, ...per.flat()]);
  });

  it('EWC penalty: (λ/2) Σ Fᵢ(θᵢ − θ*ᵢ)²', () => {
    // F = (1, 2), θ = (1, 1), θ* = (0, 2), λ = 2: (2/2)(1·1 + 2·1) = 3
    const p = ewcPenalty([tf.tensor1d([1, 1])], [tf.tensor1d([0, 2])], [tf.tensor1d([1, 2])], 2);
    expect(p.dataSync()[0]).toBeCloseTo(3, 6);
  });

  it('distillation loss: T² KL(p_old^T ‖ p_new^T) over the allowed classes', () => {
    // old logits (0, ln 3) → (¼, ¾); new (0, 0) → (½, ½): KL = ¼ ln ½ + ¾ ln 1.5 ≈ 0.130812
    const old = tf.tensor2d([[0, Math.log(3), 5]]), cur = tf.tensor2d([[0, 0, -5]]), mask = tf.tensor2d([[0, 0, -1e4]]);
    expect(distillLoss(old, cur, mask, 1).dataSync()[0]).toBeCloseTo(0.25 * Math.log(0.5) + 0.75 * Math.log(1.5), 5);
    // T = 2 on logits (0, 2 ln 3) gives the same pair, times T² = 4
    const old2 = tf.tensor2d([[0, 2 * Math.log(3), 0]]);
    expect(distillLoss(old2, cur, mask, 2).dataSync()[0]).toBeCloseTo(4 * (0.25 * Math.log(0.5) + 0.75 * Math.log(1.5)), 5);
    expect(distillLoss(old, old, mask, 2).dataSync()[0]).toBeCloseTo(0, 6);
  });
});

describe('split-mnist', () => {
  it('runs every method through five tiny tasks, fills the matrix, leaks nothing, and stops when aborted', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const data = uploadSplitData(train, test, { trainPerTask: 80, testPerTask: 30, evalPerTask: 20 });
    const before = tf.memory().numTensors;
    const points: number[] = [];
    const r = await runSplitMnist(data, { ...SPLIT_QUICK, hidden: 16, steps: 4, chunk: 2, batch: 16, fisherSamples: 20, buffer: 20, seed: 1 }, { onPoint: (p) => points.push(p.step) });
    expect(r.matrix.replay.map((row) => row.length)).toEqual([1, 2, 3, 4, 5]);
    expect(points.length).toBe(5 * 2 * 5);
    for (const v of Object.values(r.average)) expect(v).toBeGreaterThanOrEqual(0);
    expect(tf.memory().numTensors).toBe(before);
    const ac = new AbortController();
    ac.abort();
    await expect(runSplitMnist(data, { ...SPLIT_QUICK, hidden: 8, steps: 2, seed: 1 }, { signal: ac.signal })).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
    data.dispose();
  });
});

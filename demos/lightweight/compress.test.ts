import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { disposeWeights, logits, type CnnWeights, type Digits } from '@/demos/lightweight/cnn';
import { fineTune, pruneMasks, quantise, sizeBytes, sparsityOf } from '@/demos/lightweight/compress';

/** A tiny CNN of the digit CNN's shape: 8×8 inputs, convs 1→2→3, dense 3→10. */
function tiny(): CnnWeights {
  return {
    kernels: [tf.randomNormal([3, 3, 1, 2], 0, 0.5, 'float32', 1), tf.randomNormal([3, 3, 2, 3], 0, 0.5, 'float32', 2), tf.randomNormal([3, 10], 0, 0.5, 'float32', 3)],
    biases: [tf.zeros([2]), tf.zeros([3]), tf.zeros([10])] as tf.Tensor1D[],
    pools: 1,
  };
}

describe('quantisation', () => {
  it('rounds to 2^(b−1) − 1 levels per tensor and per channel, by hand', async () => {
    const w = tf.tensor2d([[1, -0.6], [0.26, 0.15]]);
    // per tensor, 2 bits: levels −1, 0, 1 and s = max|w| = 1, so w ≈ round(w)
    expect(Array.from(await quantise(w, 2, 'tensor').data())).toEqual([1, -1, 0, 0]);
    // per channel (columns), 3 bits: levels −3 … 3; column 0 s = 1/3, column 1 s = 0.6/3 = 0.2
    const q = Array.from(await quantise(w, 3, 'channel').data());
    expect(q[0]).toBeCloseTo(1); expect(q[1]).toBeCloseTo(-0.6); expect(q[2]).toBeCloseTo(1 / 3); expect(q[3]).toBeCloseTo(0.2);
    w.dispose();
  });

  it('counts the size: b bits per weight, 32-bit biases and scales', () => {
    const w = tiny();
    const n = 18 + 54 + 30, b = 15;
    expect(sizeBytes(w, 32, 'tensor')).toBe(4 * (n + b));
    expect(sizeBytes(w, 8, 'tensor')).toBe(n + 4 * (3 + b));
    expect(sizeBytes(w, 8, 'channel')).toBe(n + 4 * (2 + 3 + 10 + b));
    disposeWeights(w);
  });
});

describe('pruning', () => {
  it('zeroes the requested fraction of smallest |w|, globally or per layer', async () => {
    const w = tiny();
    for (const scope of ['global', 'layer'] as const) {
      const m = await pruneMasks(w, 0.5, scope);
      expect(await sparsityOf(m)).toBeCloseTo(0.5, 1);
      tf.dispose(m);
    }
    disposeWeights(w);
  });

  // the training path's conv and pool gradients are checked against tf.js in train-ops.test.ts

  it('fine-tuning keeps pruned weights at zero and leaks nothing', async () => {
    const w = tiny();
    const x = tf.randomUniform([16, 8, 8, 1], 0, 1, 'float32', 6) as tf.Tensor4D;
    const y = tf.tensor1d(Array.from({ length: 16 }, (_, i) => i % 10), 'int32');
    const d: Digits = { x, y, onehot: tf.oneHot(y, 10).toFloat() as tf.Tensor2D, n: 16, dispose: () => {} };
    const m = await pruneMasks(w, 0.7, 'global');
    const before = tf.memory().numTensors;
    await fineTune(w, m, d, { steps: 3, batch: 8, lr: 1e-2, seed: 1 });
    expect(tf.memory().numTensors).toBe(before);
    for (let i = 0; i < m.length; i++) {
      const off = tf.tidy(() => tf.sum(tf.abs(tf.mul(w.kernels[i], tf.sub(1, m[i]))))).dataSync()[0];
      expect(off).toBe(0);
    }
    const z = logits(w, x);
    expect(z.shape).toEqual([16, 10]);
    tf.dispose([z, x, y, d.onehot, ...m]);
    disposeWeights(w);
  });
});

describe('gradual pruning', () => {
  it('reaches the target sparsity, and frees everything when stopped', async () => {
    const { pruneGradually } = await import('@/demos/lightweight/compress');
    const w = tiny();
    const x = tf.randomUniform([16, 8, 8, 1], 0, 1, 'float32', 7) as tf.Tensor4D;
    const y = tf.tensor1d(Array.from({ length: 16 }, (_, i) => i % 10), 'int32');
    const d: Digits = { x, y, onehot: tf.oneHot(y, 10).toFloat() as tf.Tensor2D, n: 16, dispose: () => {} };
    const before = tf.memory().numTensors;
    const m = await pruneGradually(w, d, { sparsity: 0.8, scope: 'global', rounds: 3, ramp: 0.6, steps: 6, batch: 8, lr: 1e-2, seed: 1 });
    expect(await sparsityOf(m)).toBeCloseTo(0.8, 1);
    tf.dispose(m);
    expect(tf.memory().numTensors).toBe(before);
    const ac = new AbortController();
    ac.abort();
    await expect(pruneGradually(w, d, { sparsity: 0.8, scope: 'global', rounds: 3, ramp: 0.6, steps: 6, batch: 8, lr: 1e-2, seed: 1, signal: ac.signal })).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([x, y, d.onehot]);
    disposeWeights(w);
  });
});

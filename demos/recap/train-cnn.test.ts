import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { runTrainCnn } from '@/demos/recap/train-cnn-run';
import { crossEntropy, initialWeights, paramCount, uploadCnnData } from '@/demos/recap/train-cnn';

describe('train-cnn', () => {
  it('has 9,226 parameters and starts near the loss of a uniform guess, ln 10', () => {
    const w = initialWeights(1);
    expect(w.reduce((s, t) => s + t.size, 0)).toBe(paramCount());
    expect(paramCount()).toBe(9226);
    const x = tf.randomUniform([20, 28, 28, 1], 0, 1, 'float32', 3) as tf.Tensor4D;
    const y = tf.oneHot(tf.tensor1d([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 'int32'), 10).toFloat() as tf.Tensor2D;
    const l = crossEntropy(w, x, y);
    expect(l.dataSync()[0]).toBeGreaterThan(1);
    expect(l.dataSync()[0]).toBeLessThan(6);
    tf.dispose([...w, x, y, l]);
  });

  it('three optimisers on a few hundred digits: the loss falls, curves interleave, nothing leaks', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const data = uploadCnnData(train, test, 32, 20, 1);
    const before = tf.memory().numTensors;
    const passes: { epoch: number; accuracy: Record<string, number> }[] = [];
    const r = await runTrainCnn(data, { optimisers: ['gd', 'sgd', 'adam'], epochs: 2, batch: 16, lrScale: 1, seed: 1, evalEvery: 2, evalLimit: 20 }, { onEpoch: (e) => passes.push(e) });
    expect(tf.memory().numTensors).toBe(before);
    // the whole-test-set accuracy after every pass but the last (the page's early headline)
    expect(passes.map((p) => p.epoch)).toEqual([1]);
    expect(Object.keys(passes[0].accuracy).sort()).toEqual(['adam', 'gd', 'sgd']);
    expect(r.curves.slice(0, 3).map((p) => p.name)).toEqual(['gd', 'sgd', 'adam']);
    // two epochs of two batches (the second with a decayed rate): gd made two updates, the minibatch methods four
    expect(r.final.gd.updates).toBe(2);
    expect(r.final.adam.updates).toBe(4);
    const adam = r.curves.filter((p) => p.name === 'adam');
    expect(adam[adam.length - 1].loss).toBeLessThan(adam[0].loss);
    const ac = new AbortController();
    ac.abort();
    await expect(runTrainCnn(data, { optimisers: ['adam'], epochs: 1, batch: 32, lrScale: 1, seed: 1, evalEvery: 5, evalLimit: 50 }, { signal: ac.signal })).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
    data.dispose();
  });
});

describe('train-cnn first layer', () => {
  it('its kernel gradient equals the plain conv2d gradient', async () => {
    const { firstLayer } = await import('@/demos/recap/train-cnn');
    const w = initialWeights(5);
    const x = tf.randomUniform([3, 28, 28, 1], 0, 1, 'float32', 9) as tf.Tensor4D;
    const ours = tf.grad((k: tf.Tensor) => firstLayer([k, ...w.slice(1)], x).sum())(w[0]);
    const plain = tf.grad((k: tf.Tensor) => tf.relu(tf.add(tf.conv2d(x, k as tf.Tensor4D, 1, 'same'), w[1])).sum())(w[0]);
    expect(tf.max(tf.abs(tf.sub(ours, plain))).dataSync()[0]).toBeLessThan(1e-3);
    tf.dispose([...w, x, ours, plain]);
  });
});

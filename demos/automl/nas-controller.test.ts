import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { trainNasController, uploadNasControllerData } from '@/demos/automl/nas-controller';

describe('nas-controller', () => {
  it('learns from a few hundred digits, reports a curve, and leaks nothing', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const before = tf.memory().numTensors;
    const data = uploadNasControllerData(train, test, 300, 100);
    const r = await trainNasController(data, { steps: 30, lr: 0.5, batch: 32, evalEvery: 10, seed: 1 });
    data.dispose();
    expect(r.curve.map((p) => p.step)).toEqual([10, 20, 30]);
    expect(r.accuracy).toBeGreaterThan(0.5);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops when aborted, freeing what it made', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const data = uploadNasControllerData(train, test, 100, 50);
    const before = tf.memory().numTensors;
    const ac = new AbortController();
    ac.abort();
    await expect(trainNasController(data, { steps: 10, lr: 0.5, batch: 32, evalEvery: 5, seed: 1 }, { signal: ac.signal })).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
    data.dispose();
  });
});

import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { drawPerClass, uploadSslData } from './probe';
import { runRotationProbe } from './rotation-probe';

const tiny = { steps: 2, batch: 4, lr: 0.003, evalEvery: 2, evalDigits: 20, draws: 1, ks: [1], layer: 'conv2' as const, seed: 1, probeSteps: 5 };

describe('rotation-probe', () => {
  it('draws k digits of each class, the same for the same seed', async () => {
    const train = await loadMnistNode('train');
    const a = drawPerClass(train, 3, 5);
    expect(a).toHaveLength(30);
    expect(new Set(a.map((i) => train.labels[i])).size).toBe(10);
    for (let c = 0; c < 10; c++) expect(a.filter((i) => train.labels[i] === c)).toHaveLength(3);
    expect(drawPerClass(train, 3, 5)).toEqual(a);
  });

  it('runs end to end on a few digits, reports finite numbers, and leaks nothing', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const data = uploadSslData(train, test, 40, 20);
    const before = tf.memory().numTensors;
    const order: string[] = [];
    const r = await runRotationProbe(data, { ...tiny, draws: 2 }, {
      onRandom: () => order.push('random'), onHeadline: (h) => order.push(`headline ${h.draws}`), onScratch: (s) => order.push(`scratch ${s.draw}`),
    });
    // the headline (rotation vs random) comes before any scratch net; each scratch net gets `steps` updates
    expect(order).toEqual(['random', 'headline 1', 'headline 2', 'scratch 1', 'scratch 2']);
    expect(r.curve.map((p) => p.step)).toEqual([2]);
    expect(r.scratchCurve.map((p) => p.step)).toEqual([2]);
    expect(r.perDraw.every((d) => Number.isFinite(d.scratch))).toBe(true);
    for (const v of [r.pretext, r.rotationByK[1], r.randomByK[1], r.scratch, r.layers.fc.rotation]) expect(Number.isFinite(v)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
    data.dispose();
  });

  it('stops when aborted, freeing what it made', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const data = uploadSslData(train, test, 40, 20);
    const before = tf.memory().numTensors;
    const ac = new AbortController();
    ac.abort();
    await expect(runRotationProbe(data, tiny, { signal: ac.signal })).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
    data.dispose();
  });
});

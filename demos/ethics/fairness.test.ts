import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { trainFairness, uploadFairnessData } from '@/demos/ethics/fairness';
import { buildGroupSet, chooseThresholds, outcome, ratesAt } from '@/demos/ethics/groups';

describe('fairness: rates and thresholds by hand', () => {
  // group 0: labels 1 1 0 0 with scores .9 .4 .6 .1; group 1: labels 1 0 with scores .7 .2
  const s = [0.9, 0.4, 0.6, 0.1, 0.7, 0.2];
  const y = [1, 1, 0, 0, 1, 0];
  const g = [0, 0, 0, 0, 1, 1];
  it('counts TPR, FPR, error, positives and precision per group', () => {
    const a = ratesAt(s, y, g, 0, 0.5);
    expect(a).toMatchObject({ tpr: 0.5, fpr: 0.5, err: 0.5, pos: 0.5, ppv: 0.5, n: 4, base: 0.5 });
    const b = ratesAt(s, y, g, 1, 0.5);
    expect(b).toMatchObject({ tpr: 1, fpr: 0, err: 0, pos: 0.5, n: 2 });
  });
  it('equal opportunity picks thresholds with equal TPR; single uses one threshold', () => {
    const eo = outcome(s, y, g, chooseThresholds(s, y, g, 'opportunity'));
    expect(eo.tprGap).toBe(0);
    const one = chooseThresholds(s, y, g, 'single');
    expect(one.a).toBe(one.b);
  });
  it('builds groups deterministically, with group B cut to its share', async () => {
    const train = await loadMnistNode('train');
    const set = buildGroupSet(train, 1000, 26, 0.1);
    const nb = set.g.reduce((a, b) => a + b, 0);
    expect(nb / set.n).toBeCloseTo(0.1, 1);
    expect(buildGroupSet(train, 1000, 26, 0.1).g).toEqual(set.g);
    // a faded digit never goes below the grey floor
    const k = set.g.indexOf(1);
    expect(Math.min(...set.x.subarray(k * 784, (k + 1) * 784))).toBeGreaterThanOrEqual(0.3 - 1e-6);
  });
});

describe('fairness: training', () => {
  it('learns, reports per-group error, scores every held-out digit, and leaks nothing', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const before = tf.memory().numTensors;
    const data = uploadFairnessData(train, test, 600, 200, 0.1);
    const r = await trainFairness(data, { epochs: 2, hidden: 16, lr: 0.003, batch: 64, evalDigits: 100, seed: 1 });
    data.dispose();
    expect(r.curve.map((p) => p.epoch)).toEqual([1, 2]);
    expect(r.scores.length).toBe(200);
    expect(r.outcomes.single.acc).toBeGreaterThan(0.6);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops when aborted, freeing what it made', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const data = uploadFairnessData(train, test, 200, 50, 0.1);
    const before = tf.memory().numTensors;
    const ac = new AbortController();
    ac.abort();
    await expect(trainFairness(data, { epochs: 1, hidden: 8, lr: 0.003, batch: 32, evalDigits: 20, seed: 1 }, { signal: ac.signal })).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
    data.dispose();
  });
});

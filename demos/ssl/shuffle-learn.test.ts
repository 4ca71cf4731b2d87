import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { mulberry32 } from '@/demos/runtime/rng';
import { digitFloats, uploadFlat } from './flat-probe';
import { orderLabel } from './pretext';
import { frameAt, makeTriples, randomMotion, runShuffleLearn, SHUFFLE_QUICK, SIDE } from './shuffle-learn';

const tiny = { ...SHUFFLE_QUICK, steps: 2, batch: 8, evalEvery: 2, evalDigits: 20, evalTriples: 16, evalTriplesDuring: 8, poolDigits: 50, k: 1, draws: 1, probeSteps: 3, seed: 1 };

describe('shuffle-learn', () => {
  it('makes balanced triples whose labels match their frame orders', async () => {
    const train = await loadMnistNode('train');
    const b = makeTriples(train, [0, 1, 2], 20, 'rotate', mulberry32(4));
    expect(Array.from(b.y).reduce((s, v) => s + v, 0)).toBe(10);
    b.order.forEach((o, i) => expect(orderLabel(...o)).toBe(b.y[i]));
    expect(b.x[0].length).toBe(20 * SIDE * SIDE);
  });

  it('frame 3 of 7 is the still digit (time 0), and a motion moves the others', async () => {
    const train = await loadMnistNode('train');
    const img = digitFloats(train, 0);
    const still = digitFloats(train, 0, SIDE);
    const m = randomMotion('both', mulberry32(1));
    expect(Math.abs(m.omega)).toBeGreaterThan(0);
    Array.from(frameAt(img, m, 3)).forEach((v, p) => expect(v).toBeCloseTo(still[p], 5));
    const moved = frameAt(img, m, 6);
    expect(Array.from(moved).some((v, p) => Math.abs(v - still[p]) > 0.1)).toBe(true);
    expect(randomMotion('move', mulberry32(1)).omega).toBe(0);
  });

  it('runs end to end on a few digits, reports finite numbers and examples, and leaks nothing', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const data = uploadFlat(train, test, 20, SIDE);
    const before = tf.memory().numTensors;
    const r = await runShuffleLearn(data, tiny, {}, 2);
    expect(r.curve.map((p) => p.step)).toEqual([2]);
    for (const v of [r.pretext, r.probe, r.random]) expect(Number.isFinite(v)).toBe(true);
    expect(r.examples).toHaveLength(2);
    expect(tf.memory().numTensors).toBe(before);
    const ac = new AbortController();
    ac.abort();
    await expect(runShuffleLearn(data, tiny, { signal: ac.signal })).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
    data.dispose();
  });
});

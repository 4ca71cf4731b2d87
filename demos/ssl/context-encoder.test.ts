import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { mulberry32 } from '@/demos/runtime/rng';
import { CONTEXT_QUICK, createContextModel, inpaint, makeMasks, maskedError, SIDE, trainContextEncoder } from './context-encoder';
import { uploadFlat } from './flat-probe';

const tiny = { ...CONTEXT_QUICK, steps: 4, batch: 8, evalEvery: 2, evalDigits: 20, poolDigits: 40, seed: 1 };

describe('context-encoder', () => {
  it('counts the error on the hidden pixels only (L2 and L1)', () => {
    const x = tf.tensor2d([[1, 0, 1, 0]]);
    const xHat = tf.tensor2d([[0.5, 1, 0, 0]]);
    const m = tf.tensor2d([[1, 0, 1, 0]]);
    const l2 = maskedError(x, xHat, m, 'l2');
    const l1 = maskedError(x, xHat, m, 'l1');
    expect(l2.dataSync()[0]).toBeCloseTo((0.25 + 1) / 2, 6);
    expect(l1.dataSync()[0]).toBeCloseTo((0.5 + 1) / 2, 6);
    tf.dispose([x, xHat, m, l2, l1]);
  });

  it('hides one 7×7 block per digit, in the centre or anywhere', () => {
    const c = makeMasks(2, 'centre', mulberry32(1));
    expect(c.reduce((s, v) => s + v, 0)).toBe(2 * 49);
    expect(c[3 * SIDE + 3]).toBe(1);
    expect(c[2 * SIDE + 2]).toBe(0);
    const r = makeMasks(20, 'random', mulberry32(1));
    for (let i = 0; i < 20; i++) expect(r.subarray(i * 196, (i + 1) * 196).reduce((s, v) => s + v, 0)).toBe(49);
  });

  it('trains a few steps, fills a painted mask keeping the rest, and leaks nothing', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const data = uploadFlat(train, test, 20, SIDE);
    const before = tf.memory().numTensors;
    const m = createContextModel(data, tiny.poolDigits, 1);
    const r = await trainContextEncoder(m, data, tiny, {}, 2);
    expect(r.curve.map((p) => p.step)).toEqual([2, 4]);
    expect(Number.isFinite(r.model) && Number.isFinite(r.mean)).toBe(true);
    const x = r.examples[0].x;
    const mask = new Float32Array(196);
    mask[100] = 1;
    const f = await inpaint(m, x, mask);
    expect(f.fill[0]).toBe(x[0]);
    expect(f.fill[100]).toBeGreaterThan(0);
    expect(f.fill[100]).toBeLessThan(1);
    m.dispose();
    expect(tf.memory().numTensors).toBe(before);
    const ac = new AbortController();
    ac.abort();
    const m2 = createContextModel(data, tiny.poolDigits, 1);
    await expect(trainContextEncoder(m2, data, tiny, { signal: ac.signal })).rejects.toThrow();
    m2.dispose();
    expect(tf.memory().numTensors).toBe(before);
    data.dispose();
  });
});

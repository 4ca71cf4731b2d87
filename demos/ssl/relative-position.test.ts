import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { mulberry32 } from '@/demos/runtime/rng';
import { uploadFlat } from './flat-probe';
import { cropPatch, neighbourOffset, patchOrigin } from './pretext';
import { gridFeatures, makePairs, RELPOS_QUICK, runRelativePosition } from './relative-position';

const tiny = { ...RELPOS_QUICK, steps: 2, batch: 8, evalEvery: 2, evalDigits: 20, evalPairs: 16, evalPairsDuring: 8, poolDigits: 50, k: 1, draws: 1, probeSteps: 3, seed: 1 };

describe('relative-position', () => {
  it('makes pairs whose second patch lies at the labelled neighbour of the centre', async () => {
    const train = await loadMnistNode('train');
    const p = makePairs(train, [0, 1, 2, 3], 40, mulberry32(2));
    expect(p.n).toBe(40);
    for (let i = 0; i < p.n; i++) expect(p.y[i]).toBeGreaterThanOrEqual(0);
    expect(new Set(p.y).size).toBeGreaterThan(4);
    // the second patch is a crop of one of the 4 digits at the labelled cell (with a jitter of 0–2)
    const img = (j: number) => Array.from(train.images.subarray(j * 784, (j + 1) * 784), (v) => v / 255);
    for (let i = 0; i < 5; i++) {
      const [dr, dc] = neighbourOffset(p.y[i]);
      const b = Array.from(p.b.subarray(i * 49, (i + 1) * 49));
      const found = [0, 1, 2, 3].some((j) => [0, 1, 2].some((jr) => [0, 1, 2].some((jc) =>
        Array.from(cropPatch(img(j), 28, patchOrigin(1 + dr, jr), patchOrigin(1 + dc, jc))).every((v, q) => Math.abs(v - b[q]) < 1e-6))));
      expect(found).toBe(true);
    }
  });

  it('gives a digit 9 patch codes side by side', () => {
    const enc = [tf.ones([49, 2]), tf.zeros([2])];
    const f = gridFeatures(enc, tf.ones([3, 784]) as tf.Tensor2D);
    expect(f.shape).toEqual([3, 18]);
    expect(Array.from(f.dataSync().slice(0, 2))).toEqual([49, 49]);
    tf.dispose([...enc, f]);
  });

  it('runs end to end on a few digits, reports finite numbers and examples, and leaks nothing', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const data = uploadFlat(train, test, 20);
    const before = tf.memory().numTensors;
    const r = await runRelativePosition(data, tiny, {}, 3);
    expect(r.curve.map((p) => p.step)).toEqual([2]);
    for (const v of [r.pretext, r.probe, r.random]) expect(Number.isFinite(v)).toBe(true);
    expect(r.examples).toHaveLength(3);
    expect(tf.memory().numTensors).toBe(before);
    data.dispose();
  });

  it('stops when aborted, freeing what it made', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const data = uploadFlat(train, test, 20);
    const before = tf.memory().numTensors;
    const ac = new AbortController();
    ac.abort();
    await expect(runRelativePosition(data, tiny, { signal: ac.signal })).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
    data.dispose();
  });
});

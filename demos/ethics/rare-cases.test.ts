import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { IMAGE_PIXELS } from '@/demos/data/mnist';
import { clutterCrops, evaluateTransforms, transformBatch } from '@/demos/ethics/rare';
import { markAt, paintMark, trainShortcut, uploadShortcutData } from '@/demos/ethics/shortcut';

describe('rare-cases: transforms by hand', () => {
  // a 3×3 image [[1,0,0],[0,0,0],[0,0,0.5]]
  const x = tf.tensor4d([1, 0, 0, 0, 0, 0, 0, 0, 0.5], [1, 3, 3, 1]);
  const get = (t: Parameters<typeof transformBatch>[1]) => { const y = transformBatch(x, t); const v = Array.from(y.dataSync()); y.dispose(); return v; };
  it('inverts, rotates, dilates and erodes', () => {
    expect(get('invert')).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 0.5]);
    expect(get('rot180')).toEqual([0.5, 0, 0, 0, 0, 0, 0, 0, 1]);
    // a quarter turn clockwise: the top-left pixel goes to the top-right
    expect(get('rot90')).toEqual([0, 0, 1, 0, 0, 0, 0.5, 0, 0]);
    expect(get('thick')).toEqual([1, 1, 0, 1, 1, 0.5, 0, 0.5, 0.5]);
    // erosion removes an isolated stroke pixel (the 2×2 window ignores the padding at the far edge)
    expect(get('thin')[0]).toBe(0);
    expect(get('thin').reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(0.5);
  });
  it('puts each class’s mark in its own empty margin place', () => {
    const a = new Float32Array(IMAGE_PIXELS * 10);
    for (let k = 0; k < 10; k++) paintMark(a, k, k);
    const places = new Set(Array.from({ length: 10 }, (_, k) => markAt(k).join(',')));
    expect(places.size).toBe(10);
    expect(a.subarray(0, IMAGE_PIXELS).reduce((s, v) => s + v, 0)).toBe(9);
  });
});

describe('rare-cases: runs', () => {
  it('evaluates every transform of a tiny logits function without leaking', async () => {
    const test = await loadMnistNode('test');
    const w = tf.randomNormal([IMAGE_PIXELS, 10], 0, 0.05, 'float32', 1);
    const before = tf.memory().numTensors;
    const r = await evaluateTransforms((x) => tf.tidy(() => x.reshape([-1, IMAGE_PIXELS]).matMul(w) as tf.Tensor2D), test, { digits: 20, examples: 2, seed: 1 });
    expect(r.map((t) => t.transform)).toEqual(['clean', 'invert', 'thick', 'thin', 'rot90', 'rot180', 'clutter']);
    expect(r[0].examples.length).toBe(2);
    expect(tf.memory().numTensors).toBe(before);
    w.dispose();
    expect(clutterCrops(test, 0, 3, 1).length).toBe(3 * IMAGE_PIXELS);
  });
  it('trains the shortcut pair: the marked net leans on the mark; nothing leaks; abort stops', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const before = tf.memory().numTensors;
    const d = uploadShortcutData(train, test, 400, 100, 1, 1);
    const r = await trainShortcut(d, { epochs: 2, hidden: 16, lr: 0.003, batch: 64, evalDigits: 100, seed: 1 });
    expect(r.marked).toBeGreaterThan(r.clean);
    expect(r.followsMark).toBeGreaterThan(0.2);
    const ac = new AbortController();
    ac.abort();
    await expect(trainShortcut(d, { epochs: 1, hidden: 8, lr: 0.003, batch: 64, evalDigits: 10, seed: 1 }, { signal: ac.signal })).rejects.toThrow();
    d.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

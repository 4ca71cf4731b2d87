import { describe, expect, it } from 'vitest';
import { TEST_SIZE, TRAIN_SIZE, imageAsFloats, parseMnist, splitIndices } from '@/demos/data/mnist';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { mulberry32, parseSeed, seededPermutation } from '@/demos/runtime/rng';

describe('seeded split', () => {
  it('is deterministic, disjoint and complete', () => {
    const a = splitIndices();
    const b = splitIndices();
    expect(Array.from(a.train)).toEqual(Array.from(b.train));
    expect(a.train.length).toBe(TRAIN_SIZE);
    expect(a.test.length).toBe(TEST_SIZE);
    const all = new Set([...a.train, ...a.test]);
    expect(all.size).toBe(TRAIN_SIZE + TEST_SIZE);
  });

  it('changes with the seed', () => {
    expect(Array.from(splitIndices(10_000, 8_000, 1).test.slice(0, 20))).not.toEqual(Array.from(splitIndices(10_000, 8_000, 2).test.slice(0, 20)));
  });

  it('mulberry32 is reproducible and uniform-ish', () => {
    const r1 = mulberry32(42), r2 = mulberry32(42);
    const xs = Array.from({ length: 10_000 }, () => r1());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => r2()));
    const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
    expect(Array.from(seededPermutation(5, 9)).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('parseSeed refuses what is not a 32-bit integer', () => {
    expect(parseSeed('17')).toBe(17);
    for (const bad of ['-1e309', '1e3', 'NaN', '-1', '99999999999', 'abc', '']) expect(parseSeed(bad)).toBeNull();
  });
});

describe('packed MNIST files', () => {
  it('load with the right sizes and balanced labels', async () => {
    const test = await loadMnistNode('test');
    expect(test.count).toBe(TEST_SIZE);
    const hist = new Array(10).fill(0);
    test.labels.forEach((l) => hist[l]++);
    hist.forEach((h) => expect(h).toBeGreaterThan(120)); // every digit is represented
    const img = imageAsFloats(test, 0);
    expect(Math.max(...img)).toBeLessThanOrEqual(1);
    expect(img.some((v) => v > 0.5)).toBe(true);
  });

  it('parseMnist rejects truncated files', () => {
    expect(() => parseMnist(new Uint8Array(100), new Uint8Array(2))).toThrow(/expected 2/);
    expect(() => parseMnist(new Uint8Array(784), new Uint8Array([12]))).toThrow(/not a digit/);
  });
});

import { drawingToMnist } from '@/demos/data/drawing';

describe('drawingToMnist', () => {
  it('returns null for an empty drawing', () => {
    expect(drawingToMnist(new Float32Array(100 * 100), 100, 100)).toBeNull();
  });
  it('scales the ink to a 20-pixel box centred by mass', () => {
    // a filled 40×80 bar in the corner of a 200×200 canvas
    const w = 200, h = 200, ink = new Float32Array(w * h);
    for (let y = 10; y < 90; y++) for (let x = 5; x < 45; x++) ink[y * w + x] = 1;
    const out = drawingToMnist(ink, w, h)!;
    let rows = 0, cols = 0, m = 0, cx = 0, cy = 0;
    for (let y = 0; y < 28; y++) if (out.slice(y * 28, y * 28 + 28).some((v) => v > 0.5)) rows++;
    for (let x = 0; x < 28; x++) { let any = false; for (let y = 0; y < 28; y++) if (out[y * 28 + x] > 0.5) any = true; if (any) cols++; }
    for (let i = 0; i < 784; i++) { m += out[i]; cx += out[i] * (i % 28); cy += out[i] * Math.floor(i / 28); }
    expect(rows).toBe(20);
    expect(cols).toBe(10);
    expect(Math.abs(cx / m - 13.5)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(cy / m - 13.5)).toBeLessThanOrEqual(0.5);
  });
});

import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { measureLatency, predictedRatio, separableCounts, standardCounts } from '@/demos/lightweight/separable';

describe('separable-conv formulas', () => {
  it('match tf.js layer countParams over a grid of shapes, with and without bias', () => {
    for (const k of [1, 3, 5]) for (const cin of [1, 3, 16]) for (const cout of [1, 8, 32]) for (const bias of [false, true]) {
      const s = { h: 7, w: 7, cin, cout, k };
      const std = tf.layers.conv2d({ filters: cout, kernelSize: k, padding: 'same', useBias: bias });
      std.build([null, 7, 7, cin]);
      const sep = tf.layers.separableConv2d({ filters: cout, kernelSize: k, padding: 'same', useBias: bias, depthMultiplier: 1 });
      sep.build([null, 7, 7, cin]);
      expect(standardCounts(s, bias).params).toBe(std.countParams());
      expect(separableCounts(s, bias).params).toBe(sep.countParams());
    }
  });

  it('count multiply–adds by hand and give the ratio 1/N + 1/k²', () => {
    const s = { h: 10, w: 10, cin: 4, cout: 8, k: 3 };
    expect(standardCounts(s).madds).toBe(3 * 3 * 4 * 8 * 10 * 10); // 28,800
    expect(separableCounts(s).madds).toBe(3 * 3 * 4 * 100 + 4 * 8 * 100); // 3,600 + 3,200
    const r = separableCounts(s).madds / standardCounts(s).madds;
    expect(r).toBeCloseTo(predictedRatio(s), 12);
    expect(predictedRatio(s)).toBeCloseTo(1 / 8 + 1 / 9, 12);
  });

  it('measures both layers, frees everything, and honours abort', async () => {
    const before = tf.memory().numTensors;
    const r = await measureLatency({ h: 6, w: 6, cin: 4, cout: 8, k: 3 }, { repeats: 3, warmup: 1, seed: 1 });
    expect(r.stdMs).toBeGreaterThan(0);
    expect(r.sepMs).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(before);
    const ac = new AbortController();
    ac.abort();
    await expect(measureLatency({ h: 6, w: 6, cin: 4, cout: 8, k: 3 }, { repeats: 3, warmup: 0, seed: 1, signal: ac.signal })).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
  });
});

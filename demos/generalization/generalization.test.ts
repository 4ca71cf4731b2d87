import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { noisyLabels, runDoubleDescent, sizeGrid, summarise } from '@/demos/generalization/double-descent';
import { minNormLstsq, solveSpd } from '@/demos/generalization/linalg';
import { countOnes, pruneMask, randomMask, runLottery, uploadLotteryData } from '@/demos/generalization/lottery';
import { disposeInit, initMlp, toParams } from '@/demos/generalization/mlp';
import { permuteLabels, trainRandomLabels, uploadRandomLabelsData } from '@/demos/generalization/random-labels';

const close = (a: ArrayLike<number>, b: number[]) => b.forEach((v, i) => expect(a[i]).toBeCloseTo(v, 8));

describe('minimum-norm least squares (hand-worked)', () => {
  it('underdetermined: x + y = 2 has the least-norm solution (1, 1)', () => {
    // Φ = [1 1], Y = [2]: W = Φᵀ(ΦΦᵀ)⁻¹Y = [1 1]ᵀ · 2/2
    close(minNormLstsq(new Float64Array([1, 1]), 1, 2, new Float64Array([2]), 1), [1, 1]);
  });
  it('underdetermined 2 × 3: Φ = [[1,0,1],[0,1,1]], Y = (1, 2) gives W = (0, 1, 1)', () => {
    // ΦΦᵀ = [[2,1],[1,2]], α = (0, 1), W = Φᵀα = (0, 1, 1); any other solution (1-t, 2-t, t) is longer
    close(minNormLstsq(new Float64Array([1, 0, 1, 0, 1, 1]), 2, 3, new Float64Array([1, 2]), 1), [0, 1, 1]);
  });
  it('overdetermined: fitting y = w·x to (1,1), (2,2), (3,2) gives w = 11/14', () => {
    close(minNormLstsq(new Float64Array([1, 2, 3]), 3, 1, new Float64Array([1, 2, 2]), 1), [11 / 14]);
  });
  it('a square system is solved exactly', () => {
    close(solveSpd(new Float64Array([4, 2, 2, 3]), 2, new Float64Array([2, 1]), 1, 0), [0.5, 0]);
  });
});

describe('pruning masks and rewinding', () => {
  it('magnitude pruning removes the smallest surviving |w|, layer by layer', () => {
    const w = [0.5, -0.1, 0.3, -0.9, 0.05, 0.2, -0.4, 0.7, 0.01, 0.6];
    const m1 = pruneMask(w, new Float32Array(10).fill(1), 0.2);
    expect(Array.from(m1)).toEqual([1, 1, 1, 1, 0, 1, 1, 1, 0, 1]);   // 0.01 and 0.05 go
    const m2 = pruneMask(w, m1, 0.25);                                // 2 of the 8 left: 0.1 and 0.2
    expect(Array.from(m2)).toEqual([1, 0, 1, 1, 0, 0, 1, 1, 0, 1]);
    expect(countOnes(m2)).toBe(6);
  });
  it('a random mask keeps exactly the requested number of weights', () => {
    const m = randomMask(1000, 137, 3);
    expect(countOnes(m)).toBe(137);
    expect(Array.from(randomMask(1000, 137, 3))).toEqual(Array.from(m));
  });
  it('rewinding restores the original initial values exactly; re-init draws different ones', () => {
    const init = initMlp([6, 4, 3], 5);
    const p = toParams(init);
    p.ws[0].assign(p.ws[0].add(1));                     // "training" moves the weights
    const rewound = toParams(init);                      // rewinding = a fresh copy of θ₀
    expect(Array.from(rewound.ws[0].dataSync())).toEqual(Array.from(init.ws[0].dataSync()));
    expect(Array.from(p.ws[0].dataSync())).not.toEqual(Array.from(init.ws[0].dataSync()));
    const fresh = initMlp([6, 4, 3], 6);
    expect(Array.from(fresh.ws[0].dataSync())).not.toEqual(Array.from(init.ws[0].dataSync()));
    [init, p, rewound, fresh].forEach(disposeInit);
  });
});

describe('data corruptions', () => {
  it('permuted labels keep the class counts', () => {
    const y = Uint8Array.from([0, 1, 1, 2, 2, 2, 3, 3, 3, 3]);
    const z = permuteLabels(y, 1);
    expect([...z].sort()).toEqual([...y].sort());
  });
  it('label noise flips exactly the requested fraction, to a different class', () => {
    const y = Uint8Array.from({ length: 200 }, (_, i) => i % 10);
    const z = noisyLabels(y, 0.25, 2);
    expect(z.filter((v, i) => v !== y[i]).length).toBe(50);
  });
  it('the size grid is log-spaced and contains p = n', () => {
    const g = sizeGrid(100, 10, 6);
    expect(g).toContain(100);
    expect(g[0]).toBe(10);
    expect(g[g.length - 1]).toBe(600);
  });
});

describe('tiny runs leak nothing', () => {
  it('random labels, double descent, lottery', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const before = tf.memory().numTensors;
    const d = uploadRandomLabelsData(train, test, 60, 40, 'noise', 1);
    const r = await trainRandomLabels(d, { epochs: 2, hidden: 16, lr: 0.003, batch: 20, regulariser: 'dropout', seed: 1 });
    d.dispose();
    expect(r.curve).toHaveLength(2);
    const c = await runDoubleDescent(train, test, { nTrain: 20, nTest: 30, noise: 0.1, points: 6, maxRatio: 3, seed: 1 });
    expect(summarise(c)!.peakParams).toBeGreaterThan(0);
    const l = uploadLotteryData(train, test, 30, 20);
    const order: string[] = [];
    let headline: number[] | null = null;
    const pts = await runLottery(l, { rounds: 3, epochs: 1, lr: 0.001, batch: 30, seed: 1 }, {
      onUpdate: (_, st) => order.push(`${st.kind}${st.round}`),
      onHeadline: (c) => { headline = [c[2].winning, c[2].reinit, c[2].random]; order.push('headline'); },
    });
    l.dispose();
    // the winning chain first, then both controls at the sparsest level (the headline), then the denser ones
    expect(order).toEqual(['winning0', 'winning1', 'winning2', 'reinit2', 'random2', 'headline', 'reinit1', 'random1']);
    expect(headline!.every(Number.isFinite)).toBe(true);
    expect(pts.every((p) => Number.isFinite(p.reinit) && Number.isFinite(p.random))).toBe(true);
    expect(pts[1].weightsLeft).toBeLessThan(0.85);
    expect(tf.memory().numTensors).toBe(before);
  });
  it('stops when aborted, freeing what it made', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const before = tf.memory().numTensors;
    const ac = new AbortController();
    ac.abort();
    await expect(runDoubleDescent(train, test, { nTrain: 20, nTest: 30, noise: 0, points: 4, maxRatio: 2, seed: 1 }, { signal: ac.signal })).rejects.toThrow();
    const l = uploadLotteryData(train, test, 30, 20);
    await expect(runLottery(l, { rounds: 2, epochs: 1, lr: 0.001, batch: 30, seed: 1 }, { signal: ac.signal })).rejects.toThrow();
    l.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

/**
 * Federated learning's building blocks against hand-computed values: the weighted average of two
 * clients; the three data splitters' class counts and coverage; the Gamma sampler's mean; top-k
 * and 8-bit round trips and byte counts; clipping; the ε estimate against TF Privacy's published
 * numbers; and the demos' link parameters against the runners' defaults. Rounds, clients and the
 * demo runners are in fed-rounds.test.ts; the runners' quick variants in tests/full/.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DP_PARAMS, FEDAVG_PARAMS, NONIID_PARAMS, STRAGGLER_PARAMS } from '@/components/demos/fed/params';
import { loadMnistNode } from '@/demos/data/mnist-node';
import type { MnistSet } from '@/demos/data/mnist';
import { DP_DEFAULTS, STRAGGLER_DEFAULTS } from '@/demos/fed/challenges';
import { weightedAverage } from '@/demos/fed/client';
import {
  bytesDense, bytesQuantized8, bytesTopK, compressDelta, densify, dequantize8, quantize8, topK, topKCount, uploadBytes,
} from '@/demos/fed/compression';
import { FEDAVG_DEFAULTS, FEDAVG_QUICK, NONIID_DEFAULTS } from '@/demos/fed/demos';
import { addGaussianNoise, approxEpsilon, clipDelta, l2Norm, median } from '@/demos/fed/dp';
import { disposeWeights } from '@/demos/fed/model';
import {
  dirichlet, dirichletSplit, iidSplit, labelHistogram, logGamma01, meanTopClassShare, shardSplit, type Partition,
} from '@/demos/fed/partition';
import { mulberry32 } from '@/demos/runtime/rng';
import { defaults, encodeParams, mainParam, readParams } from '@/demos/runtime/schema';

let train: MnistSet;
beforeAll(async () => {
  train = await loadMnistNode('train');
});

const read = async (w: tf.Tensor[]) => Promise.all(w.map(async (t) => Array.from(await t.data())));

/** every index 0..n-1 exactly once */
function expectPartitionOf(parts: Partition, n: number) {
  const seen = new Uint8Array(n);
  for (const p of parts) for (const i of p) seen[i]++;
  expect(seen.every((c) => c === 1)).toBe(true);
}

describe('weighted averaging', () => {
  it('two clients with n = 1 and 3 weigh 1/4 and 3/4', async () => {
    const a = [tf.tensor2d([[1, 2], [3, 4]]), tf.tensor1d([0])];
    const b = [tf.tensor2d([[5, 6], [7, 8]]), tf.tensor1d([4])];
    const avg = weightedAverage([a, b], [1, 3]);
    const [w, bias] = await read(avg);
    expect(w).toEqual([4, 5, 6, 7]); // ¼·1 + ¾·5 = 4, …
    expect(bias).toEqual([3]);
    expect(() => weightedAverage([a], [0])).toThrow();
    disposeWeights([...a, ...b, ...avg]);
  });
});

describe('splitting the digits among clients', () => {
  it('IID: equal sizes, every digit used once, near-uniform classes', () => {
    const parts = iidSplit(train.labels, 10, 1);
    expectPartitionOf(parts, train.count);
    parts.forEach((p) => expect(p.length).toBe(800));
    for (const p of parts) {
      const h = labelHistogram(train.labels, p);
      expect(h.reduce((a, b) => a + b)).toBe(800);
      // ~80 per digit (MNIST's classes are not exactly balanced); binomial sd ≈ 8.5
      h.forEach((c) => { expect(c).toBeGreaterThan(45); expect(c).toBeLessThan(125); });
    }
    expect(meanTopClassShare(train.labels, parts)).toBeLessThan(0.15);
    expect(Array.from(iidSplit(train.labels, 10, 1)[3])).toEqual(Array.from(parts[3])); // seeded
  });

  it('shards: 2 per client, at most 2 digits per client, every digit used once', () => {
    for (const K of [100, 10]) {
      const parts = shardSplit(train.labels, K, 2, 1);
      expect(parts.length).toBe(K);
      expectPartitionOf(parts, train.count);
      for (const p of parts) {
        expect(labelHistogram(train.labels, p).filter((c) => c > 0).length).toBeLessThanOrEqual(2);
        expect(Math.abs(p.length - train.count / K)).toBeLessThan(train.count / K / 2);
      }
    }
    // fewer shards than digits: the paper's equal cuts, still a partition
    expectPartitionOf(shardSplit(train.labels, 2, 2, 1), train.count);
  });

  it('Dirichlet: a partition with no empty client; small α concentrates classes, large α does not', () => {
    const skewed = dirichletSplit(train.labels, 100, 0.05, 1);
    expectPartitionOf(skewed, train.count);
    skewed.forEach((p) => expect(p.length).toBeGreaterThanOrEqual(1));
    expect(meanTopClassShare(train.labels, skewed)).toBeGreaterThan(0.7);
    const mild = dirichletSplit(train.labels, 10, 100, 1);
    expectPartitionOf(mild, train.count);
    expect(meanTopClassShare(train.labels, mild)).toBeLessThan(0.2);
    // a tiny α would leave clients empty without the repair
    const tiny = dirichletSplit(train.labels, 200, 0.01, 2, 3);
    expectPartitionOf(tiny, train.count);
    tiny.forEach((p) => expect(p.length).toBeGreaterThanOrEqual(3));
  });

  it('Marsaglia–Tsang Gamma draws have mean α, and Dirichlet draws sum to 1', () => {
    for (const alpha of [0.1, 0.5, 2.5]) {
      const rand = mulberry32(7);
      let s = 0;
      const N = 20_000;
      for (let i = 0; i < N; i++) s += Math.exp(logGamma01(alpha, rand));
      expect(s / N).toBeGreaterThan(alpha * 0.95);
      expect(s / N).toBeLessThan(alpha * 1.05);
    }
    const p = dirichlet(0.01, 50, mulberry32(3));
    expect(p.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
    p.forEach((v) => expect(Number.isFinite(v)).toBe(true));
  });

  it('label histograms count digits', () => {
    expect(labelHistogram([3, 3, 1, 9], [0, 1, 3])).toEqual([0, 0, 0, 2, 0, 0, 0, 0, 0, 1]);
  });
});

describe('compression', () => {
  it('top-k keeps the largest magnitudes, exactly k, ties by position; densify restores them', () => {
    const d = Float32Array.from([0.1, -3, 2, 0, -0.5, 4]);
    const s = topK(d, 0.5);
    expect(Array.from(s.indices)).toEqual([1, 2, 5]);
    expect(Array.from(s.values)).toEqual([-3, 2, 4]);
    expect(Array.from(densify(s))).toEqual([0, -3, 2, 0, 0, 4]);
    expect(Array.from(topK(Float32Array.from([1, -1, 1, -1]), 0.5).indices)).toEqual([0, 1]);
    expect(topKCount(79_510, 0.01)).toBe(796);
    expect(topKCount(10, 1e-9)).toBe(1);
    // against a sort on a random vector
    const rand = mulberry32(5);
    const v = Float32Array.from({ length: 1000 }, () => rand() - 0.5);
    const want = Array.from(v.keys()).sort((a, b) => Math.abs(v[b]) - Math.abs(v[a])).slice(0, 37).sort((a, b) => a - b);
    expect(Array.from(topK(v, 0.037).indices)).toEqual(want);
  });

  it('8-bit quantisation: hand-worked codes, error ≤ scale/2, stochastic rounding unbiased', () => {
    const q = quantize8(Float32Array.from([-1, 0.1, 0.5, 1]));
    expect(q.min).toBe(-1);
    expect(q.scale).toBeCloseTo(2 / 255, 7);
    // (v + 1) / (2/255) = 0, 140.25, 191.25, 255 → rounded
    expect(Array.from(q.bytes)).toEqual([0, 140, 191, 255]);
    const back = dequantize8(q);
    expect(back[1]).toBeCloseTo(-1 + (140 * 2) / 255, 6);
    const rand = mulberry32(9);
    const v = Float32Array.from({ length: 5000 }, () => (rand() - 0.3) * 0.02);
    const r = quantize8(v);
    const d = dequantize8(r);
    for (let i = 0; i < v.length; i++) expect(Math.abs(d[i] - v[i])).toBeLessThanOrEqual(r.scale / 2 + 1e-7);
    // constant input: scale 0, exact
    expect(Array.from(dequantize8(quantize8(Float32Array.from([0.25, 0.25]))))).toEqual([0.25, 0.25]);
    // stochastic: the mean of many codes of one value is the value
    const x = Float32Array.from([0, 0.3, 1]);
    let s = 0;
    const g = mulberry32(4);
    for (let i = 0; i < 4000; i++) s += dequantize8(quantize8(x, g))[1];
    expect(s / 4000).toBeCloseTo(0.3, 3);
  });

  it('counts bytes: 4P dense, 8k top-k, P + 8 per tensor for 8-bit', () => {
    expect(bytesDense(79_510)).toBe(318_040);
    expect(bytesTopK(796)).toBe(6368);
    expect(bytesQuantized8(79_510, 4)).toBe(79_542);
    expect(uploadBytes({ kind: 'topk', fraction: 0.01 }, 79_510, 4)).toBe(6368);
    expect(uploadBytes({ kind: 'int8' }, 79_510, 4)).toBe(79_542);
    const d = Float32Array.from([1, -2, 3, 0.5, 0.25]);
    const c = compressDelta(d, { kind: 'int8' }, [3, 2]);
    expect(c.bytes).toBe(5 + 16);
    // per tensor: the second tensor's own range, so 0.5 and 0.25 survive exactly
    expect(c.decoded[3]).toBeCloseTo(0.5, 6);
    expect(c.decoded[4]).toBeCloseTo(0.25, 6);
  });
});

describe('differential privacy', () => {
  it('clipping scales to norm ≤ S and keeps the direction', () => {
    const d = Float32Array.from([3, 4]);
    expect(Array.from(clipDelta(d, 1))).toEqual([Math.fround(0.6), Math.fround(0.8)]);
    expect(Array.from(clipDelta(d, 10))).toEqual([3, 4]);
    expect(Array.from(d)).toEqual([3, 4]); // the input is untouched
    const rand = mulberry32(2);
    const v = Float32Array.from({ length: 300 }, () => rand() - 0.5);
    const c = clipDelta(v, 0.5);
    expect(l2Norm(c)).toBeCloseTo(0.5, 5);
    let dot = 0;
    for (let i = 0; i < v.length; i++) dot += v[i] * c[i];
    expect(dot / (l2Norm(v) * l2Norm(c))).toBeCloseTo(1, 6);
  });

  it('Gaussian noise has the requested spread; ε estimates behave', () => {
    const v = addGaussianNoise(new Float32Array(20_001), 0.3, mulberry32(1));
    let s = 0, s2 = 0;
    for (const x of v) { s += x; s2 += x * x; }
    expect(Math.abs(s / v.length)).toBeLessThan(0.01);
    expect(Math.sqrt(s2 / v.length)).toBeCloseTo(0.3, 2);
    expect(median([3, 1, 2, 10])).toBe(2.5);
    expect(approxEpsilon({ q: 0.1, sigma: 0, rounds: 10 })).toBe(Infinity);
    const e1 = approxEpsilon({ q: 0.1, sigma: 1, rounds: 100 });
    const e2 = approxEpsilon({ q: 0.1, sigma: 2, rounds: 100 });
    expect(e2).toBeLessThan(e1);
    expect(approxEpsilon({ q: 0.1, sigma: 1, rounds: 200 })).toBeGreaterThan(e1);
    // TF Privacy's MNIST DP-SGD table (60,000 examples, batch 256, δ = 1e-5): σ = 1.12 for 60
    // epochs → ε 2.92; σ = 0.6, 30 epochs → 9.74; σ = 1.2, 10 epochs → 1.20
    const q = 256 / 60_000, steps = (epochs: number) => Math.round((epochs * 60_000) / 256);
    expect(approxEpsilon({ q, sigma: 1.12, rounds: steps(60) })).toBeCloseTo(2.92, 1);
    expect(approxEpsilon({ q, sigma: 0.6, rounds: steps(30) })).toBeCloseTo(9.74, 0);
    expect(approxEpsilon({ q, sigma: 1.2, rounds: steps(10) })).toBeCloseTo(1.2, 1);
  });
});

describe('the demos\' link parameters', () => {
  it('default to what the runners run, full and quick', () => {
    // params.ts repeats these so the topic descriptor stays free of TF.js
    expect(defaults(FEDAVG_PARAMS, false)).toEqual({
      K: FEDAVG_DEFAULTS.clients, C: FEDAVG_DEFAULTS.fraction, E: FEDAVG_DEFAULTS.epochs, B: FEDAVG_DEFAULTS.batchSize,
    });
    expect(defaults(FEDAVG_PARAMS, true)).toMatchObject({ K: FEDAVG_QUICK.clients, E: FEDAVG_QUICK.epochs });
    expect(NONIID_PARAMS.alpha.default).toBe(NONIID_DEFAULTS.alpha);
    expect(STRAGGLER_PARAMS.p.default).toBe(STRAGGLER_DEFAULTS.stragglerProb);
    expect(STRAGGLER_PARAMS.mu.default).toBe(STRAGGLER_DEFAULTS.mu);
    expect(DP_PARAMS.S.default).toBe(DP_DEFAULTS.clip);
  });

  it('snap to the allowed values, read and write B = ∞ as inf, and give p to the remote', () => {
    const hash = new Map([['K', '-5'], ['C', '0.12'], ['B', 'inf']]);
    const r = readParams(FEDAVG_PARAMS, hash, 'en', true);
    expect(r.values).toEqual({ K: 10, C: 0.1, E: 1, B: Infinity });
    expect(r.notices.map((n) => n.key)).toEqual(['outOfRange']);
    expect(encodeParams(FEDAVG_PARAMS, r.values).B).toBe('inf');
    expect(readParams(STRAGGLER_PARAMS, new Map([['p', '7']]), 'en', false).values.p).toBe(0.95);
    expect(mainParam(STRAGGLER_PARAMS)).toMatchObject({ key: 'p', min: 0, max: 0.95, step: 0.05 });
    expect(mainParam(FEDAVG_PARAMS)).toBeNull();
  });
});

/**
 * Federated learning against hand-computed values: the weighted average of two clients; the
 * three data splitters' class counts and coverage; the Gamma sampler's mean; top-k and 8-bit
 * round trips and byte counts; clipping; the hand-written backpropagation against tf.grads;
 * FedSGD as one gradient step; FedProx's pull toward the global model; compressed and DP rounds
 * that must equal plain ones in their lossless limits; the ε estimate against TF Privacy's
 * published numbers; a few FedAvg rounds on real MNIST digits; the five demo runners in their
 * quick variants; and no round leaks tensors.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import type { MnistSet } from '@/demos/data/mnist';
import {
  bytesDense, bytesQuantized8, bytesTopK, compressDelta, densify, dequantize8, quantize8, topK, topKCount, uploadBytes,
} from '@/demos/fed/compression';
import { addGaussianNoise, approxEpsilon, clipDelta, l2Norm, median } from '@/demos/fed/dp';
import {
  BASE_CONFIG, clientUpdate, clientsPerRound, createFedState, disposeFedState, fedRound, roundsToTarget, runFederated,
  sampleClients, uploadFedData, weightedAverage, type FedConfig, type FedData,
} from '@/demos/fed/fedavg';
import {
  accuracy, disposeWeights, flatten, gradients, initWeights, loss, numParams, shapesOf, unflatten, type Weights,
} from '@/demos/fed/model';
import {
  dirichlet, dirichletSplit, iidSplit, labelHistogram, logGamma01, meanTopClassShare, shardSplit, type Partition,
} from '@/demos/fed/partition';
import { mulberry32 } from '@/demos/runtime/rng';
import {
  COMPRESSION_QUICK, DP_QUICK, FEDAVG_QUICK, NONIID_QUICK, runCompressionDemo, runDpDemo, runFedavgDemo, runNonIidDemo,
  runStragglerDemo, STRAGGLER_QUICK, type DemoProgress,
} from '@/demos/fed/demos';

let train: MnistSet, test: MnistSet;
beforeAll(async () => {
  [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
});

const read = async (w: Weights) => Promise.all(w.map(async (t) => Array.from(await t.data())));

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

describe('the model and one client', () => {
  it('the hand-written backpropagation equals tf.grads of the loss', async () => {
    const w = initWeights([6, 5, 4, 3], 3);
    const x = tf.randomNormal([7, 6], 0, 1, 'float32', 1) as tf.Tensor2D;
    const y = tf.oneHot(tf.tensor1d([0, 1, 2, 0, 1, 2, 0], 'int32'), 3).toFloat() as tf.Tensor2D;
    // non-zero biases so every term shows
    const w2 = w.map((t, i) => (i % 2 ? tf.add(t, 0.1 * i) : tf.clone(t)));
    const want = tf.grads((...ws: tf.Tensor[]) => loss(ws, x, y))(w2);
    const got = gradients(w2, x, y);
    for (let i = 0; i < want.length; i++) {
      const [a, b] = [await want[i].data(), await got[i].data()];
      a.forEach((v, j) => expect(b[j]).toBeCloseTo(v, 5));
    }
    tf.dispose([x, y, ...w, ...w2, ...want, ...got]);
  });

  it('flatten / unflatten round-trip; numParams counts weights and biases', async () => {
    const w = initWeights([784, 100, 10], 1);
    expect(numParams([784, 100, 10])).toBe(79_510);
    expect(numParams(w)).toBe(79_510);
    const flat = await flatten(w);
    const back = unflatten(flat, shapesOf(w));
    expect(back.map((t) => t.shape)).toEqual([[784, 100], [100], [100, 10], [10]]);
    expect(Array.from(await back[2].data())).toEqual(Array.from(await w[2].data()));
    disposeWeights([...w, ...back]);
  });

  it('FedSGD with one client is one gradient step w − η∇F(w)', async () => {
    const sizes = [784, 16, 10];
    const x = tf.tensor2d(Float32Array.from(train.images.subarray(0, 20 * 784), (p) => p / 255), [20, 784]);
    const labels = tf.tensor1d(Int32Array.from(train.labels.subarray(0, 20)), 'int32');
    const y = tf.oneHot(labels, 10).toFloat() as tf.Tensor2D;
    const w = initWeights(sizes, 4);
    const lr = 0.7;
    const g = tf.grads((...ws: tf.Tensor[]) => loss(ws, x, y))(w);
    const want = await read(w.map((t, i) => tf.sub(t, tf.mul(g[i], lr))));

    const { weights, steps } = await clientUpdate(w, { x, y }, { epochs: 1, batchSize: Infinity, lr, seed: 1 });
    expect(steps).toBe(1);
    (await read(weights)).forEach((a, i) => a.forEach((v, j) => expect(v).toBeCloseTo(want[i][j], 5)));

    // the same through a FedSGD round: K = 1 client holding all 20 digits
    const data: FedData = {
      train: { x, y, labels, n: 20, dispose() {} }, test: { x, y, labels, n: 20, dispose() {} },
      trainLabels: train.labels.slice(0, 20), dispose() {},
    };
    const state = createFedState({ sizes, seed: 4 });
    const stats = await fedRound(data, [Int32Array.from({ length: 20 }, (_, i) => i)], state, {
      ...BASE_CONFIG, algorithm: 'fedsgd', fraction: 1, lr, sizes, seed: 4,
    });
    expect(stats.steps).toEqual([1]);
    expect(stats.bytesUp).toBe(4 * numParams(sizes));
    (await read(state.weights)).forEach((a, i) => a.forEach((v, j) => expect(v).toBeCloseTo(want[i][j], 5)));
    disposeFedState(state);
    tf.dispose([x, y, labels, ...w, ...g, ...weights]);
  });

  it('FedProx (μ > 0) ends closer to the global model than plain local SGD', async () => {
    const sizes = [784, 16, 10];
    const x = tf.tensor2d(Float32Array.from(train.images.subarray(0, 40 * 784), (p) => p / 255), [40, 784]);
    const y = tf.oneHot(tf.tensor1d(Int32Array.from(train.labels.subarray(0, 40)), 'int32'), 10).toFloat() as tf.Tensor2D;
    const global = initWeights(sizes, 5);
    const dist = async (mu: number) => {
      const { weights } = await clientUpdate(global, { x, y }, { epochs: 5, batchSize: 10, lr: 0.2, mu, seed: 3 });
      const d = tf.tidy(() => tf.sqrt(tf.addN(weights.map((t, i) => tf.sum(tf.square(tf.sub(t, global[i])))))));
      const v = (await d.data())[0];
      tf.dispose([d, ...weights]);
      return v;
    };
    const plain = await dist(0), prox = await dist(1), strong = await dist(4); // stable while η·μ < 1
    expect(prox).toBeLessThan(plain);
    expect(strong).toBeLessThan(prox);
    // maxSteps cuts a client short (a straggler's partial work)
    const { steps, weights } = await clientUpdate(global, { x, y }, { epochs: 5, batchSize: 10, lr: 0.2, seed: 3, maxSteps: 7 });
    expect(steps).toBe(7);
    tf.dispose([x, y, ...global, ...weights]);
  });
});

describe('rounds on real MNIST', () => {
  const CFG: FedConfig = { ...BASE_CONFIG, sizes: [784, 32, 10], fraction: 0.3, epochs: 1, batchSize: 20, lr: 0.2, seed: 2 };

  it('samples max(1, round(C·K)) distinct clients, reproducibly', () => {
    expect(clientsPerRound(0.1, 100)).toBe(10);
    expect(clientsPerRound(0.1, 4)).toBe(1);
    const a = sampleClients(100, 10, 1, 3);
    expect(new Set(a).size).toBe(10);
    expect(sampleClients(100, 10, 1, 3)).toEqual(a);
    expect(sampleClients(100, 10, 1, 4)).not.toEqual(a);
    expect(roundsToTarget([{ round: 0, accuracy: 0.1 }, { round: 5, accuracy: 0.91 }, { round: 6, accuracy: 0.95 }], 0.9)).toBe(5);
    expect(roundsToTarget([{ round: 0, accuracy: 0.1 }], 0.9)).toBeNull();
  });

  it('a few FedAvg rounds beat the initial model, and count bytes', async () => {
    const data = uploadFedData(train, test, 1000, 500);
    const partition = iidSplit(data.trainLabels, 10, 1);
    const clients: number[] = [];
    const r = await runFederated({ data, partition, config: CFG, rounds: 3 }, () => {});
    const again = await runFederated({ data, partition, config: CFG, rounds: 1, onClient: (c) => clients.push(c.client) });
    expect(r.curve.length).toBe(4);
    expect(r.curve[3].accuracy).toBeGreaterThan(r.curve[0].accuracy + 0.3);
    expect(r.curve[3].accuracy).toBeGreaterThan(0.6);
    const P = numParams(CFG.sizes);
    expect(r.rounds[0].sampled.length).toBe(3);
    expect(r.rounds[0].bytesDown).toBe(3 * 4 * P);
    expect(r.rounds[0].bytesUp).toBe(3 * 4 * P);
    expect(r.curve[3].bytesUp).toBe(9 * 4 * P);
    expect(clients).toEqual(r.rounds[0].sampled); // same seed, same clients
    expect(again.curve[1].accuracy).toBe(r.curve[1].accuracy); // and the same numbers
    data.dispose();
  });

  it('lossless limits: top-k with fraction 1 and DP with σ = 0 and a huge S equal the plain round', async () => {
    const data = uploadFedData(train, test, 600, 100);
    const partition = iidSplit(data.trainLabels, 6, 1); // 100 digits each: equal weights
    const after = async (cfg: FedConfig) => {
      const s = createFedState(cfg);
      const stats = await fedRound(data, partition, s, cfg);
      const w = await flatten(s.weights);
      disposeFedState(s);
      return { w, stats };
    };
    const cfg = { ...CFG, fraction: 0.5 };
    const plain = await after(cfg);
    const dense = await after({ ...cfg, compress: { kind: 'topk', fraction: 1 } });
    const dp = await after({ ...cfg, dp: { clip: 1e6, noise: 0 } });
    for (let i = 0; i < plain.w.length; i += 97) {
      expect(dense.w[i]).toBeCloseTo(plain.w[i], 5);
      expect(dp.w[i]).toBeCloseTo(plain.w[i], 5);
    }
    expect(dense.stats.bytesUp).toBe(3 * 8 * numParams(CFG.sizes));
    expect(dp.stats.updateNorms!.length).toBe(3);
    // top 1%: 8 bytes per kept entry
    const sparse = await after({ ...cfg, compress: { kind: 'topk', fraction: 0.01 } });
    expect(sparse.stats.bytesUp).toBe(3 * 8 * topKCount(numParams(CFG.sizes), 0.01));
    data.dispose();
  });

  it('stragglers: p = 1 with drop leaves the model unchanged; partial work is accepted', async () => {
    const data = uploadFedData(train, test, 400, 100);
    const partition = iidSplit(data.trainLabels, 4, 1);
    const s = createFedState(CFG);
    const before = await flatten(s.weights);
    const dropped = await fedRound(data, partition, s, { ...CFG, fraction: 0.5, stragglerProb: 1, stragglerPolicy: 'drop' });
    expect(dropped.dropped.length).toBe(2);
    expect(dropped.bytesUp).toBe(0);
    expect(Array.from(await flatten(s.weights))).toEqual(Array.from(before));
    const partial = await fedRound(data, partition, s, { ...CFG, fraction: 0.5, stragglerProb: 1, stragglerPolicy: 'fedprox' });
    expect(partial.partial.length).toBe(2);
    partial.steps.forEach((n) => { expect(n).toBeGreaterThanOrEqual(1); expect(n).toBeLessThanOrEqual(5); });
    disposeFedState(s);
    data.dispose();
  });

  it('no round leaks tensors', async () => {
    const data = uploadFedData(train, test, 400, 100);
    const before = tf.memory().numTensors;
    const partition = dirichletSplit(data.trainLabels, 8, 0.3, 1);
    const variants: Partial<FedConfig>[] = [
      {}, { algorithm: 'fedsgd' }, { algorithm: 'central', fraction: 0.05 },
      { compress: { kind: 'topk', fraction: 0.05, errorFeedback: true } },
      { compress: { kind: 'int8', stochastic: true } },
      { dp: { clip: 0.5, noise: 1 } },
      { stragglerProb: 0.5, stragglerPolicy: 'drop' }, { stragglerProb: 0.5, stragglerPolicy: 'fedprox', mu: 0.1 },
      { serverLr: 0.5 },
    ];
    for (const v of variants) await runFederated({ data, partition, config: { ...CFG, ...v }, rounds: 2 });
    const w = initWeights(CFG.sizes, 1);
    await accuracy(w, data.test.x, data.test.labels);
    disposeWeights(w);
    expect(tf.memory().numTensors).toBe(before);
    data.dispose();
  });

  it('the demo runners run their quick variants and report what the views show', async () => {
    const data = uploadFedData(train, test, 1000, 500);
    const before = tf.memory().numTensors;
    const progress: string[] = [];
    const onProgress = (p: DemoProgress) => { if (p.done) progress.push(p.series); };

    const fa = await runFedavgDemo(data, FEDAVG_QUICK, { onProgress });
    expect(fa.series.map((s) => s.key)).toEqual(['fedavg', 'fedsgd', 'central']);
    expect(progress).toEqual(['fedavg', 'fedsgd', 'central']);
    expect(fa.series[1].result.rounds[0].steps.every((n) => n === 1)).toBe(true); // FedSGD: one step each
    expect(fa.series[2].result.rounds[0].bytesUp).toBe(0);
    if (fa.roundsToTarget.fedavg && fa.roundsToTarget.fedsgd) expect(fa.speedup).toBe(fa.roundsToTarget.fedsgd / fa.roundsToTarget.fedavg);

    const ni = await runNonIidDemo(data, NONIID_QUICK);
    expect(Object.keys(ni.histograms)).toEqual(['iid', 'dirichlet', 'shards']);
    expect(ni.histograms.shards.length).toBe(10);
    ni.histograms.shards.forEach((h) => expect(h.filter((c) => c > 0).length).toBeLessThanOrEqual(2));
    expect(ni.histograms.iid.flat().reduce((a, b) => a + b)).toBe(1000);

    const co = await runCompressionDemo(data, COMPRESSION_QUICK);
    const P = numParams([784, 100, 10]);
    expect(co.bytesPerClient.dense).toBe(4 * P);
    expect(co.bytesPerClient.int8).toBe(P + 32);
    expect(co.bytesPerClient['topk-1']).toBe(8 * topKCount(P, 0.01));

    const st = await runStragglerDemo(data, STRAGGLER_QUICK);
    expect(st.series.map((s) => s.key)).toEqual(['none', 'drop', 'partial', 'fedprox']);
    expect(st.series[0].result.rounds.every((r) => r.dropped.length === 0 && r.partial.length === 0)).toBe(true);

    const dp = await runDpDemo(data, DP_QUICK);
    expect(dp.epsilon[0]).toBe(Infinity);
    expect(Number.isFinite(dp.epsilon[1])).toBe(true);
    expect(dp.medianNorm.every((v) => v > 0)).toBe(true);

    expect(tf.memory().numTensors).toBe(before);
    data.dispose();
  });

  it('stops when aborted', async () => {
    const data = uploadFedData(train, test, 400, 100);
    const partition = iidSplit(data.trainLabels, 4, 1);
    const before = tf.memory().numTensors;
    const ctl = new AbortController();
    const run = runFederated({ data, partition, config: CFG, rounds: 50, signal: ctl.signal }, (s) => { if (s.round === 1) ctl.abort(); });
    await expect(run).rejects.toThrow('stopped');
    expect(tf.memory().numTensors).toBe(before);
    data.dispose();
  });
});

/**
 * Federated learning's clients, rounds and runs: the hand-written backpropagation against
 * tf.grads; FedSGD as one gradient step; FedProx's pull toward the global model; a few FedAvg
 * rounds on real MNIST digits; compressed and DP rounds that must equal plain ones in their
 * lossless limits; stragglers; the five demo runners on a few hundred digits; no round leaks
 * tensors, and a run stops when aborted. The runners' quick variants: tests/full/fed-demos.test.ts.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import type { MnistSet } from '@/demos/data/mnist';
import {
  COMPRESSION_QUICK, COMPRESSION_SCHEMES, DP_QUICK, runCompressionDemo, runDpDemo, runStragglerDemo, STRAGGLER_QUICK,
} from '@/demos/fed/challenges';
import { clientUpdate } from '@/demos/fed/client';
import { topKCount } from '@/demos/fed/compression';
import { FEDAVG_QUICK, NONIID_QUICK, runFedavgDemo, runNonIidDemo } from '@/demos/fed/demos';
import {
  BASE_CONFIG, clientsPerRound, createFedState, disposeFedState, fedRound, sampleClients, uploadFedData, type FedConfig,
  type FedData,
} from '@/demos/fed/fedavg';
import {
  accuracy, disposeWeights, flatten, gradients, initWeights, loss, numParams, shapesOf, unflatten, type Weights,
} from '@/demos/fed/model';
import { dirichletSplit, iidSplit } from '@/demos/fed/partition';
import { roundsToTarget, runFederated } from '@/demos/fed/run';
import type { DemoProgress } from '@/demos/fed/series';

let train: MnistSet, test: MnistSet;
beforeAll(async () => {
  [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
});

const read = async (w: Weights) => Promise.all(w.map(async (t) => Array.from(await t.data())));

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

  // the quick variants cut to one round on 200 digits; the variants themselves: tests/full/fed-demos.test.ts
  it('the fedavg and non-iid runners report what the views show', async () => {
    const data = uploadFedData(train, test, 200, 50);
    const before = tf.memory().numTensors;
    const progress: string[] = [];
    const onProgress = (p: DemoProgress) => { if (p.done) progress.push(p.series); };

    const fa = await runFedavgDemo(data, { ...FEDAVG_QUICK, rounds: { fedavg: 1, fedsgd: 1, central: 1 } }, { onProgress });
    expect(fa.series.map((s) => s.key)).toEqual(['fedavg', 'fedsgd', 'central']);
    expect(progress).toEqual(['fedavg', 'fedsgd', 'central']);
    expect(fa.series[1].result.rounds[0].steps.every((n) => n === 1)).toBe(true); // FedSGD: one step each
    expect(fa.series[2].result.rounds[0].bytesUp).toBe(0);

    const ni = await runNonIidDemo(data, { ...NONIID_QUICK, rounds: 1 });
    expect(Object.keys(ni.histograms)).toEqual(['iid', 'dirichlet', 'shards']);
    expect(ni.histograms.shards.length).toBe(10);
    ni.histograms.shards.forEach((h) => expect(h.filter((c) => c > 0).length).toBeLessThanOrEqual(2));
    expect(ni.histograms.iid.flat().reduce((a, b) => a + b)).toBe(200);

    expect(tf.memory().numTensors).toBe(before);
    data.dispose();
  });

  it('the compression, stragglers and dp-noise runners report what the views show', async () => {
    const data = uploadFedData(train, test, 200, 50);
    const before = tf.memory().numTensors;

    const schemes = COMPRESSION_SCHEMES.filter((s) => ['dense', 'int8', 'topk-1'].includes(s.key));
    const co = await runCompressionDemo(data, { ...COMPRESSION_QUICK, schemes, rounds: 1 });
    const P = numParams([784, 100, 10]);
    expect(co.bytesPerClient.dense).toBe(4 * P);
    expect(co.bytesPerClient.int8).toBe(P + 32);
    expect(co.bytesPerClient['topk-1']).toBe(8 * topKCount(P, 0.01));

    const st = await runStragglerDemo(data, { ...STRAGGLER_QUICK, fraction: 0.1, rounds: 1 });
    expect(st.series.map((s) => s.key)).toEqual(['none', 'drop', 'partial', 'fedprox']);
    expect(st.series[0].result.rounds.every((r) => r.dropped.length === 0 && r.partial.length === 0)).toBe(true);

    // 50 clients of 4 digits, 2 per round (the quick 1,000 clients would be mostly empty here)
    const dp = await runDpDemo(data, { ...DP_QUICK, clients: 50, fraction: 0.04, rounds: 1 });
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

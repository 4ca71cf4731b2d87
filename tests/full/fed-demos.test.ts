/**
 * The five federated-learning demo runners in their `?quick=1` variants (the workloads the
 * browser's contract test runs), on 1,000 training and 500 test digits on the cpu backend, as the
 * views call them: series order and progress, FedSGD's single step, the byte counts, the straggler
 * policies, the DP estimates, and no leaked tensors. ~17 s: too slow for the unit tier, whose
 * one-round version is in tests/unit/fed-rounds.test.ts.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import type { MnistSet } from '@/demos/data/mnist';
import { COMPRESSION_QUICK, DP_QUICK, runCompressionDemo, runDpDemo, runStragglerDemo, STRAGGLER_QUICK } from '@/demos/fed/challenges';
import { topKCount } from '@/demos/fed/compression';
import { FEDAVG_QUICK, NONIID_QUICK, runFedavgDemo, runNonIidDemo } from '@/demos/fed/demos';
import { uploadFedData } from '@/demos/fed/fedavg';
import { numParams } from '@/demos/fed/model';
import type { DemoProgress } from '@/demos/fed/series';

let train: MnistSet, test: MnistSet;
beforeAll(async () => {
  [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
});

describe('the federated-learning demo runners', () => {
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
});

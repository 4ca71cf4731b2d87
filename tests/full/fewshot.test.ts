/**
 * The few-shot demos' slower Node checks (npm run test:full): each trains or scores a real
 * network for a few seconds on the cpu backend, so tests/unit keeps smaller versions of them.
 * - transfer: the extractor batches 260 images exactly like its differentiable copy; the three
 *   methods on 50 test digits leave the pre-trained weights alone; runTransfer's cells, two draws
 *   and two k, with the frozen head's own 300 steps;
 * - matching: 40 episodic steps beat the untrained network on the unseen digits 6–9;
 * - multi-task: a sweep at n = 100 reaches accuracies well above chance on both tasks.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMAGE_PIXELS, type MnistSet } from '@/demos/data/mnist';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { EXTRACTOR_MODEL, extractorFromModel, type Extractor } from '@/demos/fewshot/extractor';
import { MATCHING_DEFAULTS, createMatchingNet, explainEpisodes, matchingAccuracy, setupMatching, trainMatching } from '@/demos/fewshot/matching';
import { MULTITASK_DEFAULTS, runMultiTaskSweep, separateParams, separateWidth, sharedParams } from '@/demos/fewshot/multitask';
import { createContext, createTrainer, DEFAULT_BUDGET, METHODS, runTransfer, sampleSupport, type TransferContext } from '@/demos/fewshot/transfer';
import { fewshotFeatures } from '@/demos/models/fewshot-cnn';
import { loadModelNode } from '@/demos/models/load-node';

let train: MnistSet;
let test: MnistSet;
let extractor: Extractor;
beforeAll(async () => {
  [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
  extractor = extractorFromModel(await loadModelNode(EXTRACTOR_MODEL));
});

describe('transfer', () => {
  let ctx: TransferContext;
  beforeAll(() => { ctx = createContext(extractor, test, 50); });

  const snapshot = () => extractor.model.getWeights().map((w) => Array.from(w.dataSync()));
  const budget = { ...DEFAULT_BUDGET, steps: 2 };

  it('maps [n, 784] to the features layer [n, 128], batched for large n, same as the differentiable copy', () => {
    expect(extractor.dim).toBe(128);
    const { x, n } = sampleSupport(train, 52, 3); // 260 images: more than one internal batch
    const before = tf.memory().numTensors;
    const [maxDiff, shape] = tf.tidy(() => {
      const xs = tf.tensor2d(x, [n, IMAGE_PIXELS]);
      const f = extractor.features(xs);
      const g = fewshotFeatures(extractor.model.getWeights().slice(0, 6), xs.reshape([n, 28, 28, 1]));
      return [tf.max(tf.abs(tf.sub(f, g))).dataSync()[0], f.shape];
    });
    expect(shape).toEqual([n, 128]);
    expect(maxDiff).toBeLessThan(1e-3);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('frozen trains only the head: the pre-trained weights do not move; fine-tune moves them; nothing leaks', async () => {
    const support = sampleSupport(train, 2, 5);
    const before = tf.memory().numTensors;
    const w0 = snapshot();
    for (const method of METHODS) {
      const tr = createTrainer(ctx, method, support, budget, 9);
      for (let i = 0; i < budget.steps; i++) tr.step();
      const r = await tr.result();
      expect(r.accuracy).toBeGreaterThanOrEqual(0);
      expect(r.accuracy).toBeLessThanOrEqual(1);
      expect(Number.isFinite(r.loss)).toBe(true);
      // the extractor's own weights are never changed by any method: fine-tune trains copies
      expect(snapshot()).toEqual(w0);
      tr.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('runTransfer reports every (k, method) cell in order, with progress, and leaks nothing', async () => {
    const before = tf.memory().numTensors;
    const seen: string[] = [];
    let last = 0;
    const small = createContext(extractor, test, 20);
    const cells = await runTransfer(small, train, { ks: [1, 2], draws: 2, budget: { ...budget, steps: 1 } }, 3, {
      onCell: (c) => seen.push(`${c.k}-${c.method}`),
      onProgress: (f) => { expect(f).toBeGreaterThanOrEqual(last - 1e-9); last = f; },
    });
    expect(seen).toEqual(['1-frozen', '1-finetune', '1-scratch', '2-frozen', '2-finetune', '2-scratch']);
    expect(last).toBeCloseTo(1, 6);
    for (const c of cells) {
      expect(c.accuracies).toHaveLength(2);
      expect(c.accuracy).toBeCloseTo((c.accuracies[0] + c.accuracies[1]) / 2, 9);
    }
    small.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('matching networks', () => {
  it('a short run on digits 0–5 beats the untrained network on unseen 6–9, explains episodes, and leaks nothing', async () => {
    const before = tf.memory().numTensors;
    const ex = setupMatching(train, test, 4, 1, { count: 60, queries: 5, seed: 7 }, 60);
    const cfg = { ...MATCHING_DEFAULTS, sizes: [64, 32], steps: 40, jitter: 0, batch: 4, trainWay: 16, queries: 2, seed: 1 };
    const net = createMatchingNet(cfg.sizes, cfg.scale, cfg.seed);
    const untrained = await matchingAccuracy(net, ex.testX, ex.episodes);
    const points = await trainMatching(net, ex, cfg, { evalEvery: 20 });
    expect(points.map((p) => p.step)).toEqual([20, 40]);
    expect(points[1].loss).toBeLessThan(points[0].loss + 0.5);
    expect(points[1].accuracy).toBeGreaterThan(untrained + 0.03);
    const shown = await explainEpisodes(net, ex.test, ex.episodes.slice(0, 3), (i) => i * 5);
    for (const s of shown) {
      expect(s.attention).toHaveLength(4);
      expect(s.attention.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      expect(s.yhat.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      // 1-shot: ŷ is the attention itself
      s.yhat.forEach((p, c) => expect(p).toBeCloseTo(s.attention[c], 5));
      expect(s.truth).toBe(Math.floor(s.queryAt / 5));
    }
    net.dispose();
    ex.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('multi-task', () => {
  it('a tiny sweep: accuracies in range, parameters reported, nothing leaks', async () => {
    const before = tf.memory().numTensors;
    const rows: number[] = [];
    const r = await runMultiTaskSweep(train, test, {
      task: 'parity', sizes: [100], seeds: [1], cfg: { ...MULTITASK_DEFAULTS, steps: 60 }, testLimit: 300, onRow: (row) => rows.push(row.n),
    });
    expect(rows).toEqual([100]);
    const row = r.rows[0];
    for (const v of [row.shared.a, row.separate.a]) { expect(v).toBeGreaterThan(0.4); expect(v).toBeLessThanOrEqual(1); }
    for (const v of [row.shared.b, row.separate.b]) { expect(v).toBeGreaterThan(0.55); expect(v).toBeLessThanOrEqual(1); }
    expect(row.diffA[0]).toBeCloseTo(row.shared.a - row.separate.a, 9);
    expect(r.paramsShared).toBe(sharedParams(MULTITASK_DEFAULTS.hidden));
    expect(r.paramsSeparate).toBe(separateParams(separateWidth(MULTITASK_DEFAULTS.hidden)));
    expect(tf.memory().numTensors).toBe(before);
  });
});

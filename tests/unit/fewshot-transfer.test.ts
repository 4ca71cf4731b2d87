/**
 * The transfer demo's maths (demos/fewshot/transfer.ts) and its extractor (public/models/
 * digits04-cnn, loaded from disk): the few-shot task is sampled correctly (k per class, digits
 * 5–9 only, relabelled, deterministic, disjoint from the test set); the frozen path leaves the
 * pre-trained weights alone while fine-tuning moves them; a head learns linearly separable
 * features perfectly; shapes; nothing leaks. Small step counts keep the cpu backend fast.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMAGE_PIXELS, type MnistSet } from '@/demos/data/mnist';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { EXTRACTOR_MODEL, extractorFromModel, type Extractor } from '@/demos/fewshot/extractor';
import {
  createContext, createTrainer, DEFAULT_BUDGET, METHODS, NEW_CLASSES, newClassSet, runTransfer, sampleSupport, WAYS,
  type TransferContext,
} from '@/demos/fewshot/transfer';
import { fewshotFeatures } from '@/demos/models/fewshot-cnn';
import { loadModelNode } from '@/demos/models/load-node';

const loadCommitted = () => loadModelNode(EXTRACTOR_MODEL);

let train: MnistSet;
let test: MnistSet;
let extractor: Extractor;
beforeAll(async () => {
  [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
  extractor = extractorFromModel(await loadCommitted());
});

describe('the few-shot task', () => {
  it('has exactly k training digits of each class 5–9, relabelled 0–4, deterministic and nested in k', () => {
    for (const k of [1, 5, 20]) {
      const s = sampleSupport(train, k, 42);
      expect(s.n).toBe(k * WAYS);
      expect(s.x.length).toBe(s.n * IMAGE_PIXELS);
      for (let c = 0; c < WAYS; c++) expect(s.y.filter((y) => y === c).length).toBe(k);
      s.source.forEach((src, i) => expect(train.labels[src]).toBe(NEW_CLASSES[s.y[i]]));
      expect(new Set(s.source).size).toBe(s.n); // no digit twice
      expect(Math.max(...s.x)).toBeLessThanOrEqual(1);
      expect(sampleSupport(train, k, 42).source).toEqual(s.source);
    }
    expect(sampleSupport(train, 5, 43).source).not.toEqual(sampleSupport(train, 5, 42).source);
    // a larger k only adds examples: the k = 2 set of each class starts with the k = 1 set
    const one = sampleSupport(train, 1, 7), two = sampleSupport(train, 2, 7);
    for (let c = 0; c < WAYS; c++) expect(two.source[2 * c]).toBe(one.source[c]);
    expect(() => sampleSupport(train, 0, 1)).toThrow(/positive integer/);
    expect(() => sampleSupport(train, 10_000, 1)).toThrow(/fewer than k/);
  });

  it('is scored on every held-out digit 5–9, none of which is a training image', () => {
    const t = newClassSet(test);
    let expected = 0;
    for (let i = 0; i < test.count; i++) if (test.labels[i] >= 5) expected++;
    expect(t.n).toBe(expected);
    expect(t.n).toBeGreaterThan(900);
    t.source.forEach((src, i) => expect(test.labels[src] - 5).toBe(t.y[i]));
    // the support set comes from the training split: no image of it is (pixel for pixel) a test image
    const s = sampleSupport(train, 50, 1);
    const key = (x: Float32Array, i: number) => x.subarray(i * IMAGE_PIXELS, (i + 1) * IMAGE_PIXELS).join(',');
    const testKeys = new Set(Array.from({ length: t.n }, (_, i) => key(t.x, i)));
    for (let i = 0; i < s.n; i++) expect(testKeys.has(key(s.x, i))).toBe(false);
  });
});

describe('the extractor', () => {
  // 260 images, more than one internal batch: tests/full/fewshot.test.ts
  it('maps [n, 784] to the features layer [n, 128], same as the differentiable copy', () => {
    expect(extractor.dim).toBe(128);
    const { x, n } = sampleSupport(train, 2, 3);
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
});

describe('the three methods', () => {
  let ctx: TransferContext;
  beforeAll(() => { ctx = createContext(extractor, test, 50); });

  const snapshot = () => extractor.model.getWeights().map((w) => Array.from(w.dataSync()));
  const budget = { ...DEFAULT_BUDGET, steps: 2 };

  // with two steps each, scored on 50 test digits: tests/full/fewshot.test.ts
  it('frozen trains only the head: the pre-trained weights do not move; fine-tune moves them; nothing leaks', async () => {
    const support = sampleSupport(train, 1, 5);
    const tiny = createContext(extractor, test, 10);
    const before = tf.memory().numTensors;
    const w0 = snapshot();
    for (const method of METHODS) {
      const tr = createTrainer(tiny, method, support, budget, 9);
      tr.step();
      const r = await tr.result();
      expect(r.accuracy).toBeGreaterThanOrEqual(0);
      expect(r.accuracy).toBeLessThanOrEqual(1);
      expect(Number.isFinite(r.loss)).toBe(true);
      // the extractor's own weights are never changed by any method: fine-tune trains copies
      expect(snapshot()).toEqual(w0);
      tr.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
    tiny.dispose();
  });

  it('fine-tune starts from the pre-trained body and moves (its copy of) it; frozen makes no copy at all', () => {
    const support = sampleSupport(train, 2, 5);
    const pretrained = extractor.model.getWeights().slice(0, 6).map((w) => Array.from(w.dataSync()));
    // the variables a trainer made are the ones registered after it was created
    const bodyOf = (method: 'frozen' | 'finetune') => {
      const known = new Set(Object.keys(tf.engine().state.registeredVariables));
      const tr = createTrainer(ctx, method, support, budget, 9);
      // (rank ≥ 1: Adam's own scalar variables are not weights)
      const mine = Object.values(tf.engine().state.registeredVariables).filter((v) => !known.has(v.name) && v.rank > 0);
      // everything but the new head (kernel [128, 5], bias [5])
      const body = mine.filter((v) => v.shape[v.shape.length - 1] !== WAYS);
      const start = body.map((v) => Array.from(v.dataSync()));
      for (let i = 0; i < budget.steps; i++) tr.step();
      let change = 0;
      body.forEach((v, i) => v.dataSync().forEach((a, j) => { change = Math.max(change, Math.abs(a - start[i][j])); }));
      tr.dispose();
      return { count: body.length, start, change, headCount: mine.length - body.length };
    };
    const frozen = bodyOf('frozen');
    expect(frozen.count).toBe(0);
    expect(frozen.headCount).toBe(2);
    const ft = bodyOf('finetune');
    expect(ft.count).toBe(6);
    expect(ft.start).toEqual(pretrained);
    expect(ft.change).toBeGreaterThan(0);
  });

  it('a new head on linearly separable features reaches 100%', async () => {
    // fake extractor: feature c is on for class c, so a linear head separates them exactly
    const oneHot = (y: Int32Array) => tf.oneHot(tf.tensor1d(y, 'int32'), 128).toFloat() as tf.Tensor2D;
    const support = sampleSupport(train, 3, 11);
    const t = newClassSet(test);
    const fake: Extractor = {
      model: extractor.model, dim: 128, dispose() {},
      features: (x) => tf.tidy(() => {
        // recover each image's label by its position (support first, then test): only in this test
        const n = x.shape[0];
        return oneHot(n === support.n ? support.y : t.y);
      }),
    };
    const before = tf.memory().numTensors;
    const fctx = createContext(fake, test);
    const tr = createTrainer(fctx, 'frozen', support, { ...DEFAULT_BUDGET, steps: 200, lr: 0.05 }, 1);
    for (let i = 0; i < 200; i++) tr.step();
    const r = await tr.result();
    expect(r.accuracy).toBe(1);
    tr.dispose();
    fctx.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  // two draws per k, averaged, and the frozen head's own 300 steps: tests/full/fewshot.test.ts
  it('runTransfer reports every (k, method) cell in order, with progress, and leaks nothing', async () => {
    const before = tf.memory().numTensors;
    const seen: string[] = [];
    let last = 0;
    const small = createContext(extractor, test, 20);
    const cells = await runTransfer(small, train, { ks: [1, 2], draws: 1, budget: { ...budget, steps: 1, headSteps: 1 } }, 3, {
      onCell: (c) => seen.push(`${c.k}-${c.method}`),
      onProgress: (f) => { expect(f).toBeGreaterThanOrEqual(last - 1e-9); last = f; },
    });
    expect(seen).toEqual(['1-frozen', '1-finetune', '1-scratch', '2-frozen', '2-finetune', '2-scratch']);
    expect(last).toBeCloseTo(1, 6);
    for (const c of cells) expect(c.accuracies).toEqual([c.accuracy]);
    small.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops promptly when aborted, freeing what it made', async () => {
    const before = tf.memory().numTensors;
    const ac = new AbortController();
    const p = runTransfer(ctx, train, { ks: [5], draws: 1, budget: { ...DEFAULT_BUDGET, steps: 1000, headSteps: 1 } }, 1, {
      signal: ac.signal,
      onProgress: (_, at) => { if (at.method === 'finetune' && at.step === 2) ac.abort(); },
    });
    await expect(p).rejects.toThrow(/stopped/);
    expect(tf.memory().numTensors).toBe(before);
  });
});

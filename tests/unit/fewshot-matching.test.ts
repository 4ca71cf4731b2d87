/**
 * Matching networks against hand-computed numbers: cosine attention on 2-D embeddings whose
 * cosines are 1, 0.6, 0 and 1, 0, −1 (softmax values written out below), ŷ as attention-weighted
 * labels, the stable log ŷ the loss uses equal to log of the formula, a query identical to a
 * support point gets the largest weight; episode sampling (N classes from the allowed set, k + q
 * distinct digits each, labels permuted, queries disjoint from the support); the evaluation rules
 * (1-NN on a similarity matrix, matching on it) on a toy pool; a tiny episodic run (the
 * effect, beating the untrained network, is in tests/full/fewshot.test.ts); and nothing leaks.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { IMAGE_PIXELS, type MnistSet } from '@/demos/data/mnist';
import {
  MATCHING_DEFAULTS, SEEN_CLASSES, UNSEEN_CLASSES, attention, cosine, createMatchingNet, episodeAccuracy, explainEpisodes,
  logYhatClassMajor, makePool, pixelNNAccuracy, featureNNAccuracy, pixels, predict, sampleEpisode, sampleEpisodes,
  setupMatching, supportOneHot, trainMatching, type Pool,
} from '@/demos/fewshot/matching';
import { mulberry32 } from '@/demos/runtime/rng';

let train: MnistSet, test: MnistSet;
beforeAll(async () => {
  [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
});

const arr = async (t: tf.Tensor) => Array.from(await t.data());

describe('the formulas, by hand', () => {
  it('a(x̂, x_i) = softmax(s · cos): cosines 1, 0.6, 0 at s = 2', async () => {
    const before = tf.memory().numTensors;
    const f = tf.tensor2d([[1, 0]]);
    const g = tf.tensor2d([[2, 0], [3, 4], [0, -1]]); // cos with [1, 0]: 1, 3/5, 0
    const c = cosine(f, g);
    expect((await arr(c)).map((v) => +v.toFixed(6))).toEqual([1, 0.6, 0]);
    // e^2, e^1.2, e^0 over their sum 11.70917…
    const a = attention(f, g, 2);
    const av = await arr(a);
    [0.6310485023, 0.2835483699, 0.0854031278].forEach((v, i) => expect(av[i]).toBeCloseTo(v, 6));
    expect(av.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6);
    // labels: x₁ and x₃ are class 0, x₂ class 1 → ŷ = [a₁ + a₃, a₂]
    const labels = tf.tensor2d([[1, 0], [0, 1], [1, 0]]);
    const y = predict(a, labels);
    const yv = await arr(y);
    expect(yv[0]).toBeCloseTo(0.6310485023 + 0.0854031278, 6);
    expect(yv[1]).toBeCloseTo(0.2835483699, 6);
    tf.dispose([f, g, c, a, labels, y]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('cosines 1, 0, −1 at s = 1: e, 1, 1/e over 4.0862; length does not matter, only direction', async () => {
    const f = tf.tensor2d([[0, 5]]);
    const g = tf.tensor2d([[0, 0.1], [7, 0], [0, -3]]);
    const a = attention(f, g, 1);
    const av = await arr(a);
    [0.6652409558, 0.2447284711, 0.0900305732].forEach((v, i) => expect(av[i]).toBeCloseTo(v, 6));
    tf.dispose([f, g, a]);
  });

  it('batched episodes, every row sums to 1, and a query equal to a support point gets the largest weight', async () => {
    const rand = mulberry32(3);
    const g = tf.tensor3d(Array.from({ length: 2 * 5 * 8 }, () => rand() - 0.5), [2, 5, 8]);
    // queries: copies of support point 3 of episode 0 and support point 1 of episode 1
    const gv = await g.array();
    const f = tf.tensor3d([[gv[0][3]], [gv[1][1]]]);
    const a = attention(f, g, 10);
    const av = (await a.array()) as number[][][];
    av.forEach((ep) => expect(ep[0].reduce((s, v) => s + v, 0)).toBeCloseTo(1, 5));
    expect(av[0][0].indexOf(Math.max(...av[0][0]))).toBe(3);
    expect(av[1][0].indexOf(Math.max(...av[1][0]))).toBe(1);
    tf.dispose([g, f, a]);
  });

  it('the loss’s stable log ŷ equals log of Σ a·y (class-major support, k = 2)', async () => {
    const logits = tf.tensor3d([[[3, 1, -2, 0.5, 2, 0], [0, 0, 1, 1, -1, 4]]]); // [1, 2 queries, N·k = 3·2]
    const direct = tf.log(predict(tf.softmax(logits), tf.expandDims(supportOneHot(3, 2), 0)));
    const stable = logYhatClassMajor(logits, 3, 2);
    const [dv, sv] = [await arr(direct), await arr(stable)];
    dv.forEach((v, i) => expect(sv[i]).toBeCloseTo(v, 5));
    expect(await arr(supportOneHot(2, 2))).toEqual([1, 0, 1, 0, 0, 1, 0, 1]);
    tf.dispose([logits, direct, stable]);
  });
});

describe('episodes', () => {
  it('N classes from the allowed set, k support and q query digits each, labels permuted, queries disjoint', () => {
    const pool = makePool(train, SEEN_CLASSES);
    expect([...pool.byClass.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    const rand = mulberry32(11);
    const firstClass = new Set<number>();
    for (let e = 0; e < 40; e++) {
      const ep = sampleEpisode(pool, [1, 2, 4, 5], 3, 2, 4, rand);
      expect(ep.classes).toHaveLength(3);
      expect(new Set(ep.classes).size).toBe(3);
      ep.classes.forEach((c) => expect([1, 2, 4, 5]).toContain(c));
      firstClass.add(ep.classes[0]);
      expect(ep.support).toHaveLength(6);
      expect(ep.query).toHaveLength(12);
      expect(ep.turns).toEqual([0, 0, 0]);
      const s = new Set(ep.support), q = new Set(ep.query);
      expect(s.size).toBe(6);
      expect(q.size).toBe(12);
      for (const i of q) expect(s.has(i)).toBe(false);
      ep.support.forEach((i, j) => expect(pool.labels[i]).toBe(ep.classes[Math.floor(j / 2)]));
      ep.query.forEach((i, j) => expect(pool.labels[i]).toBe(ep.classes[Math.floor(j / 4)]));
    }
    // label 0 is not always the same digit: the labels are permuted per episode
    expect(firstClass.size).toBeGreaterThan(2);
    expect(() => sampleEpisode(pool, [1, 2], 3, 1, 1, rand)).toThrow(/3-way/);
  });

  it('rotated classes: quarter turns as new classes, and the pixels turn', () => {
    const pool = makePool(train, [3], 5);
    const rand = mulberry32(2);
    const ep = sampleEpisode(pool, [3], 4, 1, 1, rand, 4);
    expect(ep.classes).toEqual([3, 3, 3, 3]);
    expect([...ep.turns].sort()).toEqual([0, 1, 2, 3]);
    const plain = pixels(pool, [0]);
    const half = pixels(pool, [0], undefined, 0, () => ({ turns: 2, dy: 0, dx: 0 }));
    for (let p = 0; p < IMAGE_PIXELS; p++) expect(half[p]).toBe(plain[IMAGE_PIXELS - 1 - p]);
    const quarter = pixels(pool, [0], undefined, 0, () => ({ turns: 1, dy: 0, dx: 0 }));
    // clockwise: the top row becomes the right column
    for (let x = 0; x < 28; x++) expect(quarter[x * 28 + 27]).toBe(plain[x]);
    const shifted = pixels(pool, [0], undefined, 0, () => ({ turns: 0, dy: 1, dx: 2 }));
    expect(shifted[10 * 28 + 12]).toBe(plain[9 * 28 + 10]);
  });

  it('test episodes: unseen digits from the held-out split only, fixed by their seed', () => {
    const pool = makePool(test, UNSEEN_CLASSES, 50);
    const a = sampleEpisodes(pool, UNSEEN_CLASSES, 4, 1, 5, 20, 7);
    const b = sampleEpisodes(pool, UNSEEN_CLASSES, 4, 1, 5, 20, 7);
    expect(a.map((e) => Array.from(e.support))).toEqual(b.map((e) => Array.from(e.support)));
    for (const e of a) [...e.support, ...e.query].forEach((i) => expect(pool.labels[i]).toBeGreaterThanOrEqual(6));
  });
});

describe('judging on episodes', () => {
  /** a toy pool: 2 classes × 3 digits, all-zero images but for one pixel */
  function toyPool(): Pool {
    const images = new Uint8Array(6 * IMAGE_PIXELS);
    [0, 0, 0, 1, 1, 1].forEach((c, i) => { images[i * IMAGE_PIXELS + c] = 255; images[i * IMAGE_PIXELS + 100 + i] = 60; });
    return { images, labels: Uint8Array.from([0, 0, 0, 1, 1, 1]), count: 6, byClass: new Map([[0, [0, 1, 2]], [1, [3, 4, 5]]]) };
  }

  it('1-NN and the matching rule on a similarity matrix', async () => {
    const pool = toyPool();
    // support 0 (class 0) and 3 (class 1); queries 1, 2 (class 0) and 4, 5 (class 1)
    const ep = { way: 2, shot: 1, queries: 2, classes: [0, 1], support: Int32Array.from([0, 3]), query: Int32Array.from([1, 2, 4, 5]), turns: [0, 0] };
    const x = tf.tensor2d(pixels(pool, [0, 1, 2, 3, 4, 5]), [6, IMAGE_PIXELS]);
    expect(await pixelNNAccuracy(x, [ep])).toBe(1);
    // swap the episode's labels in the queries' eyes: every prediction is now wrong
    const swapped = { ...ep, support: Int32Array.from([3, 0]) };
    expect(await pixelNNAccuracy(x, [swapped])).toBe(0);
    const sim = tf.tensor2d([
      [1, 0.9, 0.9, 0, 0, 0.95], [0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0], [0, 0, 0, 1, 0.9, 0.9], [0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0],
    ].map((r, i, m) => r.map((_, j) => Math.max(m[i][j], m[j][i]))));
    // query 5 is closer to support 0 (0.95) than to support 3 (0.9): 1-NN gets 3 of 4
    expect(await episodeAccuracy(sim, [ep], 'nn')).toBe(0.75);
    expect(await episodeAccuracy(sim, [ep], 10)).toBe(0.75);
    // features: the identity on pixels is the same toy problem with cosine
    expect(await featureNNAccuracy(x, [ep], (t) => tf.clone(t))).toBe(1);
    tf.dispose([x, sim]);
  });
});

describe('episodic training', () => {
  // the effect (40 steps beat the untrained network on unseen 6–9): tests/full/fewshot.test.ts
  it('a tiny run evaluates on schedule, explains episodes (attention and ŷ sum to 1), and leaks nothing', async () => {
    const before = tf.memory().numTensors;
    const ex = setupMatching(train, test, 4, 1, { count: 10, queries: 5, seed: 7 }, 20);
    const cfg = { ...MATCHING_DEFAULTS, sizes: [16, 8], steps: 4, jitter: 0, batch: 2, trainWay: 4, queries: 2, seed: 1 };
    const net = createMatchingNet(cfg.sizes, cfg.scale, cfg.seed);
    const points = await trainMatching(net, ex, cfg, { evalEvery: 2 });
    expect(points.map((p) => p.step)).toEqual([2, 4]);
    expect(points.map((p) => p.episodes)).toEqual([4, 8]);
    for (const p of points) {
      expect(Number.isFinite(p.loss)).toBe(true);
      expect(p.accuracy).toBeGreaterThanOrEqual(0);
      expect(p.accuracy).toBeLessThanOrEqual(1);
    }
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

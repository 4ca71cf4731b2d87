import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { runNas, NAS_QUICK, firstLast, pickForFullTraining, type NasSample } from '@/demos/automl/nas-controller';
import { createPolicy, gradLogProb, logProb, marginals, reinforce, samplePolicy, spearman } from '@/demos/automl/policy';
import { decode, DECISIONS, SPACE_SIZE } from '@/demos/automl/space';
import { mulberry32 } from '@/demos/runtime/rng';

describe('REINFORCE on a 2-choice policy, by hand', () => {
  const two = [{ key: 'pool' as const, values: [0, 1] }];

  it('∇ log π = onehot − softmax, and one step moves θ by η (R − b) ∇ log π', () => {
    const p = createPolicy(two);
    p.theta[0][0] = [0, Math.log(3)]; // softmax = [1/4, 3/4]
    expect(Math.exp(logProb(p, [0]))).toBeCloseTo(0.25, 10);
    // choosing option 0: ∇ = [1 − 1/4, 0 − 3/4]
    const g = gradLogProb(p, [0]);
    expect(g[0][0][0]).toBeCloseTo(0.75, 10);
    expect(g[0][0][1]).toBeCloseTo(-0.75, 10);
    // R = 0.9, b = 0.5, η = 2: θ += 2 · 0.4 · [0.75, −0.75] = [0.6, −0.6]
    const adv = reinforce(p, [0], 0.9, 0.5, 2);
    expect(adv).toBeCloseTo(0.4, 10);
    expect(p.theta[0][0][0]).toBeCloseTo(0.6, 10);
    expect(p.theta[0][0][1]).toBeCloseTo(Math.log(3) - 0.6, 10);
    // a reward below the baseline pushes the other way
    const q = createPolicy(two);
    reinforce(q, [1], 0.2, 0.5, 1); // ∇ = [−1/2, 1/2], adv −0.3: θ = [0.15, −0.15]
    expect(q.theta[0][0][0]).toBeCloseTo(0.15, 10);
    expect(q.theta[0][0][1]).toBeCloseTo(-0.15, 10);
  });

  it('matches a finite-difference gradient of log π on the full autoregressive policy', () => {
    const p = createPolicy(DECISIONS);
    const rand = mulberry32(5);
    p.theta.forEach((rows) => rows.forEach((r) => r.forEach((_, j) => { r[j] = rand() - 0.5; })));
    const c = samplePolicy(p, rand);
    const g = gradLogProb(p, c);
    const h = 1e-6;
    for (const [k, r, j] of [[0, 0, 1], [3, c[2], 0], [5, c[4], 2], [2, (c[1] + 1) % 3, 0]]) {
      const old = p.theta[k][r][j];
      p.theta[k][r][j] = old + h; const up = logProb(p, c);
      p.theta[k][r][j] = old - h; const down = logProb(p, c);
      p.theta[k][r][j] = old;
      expect(g[k][r][j]).toBeCloseTo((up - down) / (2 * h), 5);
    }
  });

  it('learns to prefer the rewarded option on a bandit, and marginals sum to one', () => {
    const p = createPolicy(DECISIONS);
    const rand = mulberry32(9);
    let b = NaN;
    for (let i = 0; i < 200; i++) {
      const c = samplePolicy(p, rand);
      const r = c[5] === 1 ? 0.9 : 0.3; // only the learning-rate decision matters
      const base = Number.isNaN(b) ? r : b;
      reinforce(p, c, r, base, 3);
      b = 0.8 * base + 0.2 * r;
    }
    const m = marginals(p);
    m.forEach((row) => expect(row.reduce((a, x) => a + x, 0)).toBeCloseTo(1, 10));
    expect(m[5][1]).toBeGreaterThan(0.9);
  });
});

describe('search-space and bookkeeping helpers', () => {
  it('counts the space, decodes, ranks and picks', () => {
    expect(SPACE_SIZE).toBe(324);
    expect(decode([1, 2, 1, 0, 1, 1])).toEqual({ k1: 3, f1: 8, pool: true, k2: 0, skip: false, lr: 0.01 });
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 10);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 10);
    expect(firstLast([0, 0, 1, 1], 2)).toEqual([0, 1]);
    const mk = (method: 'controller' | 'random', index: number, reward: number, k1: number): NasSample =>
      ({ method, index, choices: [], arch: { k1, f1: 2, pool: false, k2: 0, skip: false, lr: 0.01 }, reward, baseline: 0 });
    const picks = pickForFullTraining([mk('controller', 0, 0.5, 1), mk('random', 0, 0.7, 3), mk('controller', 1, 0.8, 5), mk('random', 1, 0.2, 1)], 4);
    expect(picks.map((p) => p.role)).toEqual(['best-controller', 'best-random', 'spread']);
    expect(picks[0].sample.reward).toBe(0.8);
  });
});

describe('nas-controller run', () => {
  it('runs a tiny search end to end, reports everything, and leaks nothing', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const before = tf.memory().numTensors;
    const r = await runNas(train, test, { ...NAS_QUICK, samples: 3, proxyDigits: 100, proxySteps: 3, valDigits: 50, fullSteps: 4, testDigits: 50, rankArchs: 3, seed: 1 });
    expect(r.samples.map((s) => s.method)).toEqual(['controller', 'random', 'controller', 'random', 'controller', 'random']);
    expect(r.full.length).toBeGreaterThanOrEqual(2);
    for (const x of [r.rewardFirst, r.rewardLast, r.bestController.full, r.bestRandom.full]) { expect(x).toBeGreaterThanOrEqual(0); expect(x).toBeLessThanOrEqual(1); }
    expect(Number.isFinite(r.rankCorr)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops when aborted, freeing what it made', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const before = tf.memory().numTensors;
    const ac = new AbortController();
    ac.abort();
    await expect(runNas(train, test, { ...NAS_QUICK, samples: 2, seed: 1 }, { signal: ac.signal })).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
  });
});

/**
 * Multi-task learning: the two setups' parameter budgets match (counted by formula and by the
 * variables themselves); the task B labels on hand-made images (a ring has a loop, a bar has
 * none, a gap opens the ring; ink sums; a / leans right, a \ left; parity of digits); both heads
 * of the shared network get gradients, and each separate net only from its own task; a tiny
 * sweep runs, returns accuracies in range, and leaks nothing; the verdict rule.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import type { MnistSet } from '@/demos/data/mnist';
import {
  MULTITASK_DEFAULTS, auxLabels, auxThresholds, holeSize, inkAmount, loopLabel, parityLabel, runMultiTaskSweep, separateModel,
  separateParams, separateWidth, sharedModel, sharedParams, slantOf, twoTaskLoss, verdict,
} from '@/demos/fewshot/multitask';

let train: MnistSet, test: MnistSet;
beforeAll(async () => {
  [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
});

/** a blank 28×28 image with the given (y, x) pixels set to 255 */
function image(points: [number, number][]): Uint8Array {
  const img = new Uint8Array(784);
  for (const [y, x] of points) img[y * 28 + x] = 255;
  return img;
}
/** the outline of a square from (y0, x0) to (y1, x1), 1 pixel thick */
function square(y0: number, x0: number, y1: number, x1: number): [number, number][] {
  const p: [number, number][] = [];
  for (let x = x0; x <= x1; x++) p.push([y0, x], [y1, x]);
  for (let y = y0; y <= y1; y++) p.push([y, x0], [y, x1]);
  return p;
}

describe('parameter budgets', () => {
  it('shared H and two separate nets of width ≈ H/2 match within 1%', () => {
    for (const H of [16, 32, 64, 128]) {
      const h = separateWidth(H);
      expect(Math.abs(separateParams(h) - sharedParams(H)) / sharedParams(H)).toBeLessThan(0.01);
    }
    // 784·32 + 32 + 32·10 + 10 + 32·2 + 2 = 25,516; two nets of 16: 2·(784·16 + 16) + 16·10 + 10 + 16·2 + 2 = 25,324
    expect(sharedParams(32)).toBe(25_516);
    expect(separateWidth(32)).toBe(16);
    expect(separateParams(16)).toBe(25_324);
    const s = sharedModel(32, 1), p = separateModel(16, 1);
    expect(s.numParams).toBe(25_516);
    expect(p.numParams).toBe(25_324);
    s.dispose(); p.dispose();
  });
});

describe('task B labels on hand-made images', () => {
  it('loops: a closed square has a hole, a bar or an open square does not', () => {
    const ring = image(square(8, 8, 18, 18));
    expect(holeSize(ring)).toBe(9 * 9); // the 9×9 inside
    expect(loopLabel(ring)).toBe(1);
    const open = image(square(8, 8, 18, 18).filter(([y, x]) => !(y === 8 && x === 13)));
    expect(holeSize(open)).toBe(0);
    expect(loopLabel(open)).toBe(0);
    const bar = image(Array.from({ length: 20 }, (_, i) => [4 + i, 14] as [number, number]));
    expect(loopLabel(bar)).toBe(0);
    const tiny = image(square(10, 10, 12, 12)); // a 1-pixel hole is a speck, not a loop
    expect(holeSize(tiny)).toBe(1);
    expect(loopLabel(tiny)).toBe(0);
  });

  it('ink, slant and parity', () => {
    expect(inkAmount(image([[1, 1], [2, 2], [3, 3]]))).toBe(3 * 255);
    const up = Array.from({ length: 15 }, (_, i) => [20 - i, 7 + i] as [number, number]); // /  top to the right
    const down = Array.from({ length: 15 }, (_, i) => [20 - i, 21 - i] as [number, number]); // \  top to the left
    expect(slantOf(image(up))).toBeCloseTo(1, 6);
    expect(slantOf(image(down))).toBeCloseTo(-1, 6);
    expect(slantOf(image(Array.from({ length: 15 }, (_, i) => [5 + i, 14] as [number, number])))).toBeCloseTo(0, 9);
    expect([0, 1, 2, 7, 8, 9].map(parityLabel)).toEqual([0, 1, 0, 1, 0, 1]);
  });

  it('on MNIST: parity is the digit’s; loops mostly on 0, 6, 8, 9; ink and slant split at the training median', () => {
    const th = auxThresholds(train);
    const parity = auxLabels(test, 'parity', th);
    for (let i = 0; i < 50; i++) expect(parity[i]).toBe(test.labels[i] % 2);
    const loop = auxLabels(train, 'loop', th);
    const share = (d: number) => { let s = 0, n = 0; for (let i = 0; i < train.count; i++) if (train.labels[i] === d) { s += loop[i]; n++; } return s / n; };
    for (const d of [0, 8]) expect(share(d)).toBeGreaterThan(0.8);
    for (const d of [1, 7]) expect(share(d)).toBeLessThan(0.05);
    for (const task of ['ink', 'slant'] as const) {
      const l = auxLabels(train, task, th);
      expect(Math.abs(l.reduce((a, b) => a + b, 0) / l.length - 0.5)).toBeLessThan(0.01);
    }
  });
});

describe('training', () => {
  it('both heads of the shared net get gradients; each separate net only from its own task', async () => {
    const x = tf.randomUniform([6, 784], 0, 1, 'float32', 1) as tf.Tensor2D;
    const ya = tf.tensor1d([0, 1, 2, 3, 4, 5], 'int32'), yb = tf.tensor1d([0, 1, 0, 1, 0, 1], 'int32');
    const zero = tf.tensor1d([0, 0, 0, 0, 0, 0], 'int32');
    const s = sharedModel(8, 1);
    const { grads } = tf.variableGrads(() => twoTaskLoss(s, x, ya, yb), s.vars);
    const norms = await Promise.all(s.vars.map((v) => tf.tidy(() => tf.norm(grads[v.name])).data()));
    norms.forEach((n) => expect(n[0]).toBeGreaterThan(0)); // trunk, head A, head B (biases too)
    tf.dispose(Object.values(grads));
    // task B only (task A's loss kept but its gradient is what we look at): the separate net A
    // does not move with B's labels; swap B's labels and A's gradients stay identical
    const p = separateModel(4, 1);
    const g1 = tf.variableGrads(() => twoTaskLoss(p, x, ya, yb), p.vars).grads;
    const g2 = tf.variableGrads(() => twoTaskLoss(p, x, ya, zero), p.vars).grads;
    const [aW1, aW2] = await Promise.all([g1[p.vars[0].name].data(), g2[p.vars[0].name].data()]);
    expect(Array.from(aW1)).toEqual(Array.from(aW2));
    const [bW1, bW2] = await Promise.all([g1[p.vars[4].name].data(), g2[p.vars[4].name].data()]);
    expect(Array.from(bW1)).not.toEqual(Array.from(bW2));
    tf.dispose([...Object.values(g1), ...Object.values(g2), x, ya, yb, zero]);
    s.dispose(); p.dispose();
  });

  // 60 steps on 300 test digits, accuracies well above chance: tests/full/fewshot.test.ts
  it('a tiny sweep: accuracies in range, parameters reported, nothing leaks', async () => {
    const before = tf.memory().numTensors;
    const rows: number[] = [];
    const r = await runMultiTaskSweep(train, test, {
      task: 'parity', sizes: [100], seeds: [1], cfg: { ...MULTITASK_DEFAULTS, steps: 5 }, testLimit: 50, onRow: (row) => rows.push(row.n),
    });
    expect(rows).toEqual([100]);
    const row = r.rows[0];
    for (const v of [row.shared.a, row.separate.a, row.shared.b, row.separate.b]) { expect(v).toBeGreaterThanOrEqual(0); expect(v).toBeLessThanOrEqual(1); }
    expect(row.diffA[0]).toBeCloseTo(row.shared.a - row.separate.a, 9);
    expect(r.paramsShared).toBe(sharedParams(MULTITASK_DEFAULTS.hidden));
    expect(r.paramsSeparate).toBe(separateParams(separateWidth(MULTITASK_DEFAULTS.hidden)));
    expect(tf.memory().numTensors).toBe(before);
  });

  it('verdicts: helped only when every seed agrees and the mean clears the margin', () => {
    expect(verdict([0.02, 0.015, 0.03])).toBe('helped');
    expect(verdict([0.05, -0.001, 0.03])).toBe('same');
    expect(verdict([-0.02, -0.03])).toBe('hurt');
    expect(verdict([0.005, 0.004])).toBe('same');
  });
});

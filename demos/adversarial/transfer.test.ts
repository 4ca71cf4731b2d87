/**
 * The transfer attack's pieces at toy size: a substitute learns a separable task and frees its
 * tensors; the target's answers come back as labels; the noise control and the attacks stay within
 * the ε-box; error rates are counted per target.
 */
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { craft, queryLabels, trainSubstitute, transferErrors } from './transfer';
import { cellCost, HEADLINE_EPS, headline, transferPlan, TRANSFER_DEFAULT, type Cell } from './transfer-experiment';

/** 60 "images": class = 1 when the first pixel is bright, else 0; other pixels random */
function toy() {
  const n = 60;
  const x = new Float32Array(n * 784);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = i % 2;
    for (let p = 0; p < 784; p++) x[i * 784 + p] = ((i * 7919 + p * 104729) % 1000) / 4000;
    x[i * 784] = y[i] ? 1 : 0;
  }
  return { x, y };
}

describe('transfer attack pieces', () => {
  it('a substitute learns a separable toy task and leaves only its weights', async () => {
    const { x, y } = toy();
    const before = tf.memory().numTensors;
    const sub = await trainSubstitute(x, y, [], { epochs: 30, batch: 20, lr: 0.05, seed: 1 });
    expect(tf.memory().numTensors).toBe(before + sub.vars.length);
    const labels = await queryLabels(sub.logits, x);
    expect(labels.reduce((s, l, i) => s + (l === y[i] ? 1 : 0), 0) / y.length).toBeGreaterThan(0.9);
    tf.dispose(sub.vars);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('noise, FGSM and PGD examples stay in the ε-box and [0, 1]; error rates per target', async () => {
    const { x, y } = toy();
    const W = tf.tidy(() => tf.zeros([784, 2]).add(tf.oneHot([0], 784).reshape([784, 1]).mul(tf.tensor2d([[-4, 4]]))));
    const b = tf.tensor1d([2, -2]); // boundary at pixel 0 = 0.5
    const model = (t: tf.Tensor) => tf.add(tf.matMul(t.reshape([-1, 784]) as tf.Tensor2D, W), b) as tf.Tensor2D;
    const xt = tf.tensor4d(x, [60, 28, 28, 1]);
    const yt = tf.tensor1d(y, 'int32');
    for (const kind of ['noise', 'fgsm', 'pgd'] as const) {
      const adv = craft(kind, model, xt, yt, 0.2, { pgdSteps: 3, seed: 1 });
      const d = tf.tidy(() => tf.sub(adv, xt).abs().max());
      expect(d.dataSync()[0]).toBeLessThanOrEqual(0.2 + 1e-6);
      expect(tf.min(adv).dataSync()[0]).toBeGreaterThanOrEqual(0);
      tf.dispose([adv, d]);
    }
    // the model reads only pixel 0; ε = 0.6 FGSM pushes it across 0.5 for every image
    const [clean, attacked] = [
      await transferErrors('fgsm', model, [model], x, y, 0, { pgdSteps: 1, seed: 0 }),
      await transferErrors('fgsm', model, [model], x, y, 0.6, { pgdSteps: 1, seed: 0 }),
    ];
    expect(clean[0]).toBe(0);
    expect(attacked[0]).toBe(1);
    tf.dispose([W, b, xt, yt]);
  });

  it('the plan reaches every headline cell before the sweep, and the headline takes the best substitute', () => {
    const plan = transferPlan(TRANSFER_DEFAULT);
    const firstSweep = plan.findIndex((p) => !p.matrix);
    expect(plan.slice(0, firstSweep).every((p) => p.eps === HEADLINE_EPS)).toBe(true);
    const cell = (source: Cell['source'], attack: Cell['attack'], e: number): Cell => ({ source, attack, eps: HEADLINE_EPS, errors: { target: e } });
    const cells = [cell('noise', 'fgsm', 0.05), cell('target', 'fgsm', 0.7), cell('target', 'pgd', 1), cell('mlp', 'fgsm', 0.2), cell('mlp', 'pgd', 0.1),
      cell('linear', 'fgsm', 0.15), cell('linear', 'pgd', 0.1)];
    expect(headline(cells)).toBeNull();
    expect(headline(cells, true)).toBeNull();
    cells.push(cell('cnn', 'fgsm', 0.4));
    // partial: every source has one attack, so the page may show the headline, marked incomplete
    expect(headline(cells)).toBeNull();
    expect(headline(cells, true)).toEqual({ transfer: 0.4, whitebox: 1, noise: 0.05, best: 'cnn', complete: false });
    cells.push(cell('cnn', 'pgd', 0.5));
    expect(headline(cells)).toEqual({ transfer: 0.5, whitebox: 1, noise: 0.05, best: 'cnn', complete: true });
    expect(headline(cells, true)).toEqual(headline(cells));
  });

  it('the partial headline comes after the FGSM cells, before any PGD through a CNN', () => {
    const plan = transferPlan(TRANSFER_DEFAULT);
    const cells: Cell[] = [];
    for (const p of plan) {
      cells.push({ source: p.source, attack: p.attack, eps: p.eps, errors: { target: 0.5 } });
      if (headline(cells, true)) break;
    }
    expect(cells.every((c) => c.attack === 'fgsm')).toBe(true);
    expect(plan.reduce((w, p) => w + cellCost(p, 10), 0)).toBeGreaterThan(3 * cells.reduce((w, c) => w + cellCost({ ...c, matrix: true }, 10), 0));
  });
});

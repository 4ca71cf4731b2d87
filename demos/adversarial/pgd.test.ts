/**
 * PGD's pieces by hand: the projection onto the ε-box ∩ [0, 1], one signed step, the random start,
 * and the whole attack on a linear model whose worst case is known in closed form.
 */
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { projectBox } from './fgsm';
import { correctCount, pgd, pgdStep, randomStart } from './pgd';

const arr = (t: tf.Tensor) => Array.from(t.dataSync());

describe('PGD', () => {
  it('projects onto the ε-box around x, then onto [0, 1] (hand-made example)', () => {
    const x = tf.tensor1d([0.5, 0.5, 0.05, 0.95, 0.3]);
    const z = tf.tensor1d([0.9, 0.1, -0.4, 1.3, 0.35]);
    // ε = 0.2: box [x−0.2, x+0.2] = [0.3,0.7], [0.3,0.7], [−0.15,0.25], [0.75,1.15], [0.1,0.5]
    const p = projectBox(z, x, 0.2);
    expect(arr(p)).toEqual([0.7, 0.3, 0, 1, 0.35].map((v) => expect.closeTo(v, 6)));
    tf.dispose([x, z, p]);
  });

  it('one step moves every pixel by α along the gradient sign, then projects', () => {
    const x = tf.tensor1d([0.5, 0.5, 0.5, 0.98]);
    const adv = tf.tensor1d([0.55, 0.45, 0.5, 0.98]);
    const g = tf.tensor1d([2, -3, 0, 5]);
    const next = pgdStep(adv, x, g, 0.1, 0.1);
    // 0.55+0.1 → 0.65 clipped to x+ε = 0.6; 0.45−0.1 = 0.35 → 0.4; sign(0) = 0; 0.98+0.1 → 1 (pixel range)
    expect(arr(next)).toEqual([0.6, 0.4, 0.5, 1].map((v) => expect.closeTo(v, 6)));
    tf.dispose([x, adv, g, next]);
  });

  it('the random start stays inside the ε-ball and [0, 1]', () => {
    const x = tf.tensor2d([[0, 0.5, 1, 0.2]]);
    const r = randomStart(x, 0.3, 5);
    const d = arr(tf.sub(r, x).abs());
    expect(Math.max(...d)).toBeLessThanOrEqual(0.3 + 1e-6);
    expect(Math.min(...arr(r))).toBeGreaterThanOrEqual(0);
    expect(Math.max(...arr(r))).toBeLessThanOrEqual(1);
    tf.dispose([x, r]);
  });

  it('on a linear model reaches the closed-form worst case, within the ball and [0, 1], without leaks', () => {
    // logits = x·W: class 0 scores Σx, class 1 scores −Σx. The loss of label 0 grows fastest along −1,
    // so the worst point in the box is clip(x − ε, 0, 1) in every pixel.
    const W = tf.tensor2d([[1, -1], [1, -1], [1, -1], [1, -1]]);
    const logits = (x: tf.Tensor) => tf.matMul(x.reshape([-1, 4]) as tf.Tensor2D, W) as tf.Tensor2D;
    const x = tf.tensor2d([[0.5, 0.1, 0.9, 0.3]]);
    const y = tf.tensor1d([0], 'int32');
    const before = tf.memory().numTensors;
    const adv = pgd(logits, x, y, { eps: 0.2, steps: 10, seed: 3 });
    expect(tf.memory().numTensors).toBe(before + 1);
    expect(arr(adv)).toEqual([0.3, 0, 0.7, 0.1].map((v) => expect.closeTo(v, 5)));
    // Σx̃ = 1.1 > 0: the budget is too small to flip this model, and correctCount says so
    const c = correctCount(logits, adv, y);
    expect(c.dataSync()[0]).toBe(1);
    tf.dispose([W, x, y, adv, c]);
  });

  it('with ε = 0 or zero steps returns x unchanged', () => {
    const x = tf.tensor2d([[0.2, 0.4]]);
    const y = tf.tensor1d([0], 'int32');
    const logits = (v: tf.Tensor) => v.reshape([-1, 2]) as tf.Tensor2D;
    const a = pgd(logits, x, y, { eps: 0, steps: 5 });
    const b = pgd(logits, x, y, { eps: 0.1, steps: 0 });
    expect(arr(a)).toEqual(arr(x));
    expect(arr(b)).toEqual(arr(x));
    tf.dispose([x, y, a, b]);
  });
});

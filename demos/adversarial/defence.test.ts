/**
 * The defence demos' wiring, fast (cpu backend, tiny linear classifiers): the purifiers' shapes,
 * that the defended classifier is CNN ∘ AE, that projection lowers ‖G(z) − x‖², that the adaptive
 * attacks' gradients go THROUGH the defence (non-zero and unlike the bare classifier's), PGD's box,
 * and no leaks. Full-size numbers: tests/full/adversarial-defence.test.ts.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { AE_DEFENCE_PARAMS, GEN_DEFENCE_PARAMS } from '@/components/demos/adversarial/defenceParams';
import { PUBLIC_DIR } from '@/demos/data/mnist-node';
import { loadModelNode } from '@/demos/models/load-node';
import { AE_EPS, evaluateAeDefence } from './aeDefence';
import { bpdaGrad, defended, pgdWith, plainGrad } from './defence';
import { DIGIT_GEN, buildDigitAe, buildDigitGen, imageFnOf } from './defenceModels';
import { inputGradient, type LogitsFn } from './fgsm';
import { GEN_EPS, PROJECT, evaluateGenDefence, project, tangentGrad } from './genDefence';

/** a fixed random linear classifier on 784 pixels */
function linear(seed: number) {
  const W = tf.randomNormal([784, 10], 0, 0.1, 'float32', seed);
  const logits: LogitsFn = (x) => tf.matMul(x.reshape([x.shape[0], 784]), W) as tf.Tensor2D;
  return { logits, dispose: () => W.dispose() };
}

const maxAbsDiff = (a: tf.Tensor, b: tf.Tensor) => tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]);

describe('purifier models', () => {
  it('the committed autoencoder maps images to images in [0, 1], under 500 KB', async () => {
    const ae = await loadModelNode('digit-ae');
    const x = tf.randomUniform([2, 28, 28, 1], 0, 1, 'float32', 3);
    const y = imageFnOf(ae)(x);
    expect(y.shape).toEqual([2, 28, 28, 1]);
    const [lo, hi] = [y.min().dataSync()[0], y.max().dataSync()[0]];
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThanOrEqual(1);
    tf.dispose([x, y]);
    ae.dispose();
    expect(statSync(path.join(PUBLIC_DIR, 'models/digit-ae/weights.bin')).size).toBeLessThan(500_000);
  });

  it('the committed generator maps z ∈ ℝ¹⁶ to images, under 500 KB', async () => {
    const gen = await loadModelNode('digit-gen');
    const z = tf.randomNormal([3, DIGIT_GEN.latent], 0, 1, 'float32', 4);
    const y = imageFnOf(gen)(z);
    expect(y.shape).toEqual([3, 28, 28, 1]);
    tf.dispose([z, y]);
    gen.dispose();
    expect(statSync(path.join(PUBLIC_DIR, 'models/digit-gen/weights.bin')).size).toBeLessThan(500_000);
  });

  it('the defended classifier is the classifier applied to the AE’s output', () => {
    const ae = buildDigitAe({ hidden: 8, seed: 1 });
    const { logits, dispose } = linear(2);
    const x = tf.randomUniform([4, 28, 28, 1], 0, 1, 'float32', 5);
    const a = defended(imageFnOf(ae), logits)(x);
    const b = logits(imageFnOf(ae)(x));
    expect(a.shape).toEqual([4, 10]);
    expect(maxAbsDiff(a, b)).toBe(0);
    expect(maxAbsDiff(a, logits(x))).toBeGreaterThan(1e-3);
    tf.dispose([a, b, x]);
    ae.dispose();
    dispose();
  });

  it('projection returns z*, G(z*) and per-image errors, and lowers ‖G(z) − x‖²', () => {
    const gen = buildDigitGen({ latent: 4, hidden: 16, seed: 2 });
    const G = imageFnOf(gen);
    // targets in the range of G: the best error is 0
    const x = tf.tidy(() => G(tf.randomNormal([3, 4], 0, 1, 'float32', 9)));
    const o = { restarts: 2, steps: 0, lr: 0.1, latent: 4, seed: 1 };
    const before = project(G, x, o);
    const after = project(G, x, { ...o, steps: 25 });
    expect(after.z.shape).toEqual([3, 4]);
    expect(after.xhat.shape).toEqual([3, 28, 28, 1]);
    expect(after.err.shape).toEqual([3]);
    const e0 = before.err.sum().dataSync()[0];
    const e1 = after.err.sum().dataSync()[0];
    expect(e1).toBeLessThan(0.5 * e0);
    // err is ‖G(z*) − x‖² of the image it returns
    const direct = tf.tidy(() => tf.sum(tf.square(tf.sub(after.xhat, x)), [1, 2, 3]));
    expect(maxAbsDiff(direct, after.err)).toBeLessThan(1e-3);
    tf.dispose([x, before.z, before.xhat, before.err, after.z, after.xhat, after.err, direct]);
    gen.dispose();
  });
});

describe('adaptive attacks differentiate through the defence', () => {
  it('the gradient through AE ∘ classifier is non-zero and differs from the bare classifier’s', () => {
    const ae = buildDigitAe({ hidden: 8, seed: 1 });
    const { logits, dispose } = linear(2);
    const x = tf.randomUniform([2, 28, 28, 1], 0, 1, 'float32', 6);
    const y = tf.tensor1d([3, 7], 'int32');
    const gPlain = plainGrad(logits, y)(x);
    const gThrough = plainGrad(defended(imageFnOf(ae), logits), y)(x);
    expect(tf.tidy(() => tf.max(tf.abs(gThrough)).dataSync()[0])).toBeGreaterThan(1e-6);
    expect(maxAbsDiff(gPlain, gThrough)).toBeGreaterThan(1e-4);
    // sign agreement well below 1: a different direction, not a rescaling
    const agree = tf.tidy(() => tf.mean(tf.cast(tf.equal(tf.sign(gPlain), tf.sign(gThrough)), 'float32')).dataSync()[0]);
    expect(agree).toBeLessThan(0.9);
    tf.dispose([x, y, gPlain, gThrough]);
    ae.dispose();
    dispose();
  });

  it('BPDA takes the classifier’s gradient at the projected image (non-zero, not the bare one at x)', () => {
    const gen = buildDigitGen({ latent: 4, hidden: 16, seed: 2 });
    const G = imageFnOf(gen);
    const { logits, dispose } = linear(3);
    const x = tf.randomUniform([2, 28, 28, 1], 0, 1, 'float32', 7);
    const y = tf.tensor1d([1, 5], 'int32');
    const purify = (t: tf.Tensor) => { const p = project(G, t, { restarts: 2, steps: 10, lr: 0.1, latent: 4, seed: 3 }); tf.dispose([p.z, p.err]); return p.xhat; };
    const g = bpdaGrad(purify, logits, y)(x);
    const xhat = purify(x);
    const want = inputGradient(logits, xhat, y);
    const bare = plainGrad(logits, y)(x);
    expect(maxAbsDiff(g, want)).toBeLessThan(1e-5);
    expect(tf.tidy(() => tf.max(tf.abs(g)).dataSync()[0])).toBeGreaterThan(1e-6);
    // a linear classifier's gradient is the same everywhere: the projection's effect shows through
    // the softmax weights, so compare with a non-linear purified point instead of x itself
    expect(maxAbsDiff(g, bare)).toBeGreaterThan(1e-5);
    tf.dispose([x, y, g, xhat, want, bare]);
    gen.dispose();
    dispose();
  });

  it('tangent BPDA pushes ∇_z L(f(G(z))) at z* through G: non-zero, unlike both the bare and the identity gradient', () => {
    const gen = buildDigitGen({ latent: 4, hidden: 16, seed: 2 });
    const G = imageFnOf(gen);
    const { logits, dispose } = linear(3);
    const x = tf.randomUniform([2, 28, 28, 1], 0, 1, 'float32', 7);
    const y = tf.tensor1d([1, 5], 'int32');
    const proj = (t: tf.Tensor) => project(G, t, { restarts: 2, steps: 10, lr: 0.1, latent: 4, seed: 3 });
    const g = tangentGrad(G, proj, logits, y)(x);
    const ident = bpdaGrad((t) => { const p = proj(t); tf.dispose([p.z, p.err]); return p.xhat; }, logits, y)(x);
    const bare = plainGrad(logits, y)(x);
    expect(g.shape).toEqual(x.shape);
    expect(tf.tidy(() => tf.max(tf.abs(g)).dataSync()[0])).toBeGreaterThan(1e-7);
    const cos = (a: tf.Tensor, b: tf.Tensor) => tf.tidy(() => tf.div(tf.sum(tf.mul(a, b)), tf.mul(tf.norm(a), tf.norm(b))).dataSync()[0]);
    expect(cos(g, ident)).toBeLessThan(0.99);
    expect(cos(g, bare)).toBeLessThan(0.99);
    tf.dispose([x, y, g, ident, bare]);
    gen.dispose();
    dispose();
  });

  it('PGD stays in the ε-box and in [0, 1]', () => {
    const { logits, dispose } = linear(4);
    const x = tf.randomUniform([3, 28, 28, 1], 0, 1, 'float32', 8);
    const y = tf.tensor1d([0, 1, 2], 'int32');
    const adv = pgdWith(plainGrad(logits, y), x, 0.1, 5);
    expect(maxAbsDiff(adv, x)).toBeLessThanOrEqual(0.1 + 1e-6);
    expect(adv.min().dataSync()[0]).toBeGreaterThanOrEqual(0);
    expect(adv.max().dataSync()[0]).toBeLessThanOrEqual(1);
    tf.dispose([x, y, adv]);
    dispose();
  });
});

describe('the evaluations', () => {
  it('defaults match the parameter schemas', () => {
    expect(AE_DEFENCE_PARAMS.eps.default).toBe(AE_EPS);
    expect(GEN_DEFENCE_PARAMS.eps.default).toBe(GEN_EPS);
    expect(GEN_DEFENCE_PARAMS.restarts.default).toBe(PROJECT.restarts);
    expect(GEN_DEFENCE_PARAMS.steps.default).toBe(PROJECT.steps);
  });

  it('run tiny, report accuracies in [0, 1], and leak nothing', async () => {
    const ae = buildDigitAe({ hidden: 8, seed: 1 });
    const gen = buildDigitGen({ latent: 4, hidden: 16, seed: 2 });
    const { logits, dispose } = linear(5);
    const images = Float32Array.from({ length: 4 * 784 }, (_, i) => ((i * 37) % 101) / 100);
    const labels = Uint8Array.from([0, 1, 2, 3]);
    const before = tf.memory().numTensors;
    const a = await evaluateAeDefence(logits, imageFnOf(ae), images, labels, { steps: 2, batch: 2 });
    const g = await evaluateGenDefence(logits, imageFnOf(gen), images, labels, { latent: 4, attackSteps: 2, project: { restarts: 2, steps: 3 }, batch: 2 });
    expect(tf.memory().numTensors).toBe(before);
    for (const v of [...Object.values(a.acc), ...Object.values(g.acc)]) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(1);
    expect(a.example?.images).toHaveLength(5);
    expect(g.example?.images).toHaveLength(6);
    expect(g.msPerImage).toBeGreaterThan(0);
    const ac = new AbortController();
    ac.abort();
    await expect(evaluateAeDefence(logits, imageFnOf(ae), images, labels, { signal: ac.signal })).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
    ae.dispose();
    gen.dispose();
    dispose();
  });
});

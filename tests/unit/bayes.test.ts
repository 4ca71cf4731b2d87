/**
 * MC dropout against hand-computed values: dropout is on in the stochastic passes (each unit is
 * 0 or scaled by 1/(1−p)) and off in the plain pass; the MC mean / variance and the entropy
 * decomposition match worked examples; the referral curve counts right; the demos' run steps
 * (fitPair, classifyRun) work on small runs and leak nothing; the link schemas clamp.
 * Full-size effects: tests/full/bayes.test.ts.
 */
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { mcPasses, mlpForward, mlpOf, predictiveEntropy, predictiveMoments, referralCurve, type Mlp } from '@/demos/bayes/mc';
import { DECAYS, fitPair, GRID, makePoints, REGRESSOR_DEFAULTS, stepsFor, type FitFrame } from '@/demos/bayes/regression';
import { classifyMetrics, classifyRun, countFor, heldOutImages, histogram, noiseImages, oodImages, rotateImage } from '@/demos/bayes/classify';
import { CLASSIFY_PARAMS, REGRESSION_PARAMS } from '@/components/demos/bayes/params';
import { readParams } from '@/demos/runtime/schema';
import { buildMcMlp } from '@/demos/models/mc-mlp';
import type { MnistSet } from '@/demos/data/mnist';

/** n seeded random 'digits' with labels 0..9 in turn: enough for the run's bookkeeping */
function fakeDigits(n: number): MnistSet {
  const images = Uint8Array.from({ length: n * 784 }, (_, i) => (i * 2654435761) % 256);
  return { images, labels: Uint8Array.from({ length: n }, (_, i) => i % 10), count: n };
}

/** identity-ish net: 2 inputs → 4 hidden (ReLU, dropout) → 4 outputs = the hidden values */
function probeNet(): Mlp {
  return {
    layers: [
      { kernel: tf.tensor2d([[1, 2, 3, 4], [0, 0, 0, 0]]), bias: tf.zeros([4]) as tf.Tensor1D },
      { kernel: tf.eye(4) as tf.Tensor2D, bias: tf.zeros([4]) as tf.Tensor1D },
    ],
  };
}
const disposeNet = (n: Mlp) => n.layers.forEach((l) => tf.dispose([l.kernel, l.bias]));

describe('MC dropout passes', () => {
  it('the plain pass has dropout off: exactly the deterministic network', async () => {
    const net = probeNet();
    const x = tf.tensor2d([[1, 5]]);
    const a = await mlpForward(net, x, 0.5).data();
    const b = await mlpForward(net, x, 0.5).data();
    expect(Array.from(a)).toEqual([1, 2, 3, 4]);
    expect(Array.from(b)).toEqual([1, 2, 3, 4]);
    x.dispose();
    disposeNet(net);
  });

  it('stochastic passes have dropout on: each unit is 0 or scaled by 1/(1−p), passes differ', async () => {
    const net = probeNet();
    const x = tf.tensor2d([[1, 5]]);
    const before = tf.memory().numTensors;
    const p = 0.5;
    const samples = mcPasses(net, x, 200, p, 42);
    expect(samples.shape).toEqual([200, 1, 4]);
    const v = await samples.data();
    let zeros = 0;
    const distinct = new Set<string>();
    for (let t = 0; t < 200; t++) {
      const row = Array.from(v.slice(t * 4, t * 4 + 4));
      distinct.add(row.join(','));
      row.forEach((u, j) => {
        if (u === 0) zeros++;
        else expect(u).toBeCloseTo((j + 1) / (1 - p), 5);
      });
    }
    // about half the units dropped, and many different sub-networks sampled
    expect(zeros / 800).toBeGreaterThan(0.4);
    expect(zeros / 800).toBeLessThan(0.6);
    expect(distinct.size).toBeGreaterThan(8);
    // the MC mean of an inverted-dropout layer is unbiased: ≈ the plain pass
    const mean = await tf.mean(samples, 0).data();
    [1, 2, 3, 4].forEach((u, j) => expect(Math.abs(mean[j] - u) / u).toBeLessThan(0.25));
    samples.dispose();
    // same seed, same samples (reproducible with ?seed=)
    const again = mcPasses(net, x, 200, p, 42);
    expect(Array.from(await again.data())).toEqual(Array.from(v));
    again.dispose();
    expect(tf.memory().numTensors).toBe(before + 1); // the mean tensor above, read and left on purpose
    x.dispose();
    disposeNet(net);
  });

  it('mlpOf reads a layers model\'s dense layers so the plain pass equals model.predict', async () => {
    const model = buildMcMlp({ hidden: [8, 6], rate: 0.5, seed: 3 });
    const x = tf.randomUniform([3, 28, 28, 1], 0, 1, 'float32', 5);
    const viaModel = await tf.softmax(mlpForward(mlpOf(model), tf.reshape(x, [3, 784]) as tf.Tensor2D)).data();
    const viaLayers = await (model.predict(x) as tf.Tensor).data();
    viaModel.forEach((v, i) => expect(v).toBeCloseTo(viaLayers[i], 5));
    model.dispose();
  });
});

describe('MC estimators', () => {
  it('predictive mean and variance match a worked example', async () => {
    // T = 3 samples of N = 2 outputs: columns (1, 3, 5) and (2, 4, 9)
    const s = tf.tensor2d([[1, 2], [3, 4], [5, 9]]);
    const { mean, variance } = predictiveMoments(s);
    const m = await mean.data(), v = await variance.data();
    expect(m[0]).toBeCloseTo(3, 6);
    expect(m[1]).toBeCloseTo(5, 6);
    // (1 + 9 + 25)/3 − 9 = 8/3 ; (4 + 16 + 81)/3 − 25 = 26/3
    expect(v[0]).toBeCloseTo(8 / 3, 4);
    expect(v[1]).toBeCloseTo(26 / 3, 4);
    tf.dispose([s, mean, variance]);
  });

  it('entropy splits into expected entropy (aleatoric) + mutual information (epistemic)', async () => {
    // two confident passes that disagree: mean (0.5, 0.5) → H = ln 2; each pass H(0.9, 0.1)
    const probs = tf.tensor3d([[[0.9, 0.1], [0.5, 0.5]], [[0.1, 0.9], [0.5, 0.5]]]);
    const r = predictiveEntropy(probs);
    const [h, e, mi] = await Promise.all([r.entropy.data(), r.expected.data(), r.mutualInfo.data()]);
    const h91 = -(0.9 * Math.log(0.9) + 0.1 * Math.log(0.1));
    expect(h[0]).toBeCloseTo(Math.log(2), 5);
    expect(e[0]).toBeCloseTo(h91, 5);
    expect(mi[0]).toBeCloseTo(Math.log(2) - h91, 5);
    // passes that agree on (0.5, 0.5): all of the entropy is aleatoric, none epistemic
    expect(h[1]).toBeCloseTo(Math.log(2), 5);
    expect(mi[1]).toBeCloseTo(0, 5);
    tf.dispose([probs, r.mean, r.entropy, r.expected, r.mutualInfo]);
  });

  it('the referral curve keeps the most certain and counts their accuracy', () => {
    const entropy = [0.1, 0.9, 0.2, 0.8, 0.3, 0.7];
    const correct = [1, 0, 1, 0, 1, 1];
    const c = referralCurve(entropy, correct, [0, 0.5, 1 / 3]);
    expect(c[0]).toEqual({ referred: 0, accuracy: 4 / 6, kept: 6 });
    expect(c[1]).toEqual({ referred: 0.5, accuracy: 1, kept: 3 }); // 0.1, 0.2, 0.3: all right
    expect(c[2].kept).toBe(4); // + 0.7 (right)
    expect(c[2].accuracy).toBe(1);
  });
});

describe('the regression fit (small: the full-size band is in tests/full/bayes.test.ts)', () => {
  it('fitPair trains both nets, reads a frame every showEvery steps, learns, and leaks nothing', async () => {
    const points = makePoints(1);
    const before = tf.memory().numTensors;
    const frames: FitFrame[] = [];
    const progress: number[] = [];
    const last = await fitPair({ points, rate: 0.2, T: 5, weightDecay: 1e-4, seed: 2, steps: 20, showEvery: 10, onFrame: (f) => frames.push(f), onProgress: (f) => progress.push(f) });
    expect(frames.map((f) => f.step)).toEqual([10, 20]);
    expect(last).toBe(frames[1]);
    expect(progress).toHaveLength(20);
    expect(progress[19]).toBe(1);
    expect(last!.mean).toHaveLength(GRID.length);
    expect(last!.loss).toBeLessThan(frames[0].loss);
    expect(Array.from(last!.std).every((s) => Number.isFinite(s) && s >= 0)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('p = 0: every pass is the same, so the band is exactly zero and the mean is the twin', async () => {
    const last = (await fitPair({ points: makePoints(3), rate: 0, T: 10, weightDecay: 1e-4, seed: 1, steps: 10, showEvery: 10 }))!;
    expect(Array.from(last.std).every((s) => s === 0)).toBe(true);
    expect(Array.from(last.mean)).toEqual(Array.from(last.plain));
  });

  it('a stopped fit throws AbortError and still leaks nothing', async () => {
    const before = tf.memory().numTensors;
    const ctrl = new AbortController();
    const run = fitPair({ points: makePoints(1), rate: 0.2, T: 5, weightDecay: 0, seed: 1, steps: 1000, showEvery: 5, signal: ctrl.signal, onFrame: () => ctrl.abort() });
    await expect(run).rejects.toThrow('stopped');
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('the parameter schemas', () => {
  it('p defaults to the regressor\'s rate; the decay choices include its weight decay', () => {
    expect(REGRESSION_PARAMS.p.default).toBe(REGRESSOR_DEFAULTS.rate);
    expect(DECAYS).toContain(REGRESSOR_DEFAULTS.weightDecay);
    expect(stepsFor(false)).toBe(2000);
    expect(stepsFor(true)).toBe(300);
  });

  it('hostile links are clamped with a notice each (p = 7 → 0.5, T = −1 → 2, angle = 999 → 180)', () => {
    const reg = readParams(REGRESSION_PARAMS, new Map([['p', '7'], ['T', '-1']]), 'en', false);
    expect(reg.values).toEqual({ p: 0.5, T: 2 });
    expect(reg.notices).toHaveLength(2);
    const cls = readParams(CLASSIFY_PARAMS, new Map([['angle', '999'], ['digit', '12.6']]), 'en', false);
    expect(cls.values).toEqual({ digit: 13, angle: 180 });
    expect(cls.notices).toHaveLength(1);
    expect(cls.notices[0].values).toMatchObject({ name: 'rotation angle', value: '999', used: 180 });
  });
});

describe('out-of-distribution inputs', () => {
  it('rotation by 90° maps (x, y) to the rotated place, and 360° is the identity', () => {
    const img = new Float32Array(28 * 28);
    img[5 * 28 + 20] = 1; // row 5, col 20: right of centre, near the top
    const r = rotateImage(img, 90);
    // counter-clockwise by 90° about (13.5, 13.5): (x 20, y 5) → (x 5, y 7)
    let best = 0;
    for (let i = 1; i < r.length; i++) if (r[i] > r[best]) best = i;
    expect([best % 28, Math.floor(best / 28)]).toEqual([5, 7]);
    const full = rotateImage(img, 360);
    full.forEach((v, i) => expect(v).toBeCloseTo(img[i], 4));
  });

  it('histogram bins values over [0, max]', () => {
    expect(histogram([0, 0.1, 0.5, 0.99, 5], 4, 1)).toEqual([2, 0, 1, 2]);
  });

  it('the run\'s inputs: held-out digits in order; half noise, half digits turned 90°', () => {
    const test = fakeDigits(4);
    const held = heldOutImages(test, 3);
    expect(held).toHaveLength(3 * 784);
    expect(held[784 + 5]).toBeCloseTo(test.images[784 + 5] / 255, 6);
    const ood = oodImages(test, 4, 9);
    expect(Array.from(ood.subarray(0, 2 * 784))).toEqual(Array.from(noiseImages(2, 9)));
    const all = heldOutImages(test, 4);
    expect(Array.from(ood.subarray(3 * 784))).toEqual(Array.from(rotateImage(all.subarray(3 * 784), 90)));
  });
});

describe('the classification run (small: the committed model at full size is in tests/full)', () => {
  it('classifyRun evaluates n digits and n OOD inputs, reports the page\'s metrics, and leaks nothing', async () => {
    const model = buildMcMlp({ hidden: [8, 6], rate: 0.5, seed: 3 });
    const net = mlpOf(model);
    const before = tf.memory().numTensors;
    const progress: number[] = [];
    const r = await classifyRun(net, fakeDigits(12), { count: 10, rate: 0.5, seed: 1, onProgress: (f) => progress.push(f) });
    expect(tf.memory().numTensors).toBe(before);
    expect(r.test.count).toBe(10);
    expect(r.ood.count).toBe(10);
    expect(progress[progress.length - 1]).toBe(1);
    expect(r.curve.map((c) => c.referred)).toHaveLength(10);
    const m = classifyMetrics(r);
    expect(m.digits).toBe(10);
    expect(m.T).toBe(50);
    for (const v of Object.values(m)) expect(Number.isFinite(v)).toBe(true);
    expect(countFor(true)).toBe(200);
    expect(countFor(false)).toBe(1000);
    model.dispose();
  });
});

/**
 * The Bayesian deep learning demos' effects at the size the pages run them, with the same
 * demos/bayes code: the regression band is wider far from the data than on it (and absent at
 * p = 0), and the committed MC-dropout MLP is less certain about out-of-distribution inputs than
 * about held-out digits, and more accurate on its most certain half.
 */
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { classifyMetrics, classifyRun, countFor } from '@/demos/bayes/classify';
import { mlpOf } from '@/demos/bayes/mc';
import { bandWidths, createRegressor, fitPair, GRID, makePoints, REGRESSOR_DEFAULTS, stepsFor } from '@/demos/bayes/regression';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { MC_MLP } from '@/demos/models/mc-mlp';
import { loadModelNode } from '@/demos/models/load-node';
import { DEFAULT_SEED } from '@/demos/runtime/rng';

describe('the regression MLP', () => {
  it('fits its points, its band is wider far from them than on them, and nothing leaks', async () => {
    const points = makePoints(1);
    const before = tf.memory().numTensors;
    const reg = createRegressor({ ...REGRESSOR_DEFAULTS, seed: 2 });
    const x = tf.tensor2d(points.map((p) => [p.x]));
    const y = tf.tensor2d(points.map((p) => [p.y]));
    const first = reg.step(x, y);
    const loss0 = (await first.data())[0];
    first.dispose();
    for (let i = 0; i < 600; i++) reg.step(x, y).dispose();
    const last = reg.step(x, y);
    const loss1 = (await last.data())[0];
    last.dispose();
    expect(loss1).toBeLessThan(loss0 / 3);
    const gridValues = Array.from({ length: 121 }, (_, i) => -3 + i * 0.05);
    const grid = tf.tensor2d(gridValues.map((g) => [g]));
    const { mean, std } = reg.predict(grid, 100);
    const w = bandWidths(gridValues, await std.data(), points);
    expect(w.far).toBeGreaterThan(w.inData);
    tf.dispose([x, y, grid, mean, std]);
    reg.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

// the demo's run on its default settings and the page's default seed, as the page computes it
const fitDemo = async (quick: boolean, rate: number = REGRESSOR_DEFAULTS.rate) => {
  const points = makePoints(DEFAULT_SEED);
  const last = await fitPair({ points, rate, T: 50, weightDecay: REGRESSOR_DEFAULTS.weightDecay, seed: DEFAULT_SEED, steps: stepsFor(quick) });
  return bandWidths(GRID, last!.std, points);
};

describe('MC-dropout regression demo (fitPair)', () => {
  for (const quick of [true, false]) {
    it(`${stepsFor(quick)} steps: the band far from the data (|x| > 2) is clearly wider than on it`, async () => {
      const w = await fitDemo(quick);
      expect(w.inData).toBeGreaterThan(0);
      expect(w.far).toBeGreaterThan(1.3 * w.inData);
    });
  }

  it('p = 0 leaves no band at all', async () => {
    const w = await fitDemo(true, 0);
    expect(w.far).toBe(0);
    expect(w.inData).toBe(0);
  });
});

describe('MC-dropout classification demo (classifyRun, committed mnist-mc)', () => {
  for (const quick of [true, false]) {
    const n = countFor(quick);
    it(`${n} held-out digits + ${n} OOD inputs: OOD entropy > 2× held-out; the certain half is more accurate`, async () => {
      const [model, test] = await Promise.all([loadModelNode('mnist-mc'), loadMnistNode('test')]);
      const r = classifyMetrics(await classifyRun(mlpOf(model), test, { count: n, rate: MC_MLP.rate, seed: DEFAULT_SEED }));
      model.dispose();
      expect(r.digits).toBe(n);
      expect(r['entropy-ood']).toBeGreaterThan(2 * r['entropy-test']);
      expect(r['acc-all']).toBeGreaterThan(0.9);
      expect(r['acc-certain50']).toBeGreaterThan(r['acc-all']);
    });
  }
});

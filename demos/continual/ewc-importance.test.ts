import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { uploadSplitData } from '@/demos/continual/data';
import { IMPORTANCE_DEFAULTS, runImportance } from '@/demos/continual/ewc-importance';
import { drift } from '@/demos/continual/mlp';
import { SPLIT_DEFAULTS } from '@/demos/continual/split-mnist';
import { IMPORTANCE_PARAMS, SPLITMNIST_PARAMS } from '@/components/demos/continual/params';

describe('ewc-importance', () => {
  it('drift: ‖θ − θ*‖ and √Σ F(θ − θ*)² by hand', () => {
    // θ − θ* = (3, 4), F = (1, 0.25): plain 5, weighted √(9 + 4) = √13
    const d = drift([tf.tensor1d([3, 5])], [tf.tensor1d([0, 1])], [tf.tensor1d([1, 0.25])]).dataSync();
    expect(d[0]).toBeCloseTo(5, 5);
    expect(d[1]).toBeCloseTo(Math.sqrt(13), 5);
  });

  it('the link defaults match the maths defaults', () => {
    expect(SPLITMNIST_PARAMS.lambda.default).toBe(SPLIT_DEFAULTS.lambda);
    expect(SPLITMNIST_PARAMS.buffer.default).toBe(SPLIT_DEFAULTS.buffer);
    expect(SPLITMNIST_PARAMS.steps.default).toBe(SPLIT_DEFAULTS.steps);
    expect(SPLITMNIST_PARAMS.scenario.default).toBe(SPLIT_DEFAULTS.scenario);
    expect(IMPORTANCE_PARAMS.lambda.default).toBe(IMPORTANCE_DEFAULTS.lambda);
    expect(IMPORTANCE_PARAMS.steps.default).toBe(IMPORTANCE_DEFAULTS.steps);
  });

  it('a tiny run: EWC drifts less in the Fisher metric than naive, and nothing leaks', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const data = uploadSplitData(train, test, { trainPerTask: 100, testPerTask: 40, evalPerTask: 20 });
    const before = tf.memory().numTensors;
    const r = await runImportance(data, { ...IMPORTANCE_DEFAULTS, hidden: 16, stepsA: 15, steps: 10, every: 5, fisherSamples: 50, batch: 16, lambda: 1e5, seed: 1 });
    expect(r.pixel.length).toBe(784);
    expect(r.units.length).toBe(8);
    expect(r.curve.map((p) => p.step)).toEqual([0, 5, 10]);
    const last = r.curve[2];
    expect(last.weighted[1]).toBeLessThan(last.weighted[0]);
    expect(tf.memory().numTensors).toBe(before);
    data.dispose();
  });
});

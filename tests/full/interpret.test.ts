/**
 * The interpretability lecture's effects at full size, on the committed digit CNN and the same
 * demos/interpret code the pages run with their default (non-quick) workloads: 200 ascent steps,
 * dissection over all 2,000 held-out digits, LRP on test digit 0 across ε. (CAM localisation over
 * 500 canvases is measured in tests/full/models.test.ts, beside the committed digit-cam.)
 */
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LRP_EPS } from '@/components/demos/interpret/params';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { imageAsFloats, type MnistSet } from '@/demos/data/mnist';
import { actMaxOptions, ACTMAX_DEFAULTS, createActMax, DIGIT_CLASSES } from '@/demos/interpret/actmax';
import { dissect, dissectionNet } from '@/demos/interpret/dissection';
import { explainOne } from '@/demos/interpret/lrp';
import { logitsOf } from '@/demos/models/load';
import { loadModelNode } from '@/demos/models/load-node';

let model: tf.LayersModel;
let test: MnistSet;
beforeAll(async () => {
  [model, test] = await Promise.all([loadModelNode('digit-cnn'), loadMnistNode('test')]);
});
afterAll(() => model.dispose());

describe('interpretability at full size', () => {
  it('activation maximisation: after 200 steps the network is on average > 50% sure of each class image', async () => {
    const before = tf.memory().numTensors;
    const am = createActMax(logitsOf(model), DIGIT_CLASSES, 28, actMaxOptions({ lambda: ACTMAX_DEFAULTS.lambda, jitter: true, blur: true }, 1));
    const start = await am.read();
    for (let i = 0; i < 200; i++) am.step();
    const end = await am.read();
    am.dispose();
    expect(tf.memory().numTensors).toBe(before);
    const mean = (a: Float32Array) => a.reduce((s, v) => s + v, 0) / a.length;
    expect(mean(start.prob)).toBeLessThan(0.5);
    expect(mean(end.prob)).toBeGreaterThan(0.5);
  });

  it('dissection over 2,000 digits: class selectivity rises from conv1 to the last conv layer', async () => {
    const { ops, layers } = dissectionNet(model);
    const r = await dissect(ops, layers, test, { limit: 2000, k: 50 });
    expect(r.map((x) => x.layer)).toEqual(['conv1', 'conv2', 'features']);
    expect(r[0].images).toBe(2000);
    expect(r[0].meanSelectivity).toBeGreaterThan(0.1);
    expect(r[2].meanSelectivity).toBeGreaterThan(r[0].meanSelectivity);
  });

  it('LRP on test digit 0: near-conserved at ε ≈ 0, and a large ε absorbs more of the score', async () => {
    const ops = dissectionNet(model).ops;
    const x = imageAsFloats(test, 0);
    const conservation = async (eps: number) => {
      const r = await explainOne(ops, x, null, eps);
      expect(r.sums.length).toBe(ops.length + 1); // f_c, then the input of every layer
      return r.sums[r.sums.length - 1] / r.sums[0];
    };
    const small = await conservation(LRP_EPS[0]);
    expect(small).toBeGreaterThan(0.5);
    expect(small).toBeLessThan(1.5);
    expect(await conservation(LRP_EPS[LRP_EPS.length - 1])).toBeLessThan(small);
  });
});

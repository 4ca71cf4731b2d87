/**
 * Full tier: the committed models against their metrics.json on the whole held-out split, and the
 * papers' effects on them (FGSM at ε = 0.25, CAM localisation on 500 canvases). The unit tier keeps
 * a quick check of each (tests/unit/models.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { fgsm } from '@/demos/adversarial/fgsm';
import { batchAsFloats } from '@/demos/data/mnist';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { evaluateAccuracy } from '@/demos/models/evaluate';
import { logitsOf } from '@/demos/models/load';
import { loadModelNode } from '@/demos/models/load-node';
import { clutteredTestSet } from '@/demos/data/clutter';
import { camNet, localisation } from '@/demos/interpret/cam';

const loadCommitted = (name = 'digit-cnn') => loadModelNode(name);

describe.each(['digit-cnn', 'digit-cnn-noise'])('the committed %s', (name) => {
  it('is as accurate on the held-out split as its metrics.json says (≥ 97%), in ≤ 500 KB', async () => {
    const dir = path.resolve('public/models', name);
    const metrics = JSON.parse(readFileSync(path.join(dir, 'metrics.json'), 'utf8'));
    expect(readFileSync(path.join(dir, 'weights.bin')).byteLength).toBeLessThanOrEqual(500 * 1024);
    const model = await loadCommitted(name);
    const test = await loadMnistNode('test');
    const acc = await evaluateAccuracy(model, test);
    expect(acc).toBeCloseTo(metrics.testAccuracy, 3);
    expect(acc).toBeGreaterThanOrEqual(0.97);
    // the CAM-ready ending: global average pooling straight into the logits
    expect(model.layers.map((l) => l.getClassName())).toEqual(expect.arrayContaining(['GlobalAveragePooling2D', 'Dense']));
    model.dispose();
  });
});

describe('FGSM against the committed models', () => {
  it('the plain CNN loses most of its accuracy at ε = 0.25, and nothing leaks', async () => {
    const model = await loadCommitted();
    const logits = logitsOf(model);
    const test = await loadMnistNode('test');
    const { x, y, n } = batchAsFloats(test, 0, 100);
    const before = tf.memory().numTensors;
    const correct = tf.tidy(() => {
      const xs = tf.tensor4d(x, [n, 28, 28, 1]);
      const ys = tf.tensor1d(y, 'int32');
      const { adv } = fgsm(logits, xs, ys, 0.25);
      return tf.equal(logits(adv).argMax(1), ys).sum().arraySync() as number;
    });
    expect(tf.memory().numTensors).toBe(before);
    expect(correct / n).toBeLessThan(0.3);
    model.dispose();
  });

  it('the noise-trained CNN shrugs off random ±0.25 noise, yet FGSM still breaks it', async () => {
    const model = await loadCommitted('digit-cnn-noise');
    const logits = logitsOf(model);
    const test = await loadMnistNode('test');
    const { x, y, n } = batchAsFloats(test, 0, 100);
    const [adv, rnd] = tf.tidy(() => {
      const xs = tf.tensor4d(x, [n, 28, 28, 1]);
      const ys = tf.tensor1d(y, 'int32');
      const hits = (z: tf.Tensor) => tf.equal(logits(z).argMax(1), ys).sum().arraySync() as number;
      const noise = tf.sign(tf.sub(tf.randomUniform(xs.shape, 0, 1, 'float32', 5), 0.5));
      return [hits(fgsm(logits, xs, ys, 0.25).adv), hits(tf.clipByValue(tf.add(xs, tf.mul(0.25, noise)), 0, 1))];
    });
    expect(rnd / n).toBeGreaterThan(0.9);
    expect(adv / n).toBeLessThan(0.6);
    model.dispose();
  });
});

describe('the committed digit-cam (CAM on cluttered digits)', () => {
  it('localises as its metrics.json says (≥ 85% of 500 held-out canvases), from labels alone', async () => {
    const dir = path.resolve('public/models/digit-cam');
    const metrics = JSON.parse(readFileSync(path.join(dir, 'metrics.json'), 'utf8'));
    expect(readFileSync(path.join(dir, 'weights.bin')).byteLength).toBeLessThanOrEqual(500 * 1024);
    const model = await loadCommitted('digit-cam');
    const test = await loadMnistNode('test');
    const r = await localisation(camNet(model), clutteredTestSet(test, 500));
    expect(r.rate).toBeCloseTo(metrics.localisation, 3);
    expect(r.accuracy).toBeCloseTo(metrics.testAccuracy, 3);
    expect(r.rate).toBeGreaterThanOrEqual(0.85);
    model.dispose();
  }, 120_000);
});

describe('the committed mnist-mc (MC dropout)', () => {
  it('has the plain-pass accuracy its metrics.json says, and dropout after every hidden layer', async () => {
    const dir = path.resolve('public/models/mnist-mc');
    const metrics = JSON.parse(readFileSync(path.join(dir, 'metrics.json'), 'utf8'));
    const model = await loadCommitted('mnist-mc');
    const test = await loadMnistNode('test');
    expect(await evaluateAccuracy(model, test)).toBeCloseTo(metrics.testAccuracy, 3);
    expect(metrics.testAccuracy).toBeGreaterThanOrEqual(0.95);
    const kinds = model.layers.map((l) => l.getClassName());
    expect(kinds.filter((k) => k === 'Dropout')).toHaveLength(kinds.filter((k) => k === 'Dense').length - 1);
    model.dispose();
  });
});

/**
 * The committed models, quickly: each loads in Node from public/models, is small, has the shape
 * the demos rely on, and classifies the first 200 held-out digits about as well as its metrics.json
 * says. The whole split and the papers' effects on these models are in tests/full/models.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { batchAsFloats } from '@/demos/data/mnist';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { loadModelNode } from '@/demos/models/load-node';

const N = 100;

describe.each([
  ['digit-cnn', ['GlobalAveragePooling2D', 'Dense'], 500],
  ['digit-cnn-noise', ['GlobalAveragePooling2D', 'Dense'], 500],
  ['mnist-mc', ['Dropout', 'Dense'], 1000],
] as const)('the committed %s', (name, layers, kb) => {
  it(`loads, is ≤ ${kb} KB, has its layers, and gets the first ${N} held-out digits about as right as its metrics.json`, async () => {
    const dir = path.resolve('public/models', name);
    const metrics = JSON.parse(readFileSync(path.join(dir, 'metrics.json'), 'utf8'));
    expect(readFileSync(path.join(dir, 'weights.bin')).byteLength).toBeLessThanOrEqual(kb * 1024);
    const model = await loadModelNode(name);
    expect(model.layers.map((l) => l.getClassName())).toEqual(expect.arrayContaining([...layers]));
    const test = await loadMnistNode('test');
    const { x, y, n } = batchAsFloats(test, 0, N);
    const before = tf.memory().numTensors;
    const correct = tf.tidy(() => {
      const shape = model.inputs[0].shape.length === 2 ? [n, 784] : [n, 28, 28, 1];
      const out = model.predict(tf.tensor(x, shape)) as tf.Tensor;
      return tf.equal(out.argMax(1), tf.tensor1d(y, 'int32')).sum().arraySync() as number;
    });
    expect(tf.memory().numTensors).toBe(before);
    // 100 digits: within 5 points of the whole split's accuracy
    expect(correct / n).toBeGreaterThan(metrics.testAccuracy - 0.05);
    model.dispose();
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { fgsm } from '@/demos/adversarial/fgsm';
import { batchAsFloats } from '@/demos/data/mnist';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { evaluateAccuracy } from '@/demos/models/evaluate';
import { logitsOf } from '@/demos/models/load';

const dir = path.resolve('public/models/digit-cnn');

/** Loads the committed model from disk (the browser fetches the same two files). */
async function loadCommitted() {
  const json = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8'));
  const weights = readFileSync(path.join(dir, 'weights.bin'));
  return tf.loadLayersModel(tf.io.fromMemory({
    modelTopology: json.modelTopology,
    weightSpecs: json.weightsManifest[0].weights,
    weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
  }));
}

describe('the committed digit CNN', () => {
  it('is as accurate on the held-out split as its metrics.json says (≥ 97%), in ≤ 500 KB', async () => {
    const metrics = JSON.parse(readFileSync(path.join(dir, 'metrics.json'), 'utf8'));
    expect(readFileSync(path.join(dir, 'weights.bin')).byteLength).toBeLessThanOrEqual(500 * 1024);
    const model = await loadCommitted();
    const test = await loadMnistNode('test');
    const acc = await evaluateAccuracy(model, test);
    expect(acc).toBeCloseTo(metrics.testAccuracy, 3);
    expect(acc).toBeGreaterThanOrEqual(0.97);
    // the CAM-ready ending: global average pooling straight into the logits
    expect(model.layers.map((l) => l.getClassName())).toEqual(expect.arrayContaining(['GlobalAveragePooling2D', 'Dense']));
    model.dispose();
  });

  it('loses most of its accuracy to FGSM at ε = 0.25, and leaks no tensors', async () => {
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
});

/**
 * PGD and adversarial training at full size, on WASM, with the committed models: under PGD at
 * ε = 0.3 the adversarially trained model (public/models/digit-cnn-pgd, Madry et al.'s recipe) keeps
 * robust accuracy far above the ordinarily trained digit CNN's. The page's default workload (200
 * held-out digits, 10 steps), plus a stronger 40-step attack with two seeds for the random start.
 */
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { batchAsFloats, type MnistSet } from '@/demos/data/mnist';
import { logitsOf } from '@/demos/models/load';
import { loadModelNode } from '@/demos/models/load-node';
import { robustAccuracy } from '@/demos/adversarial/pgd';

let std: tf.LayersModel;
let adv: tf.LayersModel;
let test: MnistSet;
beforeAll(async () => {
  setWasmPaths(path.resolve('node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/');
  await tf.setBackend('wasm');
  await tf.ready();
  [std, adv, test] = await Promise.all([loadModelNode('digit-cnn'), loadModelNode('digit-cnn-pgd'), loadMnistNode('test')]);
});
afterAll(() => { std.dispose(); adv.dispose(); });

describe('PGD vs adversarial training at full size', () => {
  for (const [steps, seed] of [[10, 1234], [40, 1234], [40, 7]] as const) {
    it(`PGD-${steps} (seed ${seed}) at ε = 0.3 on 200 digits: the adversarially trained model stays far more accurate`, async () => {
      const { x, y } = batchAsFloats(test, 0, 200);
      const before = tf.memory().numTensors;
      const t0 = Date.now();
      const [s0, s3] = await robustAccuracy(logitsOf(std), x, y, [0, 0.3], { steps, seed });
      const [a0, a3] = await robustAccuracy(logitsOf(adv), x, y, [0, 0.3], { steps, seed });
      expect(tf.memory().numTensors).toBe(before);
      console.log(`PGD-${steps} seed ${seed}: standard clean ${(s0 * 100).toFixed(1)}% robust ${(s3 * 100).toFixed(1)}%; adversarially trained clean ${(a0 * 100).toFixed(1)}% robust ${(a3 * 100).toFixed(1)}% (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
      expect(s3).toBeLessThan(0.05);
      expect(a3).toBeGreaterThan(s3 + 0.25);
    });
  }
});

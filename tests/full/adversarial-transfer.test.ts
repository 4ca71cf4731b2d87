/**
 * Black-box transfer at full size (the page's default workload: 200 evaluation digits, substitutes
 * trained on the attacker's own 1,000 digits), on WASM, two seeds: the error a transferred attack
 * causes on the target CNN (digit-cnn-noise) at ε = 0.25 sits well above same-size random noise and below the
 * white-box attack on the target itself (Papernot et al. 2016/2017).
 */
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { batchAsFloats } from '@/demos/data/mnist';
import { logitsOf } from '@/demos/models/load';
import { loadModelNode } from '@/demos/models/load-node';
import { TRANSFER_DEFAULT, headline, runTransfer, type TransferData } from '@/demos/adversarial/transfer-experiment';

let models: tf.LayersModel[] = [];
let data: TransferData;
beforeAll(async () => {
  setWasmPaths(path.resolve('node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/');
  await tf.setBackend('wasm');
  await tf.ready();
  const [target, cnn, test] = await Promise.all([loadModelNode('digit-cnn-noise'), loadModelNode('digit-cnn'), loadMnistNode('test')]);
  models = [target, cnn];
  const { x, y } = batchAsFloats(test, 0, test.count);
  data = { target: logitsOf(target), attackerCnn: logitsOf(cnn), images: x, labels: y };
});
afterAll(() => models.forEach((m) => m.dispose()));

describe('black-box transfer attack at full size', () => {
  for (const seed of [1234, 7]) {
    it(`seed ${seed}: transfer error at ε = 0.25 is well above noise and below white-box`, async () => {
      const before = tf.memory().numTensors;
      const t0 = Date.now();
      const { cells, substitutes } = await runTransfer(data, { ...TRANSFER_DEFAULT, seed, sweep: false }, (e) => {
        if (e.kind === 'substitutes') console.log(`seed ${seed}: substitutes' accuracy`, e.accuracy, 'query agreement', e.agreement.toFixed(3));
      });
      substitutes.forEach((s) => tf.dispose(s.vars));
      const h = headline(cells)!;
      for (const c of cells) console.log(`seed ${seed}: ${c.source} ${c.attack} ε=${c.eps}`, Object.entries(c.errors).map(([k, v]) => `${k} ${(v! * 100).toFixed(1)}%`).join(', '));
      console.log(`seed ${seed}: transfer ${(h.transfer * 100).toFixed(1)}% (from ${h.best}), white-box ${(h.whitebox * 100).toFixed(1)}%, noise ${(h.noise * 100).toFixed(1)}% (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
      expect(tf.memory().numTensors).toBe(before);
      expect(h.transfer).toBeGreaterThan(h.noise + 0.15);
      expect(h.transfer).toBeLessThan(h.whitebox);
    });
  }
});

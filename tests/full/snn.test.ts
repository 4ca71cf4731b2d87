/**
 * The spiking-network demo at full size (npm run test:full), on the WASM backend the pages use:
 * the default run (400 steps of 32 digits, T = 4) for three seeds, scored on all 2,000 held-out
 * digits; the done-when line is ≥ 0.90 test accuracy. Also the accuracy/spikes-vs-T sweep and the
 * LIF f–I curve over a wider parameter grid.
 */
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MnistSet } from '@/demos/data/mnist';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { fiCurrents, fiCurve, LIF_DEFAULTS } from '@/demos/snn/lif-neuron';
import { createSnn, scoreSnn, SNN_DEFAULTS, SWEEP_STEPS, trainSnn, uploadSnnData } from '@/demos/snn/snn-train';

let train: MnistSet;
let test: MnistSet;
beforeAll(async () => {
  setWasmPaths(path.resolve('node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/');
  await tf.setBackend('wasm');
  await tf.ready();
  [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
});

describe('snn-train, default run', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: ≥ 0.90 on all 2,000 held-out digits`, async () => {
      expect(tf.getBackend()).toBe('wasm');
      const data = uploadSnnData(train, test, SNN_DEFAULTS.trainDigits, SNN_DEFAULTS.testDigits);
      const net = createSnn(seed);
      const t0 = performance.now();
      const curve = await trainSnn(net, data, { ...SNN_DEFAULTS, seed });
      const s = await scoreSnn(net, data, SNN_DEFAULTS.timeSteps, 12_345);
      const ms = performance.now() - t0;
      const sweep = [];
      for (const T of SWEEP_STEPS) sweep.push({ T, ...(await scoreSnn(net, data, T, 777, 500)) });
      console.log(JSON.stringify({ seed, testAcc: s.accuracy, spikesPerImage: s.spikesPerImage, inputSpikes: s.inputSpikesPerImage, msHeadline: Math.round(ms), firstPoint: curve[0], sweep: sweep.map((p) => [p.T, p.accuracy, Math.round(p.spikesPerImage)]) }));
      net.dispose();
      data.dispose();
      expect(s.accuracy).toBeGreaterThanOrEqual(0.9);
    });
  }
});

describe('lif-neuron f–I curve', () => {
  it('simulated matches analytic over a grid of τ and t_ref', () => {
    for (const tau of [2, 5, 10, 20, 50]) for (const tRef of [0, 1, 2, 5]) {
      for (const p of fiCurve({ ...LIF_DEFAULTS, tau, tRef }, fiCurrents(5, 50))) {
        expect(Math.abs(p.simulated - p.analytic)).toBeLessThanOrEqual(0.02 * p.analytic + 0.6);
      }
    }
  });
});

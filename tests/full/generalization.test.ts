/**
 * The lecture's three effects at the page's default size, on WASM as the page runs them, two seeds each:
 * random labels memorised (train ≥ 0.95) with test accuracy near chance (Zhang et al. 2017); the
 * double-descent peak at the interpolation threshold p ≈ n (Belkin et al. 2019); the rewound
 * winning ticket beating the re-initialised one at ≤ 10% of the weights (Frankle & Carbin 2019).
 * Numbers are logged for the report.
 */
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MnistSet } from '@/demos/data/mnist';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { DOUBLEDESCENT_DEFAULTS, runDoubleDescent, summarise } from '@/demos/generalization/double-descent';
import { LOTTERY_DEFAULTS, runLottery, uploadLotteryData } from '@/demos/generalization/lottery';
import { RANDOMLABELS_DEFAULTS, trainRandomLabels, uploadRandomLabelsData } from '@/demos/generalization/random-labels';

let train: MnistSet, test: MnistSet;
beforeAll(async () => {
  setWasmPaths(path.resolve('node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/');
  await tf.setBackend('wasm');
  [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
});
const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);

describe('generalization, full size', () => {
  for (const seed of [1, 2]) {
    it(`random labels are memorised, and test accuracy stays near chance (seed ${seed})`, async () => {
      const t0 = performance.now();
      const d = uploadRandomLabelsData(train, test, RANDOMLABELS_DEFAULTS.trainDigits, RANDOMLABELS_DEFAULTS.testDigits, 'labels', seed);
      const r = await trainRandomLabels(d, { ...RANDOMLABELS_DEFAULTS, regulariser: 'none', seed });
      d.dispose();
      const last = r.curve[r.curve.length - 1];
      console.log(`random-labels seed ${seed}: ${JSON.stringify(last)} fit epochs true ${r.fitEpochTrue} random ${r.fitEpochBad} (${seconds(t0)} s)`);
      expect(last.trainBad).toBeGreaterThanOrEqual(0.95);
      expect(last.testBad).toBeLessThan(0.2);
      expect(last.testTrue).toBeGreaterThan(0.8);
    });
  }

  for (const seed of [1, 2]) {
    it(`the test error peaks at the interpolation threshold (seed ${seed})`, async () => {
      const t0 = performance.now();
      const c = await runDoubleDescent(train, test, { ...DOUBLEDESCENT_DEFAULTS, seed });
      const s = summarise(c)!;
      console.log(`double-descent seed ${seed}: ${JSON.stringify(s)} (${seconds(t0)} s)`);
      const n = DOUBLEDESCENT_DEFAULTS.nTrain;
      expect(s.peakParams).toBeGreaterThanOrEqual(0.8 * n);
      expect(s.peakParams).toBeLessThanOrEqual(1.25 * n);
      expect(s.errAtPeak).toBeGreaterThan(s.errSmall);
      expect(s.errAtPeak).toBeGreaterThan(s.errLarge);
      expect(s.errLarge).toBeLessThan(s.errSmall);
    });
  }

  for (const seed of [1, 2]) {
    it(`at ≤ 10% of the weights the rewound ticket beats re-initialisation (seed ${seed})`, async () => {
      const t0 = performance.now();
      const d = uploadLotteryData(train, test, LOTTERY_DEFAULTS.trainDigits, LOTTERY_DEFAULTS.testDigits);
      const pts = await runLottery(d, { ...LOTTERY_DEFAULTS, seed });
      d.dispose();
      const last = pts[pts.length - 1];
      console.log(`lottery seed ${seed}: ${pts.map((p) => `${(p.weightsLeft * 100).toFixed(1)}%: ${p.winning}/${p.reinit}/${p.random}`).join('; ')} (${seconds(t0)} s)`);
      expect(last.weightsLeft).toBeLessThanOrEqual(0.1);
      expect(last.winning).toBeGreaterThan(last.reinit);
      expect(last.winning).toBeGreaterThan(last.random);
    });
  }
});

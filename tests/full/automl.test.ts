/**
 * The automl lecture's "done when", at the pages' default settings, on WASM: the controller's
 * mean reward rises (last 10 > first 10) and both bests are reported after retraining; DARTS's
 * softmax(α) leaves uniform and the retrained cell is reported beside a random cell. Seeds 1–3 for
 * the controller (the page's seed is 1234 by default; any seed must show the rise), 1–2 for DARTS.
 * Numbers and CPU seconds are logged for the lecture's note.
 */
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import type { MnistSet } from '@/demos/data/mnist';
import { NAS_DEFAULTS, runNas } from '@/demos/automl/nas-controller';
import { DARTS_DEFAULTS, runDarts } from '@/demos/automl/darts';
import { describe as describeArch } from '@/demos/automl/space';

let train: MnistSet, test: MnistSet;

beforeAll(async () => {
  setWasmPaths(path.resolve('node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/');
  await tf.setBackend('wasm');
  await tf.ready();
  [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
});

const cpu = () => process.cpuUsage().user / 1e6;

describe('automl at full size (WASM)', () => {
  it('nas-controller: the controller’s mean reward rises; both bests reported after retraining', async () => {
    const rises: boolean[] = [];
    for (const seed of [1, 2, 3]) {
      const c0 = cpu(), t0 = performance.now();
      const before = tf.memory().numTensors;
      const r = await runNas(train, test, { ...NAS_DEFAULTS, seed });
      console.log(`[nas seed ${seed}] reward-first ${r.rewardFirst.toFixed(3)} reward-last ${r.rewardLast.toFixed(3)} ` +
        `best-controller ${r.bestController.full.toFixed(4)} (${describeArch(r.bestController.arch)}, proxy ${r.bestController.proxy.toFixed(3)}) ` +
        `best-random ${r.bestRandom.full.toFixed(4)} (${describeArch(r.bestRandom.arch)}, proxy ${r.bestRandom.proxy.toFixed(3)}) ` +
        `rank-corr ${r.rankCorr.toFixed(2)} over ${r.full.length}; cpu ${(cpu() - c0).toFixed(1)} s, wall ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      rises.push(r.rewardLast > r.rewardFirst);
      for (const v of [r.bestController.full, r.bestRandom.full]) { expect(v).toBeGreaterThan(0.5); expect(v).toBeLessThanOrEqual(1); }
      expect(Number.isFinite(r.rankCorr)).toBe(true);
      expect(tf.memory().numTensors).toBe(before);
    }
    expect(rises.every(Boolean)).toBe(true);
  });

  it('darts: softmax(α) leaves uniform; the retrained cell is reported beside a random cell', async () => {
    for (const seed of [1, 2]) {
      const c0 = cpu(), t0 = performance.now();
      const r = await runDarts(train, test, { ...DARTS_DEFAULTS, seed });
      console.log(`[darts seed ${seed}] departure ${r.departure.toFixed(3)} cell ${r.cell.join(',')} (skip edges ${r.skipEdges}/6) ` +
        `acc-darts ${r.accDarts.toFixed(4)} random cell ${r.random.join(',')} acc-random-cell ${r.accRandom.toFixed(4)}; ` +
        `cpu ${(cpu() - c0).toFixed(1)} s, wall ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      expect(r.departure).toBeGreaterThan(0.1);
      for (const v of [r.accDarts, r.accRandom]) { expect(v).toBeGreaterThan(0.5); expect(v).toBeLessThanOrEqual(1); }
    }
  });
});

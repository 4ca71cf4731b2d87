/**
 * The continual lecture's "done when", at the page's default setting (2 × 100 ReLU MLP, 60 Adam
 * steps of 64 digits per task, 200 replayed digits), over three seeds, on WASM: the table the MDX
 * and the note quote beside van de Ven & Tolias (2019), Table 4 (split MNIST).
 */
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { uploadSplitData, type SplitData } from '@/demos/continual/data';
import { METHODS, runSplitMnist, SPLIT_DATA, SPLIT_DEFAULTS, type Method, type Scenario } from '@/demos/continual/split-mnist';

const SEEDS = [1, 2, 3];
let data: SplitData;

beforeAll(async () => {
  setWasmPaths(path.resolve('node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/');
  await tf.setBackend('wasm');
  await tf.ready();
  const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
  data = uploadSplitData(train, test, SPLIT_DATA);
});

async function table(scenario: Scenario) {
  const sums = Object.fromEntries(METHODS.map((m) => [m, 0])) as Record<Method, number>;
  for (const seed of SEEDS) {
    const t0 = performance.now();
    const r = await runSplitMnist(data, { ...SPLIT_DEFAULTS, scenario, seed });
    console.log(`${scenario}-IL seed ${seed} (${((performance.now() - t0) / 1000).toFixed(1)} s):`, METHODS.map((m) => `${m} ${r.average[m].toFixed(3)}`).join(', '));
    for (const m of METHODS) sums[m] += r.average[m] / SEEDS.length;
  }
  console.log(`${scenario}-IL mean of ${SEEDS.length} seeds:`, METHODS.map((m) => `${m} ${sums[m].toFixed(3)}`).join(', '));
  return sums;
}

describe('split MNIST (van de Ven & Tolias 2019, Table 4)', () => {
  it('task-incremental: EWC, LwF and replay each beat naive fine-tuning', async () => {
    const a = await table('task');
    expect(a.ewc).toBeGreaterThan(a.naive);
    expect(a.lwf).toBeGreaterThan(a.naive);
    expect(a.replay).toBeGreaterThan(a.naive);
  });

  it('class-incremental: naive forgets, replay beats it by 0.3, joint is best', async () => {
    const a = await table('class');
    expect(a.naive).toBeLessThanOrEqual(0.35);
    expect(a.replay - a.naive).toBeGreaterThanOrEqual(0.3);
    for (const m of METHODS) if (m !== 'joint') expect(a.joint).toBeGreaterThan(a[m]);
  });
});

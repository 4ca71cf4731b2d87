/**
 * The ethics demos at the size the page runs them, on WASM (the pages' backend), seeds 1–3:
 * fairness — equal-opportunity thresholds shrink the TPR gap that one threshold leaves between
 * the faded, under-represented group B and group A; rare-cases — the committed digit CNN loses
 * accuracy on inputs it never saw while staying confident, and the marked-trained perceptron
 * leans on the mark (worse than its clean-trained twin once the mark is gone).
 */
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import type { MnistSet } from '@/demos/data/mnist';
import { FAIRNESS_DEFAULTS, trainFairness, uploadFairnessData } from '@/demos/ethics/fairness';
import { evaluateTransforms, RARE_DEFAULTS } from '@/demos/ethics/rare';
import { SHORTCUT_DEFAULTS, trainShortcut, uploadShortcutData } from '@/demos/ethics/shortcut';
import { loadModelNode } from '@/demos/models/load-node';
import { logitsOf } from '@/demos/models/load';

const SEEDS = [1, 2, 3];
let train: MnistSet;
let test: MnistSet;

beforeAll(async () => {
  setWasmPaths(path.resolve('node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/');
  await tf.setBackend('wasm');
  await tf.ready();
  [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
});

const f3 = (v: number) => v.toFixed(3);

describe('fairness at the page default', () => {
  it('equal-opportunity thresholds shrink the TPR gap (mean over seeds and in most seeds)', async () => {
    const o = FAIRNESS_DEFAULTS;
    const gaps: [number, number][] = [];
    for (const seed of SEEDS) {
      const t0 = performance.now();
      const data = uploadFairnessData(train, test, o.trainDigits, o.testDigits, o.shareB);
      const r = await trainFairness(data, { ...o, seed });
      data.dispose();
      const { single, parity, opportunity } = r.outcomes;
      console.log(`fairness seed ${seed} (${Math.round(performance.now() - t0)} ms): errA/errB single ${f3(single.a.err)}/${f3(single.b.err)} ` +
        `tpr-gap single ${f3(single.tprGap)} parity ${f3(parity.tprGap)} EO ${f3(opportunity.tprGap)} · err-gap single ${f3(single.errGap)} EO ${f3(opportunity.errGap)} · ` +
        `acc single ${f3(single.acc)} parity ${f3(parity.acc)} EO ${f3(opportunity.acc)} · ppv EO ${f3(opportunity.a.ppv)}/${f3(opportunity.b.ppv)}`);
      expect(single.b.err).toBeGreaterThan(single.a.err);
      gaps.push([single.tprGap, opportunity.tprGap]);
    }
    const mean = (i: 0 | 1) => gaps.reduce((s, g) => s + g[i], 0) / gaps.length;
    expect(mean(1)).toBeLessThan(mean(0));
    expect(gaps.filter(([s, e]) => e < s).length).toBeGreaterThanOrEqual(2);
  });
});

describe('rare cases at the page default', () => {
  it('the digit CNN is confidently wrong on inverted digits, and worse on every transform', async () => {
    const model = await loadModelNode('digit-cnn');
    const t0 = performance.now();
    const r = await evaluateTransforms(logitsOf(model), test, { ...RARE_DEFAULTS, seed: 1 });
    model.dispose();
    for (const x of r) console.log(`cnn ${x.transform}: acc ${f3(x.acc)} conf ${f3(x.conf)} confidently-wrong ${f3(x.confidentWrong)}`);
    console.log(`cnn transforms: ${Math.round(performance.now() - t0)} ms`);
    const by = Object.fromEntries(r.map((x) => [x.transform, x]));
    expect(by.clean.acc).toBeGreaterThan(0.95);
    for (const t of ['invert', 'rot90', 'rot180']) expect(by[t].acc).toBeLessThan(by.clean.acc - 0.3);
    expect(by.invert.confidentWrong).toBeGreaterThan(0.1);
  });

  it('the marked-trained net leans on the mark', async () => {
    for (const seed of SEEDS) {
      const t0 = performance.now();
      const d = uploadShortcutData(train, test, SHORTCUT_DEFAULTS.trainDigits, SHORTCUT_DEFAULTS.testDigits, 0.95, seed);
      const r = await trainShortcut(d, { ...SHORTCUT_DEFAULTS, seed });
      d.dispose();
      console.log(`shortcut seed ${seed} (${Math.round(performance.now() - t0)} ms): marked ${f3(r.marked)} clean ${f3(r.clean)} swapped ${f3(r.swapped)} follows ${f3(r.followsMark)} twin ${f3(r.plain)}`);
      expect(r.marked).toBeGreaterThan(0.98);
      expect(r.clean).toBeLessThan(r.plain);
      expect(r.followsMark).toBeGreaterThan(0.3);
    }
  });
});

/**
 * The ssl demos at full size, on WASM like the browser (npm run test:full):
 * - rotation-probe's default run: pretext accuracy far above chance (25%), and the rotation
 *   features' linear probe beats the random network's at k = 10, mean over 3 label draws;
 * - masked-lm's default run on each corpus: top-1 on all held-out targets beats the unigram guess.
 * The numbers are printed for the lecture's "what we measured" lines.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { createMlm, MLM_DEFAULTS, prepareCorpus, scoreMlm, trainMlm } from '@/demos/ssl/masked-lm';
import { uploadSslData } from '@/demos/ssl/probe';
import { ROTATION_DEFAULTS, runRotationProbe } from '@/demos/ssl/rotation-probe';

beforeAll(async () => {
  setWasmPaths(path.resolve('node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/');
  await tf.setBackend('wasm');
});

describe('ssl at full size', () => {
  it('rotation features beat random features at k = 10 (mean of 3 draws)', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const data = uploadSslData(train, test, ROTATION_DEFAULTS.poolDigits, ROTATION_DEFAULTS.testDigits);
    const t0 = performance.now();
    // CPU time: on this shared, loaded machine a better guess of the idle wall time
    const c0 = process.cpuUsage();
    const cpu = () => { const d = process.cpuUsage(c0); return Math.round((d.user + d.system) / 1000); };
    let first = 0;
    let cpuFirst = 0;
    let headline = 0;
    let cpuHeadline = 0;
    const r = await runRotationProbe(data, { ...ROTATION_DEFAULTS, seed: 1 }, {
      onRandom: () => { first = performance.now() - t0; cpuFirst = cpu(); },
      onHeadline: () => { headline = performance.now() - t0; cpuHeadline = cpu(); },
    });
    console.log('rotation-probe', JSON.stringify({ ...r, curve: r.curve }), { msFirst: Math.round(first), cpuFirst, msHeadline: Math.round(headline), cpuHeadline, msTotal: Math.round(performance.now() - t0), cpuTotal: cpu() });
    data.dispose();
    expect(r.pretext).toBeGreaterThan(0.8);
    expect(r.rotationByK[10]).toBeGreaterThan(r.randomByK[10]);
  });

  for (const name of ['en', 'zh'] as const) {
    it(`masked-lm (${name}) beats the unigram baseline on held-out text`, async () => {
      const file = name === 'zh' ? 'tang300.txt' : 'genesis.txt';
      const d = prepareCorpus(fs.readFileSync(`public/data/ssl-corpus/${file}`, 'utf8'), name);
      const m = createMlm(d.vocab.chars.length, { ...MLM_DEFAULTS, seed: 1 });
      const t0 = performance.now();
      await trainMlm(m, d, { ...MLM_DEFAULTS, seed: 1 });
      const s = await scoreMlm(m, d, d.testPos);
      console.log('masked-lm', name, JSON.stringify(s), d.testPos.length, Math.round(performance.now() - t0));
      m.dispose();
      expect(s.top1).toBeGreaterThan(s.unigram);
    });
  }
});

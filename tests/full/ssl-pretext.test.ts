/**
 * The ssl pretext demos at full size, on WASM like the browser (npm run test:full): the default
 * run of relative-position, context-encoder and shuffle-learn, several seeds each, with the
 * numbers printed for the lecture's "what we measured" lines. CPU time is printed beside wall time:
 * on this shared machine it is the better guess of an idle run's wall time.
 * Measured (seeds 1–3, WASM): relative-position pretext 74.0%, probe k = 10 72.8% vs random 71.7%,
 * ~15.6 s CPU a run (first result ~1.6 s); shuffle-learn (rotate) pretext 98.4%, probe 74.0% vs
 * random 76.4%, ~21 s CPU (first ~1.0 s); (both) 99.0%, 75.6% vs 76.4%; context-encoder central
 * hole MSE random/L2 0.082, centre/L2 0.068, random/L1 0.099 vs mean digit 0.127, ~15 s CPU
 * (first ~1.6 s). Env: SSL_SEEDS, SSL_STEPS, SSL_ONLY=rp|sl|ce, SSL_MOTIONS, SSL_CE.
 */
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { CONTEXT_DEFAULTS, createContextModel, SIDE as CONTEXT_SIDE, trainContextEncoder, type Loss, type MaskMode } from '@/demos/ssl/context-encoder';
import { uploadFlat } from '@/demos/ssl/flat-probe';
import { RELPOS_DEFAULTS, runRelativePosition } from '@/demos/ssl/relative-position';
import { runShuffleLearn, SHUFFLE_DEFAULTS, SIDE as SHUFFLE_SIDE, type Motion } from '@/demos/ssl/shuffle-learn';

const SEEDS = (process.env.SSL_SEEDS ?? '1,2,3').split(',').map(Number);
const STEPS = process.env.SSL_STEPS ? Number(process.env.SSL_STEPS) : undefined;
const ONLY = process.env.SSL_ONLY;

beforeAll(async () => {
  setWasmPaths(path.resolve('node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/');
  await tf.setBackend('wasm');
});

/** CPU milliseconds since c0: on this shared, loaded machine a better guess of idle wall time */
const cpuMs = (c0: NodeJS.CpuUsage) => { const d = process.cpuUsage(c0); return Math.round((d.user + d.system) / 1000); };
const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;

describe('ssl pretext demos at full size', () => {
  it.skipIf(ONLY && ONLY !== 'rp')('relative-position: pretext far above chance (12.5%); probe of its features vs random', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const data = uploadFlat(train, test, RELPOS_DEFAULTS.testDigits);
    const rows = [];
    for (const seed of SEEDS) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      let first = 0;
      let cpuFirst = 0;
      const r = await runRelativePosition(data, { ...RELPOS_DEFAULTS, ...(STEPS ? { steps: STEPS } : {}), seed }, {
        onRandom: () => { first = performance.now() - t0; cpuFirst = cpuMs(c0); },
        onPoint: (p) => console.log('relative-position point', seed, JSON.stringify(p), Math.round(performance.now() - t0), cpuMs(c0)),
      });
      const row = { seed, pretext: r.pretext, probe: r.probe, random: r.random, perDraw: r.perDraw, msFirst: Math.round(first), cpuFirst, msTotal: Math.round(performance.now() - t0), cpuMs: cpuMs(c0) };
      console.log('relative-position', JSON.stringify(row));
      rows.push(row);
    }
    data.dispose();
    console.log('relative-position mean', JSON.stringify({ pretext: mean(rows.map((r) => r.pretext)), probe: mean(rows.map((r) => r.probe)), random: mean(rows.map((r) => r.random)) }));
    for (const r of rows) expect(r.pretext).toBeGreaterThan(0.5);
    // measured: 72.8% against 71.7%, higher in all 9 draws (seeds 1–3)
    expect(mean(rows.map((r) => r.probe))).toBeGreaterThan(mean(rows.map((r) => r.random)));
  });

  for (const motion of (process.env.SSL_MOTIONS ?? 'rotate').split(',') as Motion[]) {
    it.skipIf(ONLY && ONLY !== 'sl')(`shuffle-learn (${motion}): order verification far above chance (50%); probe of its features vs random`, async () => {
      const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
      const data = uploadFlat(train, test, SHUFFLE_DEFAULTS.testDigits, SHUFFLE_SIDE);
      const rows = [];
      for (const seed of SEEDS) {
        const t0 = performance.now();
      const c0 = process.cpuUsage();
        let first = 0;
        let cpuFirst = 0;
        const r = await runShuffleLearn(data, { ...SHUFFLE_DEFAULTS, ...(STEPS ? { steps: STEPS } : {}), motion, seed }, {
          onRandom: () => { first = performance.now() - t0; cpuFirst = cpuMs(c0); },
          onPoint: (p) => console.log('shuffle-learn point', motion, seed, JSON.stringify(p), Math.round(performance.now() - t0), cpuMs(c0)),
        });
        const row = { seed, pretext: r.pretext, probe: r.probe, random: r.random, perDraw: r.perDraw, msFirst: Math.round(first), cpuFirst, msTotal: Math.round(performance.now() - t0), cpuMs: cpuMs(c0) };
        console.log('shuffle-learn', motion, JSON.stringify(row));
        rows.push(row);
      }
      data.dispose();
      console.log('shuffle-learn mean', motion, JSON.stringify({ pretext: mean(rows.map((r) => r.pretext)), probe: mean(rows.map((r) => r.probe)), random: mean(rows.map((r) => r.random)) }));
      for (const r of rows) expect(r.pretext).toBeGreaterThan(0.9);
      // no claim on the probe: the lecture reports it as it comes (learnt features no better than random)
    });
  }

  for (const variant of (process.env.SSL_CE ?? 'random/l2,centre/l2,random/l1').split(',')) {
    const [mask, loss] = variant.split('/') as [MaskMode, Loss];
    it.skipIf(ONLY && ONLY !== 'ce')(`context-encoder (${mask}, ${loss}): the fill beats the mean digit on held-out centres`, async () => {
      const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
      const data = uploadFlat(train, test, CONTEXT_DEFAULTS.testDigits, CONTEXT_SIDE);
      const rows = [];
      for (const seed of SEEDS) {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        let first = 0;
        let cpuFirst = 0;
        const m = createContextModel(data, CONTEXT_DEFAULTS.poolDigits, seed);
        const r = await trainContextEncoder(m, data, { ...CONTEXT_DEFAULTS, ...(STEPS ? { steps: STEPS } : {}), mask, loss, seed }, {
          onPoint: (p) => { if (!first) { first = performance.now() - t0; cpuFirst = cpuMs(c0); } console.log('context-encoder point', variant, seed, JSON.stringify(p), Math.round(performance.now() - t0), cpuMs(c0)); },
        });
        m.dispose();
        const row = { seed, model: r.model, mean: r.mean, msFirst: Math.round(first), cpuFirst, msTotal: Math.round(performance.now() - t0), cpuMs: cpuMs(c0) };
        console.log('context-encoder', variant, JSON.stringify(row));
        rows.push(row);
      }
      data.dispose();
      console.log('context-encoder mean', variant, JSON.stringify({ model: mean(rows.map((r) => r.model)), mean: mean(rows.map((r) => r.mean)) }));
      for (const r of rows) expect(r.model).toBeLessThan(r.mean);
    });
  }
});

import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, describe, expect, it } from 'vitest';
import { KERNELS, NoBackendError, chooseBackend, tfProbe, type BackendProbe } from '@/demos/runtime/backend';
import { conv2dFilterGrad, conv2dSame, filterGradByTaps } from '@/demos/runtime/conv-grad';
import { runLoop } from '@/demos/runtime/loop';
import { readBackendParam, readHashParams, readNumber, readSeedParam, writeHashParams, type BackendName } from '@/demos/runtime/params';

const wasmPath = path.resolve('node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/';

/** A fake TF.js: each backend can fail to start, lack kernels, or compute garbage. */
function fakeProbe(spec: Partial<Record<BackendName, 'ok' | 'nostart' | 'throws' | 'garbage' | { lacks: string[] }>>): BackendProbe & { tried: string[] } {
  const tried: string[] = [];
  return {
    tried,
    async activate(n) {
      tried.push(n);
      const s = spec[n] ?? 'nostart';
      if (s === 'throws') throw new Error('adapter request failed');
      return s !== 'nostart';
    },
    hasKernel: (k, n) => { const s = spec[n]; return !(typeof s === 'object' && s.lacks.includes(k)); },
    async smoke(n) { if (spec[n] === 'garbage') throw new Error('smoke test gave [0, 0, 0, 0, 0]'); },
  };
}

describe('backend selection', () => {
  it('takes the first backend that starts, has the kernels and passes the smoke test', async () => {
    const p = fakeProbe({ webgpu: 'throws', webgl: 'garbage', wasm: { lacks: ['Conv2DBackpropFilter'] }, cpu: 'ok' });
    const c = await chooseBackend(p, { needs: KERNELS.trainConv });
    expect(c.backend).toBe('cpu');
    expect(p.tried).toEqual(['webgpu', 'webgl', 'wasm', 'cpu']);
    expect(c.skipped.map((s) => s.reason)).toEqual(['adapter request failed', 'smoke test gave [0, 0, 0, 0, 0]', 'lacks Conv2DBackpropFilter']);
  });

  it('uses WASM when the demo needs no missing kernel', async () => {
    const c = await chooseBackend(fakeProbe({ webgpu: 'nostart', webgl: 'nostart', wasm: { lacks: ['Conv2DBackpropFilter'] }, cpu: 'ok' }));
    expect(c.backend).toBe('wasm');
  });

  it('a forced backend that fails is an error with the reason, not a silent switch', async () => {
    await expect(chooseBackend(fakeProbe({ webgl: 'throws', cpu: 'ok' }), { forced: 'webgl' })).rejects.toBeInstanceOf(NoBackendError);
  });

  describe('with real TF.js in Node', () => {
    afterAll(async () => { await tf.setBackend('cpu'); });
    it('skips WebGPU (no adapter) and WebGL (no GL), lands on WASM, and on CPU when convolutions must train', async () => {
      const auto = await chooseBackend(tfProbe({ wasmPath }));
      expect(auto.backend).toBe('wasm');
      expect(auto.skipped.map((s) => s.backend)).toEqual(['webgpu', 'webgl']);
      const train = await chooseBackend(tfProbe({ wasmPath }), { needs: KERNELS.trainConv });
      expect(train.backend).toBe('cpu');
      expect(train.skipped.find((s) => s.backend === 'wasm')?.reason).toMatch(/Conv2DBackpropFilter/);
    });
  });
});

const maxAbsDiff = (a: tf.Tensor, b: tf.Tensor) => tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).arraySync() as number);

describe('conv2dSame', () => {
  it('its hand-written filter gradient equals TF.js’s Conv2DBackpropFilter', async () => {
    const x = tf.randomNormal([2, 6, 5, 3], 0, 1, 'float32', 1) as tf.Tensor4D;
    const w = tf.randomNormal([3, 3, 3, 4], 0, 1, 'float32', 2) as tf.Tensor4D;
    const dy = tf.randomNormal([2, 6, 5, 4], 0, 1, 'float32', 3) as tf.Tensor4D;
    const mine = conv2dFilterGrad(x, dy, 3);
    // TF.js's own filter gradient (Conv2DBackpropFilter on the cpu backend), via autodiff
    const ref = tf.grad((b: tf.Tensor) => tf.sum(tf.mul(tf.conv2d(x, b as tf.Tensor4D, 1, 'same'), dy)))(w);
    expect(maxAbsDiff(mine, ref)).toBeLessThan(1e-4);
    // the tap-by-tap reading of the formula agrees too
    const taps = filterGradByTaps(x, dy, 3);
    expect(maxAbsDiff(taps, ref)).toBeLessThan(1e-4);
    taps.dispose();
    // and the full custom gradient agrees with autodiff through tf.conv2d
    const before = tf.memory().numTensors;
    const [gx, gw] = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(conv2dSame(a as tf.Tensor4D, b as tf.Tensor4D), dy)))([x, w]);
    const [rx, rw] = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 1, 'same'), dy)))([x, w]);
    expect(maxAbsDiff(gx, rx)).toBeLessThan(1e-4);
    expect(maxAbsDiff(gw, rw)).toBeLessThan(1e-4);
    tf.dispose([gx, gw, rx, rw]);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([x, w, dy, mine, ref]);
  });
});

describe('runLoop', () => {
  it('runs every step and reports progress', async () => {
    const seen: number[] = [];
    await runLoop({ steps: 4, step: () => {}, onProgress: (f) => seen.push(f) });
    expect(seen).toEqual([0.25, 0.5, 0.75, 1]);
  });
  it('stops at the next step after abort', async () => {
    const ac = new AbortController();
    let ran = 0;
    const p = runLoop({ steps: 100, signal: ac.signal, step: (i) => { ran++; if (i === 4) ac.abort(); } });
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(ran).toBe(5);
  });
});

describe('URL parameters', () => {
  it('backend: known names pass, anything else is a notice', () => {
    expect(readBackendParam('?backend=webgl')).toEqual({ backend: 'webgl' });
    expect(readBackendParam('?backend=WASM')).toEqual({ backend: 'wasm' });
    expect(readBackendParam('')).toEqual({ backend: null });
    expect(readBackendParam('?backend=nonsense')).toMatchObject({ backend: null, notice: { key: 'badBackend' } });
  });
  it('seed: -1e309 falls back to the default with a notice', () => {
    expect(readSeedParam('?seed=-1e309')).toMatchObject({ seed: 1234, notice: { key: 'badSeed' } });
    expect(readSeedParam('?seed=7')).toEqual({ seed: 7 });
  });
  it('hash: per-demo keys, malformed escapes, clamped numbers', () => {
    expect(readHashParams('#fgsm.eps=0.3&other.x=1', 'fgsm').params.get('eps')).toBe('0.3');
    expect(readHashParams('#%E0%A4%A', 'fgsm').notice?.key).toBe('badHash');
    expect(readNumber('5', 'ε', 0.1, 0, 0.5)).toMatchObject({ value: 0.5, notice: { key: 'outOfRange' } });
    expect(readNumber('abc', 'ε', 0.1, 0, 0.5)).toMatchObject({ value: 0.1, notice: { key: 'badNumber' } });
    expect(readNumber('Infinity', 'ε', 0.1, 0, 0.5).value).toBe(0.1);
    expect(writeHashParams('#other.x=1&fgsm.eps=0.1', 'fgsm', { eps: 0.3 })).toBe('#other.x=1&fgsm.eps=0.3');
  });
});

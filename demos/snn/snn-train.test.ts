import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { createSnn, encodeSpikes, makeSpike, scoreSnn, snnForward, traceDigit, trainSnn, uploadSnnData } from '@/demos/snn/snn-train';

describe('snn-train', () => {
  it('spikes are a Heaviside step forward and the fast-sigmoid surrogate backward', () => {
    const spike = makeSpike(5);
    const u = tf.tensor1d([-1, -0.1, 0.2, 2]);
    const [s, g] = tf.tidy(() => [spike(u), tf.grad((x: tf.Tensor) => spike(x).sum())(u)]);
    expect(Array.from(s.dataSync())).toEqual([0, 0, 1, 1]);
    const want = [-1, -0.1, 0.2, 2].map((x) => 1 / (1 + 5 * Math.abs(x)) ** 2); // 1/36, 1/2.25, 1/4, 1/121
    Array.from(g.dataSync()).forEach((v, i) => expect(v).toBeCloseTo(want[i], 6));
    tf.dispose([u, s, g]);
  });

  it('rate-codes a pixel of intensity p as spikes with probability p', () => {
    const x = tf.tensor2d([[0, 0.25, 1]]);
    const m = tf.tidy(() => encodeSpikes(x, 4000, 3).mean(0));
    const r = m.dataSync();
    expect(r[0]).toBe(0);
    expect(r[1]).toBeCloseTo(0.25, 1);
    expect(r[2]).toBe(1);
    tf.dispose([x, m]);
  });

  it('a neuron driven by a constant current above threshold fires periodically (β = 0.9, θ = 1)', () => {
    const net = createSnn(1, { hidden: 1, beta: 0.9, threshold: 1, slope: 5 });
    net.vars[0].assign(tf.fill([784, 1], 0));
    net.vars[1].assign(tf.tensor1d([0.5])); // v: 0.5, 0.95 → 1.355 spikes at t = 3, reset to 0.355 …
    const input = tf.zeros([6, 1, 784]) as tf.Tensor3D;
    const out = tf.tidy(() => snnForward(net, input).spikes);
    expect(Array.from(out.dataSync())).toEqual([0, 0, 1, 0, 1, 0]);
    tf.dispose([input, out]);
    net.dispose();
  });

  it('learns from a few hundred digits, traces one, and leaks nothing', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const before = tf.memory().numTensors;
    const data = uploadSnnData(train, test, 400, 100);
    // small enough for the cpu backend in about a second; the full-size run is tests/full/snn.test.ts
    const net = createSnn(1, { hidden: 32, beta: 0.9, threshold: 1, slope: 5 });
    // the halfway score on all held-out digits (the page's early headline) comes once, at its step
    const full: number[] = [];
    const curve = await trainSnn(net, data, { steps: 30, lr: 0.01, batch: 16, timeSteps: 2, evalEvery: 15, evalDigits: 50, seed: 1 },
      { fullScoreAt: 20, onFullScore: (s, step) => { full.push(step); expect(s.accuracy).toBeGreaterThan(0); } });
    expect(curve.map((p) => p.step)).toEqual([15, 30]);
    expect(full).toEqual([20]);
    const s = await scoreSnn(net, data, 2, 5);
    expect(s.accuracy).toBeGreaterThan(0.4);
    expect(s.spikesPerImage).toBeGreaterThan(0);
    const tr = await traceDigit(net, new Float32Array(784).fill(0.5), 4, 2);
    expect(tr.hidden.length).toBe(4 * 32);
    expect(tr.input.length).toBe(4 * 784);
    net.dispose();
    data.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops when aborted, freeing what it made', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const data = uploadSnnData(train, test, 100, 50);
    const net = createSnn(1);
    const before = tf.memory().numTensors;
    const ac = new AbortController();
    ac.abort();
    await expect(trainSnn(net, data, { steps: 10, lr: 0.005, batch: 32, timeSteps: 4, evalEvery: 5, evalDigits: 50, seed: 1 }, { signal: ac.signal })).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
    net.dispose();
    data.dispose();
  });
});

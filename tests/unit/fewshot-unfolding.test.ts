/**
 * Deep unfolding against hand values and against itself: Cᵀ is the adjoint of C; H averages the
 * right pixels and L = ‖C‖² is what power iteration on a full matrix says; soft-thresholding and
 * the prox on hand values; PSNR on a hand example; ISTA lowers its objective; the UNTRAINED
 * unrolled network equals K steps of the algorithm for several K (the requirement);
 * training it improves the PSNR on real digits; the λ grid search and the whole experiment in
 * its quick variant; and nothing leaks tensors.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import type { MnistSet } from '@/demos/data/mnist';
import {
  adjointOp, createTrainer, createUnrolled, degradationMatrix, disposeUnrolled, forwardOp, ista, istaStep, istaTrajectory,
  LAMBDA_GRID, makeOperator, makePairs, objective, observe, pairTensors, pictures, proxClip, psnr, psnrPerImage, readStages,
  runUnfolding, softThreshold, tunedCurve, unfold, unrolledForward, UNFOLDING_DEFAULTS, UNFOLDING_QUICK, type Operator,
} from '@/demos/fewshot/unfolding';
import { mulberry32 } from '@/demos/runtime/rng';

let train: MnistSet, test: MnistSet;
beforeAll(async () => {
  [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
});

const rand = mulberry32(11);
const randomImages = (n: number, side: number) => tf.tensor3d(Float32Array.from({ length: n * side * side }, () => rand()), [n, side, side]);
const value = async (t: tf.Tensor) => { const v = (await t.data())[0]; t.dispose(); return v; };
const blurred = () => makeOperator({ factor: 2, blur: 1, noise: 0.02 });

describe('the degradation operator', () => {
  it('pooling alone: each low-resolution pixel averages its 2×2 block, and ‖C‖² = 1/4', async () => {
    const op = makeOperator({ factor: 2, blur: 0, noise: 0 });
    const H = degradationMatrix(2, 0);
    expect(Array.from(H.slice(0, 4))).toEqual([0.5, 0.5, 0, 0]);
    expect(op.L).toBeCloseTo(0.25, 6); // H Hᵀ = I/2, so σ_max(H)² = 1/2 and L = σ_max⁴ = 1/4
    const x = tf.tensor3d(Array.from({ length: 784 }, (_, i) => i), [1, 28, 28]);
    const y = forwardOp(op, x);
    // block (0, 0) holds pixels 0, 1, 28, 29
    expect((await y.data())[0]).toBeCloseTo((0 + 1 + 28 + 29) / 4, 4);
    tf.dispose([x, y]);
    op.dispose();
  });

  it('Cᵀ is the adjoint of C: ⟨Cx, y⟩ = ⟨x, Cᵀy⟩, for ×2 and ×4 with blur', async () => {
    for (const [factor, blur] of [[2, 1], [4, 2]] as const) {
      const op = makeOperator({ factor, blur, noise: 0 });
      const x = randomImages(3, 28), y = randomImages(3, op.m);
      const lhs = await value(tf.tidy(() => forwardOp(op, x).mul(y).sum()));
      const rhs = await value(tf.tidy(() => adjointOp(op, y).mul(x).sum()));
      expect(Math.abs(lhs - rhs) / Math.abs(lhs)).toBeLessThan(1e-5);
      tf.dispose([x, y]);
      op.dispose();
    }
  });

  it('L is the largest eigenvalue of CᵀC (power iteration on the device agrees)', async () => {
    const op = blurred();
    let v = randomImages(1, 28);
    let est = 0;
    for (let i = 0; i < 300; i++) {
      const w = tf.tidy(() => adjointOp(op, forwardOp(op, v)));
      est = await value(tf.tidy(() => w.norm().div(v.norm())));
      v.dispose();
      v = tf.tidy(() => w.div(w.norm()));
      w.dispose();
    }
    v.dispose();
    expect(est).toBeCloseTo(op.L, 4);
    op.dispose();
  });

  it('the host observation equals C on the device (without noise)', async () => {
    const op = blurred();
    const pairs = makePairs(op, test, 4, 1);
    const clean = observe(op, pairs.x, 0, 1);
    const { x } = pairTensors(pairs);
    const dev = forwardOp(op, x);
    const d = await dev.data();
    expect(Math.max(...Array.from(d, (v, i) => Math.abs(v - clean[i])))).toBeLessThan(1e-5);
    tf.dispose([x, dev]);
    op.dispose();
  });
});

describe('prox and PSNR', () => {
  it('soft-threshold and prox on hand values', async () => {
    expect([-2, -0.5, 0, 0.3, 1.5].map((v) => softThreshold(v, 0.5))).toEqual([-1.5, -0, 0, 0, 1]);
    const v = tf.tensor1d([-2, 0.3, 0.7, 1.2, 3]);
    const p = proxClip(v, 0.5);
    const got = Array.from(await p.data());
    [0, 0, 0.2, 0.7, 1].forEach((e, i) => expect(got[i]).toBeCloseTo(e, 6));
    tf.dispose([v, p]);
  });

  it('PSNR on a hand example: one pixel off by 0.28 in a 28×28 image', async () => {
    const x = tf.zeros([1, 28, 28]) as tf.Tensor3D;
    const y = tf.tidy(() => tf.zeros([1, 28, 28]).add(tf.oneHot([0], 784).reshape([1, 28, 28]).mul(0.28)) as tf.Tensor3D);
    // MSE = 0.28² / 784 = 1e-4  →  PSNR = 40 dB
    expect(await value(psnr(y, x))).toBeCloseTo(40, 3);
    const per = psnrPerImage(y, x);
    expect(per.shape).toEqual([1]);
    tf.dispose([x, y, per]);
  });
});

describe('ISTA and the unrolled network', () => {
  let op: Operator;
  let x: tf.Tensor3D, z: tf.Tensor3D;
  beforeAll(() => {
    op = blurred();
    ({ x, z } = pairTensors(makePairs(op, test, 16, 3)));
  });

  it('ISTA lowers its objective step after step', async () => {
    const lambda = 0.01;
    let cur = ista(op, z, 0, lambda);
    let prev = await value(objective(op, cur, z, lambda));
    for (let k = 0; k < 10; k++) {
      const next = istaStep(op, cur, z, op.eta, lambda * op.eta);
      cur.dispose();
      cur = next;
      const f = await value(objective(op, cur, z, lambda));
      expect(f).toBeLessThanOrEqual(prev + 1e-6);
      prev = f;
    }
    cur.dispose();
  });

  it('the untrained unrolled network equals K steps of the algorithm (K = 1, 2, 5, 10)', async () => {
    for (const K of [1, 2, 5, 10]) {
      const p = createUnrolled(K, op.eta, 0.01);
      const diff = await value(tf.tidy(() => unrolledForward(op, p, z).sub(ista(op, z, K, 0.01)).abs().max()));
      expect(diff).toBeLessThan(1e-5);
      disposeUnrolled(p);
    }
  });

  it('unfold with the algorithm’s own values is ISTA; the trajectory agrees with ista() at every k', async () => {
    const same = await value(tf.tidy(() => unfold(op, z, [op.eta, op.eta, op.eta], [0.02, 0.02, 0.02]).sub(ista(op, z, 3, 0.02)).abs().max()));
    expect(same).toBe(0);
    const traj = await istaTrajectory(op, x, z, [0.005, 0.02], 4);
    expect(traj).toHaveLength(2);
    expect(traj[0]).toHaveLength(5);
    for (const k of [0, 2, 4]) {
      expect(traj[1][k]).toBeCloseTo(await value(tf.tidy(() => psnr(ista(op, z, k, 0.02), x))), 3);
    }
    // the tuned curve picks, for each k, the λ that did best on the tuning set
    const c = tunedCurve([[1, 5], [2, 4]], [[10, 50], [20, 40]], [0.1, 0.2]);
    expect(c).toEqual({ lambda: [0.2, 0.1], psnr: [20, 50] });
  });

  it('a short training run raises the test PSNR above the algorithm’s, and moves only η_k, λ_k', async () => {
    const start = tf.memory().numTensors;
    const pairs = makePairs(op, train, 100, 5);
    const p = createUnrolled(2, op.eta, 0.005);
    const before = await value(tf.tidy(() => psnr(unrolledForward(op, p, z), x)));
    const trainer = createTrainer(op, p, pairs, { steps: 40, batchSize: 16, learningRate: 0.05, seed: 1 });
    for (let s = 0; s < 40; s++) trainer.step().dispose();
    const after = await value(tf.tidy(() => psnr(unrolledForward(op, p, z), x)));
    expect(after).toBeGreaterThan(before + 1);
    const st = await readStages(p);
    expect(st.eta).toHaveLength(2);
    expect(st.lambda.every((l) => l > 0)).toBe(true);
    expect(st.eta[0]).toBeGreaterThan(op.eta); // learned: a longer first step than 1/L
    trainer.dispose();
    disposeUnrolled(p);
    expect(tf.memory().numTensors).toBe(start);
  });
});

describe('the experiment', () => {
  it('quick variant: the unrolled network beats ISTA at every K, the curve is tuned on training digits, no leaks', async () => {
    const start = tf.memory().numTensors;
    const o = { ...UNFOLDING_DEFAULTS, ...UNFOLDING_QUICK, Ks: [1, 2], kMax: 5, steps: 30, testDigits: 30, trainDigits: 30 };
    const seen: number[] = [];
    const reads: string[] = [];
    let progress = 0;
    const r = await runUnfolding(train, test, o, {
      onStage: (s) => seen.push(s.K), onProgress: (f) => { progress = f; }, onTrain: (K, step) => reads.push(`${K}:${step}`),
    });
    expect(seen).toEqual([1, 2]);
    // the loss is read every 20 steps and after the last, never per step
    expect(reads).toEqual(['1:20', '1:30', '2:20', '2:30']);
    expect(progress).toBeCloseTo(1, 6);
    expect(r.ista.psnr).toHaveLength(6);
    expect(r.ista.lambda.every((l) => (LAMBDA_GRID as readonly number[]).includes(l))).toBe(true);
    expect(r.ista.psnr[5]).toBeGreaterThan(r.ista.psnr[0]);
    for (const s of r.stages) {
      expect(Number.isFinite(s.psnr)).toBe(true);
      expect(s.psnr).toBeGreaterThan(s.istaPsnr);
      expect(s.istaStepsToMatch === null || s.istaStepsToMatch > s.K).toBe(true);
    }
    const pics = await pictures(test, o, 3, 2, r.stages[1].istaLambda, r.stages[1]);
    expect(pics.original).toHaveLength(3);
    expect(pics.ista).toHaveLength(3);
    expect(pics.observed[0]).toHaveLength(14 * 14);
    expect(pics.unrolled[0]).toHaveLength(784);
    expect(pics.psnrUnrolled).toHaveLength(3);
    const bare = await pictures(test, o, 2, 3, null, null); // before a run: originals and observations only
    expect([bare.original.length, bare.ista.length, bare.unrolled.length]).toEqual([2, 0, 0]);
    expect(tf.memory().numTensors).toBe(start);
  });

  it('rejects a K the plain run does not reach, and stops when aborted', async () => {
    await expect(runUnfolding(train, test, { ...UNFOLDING_DEFAULTS, Ks: [50], kMax: 20 })).rejects.toThrow(/K/);
    const start = tf.memory().numTensors;
    const ac = new AbortController();
    ac.abort();
    await expect(runUnfolding(train, test, { ...UNFOLDING_DEFAULTS, ...UNFOLDING_QUICK }, { signal: ac.signal })).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(start);
  });
});

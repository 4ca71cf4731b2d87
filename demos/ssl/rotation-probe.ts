/**
 * rotation-probe (Gidaris et al., ICLR 2018, on MNIST): a small CNN learns to tell which of four
 * rotations an unlabelled digit was shown in; its frozen features are then scored by a linear
 * probe trained on k labelled digits per class, against the same network at its random
 * initialisation and against the network trained from scratch on those k·10 labels.
 *
 * One run, in the order a student should see it:
 *  1. the random network's probe (k = 10, each draw): the first number, within a second or two;
 *  2. rotation training, with from-scratch training of one network per draw interleaved step for
 *     step, so both curves grow side by side; every `evalEvery` steps the pretext accuracy, the
 *     rotation features' probe and the scratch nets, on a fixed subset of the held-out digits;
 *  3. at the end, on all held-out digits: the headline first (k = 10 probe of both feature sets
 *     and the scratch nets), then the other k, then each layer's probe at k = 10.
 * The view and the bench call runRotationProbe; numbers are read back only at those checkpoints.
 */
import * as tf from '@tensorflow/tfjs';
import { runLoop, throwIfAborted, yieldToBrowser } from '../runtime/loop';
import { drawPerClass, featureStats, labelled, PROBE, probeHits, type Labelled, type SslData } from './probe';
import { rotationLabels } from './pretext';
import { allRotations, featuresOf, initNet, LAYERS, logitsOf, type Layer } from './rotation-net';

export interface RotationOptions {
  steps: number;
  /** unlabelled digits per step (each shown in all four rotations) */
  batch: number;
  lr: number;
  evalEvery: number;
  /** digits of the held-out set scored while training (all of them at the end) */
  evalDigits: number;
  draws: number;
  ks: number[];
  layer: Layer;
  seed: number;
  /** the linear probe's training steps (PROBE.steps unless given; tests use a few) */
  probeSteps?: number;
}

export const ROTATION_DEFAULTS = { steps: 160, batch: 32, lr: 0.003, evalEvery: 40, evalDigits: 500, draws: 3, ks: [1, 3, 10, 30, 100], layer: 'conv2' as Layer, poolDigits: 8000, testDigits: 2000 };
/** ?quick=1 (browser tests): a few seconds on WASM */
export const ROTATION_QUICK = { steps: 20, batch: 8, lr: 0.003, evalEvery: 10, evalDigits: 100, draws: 3, ks: [10], layer: 'conv2' as Layer, poolDigits: 500, testDigits: 300, probeSteps: 60 };

export interface RotationPoint { step: number; pretext: number; rotation: number; scratch: number }
export interface RotationResult {
  pretext: number;
  /** k → mean probe accuracy over the draws (all held-out digits) */
  rotationByK: Record<number, number>;
  randomByK: Record<number, number>;
  /** k = 10 (or the nearest k run): each layer's probe, rotation and random */
  layers: Record<Layer, { rotation: number; random: number }>;
  scratch: number;
  /** per draw at k = 10 (or nearest): rotation, random, scratch */
  perDraw: { rotation: number; random: number; scratch: number }[];
  curve: RotationPoint[];
}

export interface RotationHooks {
  signal?: AbortSignal;
  onProgress?: (f: number) => void;
  onRandom?: (acc: number) => void;
  onPoint?: (p: RotationPoint) => void;
  onK?: (k: number, rotation: number, random: number) => void;
  /** the headline, as soon as it is known: k = 10 (or nearest) on the chosen layer, and the scratch nets */
  onHeadline?: (h: { rotation: number; random: number; scratch: number }) => void;
}

const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;

export async function runRotationProbe(data: SslData, o: RotationOptions, hooks: RotationHooks = {}): Promise<RotationResult> {
  const { signal } = hooks;
  const kMain = o.ks.includes(10) ? 10 : o.ks[o.ks.length - 1];
  const net = initNet(4, o.seed);
  // the random baseline is the pretext network's own starting point, frozen
  const randomW = net.map((v) => tf.clone(v));
  const scratch = Array.from({ length: o.draws }, (_, d) => initNet(10, o.seed + 100 + d));
  const opt = tf.train.adam(o.lr);
  const scratchOpts = scratch.map(() => tf.train.adam(o.lr));
  const sets: Labelled[] = [];
  const keep: tf.Tensor[] = [];
  const disposers: (() => void)[] = [];
  const read = async (t: tf.Tensor) => { try { return (await t.data())[0]; } finally { t.dispose(); } };
  try {
    const nEval = Math.min(o.evalDigits, data.test.shape[0]);
    const evalX = tf.slice(data.test, [0, 0, 0, 0], [nEval, -1, -1, -1]);
    const evalY = tf.slice(data.testLabels, [0], [nEval]);
    const evalRot = tf.tidy(() => allRotations(tf.slice(data.test, [0, 0, 0, 0], [Math.min(nEval, 250), -1, -1, -1])));
    const evalRotY = tf.tensor1d(rotationLabels(evalRot.shape[0] / 4), 'int32');
    const statsX = tf.slice(data.pool, [0, 0, 0, 0], [Math.min(500, data.pool.shape[0]), -1, -1, -1]);
    keep.push(evalX, evalY, evalRot, evalRotY, statsX);
    for (let d = 0; d < o.draws; d++) sets.push(labelled(data.train, drawPerClass(data.train, kMain, o.seed + d)));

    /** frozen features of x at `layer` and their standardisation (from unlabelled digits) */
    const featsOf = (w: tf.Tensor[], layer: Layer, x: tf.Tensor4D) => ({
      f: featuresOf(w, x, layer),
      st: (() => { const fs = featuresOf(w, statsX, layer); try { return featureStats(fs); } finally { fs.dispose(); } })(),
    });
    type Feats = ReturnType<typeof featsOf>;
    /** probe accuracy per draw, for weights w's `layer`, on the test features t */
    const probeAll = async (w: tf.Tensor[], layer: Layer, t: Feats, y: tf.Tensor1D, draws: Labelled[]) => {
      const accs: number[] = [];
      for (const s of draws) {
        const hits = tf.tidy(() => probeHits(featuresOf(w, s.x, layer), s.y, t.f, y, t.st, { ...PROBE, steps: o.probeSteps ?? PROBE.steps }));
        accs.push((await read(hits)) / y.shape[0]);
        throwIfAborted(signal);
      }
      return accs;
    };
    const disposeFeats = (t: Feats) => { t.f.dispose(); t.st.dispose(); };
    /** probe on evalX with features made now (the net changes while training) */
    const probeNow = async (w: tf.Tensor[], draws: Labelled[]) => {
      const t = featsOf(w, o.layer, evalX);
      try { return await probeAll(w, o.layer, t, evalY, draws); } finally { disposeFeats(t); }
    };
    const scratchAcc = async (x: tf.Tensor4D, y: tf.Tensor1D) => {
      const accs: number[] = [];
      for (const w of scratch) accs.push((await read(tf.tidy(() => logitsOf(w, x).argMax(1).equal(y).sum()))) / x.shape[0]);
      return accs;
    };

    // 1. the random network's probe: the first result
    hooks.onRandom?.(mean(await probeNow(randomW, sets)));

    // 2. rotation training with scratch training interleaved
    const n = data.pool.shape[0];
    const curve: RotationPoint[] = [];
    const yRot = tf.tidy(() => tf.oneHot(tf.tensor1d(rotationLabels(o.batch), 'int32'), 4).toFloat());
    keep.push(yRot);
    let pretext = 0;
    await runLoop({
      steps: o.steps,
      signal,
      onProgress: (f) => hooks.onProgress?.(0.85 * f),
      step: async (i) => {
        const start = (i * o.batch) % Math.max(1, n - o.batch);
        opt.minimize(() => tf.tidy(() => {
          const x = allRotations(tf.slice(data.pool, [start, 0, 0, 0], [Math.min(o.batch, n), -1, -1, -1]));
          return tf.losses.softmaxCrossEntropy(yRot, logitsOf(net, x)) as tf.Scalar;
        }), false, net);
        scratch.forEach((w, d) => scratchOpts[d].minimize(() => tf.tidy(() => tf.losses.softmaxCrossEntropy(sets[d].y, logitsOf(w, sets[d].x)) as tf.Scalar), false, w));
        if ((i + 1) % o.evalEvery === 0 || i === o.steps - 1) {
          pretext = (await read(tf.tidy(() => logitsOf(net, evalRot).argMax(1).equal(evalRotY).sum()))) / evalRot.shape[0];
          const p = { step: i + 1, pretext, rotation: mean(await probeNow(net, sets)), scratch: mean(await scratchAcc(evalX, evalY)) };
          curve.push(p);
          hooks.onPoint?.(p);
        }
      },
    });

    // 3. everything on all the held-out digits; each feature set is computed once
    const cache = new Map<string, Feats>();
    const full = (w: tf.Tensor[], name: string, layer: Layer) => {
      const key = `${name}/${layer}`;
      if (!cache.has(key)) cache.set(key, featsOf(w, layer, data.test));
      return cache.get(key)!;
    };
    disposers.push(() => cache.forEach(disposeFeats));
    const rotationByK: Record<number, number> = {};
    const randomByK: Record<number, number> = {};
    let perDraw: RotationResult['perDraw'] = [];
    let sc: number[] = [];
    // the headline k first (with the scratch nets right after it), the other k after
    const order = [kMain, ...o.ks.filter((k) => k !== kMain)];
    for (const [j, k] of order.entries()) {
      const draws = k === kMain ? sets : Array.from({ length: o.draws }, (_, d) => labelled(data.train, drawPerClass(data.train, k, o.seed + d)));
      try {
        const rot = await probeAll(net, o.layer, full(net, 'rotation', o.layer), data.testLabels, draws);
        const rnd = await probeAll(randomW, o.layer, full(randomW, 'random', o.layer), data.testLabels, draws);
        rotationByK[k] = mean(rot);
        randomByK[k] = mean(rnd);
        if (k === kMain) perDraw = rot.map((r, d) => ({ rotation: r, random: rnd[d], scratch: 0 }));
        hooks.onK?.(k, rotationByK[k], randomByK[k]);
        if (k === kMain) {
          sc = await scratchAcc(data.test, data.testLabels);
          sc.forEach((v, d) => { if (perDraw[d]) perDraw[d].scratch = v; });
          hooks.onHeadline?.({ rotation: rotationByK[k], random: randomByK[k], scratch: mean(sc) });
        }
      } finally {
        if (k !== kMain) draws.forEach((s) => s.dispose());
      }
      hooks.onProgress?.(0.85 + (0.1 * (j + 1)) / o.ks.length);
      await yieldToBrowser(signal);
    }
    const layers = {} as RotationResult['layers'];
    for (const layer of LAYERS) {
      layers[layer] = layer === o.layer
        ? { rotation: rotationByK[kMain], random: randomByK[kMain] }
        : {
          rotation: mean(await probeAll(net, layer, full(net, 'rotation', layer), data.testLabels, sets)),
          random: mean(await probeAll(randomW, layer, full(randomW, 'random', layer), data.testLabels, sets)),
        };
    }
    hooks.onProgress?.(1);
    return { pretext, rotationByK, randomByK, layers, scratch: mean(sc), perDraw, curve };
  } finally {
    disposers.forEach((d) => d());
    tf.dispose([...net, ...randomW, ...scratch.flat(), ...keep]);
    sets.forEach((s) => s.dispose());
    opt.dispose();
    scratchOpts.forEach((s) => s.dispose());
  }
}

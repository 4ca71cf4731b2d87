/**
 * rotation-probe (Gidaris et al., ICLR 2018, on MNIST): a small CNN learns to tell which of four
 * rotations an unlabelled digit was shown in; its frozen features are then scored by a linear
 * probe trained on k labelled digits per class, against the same network at its random
 * initialisation and against the network trained from scratch on those k·10 labels.
 *
 * One run, in the order a student should see it (time to effect, issue 27):
 *  1. the random network's probe (k = 10, draw 1, on the fixed subset): the first number, in a second;
 *  2. rotation training; every `evalEvery` steps the pretext accuracy and the rotation features'
 *     probe (draw 1) on a fixed subset of the held-out digits;
 *  3. the headline on all held-out digits: k = 10 probe of both feature sets, draw 1 first, the
 *     other draws added as they finish (the probes are cheap once the net is trained);
 *  4. the from-scratch nets, one per draw. They cost about as much per step as the rotation net, so
 *     training all three alongside it made the headline wait for 4 networks' training (45 s on
 *     WASM). Fairness is kept in the number of updates, not in wall time: each scratch net gets
 *     exactly `steps` full-batch Adam updates on its draw's k·10 labels — as many as the rotation
 *     net gets — from the same initialisation as before, and its accuracy is reported only then.
 *     Draw 1's scratch net comes right after the headline (its curve on the same subset, same steps);
 *  5. the other k and the other layers, then the scratch nets of the other draws (the spread).
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

/** while training, on the fixed subset: pretext accuracy and the probe of draw 1 */
export interface RotationPoint { step: number; pretext: number; rotation: number }
/** draw 1's from-scratch net while it trains, on the same subset */
export interface ScratchPoint { step: number; scratch: number }
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
  scratchCurve: ScratchPoint[];
}

/** what is running, for the page's status line */
export type RotationPhase =
  | { what: 'random' } | { what: 'train'; step: number } | { what: 'headline'; draw: number }
  | { what: 'scratch'; draw: number; step: number } | { what: 'k'; k: number } | { what: 'layers' };

export interface RotationHooks {
  signal?: AbortSignal;
  /** fraction of the run's work done, weighted by the measured cost of each part (for a time-left estimate) */
  onProgress?: (f: number) => void;
  onPhase?: (p: RotationPhase) => void;
  onRandom?: (acc: number) => void;
  onPoint?: (p: RotationPoint) => void;
  /** the headline, after each draw: k = 10 (or nearest) on the chosen layer, mean over the `draws` done so far */
  onHeadline?: (h: { rotation: number; random: number; draws: number; perDraw: { rotation: number; random: number }[] }) => void;
  onScratchPoint?: (p: ScratchPoint) => void;
  /** a scratch net done: its accuracy on all held-out digits, and the mean over the draws done so far */
  onScratch?: (s: { draw: number; acc: number; mean: number; draws: number }) => void;
  onK?: (k: number, rotation: number, random: number) => void;
  onLayers?: (layers: RotationResult['layers']) => void;
}

const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;

/** relative cost of each part (ms of CPU on WASM in Node, measured): progress and time left */
const COST = { trainStep: 80, scratchStep: 63, probe: 150, perLabel: 0.63, eval: 60 };

export async function runRotationProbe(data: SslData, o: RotationOptions, hooks: RotationHooks = {}): Promise<RotationResult> {
  const { signal } = hooks;
  const kMain = o.ks.includes(10) ? 10 : o.ks[o.ks.length - 1];
  const probeCost = (k: number) => COST.probe * ((o.probeSteps ?? PROBE.steps) / PROBE.steps) + COST.perLabel * k * 10;
  const evals = Math.ceil(o.steps / o.evalEvery);
  const otherKs = o.ks.filter((k) => k !== kMain);
  const total = probeCost(kMain) + o.steps * COST.trainStep + evals * (probeCost(kMain) + COST.eval) + 2 * o.draws * probeCost(kMain)
    + o.draws * (o.steps * COST.scratchStep + COST.eval) + evals * COST.eval
    + otherKs.reduce((s, k) => s + 2 * o.draws * probeCost(k), 0) + 2 * (LAYERS.length - 1) * o.draws * probeCost(kMain) * 1.4;
  let done = 0;
  const work = (w: number) => { done += w; hooks.onProgress?.(Math.min(1, done / total)); };

  const net = initNet(4, o.seed);
  // the random baseline is the pretext network's own starting point, frozen
  const randomW = net.map((v) => tf.clone(v));
  const opt = tf.train.adam(o.lr);
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
    const probeAll = async (w: tf.Tensor[], layer: Layer, t: Feats, y: tf.Tensor1D, draws: Labelled[], cost = 0) => {
      const accs: number[] = [];
      for (const s of draws) {
        const hits = tf.tidy(() => probeHits(featuresOf(w, s.x, layer), s.y, t.f, y, t.st, { ...PROBE, steps: o.probeSteps ?? PROBE.steps }));
        accs.push((await read(hits)) / y.shape[0]);
        throwIfAborted(signal);
        work(cost);
      }
      return accs;
    };
    const disposeFeats = (t: Feats) => { t.f.dispose(); t.st.dispose(); };
    /** draw 1's probe on evalX with features made now (the net changes while training) */
    const probeNow = async (w: tf.Tensor[]) => {
      const t = featsOf(w, o.layer, evalX);
      try { return (await probeAll(w, o.layer, t, evalY, sets.slice(0, 1), probeCost(kMain)))[0]; } finally { disposeFeats(t); }
    };
    const accOf = async (w: tf.Tensor[], x: tf.Tensor4D, y: tf.Tensor1D) => (await read(tf.tidy(() => logitsOf(w, x).argMax(1).equal(y).sum()))) / x.shape[0];

    // 1. the random network's probe: the first result
    hooks.onPhase?.({ what: 'random' });
    hooks.onRandom?.(await probeNow(randomW));

    // 2. rotation training
    const n = data.pool.shape[0];
    const curve: RotationPoint[] = [];
    const yRot = tf.tidy(() => tf.oneHot(tf.tensor1d(rotationLabels(o.batch), 'int32'), 4).toFloat());
    keep.push(yRot);
    let pretext = 0;
    await runLoop({
      steps: o.steps,
      signal,
      step: async (i) => {
        const start = (i * o.batch) % Math.max(1, n - o.batch);
        opt.minimize(() => tf.tidy(() => {
          const x = allRotations(tf.slice(data.pool, [start, 0, 0, 0], [Math.min(o.batch, n), -1, -1, -1]));
          return tf.losses.softmaxCrossEntropy(yRot, logitsOf(net, x)) as tf.Scalar;
        }), false, net);
        work(COST.trainStep);
        if ((i + 1) % o.evalEvery === 0 || i === o.steps - 1) {
          pretext = (await read(tf.tidy(() => logitsOf(net, evalRot).argMax(1).equal(evalRotY).sum()))) / evalRot.shape[0];
          work(COST.eval);
          const p = { step: i + 1, pretext, rotation: await probeNow(net) };
          curve.push(p);
          hooks.onPoint?.(p);
          hooks.onPhase?.({ what: 'train', step: i + 1 });
        }
      },
    });

    // 3. the headline on all the held-out digits, draw by draw; each feature set is computed once
    const cache = new Map<string, Feats>();
    const full = (w: tf.Tensor[], name: string, layer: Layer) => {
      const key = `${name}/${layer}`;
      if (!cache.has(key)) cache.set(key, featsOf(w, layer, data.test));
      return cache.get(key)!;
    };
    disposers.push(() => cache.forEach(disposeFeats));
    const rotationByK: Record<number, number> = {};
    const randomByK: Record<number, number> = {};
    const perDraw: RotationResult['perDraw'] = [];
    for (const [d, s] of sets.entries()) {
      hooks.onPhase?.({ what: 'headline', draw: d + 1 });
      const [rot] = await probeAll(net, o.layer, full(net, 'rotation', o.layer), data.testLabels, [s], probeCost(kMain));
      const [rnd] = await probeAll(randomW, o.layer, full(randomW, 'random', o.layer), data.testLabels, [s], probeCost(kMain));
      perDraw.push({ rotation: rot, random: rnd, scratch: NaN });
      rotationByK[kMain] = mean(perDraw.map((p) => p.rotation));
      randomByK[kMain] = mean(perDraw.map((p) => p.random));
      hooks.onHeadline?.({ rotation: rotationByK[kMain], random: randomByK[kMain], draws: d + 1, perDraw: perDraw.map(({ rotation, random }) => ({ rotation, random })) });
    }
    hooks.onK?.(kMain, rotationByK[kMain], randomByK[kMain]);
    await yieldToBrowser(signal);

    // 4. a from-scratch net per draw: `steps` full-batch updates each, as many as the rotation net had
    const scratchCurve: ScratchPoint[] = [];
    const sc: number[] = [];
    const scratchDraw = async (d: number) => {
      const w = initNet(10, o.seed + 100 + d);
      const so = tf.train.adam(o.lr);
      try {
        await runLoop({
          steps: o.steps,
          signal,
          step: async (i) => {
            so.minimize(() => tf.tidy(() => tf.losses.softmaxCrossEntropy(sets[d].y, logitsOf(w, sets[d].x)) as tf.Scalar), false, w);
            work(COST.scratchStep);
            if (i === 0) hooks.onPhase?.({ what: 'scratch', draw: d + 1, step: 0 });
            if ((i + 1) % o.evalEvery === 0 || i === o.steps - 1) {
              // draw 1's curve on the subset, at the same steps as the rotation net's
              if (d === 0) {
                const p = { step: i + 1, scratch: await accOf(w, evalX, evalY) };
                work(COST.eval);
                scratchCurve.push(p);
                hooks.onScratchPoint?.(p);
              }
              hooks.onPhase?.({ what: 'scratch', draw: d + 1, step: i + 1 });
            }
          },
        });
        sc[d] = await accOf(w, data.test, data.testLabels);
        work(COST.eval);
        perDraw[d].scratch = sc[d];
        hooks.onScratch?.({ draw: d + 1, acc: sc[d], mean: mean(sc.filter((v) => v != null)), draws: sc.filter((v) => v != null).length });
      } finally {
        tf.dispose(w);
        so.dispose();
      }
    };
    await scratchDraw(0);

    // 5. the other k (fresh draws of k per class), the other layers, then the other scratch nets
    for (const k of otherKs) {
      hooks.onPhase?.({ what: 'k', k });
      const draws = Array.from({ length: o.draws }, (_, d) => labelled(data.train, drawPerClass(data.train, k, o.seed + d)));
      try {
        rotationByK[k] = mean(await probeAll(net, o.layer, full(net, 'rotation', o.layer), data.testLabels, draws, probeCost(k)));
        randomByK[k] = mean(await probeAll(randomW, o.layer, full(randomW, 'random', o.layer), data.testLabels, draws, probeCost(k)));
        hooks.onK?.(k, rotationByK[k], randomByK[k]);
      } finally {
        draws.forEach((s) => s.dispose());
      }
      await yieldToBrowser(signal);
    }
    hooks.onPhase?.({ what: 'layers' });
    const layers = {} as RotationResult['layers'];
    for (const layer of LAYERS) {
      layers[layer] = layer === o.layer
        ? { rotation: rotationByK[kMain], random: randomByK[kMain] }
        : {
          rotation: mean(await probeAll(net, layer, full(net, 'rotation', layer), data.testLabels, sets, probeCost(kMain) * 1.4)),
          random: mean(await probeAll(randomW, layer, full(randomW, 'random', layer), data.testLabels, sets, probeCost(kMain) * 1.4)),
        };
    }
    hooks.onLayers?.(layers);
    for (let d = 1; d < o.draws; d++) await scratchDraw(d);
    hooks.onProgress?.(1);
    return { pretext, rotationByK, randomByK, layers, scratch: mean(sc), perDraw, curve, scratchCurve };
  } finally {
    disposers.forEach((d) => d());
    tf.dispose([...net, ...randomW, ...keep]);
    sets.forEach((s) => s.dispose());
    opt.dispose();
  }
}

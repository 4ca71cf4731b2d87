/**
 * The interpretability maths against hand-computed values: CAM is Σ_k w_k^c f_k and averages to
 * the class score; ε-LRP conserves relevance (exactly without biases, up to the bias/ε terms with
 * them) and equals gradient × input in the bias-free ε → 0 limit; receptive fields match the
 * recurrences worked by hand; cluttered canvases are reproducible and their boxes hold the digit.
 */
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { CLUTTER_SIZE, clutteredBatch, clutteredTestSet, inBox } from '@/demos/data/clutter';
import type { MnistSet } from '@/demos/data/mnist';
import { camNet, classActivationMaps, camPeaks, weightedFeatureMaps } from '@/demos/interpret/cam';
import { ACTMAX_DEFAULTS, actMaxOptions, classMeans, createActMax, roll, snapshot } from '@/demos/interpret/actmax';
import { channelOnImage, dissect, dissectionNet, patchOf, TopK } from '@/demos/interpret/dissection';
import { disposeExplanation, explain, explainOne } from '@/demos/interpret/lrp';
import { activations, opsOf, receptiveFields, type Op } from '@/demos/interpret/ops';
import { buildDigitCnn, DIGIT_CNN } from '@/demos/models/digit-cnn';
import { mulberry32 } from '@/demos/runtime/rng';
import { readParams } from '@/demos/runtime/schema';
import { ACTMAX_PARAMS, CAM_PARAMS, LRP_EPS, LRP_PARAMS } from '@/components/demos/interpret/params';

const randomImage = (size: number, seed: number) => {
  const r = mulberry32(seed);
  return Float32Array.from({ length: size * size }, () => r());
};

describe('class activation maps', () => {
  it('equal Σ_k w_k^c f_k(x,y), computed by hand, and average (plus bias) to the logit', async () => {
    const model = buildDigitCnn({ filters: [3, 4], seed: 5, size: 8 });
    // non-zero biases so the "+ b_c" part of the identity is exercised
    const [w, b] = model.getLayer('logits').getWeights();
    const newBias = tf.tensor1d([0.1, -0.2, 0.3, 0, 0.05, -0.1, 0.2, 0.4, -0.3, 0.15]);
    expect(b.shape).toEqual([10]);
    model.getLayer('logits').setWeights([w, newBias]);
    newBias.dispose();
    const net = camNet(model);
    const before = tf.memory().numTensors;
    const x = tf.tensor4d(randomImage(8, 3), [1, 8, 8, 1]);
    const { features, logits } = net.forward(x);
    const [n, h, wd, k] = features.shape;
    expect([n, h, wd, k]).toEqual([1, 4, 4, 4]);
    const f = await features.data();
    const W = await net.weights.data();
    const bias = await net.bias.data();
    const lg = await logits.data();
    for (const c of [0, 3, 7]) {
      const cls = tf.tensor1d([c], 'int32');
      const maps = classActivationMaps(features, net.weights, cls);
      const m = await maps.data();
      let mean = 0;
      for (let p = 0; p < h * wd; p++) {
        let byHand = 0;
        for (let j = 0; j < k; j++) byHand += W[j * 10 + c] * f[p * k + j];
        expect(m[p]).toBeCloseTo(byHand, 5);
        mean += m[p] / (h * wd);
      }
      expect(mean + bias[c]).toBeCloseTo(lg[c], 4);
      // the per-channel terms sum back to the map
      const one = tf.squeeze(features, [0]) as tf.Tensor3D;
      const parts = weightedFeatureMaps(one, net.weights, c);
      const total = tf.sum(parts, 2);
      (await total.data()).forEach((v, p) => expect(v).toBeCloseTo(m[p], 5));
      tf.dispose([cls, maps, one, parts, total]);
    }
    tf.dispose([x, features, logits]);
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });

  it('peaks are found on the input grid after bilinear upsampling', async () => {
    // a 4×4 map with its maximum at row 1, col 2; resizeBilinear (half-pixel off) samples output
    // pixel X at input X/2, so the 8×8 map takes the value 1 exactly at x = 4, y = 2
    const m = new Float32Array(16);
    m[1 * 4 + 2] = 1;
    const peaks = camPeaks(tf.tensor3d(m, [1, 4, 4]), 8);
    const [p] = await peaks.data();
    expect([p % 8, Math.floor(p / 8)]).toEqual([4, 2]);
    peaks.dispose();
  });
});

/** A tiny bias-free conv net: conv → pool → conv → gap → dense, seeded weights. */
function tinyOps(withBias: boolean): Op[] {
  const r = mulberry32(99);
  const t = (shape: number[], scale: number) => tf.tensor(Float32Array.from({ length: shape.reduce((a, b) => a * b) }, () => (r() - 0.5) * scale), shape);
  const bias = (n: number) => (withBias ? t([n], 0.2) : tf.zeros([n])) as tf.Tensor1D;
  return [
    { kind: 'conv', name: 'c1', kernel: t([3, 3, 1, 4], 1.2) as tf.Tensor4D, bias: bias(4) },
    { kind: 'pool', name: 'p1' },
    { kind: 'conv', name: 'c2', kernel: t([3, 3, 4, 5], 0.8) as tf.Tensor4D, bias: bias(5) },
    { kind: 'gap', name: 'gap' },
    { kind: 'dense', name: 'logits', kernel: t([5, 3], 2) as tf.Tensor2D, bias: bias(3) },
  ];
}
const disposeOps = (ops: Op[]) => ops.forEach((o) => { if (o.kind === 'conv' || o.kind === 'dense') tf.dispose([o.kernel, o.bias]); });

describe('ε-LRP', () => {
  it('conserves relevance layer to layer without biases (ε → 0): Σ R = f_c at every layer', async () => {
    const ops = tinyOps(false);
    const x = tf.tensor4d(randomImage(8, 11), [1, 8, 8, 1]);
    const before = tf.memory().numTensors;
    for (const c of [0, 1, 2]) {
      const e = explain(ops, x, c, 1e-9);
      const sums = await e.sums.data();
      expect(sums.length).toBe(ops.length + 1);
      expect(Math.abs(sums[0])).toBeGreaterThan(1e-3); // a real score, not a trivial zero
      for (const s of sums) expect(s).toBeCloseTo(sums[0], 4);
      // and the pixel map sums to the score too
      const total = tf.sum(e.relevance);
      expect((await total.data())[0]).toBeCloseTo(sums[0], 4);
      total.dispose();
      disposeExplanation(e);
    }
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
    disposeOps(ops);
  });

  it('equals gradient × input in the bias-free ε → 0 limit (ReLU + max-pool nets)', async () => {
    const ops = tinyOps(false);
    const x = tf.tensor4d(randomImage(8, 12), [1, 8, 8, 1]);
    const e = explain(ops, x, 1, 1e-9);
    const [r, gx] = await Promise.all([e.relevance.data(), e.gradientTimesInput.data()]);
    r.forEach((v, i) => expect(v).toBeCloseTo(gx[i], 4));
    disposeExplanation(e);
    x.dispose();
    disposeOps(ops);
  });

  it('with biases and ε, each layer keeps exactly Σ_j R_j (z_j − b_j)/(z_j + ε sign z_j)', async () => {
    const ops = tinyOps(true);
    const x = tf.tensor4d(randomImage(8, 13), [1, 8, 8, 1]);
    const eps = 0.05;
    const c = 2;
    const e = explain(ops, x, c, eps);
    const sums = await e.sums.data();
    // the top layer by hand: R_j = f_c on unit c, so Σ R below = f_c (z_c − b_c)/(z_c + ε)
    const acts = activations(ops, x);
    const z = await acts[acts.length - 1].data();
    const dense = ops[4] as Extract<Op, { kind: 'dense' }>;
    const b = await dense.bias.data();
    const stab = z[c] + (z[c] >= 0 ? eps : -eps);
    expect(sums[0]).toBeCloseTo(z[c], 5);
    expect(sums[1]).toBeCloseTo(z[c] * (z[c] - b[c]) / stab, 4);
    // and biases make relevance leak: not all of f_c reaches the pixels
    expect(Math.abs(sums[sums.length - 1] - sums[0])).toBeGreaterThan(1e-4);
    tf.dispose(acts);
    disposeExplanation(e);
    x.dispose();
    disposeOps(ops);
  });
});

describe('explainOne (the LRP view\'s and bench\'s step)', () => {
  it('explains the predicted class unless one is chosen, matches explain(), and leaks nothing', async () => {
    const ops = tinyOps(true);
    const img = randomImage(28, 14);
    const before = tf.memory().numTensors;
    const r = await explainOne(ops, img, null, 0.01);
    expect(r.probs.length).toBe(3);
    expect(r.probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(r.cls).toBe(r.probs.indexOf(Math.max(...r.probs)));
    const other = (r.cls + 1) % 3;
    const chosen = await explainOne(ops, img, other, 0.01);
    expect(chosen.cls).toBe(other);
    const x = tf.tensor4d(img, [1, 28, 28, 1]);
    const e = explain(ops, x, other, 0.01);
    const [rel, sums] = await Promise.all([e.relevance.data(), e.sums.data()]);
    expect(Array.from(chosen.relevance)).toEqual(Array.from(rel));
    expect(Array.from(chosen.sums)).toEqual(Array.from(sums));
    disposeExplanation(e);
    x.dispose();
    expect(tf.memory().numTensors).toBe(before);
    await expect(explainOne(ops, img, null, 0.01, AbortSignal.abort())).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
    disposeOps(ops);
  });
});

describe('receptive fields', () => {
  it('of the digit CNN are 3, 4, 8, 10, 18 pixels with strides 1, 2, 2, 4, 4 (worked by hand)', () => {
    const model = buildDigitCnn(DIGIT_CNN);
    const rf = receptiveFields(opsOf(model));
    expect(rf.map((r) => [r.name, r.size, r.stride, r.offset])).toEqual([
      ['conv1', 3, 1, -1], ['pool1', 4, 2, -1], ['conv2', 8, 2, -3], ['pool2', 10, 4, -3], ['features', 18, 4, -7],
    ]);
    // dissection's view of it: the three conv layers and their fields
    const net = dissectionNet(model);
    expect(net.layers.map((i) => net.ops[i].name)).toEqual(['conv1', 'conv2', 'features']);
    expect(net.rfs.map((r) => r.size)).toEqual([3, 8, 18]);
    model.dispose();
  });
});

describe('cluttered digits', () => {
  // a fake set: digit i is a filled square at rows/cols 10..17 of value 200 + i
  const count = 20;
  const images = new Uint8Array(count * 784);
  for (let i = 0; i < count; i++) for (let r = 10; r < 18; r++) for (let c = 10; c < 18; c++) images[i * 784 + r * 28 + c] = 200 + i;
  const set: MnistSet = { images, labels: Uint8Array.from({ length: count }, (_, i) => i % 10), count };

  it('are reproducible, and each box holds exactly its digit', () => {
    const order = Uint32Array.from({ length: count }, (_, i) => i);
    const a = clutteredBatch(set, order, 0, 8, 77);
    const b = clutteredBatch(set, order, 0, 8, 77);
    expect(a.images).toEqual(b.images);
    expect(a.boxes).toEqual(b.boxes);
    const S = CLUTTER_SIZE;
    for (let i = 0; i < 8; i++) {
      const [x0, y0, x1, y1] = a.boxes[i];
      expect([x1 - x0, y1 - y0]).toEqual([7, 7]); // the 8×8 square's ink box
      expect(x0).toBeGreaterThanOrEqual(0);
      expect(x1).toBeLessThan(S);
      // the digit is drawn last with max(): clutter can add ink to it but never erase it
      expect(a.images[i * S * S + y0 * S + x0]).toBeGreaterThanOrEqual((200 + i) / 255 - 1e-6);
      expect(inBox(a.boxes[i], x0, y0)).toBe(true);
      expect(inBox(a.boxes[i], x1 + 1, y0)).toBe(false);
      expect(a.labels[i]).toBe(i % 10);
    }
    expect(clutteredTestSet(set, 5).count).toBe(5);
  });
});

describe('activation maximisation', () => {
  it('reaches the analytic optimum I* = w_c / 2λ of a linear score', async () => {
    // f(I) = I·W: the objective w_c·I − λ‖I‖² is maximised at I = w_c / (2λ)
    const size = 4;
    const r = mulberry32(5);
    const W = tf.tensor2d(Float32Array.from({ length: size * size * 10 }, () => r() - 0.5), [size * size, 10]);
    const score = (x: tf.Tensor4D) => tf.matMul(tf.reshape(x, [x.shape[0], size * size]), W) as tf.Tensor2D;
    const lambda = 0.5;
    const before = tf.memory().numTensors;
    const am = createActMax(score, [2, 7], size, { lambda, lr: 0.2, normalise: false, jitter: 0, blurEvery: 0, clip: false, seed: 1 });
    for (let i = 0; i < 120; i++) am.step();
    const got = await am.images.data();
    const w = await W.data();
    [2, 7].forEach((c, b) => {
      for (let p = 0; p < size * size; p++) expect(got[b * size * size + p]).toBeCloseTo(w[p * 10 + c] / (2 * lambda), 4);
    });
    // at the optimum the objective is ‖w_c‖² / 4λ
    const { objective } = await am.read();
    [2, 7].forEach((c, b) => {
      let norm = 0;
      for (let p = 0; p < size * size; p++) norm += w[p * 10 + c] ** 2;
      expect(objective[b]).toBeCloseTo(norm / (4 * lambda), 4);
    });
    am.dispose();
    expect(tf.memory().numTensors).toBe(before);
    W.dispose();
  });

  it('with jitter, blur and clipping, raises a conv net\'s class scores and leaks nothing', async () => {
    const model = buildDigitCnn({ filters: [4, 6], seed: 3 });
    const ops = opsOf(model);
    const score = (x: tf.Tensor4D) => activations(ops, x).at(-1) as tf.Tensor2D;
    const before = tf.memory().numTensors;
    const am = createActMax((x) => tf.tidy(() => score(x)), [0, 1, 2], 28, { ...ACTMAX_DEFAULTS, seed: 4 });
    const start = (await am.read()).objective;
    for (let i = 0; i < 30; i++) am.step();
    const end = await am.read();
    end.objective.forEach((s, b) => expect(s).toBeGreaterThan(start[b]));
    const px = await am.images.data();
    expect(Math.min(...px)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...px)).toBeLessThanOrEqual(1);
    am.dispose();
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });

  it('takes the page\'s controls as options, reads each class\'s image apart, and averages each class', async () => {
    expect(actMaxOptions({ lambda: ACTMAX_DEFAULTS.lambda, jitter: true, blur: true }, ACTMAX_DEFAULTS.seed)).toEqual(ACTMAX_DEFAULTS);
    expect(actMaxOptions({ lambda: 0.1, jitter: false, blur: false }, 7)).toEqual({ ...ACTMAX_DEFAULTS, lambda: 0.1, jitter: 0, blurEvery: 0, seed: 7 });
    const score = (x: tf.Tensor4D) => tf.tile(tf.reshape(tf.sum(x, [1, 2, 3]), [-1, 1]), [1, 10]) as tf.Tensor2D;
    const am = createActMax(score, [4, 1], 3, { ...ACTMAX_DEFAULTS, jitter: 0, blurEvery: 0 });
    const all = await am.images.data();
    const s = await snapshot(am);
    expect(s.images.map((im) => Array.from(im))).toEqual([Array.from(all.slice(0, 9)), Array.from(all.slice(9))]);
    expect(s.prob.length).toBe(2);
    am.dispose();
    const images = new Uint8Array(3 * 784);
    images.fill(255, 0, 784); // two 1s, one all ink and one blank; no other class
    const means = classMeans({ images, labels: Uint8Array.from([1, 1, 5]), count: 3 });
    expect([means[1][0], means[5][0], means[0][0]]).toEqual([0.5, 0, 0]);
  });

  it('roll wraps pixels around and rolls back exactly', async () => {
    const x = tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 3, 3, 1]);
    const y = roll(x, 1, -1);
    expect(Array.from(await y.data())).toEqual([8, 9, 7, 2, 3, 1, 5, 6, 4]);
    const back = roll(y, -1, 1);
    expect(Array.from(await back.data())).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    tf.dispose([x, y, back]);
  });
});

describe('unit dissection', () => {
  it('TopK keeps the k largest, strongest first', () => {
    const t = new TopK<{ value: number }>(3);
    [5, 1, 9, 7, 3, 9.5].forEach((value) => t.push({ value }));
    expect(t.items.map((i) => i.value)).toEqual([9.5, 9, 7]);
  });

  it('finds, for an identity unit, each image\'s brightest pixel and cuts the patch around it', async () => {
    // image i: one bright pixel of value 10·(i+1) at row 3 + i, col 20 − i
    const count = 12;
    const images = new Uint8Array(count * 784);
    for (let i = 0; i < count; i++) images[i * 784 + (3 + i) * 28 + (20 - i)] = 10 * (i + 1);
    const set: MnistSet = { images, labels: Uint8Array.from({ length: count }, (_, i) => (i >= 9 ? 4 : i)), count };
    const kernel = new Float32Array(9);
    kernel[4] = 1; // the centre tap: the unit's activation is the pixel itself
    const ops: Op[] = [{ kind: 'conv', name: 'id', kernel: tf.tensor4d(kernel, [3, 3, 1, 1]), bias: tf.zeros([1]) as tf.Tensor1D }];
    const before = tf.memory().numTensors;
    const [d] = await dissect(ops, [0], set, { k: 5, batch: 5 });
    expect(tf.memory().numTensors).toBe(before);
    expect([d.channels, d.grid, d.images]).toEqual([1, 28, 12]);
    expect(d.top[0].map((r) => r.image)).toEqual([11, 10, 9, 8, 7]);
    for (const rec of d.top[0]) {
      expect([rec.y, rec.x]).toEqual([3 + rec.image, 20 - rec.image]);
      expect(rec.value).toBeCloseTo((10 * (rec.image + 1)) / 255, 5);
      const patch = patchOf(set, rec, { size: 3, stride: 1, offset: -1 });
      expect(patch[4]).toBeCloseTo(rec.value, 5); // the centre of the receptive field
      expect(patch.reduce((a, b) => a + b, 0)).toBeCloseTo(rec.value, 5);
    }
    // top images 11, 10, 9, 8, 7 → classes 4, 4, 4, 8, 7: class 4 holds 3 of 5
    expect(d.topClass[0]).toBe(4);
    expect(d.selectivity[0]).toBeCloseTo(3 / 5, 5);
    // the channel on one image: the identity unit's map is the image itself, peaking at its pixel
    const img = Float32Array.from(set.images.subarray(784 * 11, 784 * 12), (v) => v / 255);
    const on = await channelOnImage({ ops, layers: [0], rfs: [] }, 0, 0, img);
    expect(tf.memory().numTensors).toBe(before);
    on.heat.forEach((v, p) => expect(v).toBeCloseTo(img[p], 5));
    expect(on.peak).toBeCloseTo(120 / 255, 5);
    disposeOps(ops);
  });
});

describe('the demos\' link parameters', () => {
  const read = <S extends Parameters<typeof readParams>[0]>(schema: S, pairs: Record<string, string>, quick = false) =>
    readParams(schema, new Map(Object.entries(pairs)), 'en', quick);

  it('default to what the pages always used', () => {
    expect(read(ACTMAX_PARAMS, {}).values).toEqual({ lambda: ACTMAX_DEFAULTS.lambda, jitter: 1, blur: 1 });
    expect(read(CAM_PARAMS, {}).values).toEqual({ image: 0 });
    const lrp = read(LRP_PARAMS, {}).values;
    expect([lrp.digit, LRP_EPS[lrp.eps]]).toEqual([0, 0.01]);
  });

  it('clamp or replace a hostile value, with one notice each', () => {
    const am = read(ACTMAX_PARAMS, { lambda: '-3', jitter: '0', blur: 'abc' });
    expect(am.values).toEqual({ lambda: 0, jitter: 0, blur: 1 });
    expect(am.notices.map((n) => n.key)).toEqual(['outOfRange', 'badNumber']);
    const cam = read(CAM_PARAMS, { image: '99999' });
    expect([cam.values.image, cam.notices.length]).toEqual([499, 1]);
    // the eps slider's position: rounded to a whole index, non-numbers fall back to ε = 0.01
    expect(read(LRP_PARAMS, { eps: '3.6', digit: '12.2' }).values).toEqual({ eps: 4, digit: 12 });
    const bad = read(LRP_PARAMS, { eps: 'abc' });
    expect([LRP_EPS[bad.values.eps], bad.notices.length]).toEqual([0.01, 1]);
  });
});

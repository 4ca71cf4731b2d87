import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { drawingToMnist } from '@/demos/data/drawing';
import { IMAGE_PIXELS } from '@/demos/data/mnist';
import { mulberry32 } from '@/demos/runtime/rng';
import {
  HEAD_DEFAULTS, SAMPLE_SHAPES, SHIFTS, checkSymbols, fitSymbols, headProbs, recogniseSymbol, sampleStrokes, shiftImage, strokeInk,
  symbolTrainingSet, trainSymbolHead, type SampleShape, type SymbolClass,
} from '@/demos/fewshot/symbols';
import { extractorFromModel } from '@/demos/fewshot/extractor';
import { loadModelNode } from '@/demos/models/load-node';

const img = (fill: (i: number) => number) => Float32Array.from({ length: IMAGE_PIXELS }, (_, i) => fill(i));

describe('own symbols: checks before training', () => {
  const one = img(() => 0.5);
  it('needs 2 to 5 symbols, each with at least one drawing', () => {
    expect(checkSymbols([{ name: 'A', examples: [one] }])).toEqual({ kind: 'tooFew', count: 1 });
    expect(checkSymbols(Array.from({ length: 6 }, (_, i) => ({ name: `S${i}`, examples: [one] })))).toEqual({ kind: 'tooMany', count: 6 });
    expect(checkSymbols([{ name: 'A', examples: [one] }, { name: 'B', examples: [] }, { name: 'C', examples: [] }]))
      .toEqual({ kind: 'emptyClass', index: 1, name: 'B' });
    expect(checkSymbols([{ name: 'A', examples: [one] }, { name: 'B', examples: [one, one] }])).toBeNull();
  });
});

describe('own symbols: the training set', () => {
  it('shifts an image by whole pixels, zeros coming in', () => {
    const x = new Float32Array(IMAGE_PIXELS);
    x[5 * 28 + 7] = 1; // row 5, column 7
    const s = shiftImage(x, 2, -1);
    expect(s[4 * 28 + 9]).toBe(1);
    expect(s.reduce((a, v) => a + v, 0)).toBe(1);
    const off = new Float32Array(IMAGE_PIXELS);
    off[27] = 1; // last column falls off when moved right
    expect(shiftImage(off, 1, 0).reduce((a, v) => a + v, 0)).toBe(0);
  });

  it('uses every drawing at every shift, labelled by its class', () => {
    const classes: SymbolClass[] = [{ name: 'A', examples: [img(() => 0.1)] }, { name: 'B', examples: [img(() => 0.2), img(() => 0.3)] }];
    const { x, labels, n } = symbolTrainingSet(classes);
    expect(n).toBe(3 * SHIFTS.length);
    expect(x.length).toBe(n * IMAGE_PIXELS);
    expect(Array.from(labels)).toEqual([...Array(SHIFTS.length).fill(0), ...Array(2 * SHIFTS.length).fill(1)]);
    // the unshifted copy of the second drawing of B, centre pixel
    expect(x[(2 * SHIFTS.length) * IMAGE_PIXELS + 14 * 28 + 14]).toBeCloseTo(0.3);
  });
});

describe('own symbols: the new head', () => {
  it('separates features that point in different directions, with calibrated-ish confidence, and leaks nothing', async () => {
    const before = tf.memory().numTensors;
    // three classes whose features point along different axes (plus noise), 4 examples each
    const rand = mulberry32(3);
    const dim = 16, per = 4, k = 3;
    const f = new Float32Array(k * per * dim);
    const labels = new Int32Array(k * per);
    for (let c = 0; c < k; c++) {
      for (let e = 0; e < per; e++) {
        const row = c * per + e;
        labels[row] = c;
        for (let d = 0; d < dim; d++) f[row * dim + d] = (d % k === c ? 1 : 0) + rand() * 0.3;
      }
    }
    const features = tf.tensor2d(f, [k * per, dim]);
    const { head, loss } = await trainSymbolHead(features, labels, k);
    expect(loss).toBeLessThan(0.5);
    const probs = headProbs(head, features);
    const p = (await probs.array()) as number[][];
    p.forEach((row, i) => {
      expect(row.indexOf(Math.max(...row))).toBe(labels[i]);
      expect(row.reduce((a, v) => a + v, 0)).toBeCloseTo(1, 5);
      // weight decay and the cosine scale keep it from claiming certainty on four examples
      expect(Math.max(...row)).toBeLessThan(0.999);
      expect(Math.max(...row)).toBeGreaterThan(0.6);
    });
    tf.dispose([probs, features]);
    head.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(HEAD_DEFAULTS.steps).toBeGreaterThan(0);
  });
});

describe('own symbols: sample strokes', () => {
  it('rasterises thick strokes like the pad and turns them into distinct MNIST-like images', () => {
    const ink = strokeInk([[[40, 140], [240, 140]]]);
    // a horizontal 22-px-wide line: ink on the line, none far from it
    expect(ink[140 * 280 + 140]).toBe(1);
    expect(ink[(140 + 10) * 280 + 140]).toBe(1);
    expect(ink[(140 + 12) * 280 + 140]).toBe(0);
    expect(ink[140 * 280 + 20]).toBe(0);
    const rand = mulberry32(1);
    const circle = drawingToMnist(strokeInk(sampleStrokes('circle', rand)), 280, 280)!;
    const cross = drawingToMnist(strokeInk(sampleStrokes('cross', rand)), 280, 280)!;
    expect(circle).not.toBeNull();
    expect(cross).not.toBeNull();
    // a circle has no ink at its centre; a cross has it there
    expect(circle[14 * 28 + 14]).toBeLessThan(0.2);
    expect(cross[14 * 28 + 14]).toBeGreaterThan(0.5);
  });
});

describe('own symbols with the committed extractor (digits 0–4 only)', () => {
  it('learns ○ × △ from three drawings each and recognises fresh ones', async () => {
    const model = await loadModelNode('digits04-cnn');
    const ex = extractorFromModel(model);
    const before = tf.memory().numTensors;
    const rand = mulberry32(11);
    const drawn = (s: SampleShape) => drawingToMnist(strokeInk(sampleStrokes(s, rand)), 280, 280)!;
    const classes: SymbolClass[] = SAMPLE_SHAPES.map((s) => ({ name: s, examples: [drawn(s), drawn(s), drawn(s)] }));
    const fit = await fitSymbols(ex.features, classes, 1);
    expect(fit.images).toBe(9 * SHIFTS.length);
    expect(fit.accuracy).toBe(1);
    let right = 0;
    for (let i = 0; i < 30; i++) {
      const c = i % 3;
      const p = await recogniseSymbol(ex.features, fit.head, drawn(SAMPLE_SHAPES[c]));
      if (p.indexOf(Math.max(...p)) === c) right++;
    }
    expect(right).toBeGreaterThanOrEqual(27);
    fit.head.dispose();
    expect(tf.memory().numTensors).toBe(before);
    ex.dispose();
  });
});

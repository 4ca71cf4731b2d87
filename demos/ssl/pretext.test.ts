import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { blockMask, centreMask, cropPatch, maskTokens, neighbourLabel, neighbourOffset, orderLabel, patchOrigin, rotateImage, rotationLabels, sampleTriple, transformImage } from './pretext';
import { mulberry32 } from '../runtime/rng';
import { allRotations } from './rotation-net';
import { buildVocab, contextWindow, encode, MASK, parseMasked, PAD, splitLines, targetPositions, UNK } from './corpus';

describe('pretext labels', () => {
  // 1 2      90° CCW: 2 4    180°: 4 3    270°: 3 1
  // 3 4               1 3          2 1          4 2
  it('rotates a 2×2 image counter-clockwise by quarter turns', () => {
    const img = [1, 2, 3, 4];
    expect(Array.from(rotateImage(img, 2, 0))).toEqual([1, 2, 3, 4]);
    expect(Array.from(rotateImage(img, 2, 1))).toEqual([2, 4, 1, 3]);
    expect(Array.from(rotateImage(img, 2, 2))).toEqual([4, 3, 2, 1]);
    expect(Array.from(rotateImage(img, 2, 3))).toEqual([3, 1, 4, 2]);
    expect(Array.from(rotateImage(img, 2, 4))).toEqual([1, 2, 3, 4]);
  });

  it('labels each image’s four rotations 0,1,2,3 and the device rotations match rotateImage', () => {
    expect(Array.from(rotationLabels(2))).toEqual([0, 1, 2, 3, 0, 1, 2, 3]);
    const img = Array.from({ length: 9 }, (_, i) => i + 1);
    const before = tf.memory().numTensors;
    const out = tf.tidy(() => allRotations(tf.tensor4d(img, [1, 3, 3, 1])));
    const v = out.dataSync();
    out.dispose();
    for (let k = 0; k < 4; k++) expect(Array.from(v.slice(9 * k, 9 * k + 9))).toEqual(Array.from(rotateImage(img, 3, k)));
    expect(tf.memory().numTensors).toBe(before);
  });

  it('numbers the 8 neighbours row by row and inverts', () => {
    expect(neighbourLabel(-1, -1)).toBe(0);
    expect(neighbourLabel(-1, 0)).toBe(1);
    expect(neighbourLabel(0, -1)).toBe(3);
    expect(neighbourLabel(0, 1)).toBe(4);
    expect(neighbourLabel(1, 1)).toBe(7);
    expect(neighbourLabel(0, 0)).toBe(-1);
    expect(neighbourLabel(2, 0)).toBe(-1);
    for (let l = 0; l < 8; l++) expect(neighbourLabel(...neighbourOffset(l))).toBe(l);
  });

  it('calls a triple ordered when it runs forwards or backwards', () => {
    expect(orderLabel(1, 2, 3)).toBe(1);
    expect(orderLabel(3, 2, 1)).toBe(1);
    expect(orderLabel(2, 1, 3)).toBe(0);
    expect(orderLabel(1, 3, 2)).toBe(0);
  });

  it('masks about 15% of tokens, 80% of them with [MASK], and only changes chosen positions', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => 2 + (i % 50));
    const { input, positions } = maskTokens(ids, 0.15, 1, 60, 7);
    expect(positions.length / ids.length).toBeGreaterThan(0.12);
    expect(positions.length / ids.length).toBeLessThan(0.18);
    const masked = positions.filter((p) => input[p] === 1).length / positions.length;
    expect(masked).toBeGreaterThan(0.72);
    expect(masked).toBeLessThan(0.88);
    const chosen = new Set(positions);
    ids.forEach((id, i) => { if (!chosen.has(i)) expect(input[i]).toBe(id); });
    expect(maskTokens([5], 0, 1, 60, 1).positions).toEqual([0]);
  });
});

describe('pretext tasks on images', () => {
  it('places the 3×3 patch grid with 2-pixel gaps inside a 28×28 digit, and crops a patch', () => {
    expect([0, 1, 2].map((c) => patchOrigin(c, 0))).toEqual([1, 10, 19]);
    expect(patchOrigin(2, 2) + 7).toBe(28);
    // a 4×4 image 0..15: the 2×2 patch at row 1, column 2 is 6 7 / 10 11
    const img = Array.from({ length: 16 }, (_, i) => i);
    expect(Array.from(cropPatch(img, 4, 1, 2, 2))).toEqual([6, 7, 10, 11]);
  });

  it('masks a block (clipped to the image) and the centre', () => {
    expect(Array.from(blockMask(3, 1, 1, 2, 2))).toEqual([0, 0, 0, 0, 1, 1, 0, 1, 1]);
    expect(Array.from(blockMask(3, 2, -1, 5, 2))).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 0]);
    expect(Array.from(centreMask(4, 2))).toEqual([0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0]);
  });

  it('turns an image like rotateImage at a quarter turn and shifts it whole pixels', () => {
    const img = Array.from({ length: 9 }, (_, i) => i + 1);
    const turned = Array.from(transformImage(img, 3, Math.PI / 2, 0, 0));
    Array.from(rotateImage(img, 3, 1)).forEach((v, i) => expect(turned[i]).toBeCloseTo(v, 5));
    // one pixel right: the first column becomes 0, the rest is the old first two columns
    expect(Array.from(transformImage(img, 3, 0, 1, 0)).map((v) => +v.toFixed(5))).toEqual([0, 1, 2, 0, 4, 5, 0, 7, 8]);
    // half a pixel down: each row is the average of itself and the one above (0 above the top)
    expect(Array.from(transformImage(img, 3, 0, 0, 0.5)).map((v) => +v.toFixed(5))).toEqual([0.5, 1, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5]);
  });

  it('samples triples whose order label is what was asked for, from three distinct frames', () => {
    const rand = mulberry32(3);
    for (let i = 0; i < 200; i++) {
      const pos = i % 2 === 0;
      const t = sampleTriple(rand, 7, pos);
      expect(new Set(t).size).toBe(3);
      t.forEach((f) => { expect(f).toBeGreaterThanOrEqual(0); expect(f).toBeLessThan(7); });
      expect(orderLabel(...t)).toBe(pos ? 1 : 0);
    }
  });
});

describe('corpus', () => {
  const v = buildVocab(['ab,c', 'ba']);
  it('encodes characters, keeps the specials first, and finds letter targets only', () => {
    expect(v.chars.slice(0, 3)).toEqual(['<pad>', '[MASK]', '<unk>']);
    expect(encode('abz', v)).toEqual([3, 4, UNK]);
    expect(targetPositions([encode('ab,c', v)], v)).toEqual([[0, 0], [0, 1], [0, 3]]);
  });
  it('takes a window either side of the masked position, padded beyond the line', () => {
    expect(contextWindow([10, 11, 12, 13], 1, 2)).toEqual([PAD, 10, 12, 13]);
  });
  it('parses a typed sentence with [MASK]s and says what is wrong otherwise', () => {
    expect(parseMasked('a[MASK]c', v, 'en')).toEqual({ ids: [3, MASK, 6], masks: [1], unknown: [] });
    expect(parseMasked('A[mask]Q', v, 'en')).toEqual({ ids: [3, MASK, UNK], masks: [1], unknown: ['q'] });
    expect(parseMasked('   ', v, 'en')).toEqual({ error: 'empty' });
    expect(parseMasked('abc', v, 'en')).toEqual({ error: 'no-mask' });
    expect(parseMasked('a'.repeat(300) + '[MASK]', v, 'en')).toEqual({ error: 'too-long' });
  });
  it('holds out the last lines', () => {
    const { train, test } = splitLines(Array.from({ length: 10 }, (_, i) => `L${i}`).join('\n'), 'en');
    expect(train).toHaveLength(9);
    expect(test).toEqual(['l9']);
  });
});

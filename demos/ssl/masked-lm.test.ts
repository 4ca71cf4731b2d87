import fs from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { createMlm, fillMasks, prepareCorpus, scoreMlm, trainMlm } from './masked-lm';
import { parseMasked } from './corpus';

const text = fs.readFileSync('public/data/ssl-corpus/genesis.txt', 'utf8').split('\n').slice(0, 300).join('\n');

describe('masked-lm', () => {
  it('beats the unigram baseline after a short run, fills a typed [MASK], and leaks nothing', async () => {
    const d = prepareCorpus(text, 'en');
    expect(d.vocab.chars[d.unigram]).toBe('e');
    const before = tf.memory().numTensors;
    const o = { steps: 80, batch: 64, lr: 0.01, width: 3, dim: 12, hidden: 48, evalEvery: 40, evalTokens: 300, seed: 1 };
    const m = createMlm(d.vocab.chars.length, o);
    const curve = await trainMlm(m, d, o);
    expect(curve.map((p) => p.step)).toEqual([40, 80]);
    const s = await scoreMlm(m, d, d.testPos.slice(0, 500));
    expect(s.top1).toBeGreaterThan(s.unigram);
    const p = parseMasked('in the beginning god created the heaven and the [MASK]arth', d.vocab, 'en');
    if ('error' in p) throw new Error(p.error);
    const g = await fillMasks(m, d.vocab, p.ids, p.masks, 3);
    expect(g[0]).toHaveLength(3);
    m.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops when aborted', async () => {
    const d = prepareCorpus(text, 'en');
    const o = { steps: 10, batch: 16, lr: 0.01, width: 2, dim: 8, hidden: 16, evalEvery: 5, evalTokens: 50, seed: 1 };
    const m = createMlm(d.vocab.chars.length, o);
    const before = tf.memory().numTensors;
    const ac = new AbortController();
    ac.abort();
    await expect(trainMlm(m, d, o, { signal: ac.signal })).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
    m.dispose();
  });
});

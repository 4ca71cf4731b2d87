/**
 * masked-lm: BERT's first pre-training task (Devlin et al. 2019, §3.1) at the size of a browser
 * tab. A character is hidden; the model sees `width` characters each side and predicts it.
 * The model is deliberately tiny — an embedding per character, the 2·width embeddings side by
 * side, one hidden ReLU layer, a softmax over the vocabulary — not a Transformer: what the demo
 * shows is the task (labels made from raw text), not BERT's architecture.
 * Embeddings are one-hot × matrix, never tf.gather (WASM has no gather gradient).
 */
import * as tf from '@tensorflow/tfjs';
import { runLoop } from '../runtime/loop';
import { mulberry32 } from '../runtime/rng';
import { buildVocab, contextWindow, encode, MASK, splitLines, targetPositions, type CorpusName, type Vocab } from './corpus';

export interface MlmData { name: CorpusName; vocab: Vocab; train: number[][]; test: number[][]; trainPos: [number, number][]; testPos: [number, number][]; unigram: number }

export function prepareCorpus(text: string, name: CorpusName): MlmData {
  const { train: tr, test: te } = splitLines(text, name);
  const vocab = buildVocab(tr);
  const train = tr.map((l) => encode(l, vocab));
  const test = te.map((l) => encode(l, vocab));
  const trainPos = targetPositions(train, vocab);
  // the unigram baseline: always guess the training targets' most frequent character
  const counts = new Map<number, number>();
  for (const [l, p] of trainPos) counts.set(train[l][p], (counts.get(train[l][p]) ?? 0) + 1);
  const unigram = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  return { name, vocab, train, test, trainPos, testPos: targetPositions(test, vocab), unigram };
}

export interface MlmOptions { steps: number; batch: number; lr: number; width: number; dim: number; hidden: number; evalEvery: number; evalTokens: number; seed: number }
export const MLM_DEFAULTS = { steps: 300, batch: 128, lr: 0.01, width: 4, dim: 24, hidden: 128, evalEvery: 50, evalTokens: 1000 };
export const MLM_QUICK = { steps: 40, batch: 64, lr: 0.01, width: 4, dim: 16, hidden: 64, evalEvery: 20, evalTokens: 300 };

export interface MlmModel { vocab: number; width: number; w: tf.Variable[]; dispose(): void }

export function createMlm(vocab: number, o: Pick<MlmOptions, 'width' | 'dim' | 'hidden' | 'seed'>): MlmModel {
  const init = [
    tf.randomNormal([vocab, o.dim], 0, 0.1, 'float32', o.seed),
    tf.initializers.heNormal({ seed: o.seed + 1 }).apply([2 * o.width * o.dim, o.hidden]), tf.zeros([o.hidden]),
    tf.initializers.glorotUniform({ seed: o.seed + 2 }).apply([o.hidden, vocab]), tf.zeros([vocab]),
  ];
  const w = init.map((t) => { const v = tf.variable(t); t.dispose(); return v; });
  return { vocab, width: o.width, w, dispose: () => tf.dispose(w) };
}

/** windows [n, 2·width] int32 → logits [n, vocab] */
export function mlmLogits(m: MlmModel, windows: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const n = windows.shape[0];
    const emb = tf.matMul(tf.oneHot(tf.reshape(windows, [-1]), m.vocab).toFloat(), m.w[0]);
    const h = tf.relu(tf.add(tf.matMul(tf.reshape(emb, [n, -1]), m.w[1]), m.w[2]));
    return tf.add(tf.matMul(h, m.w[3]), m.w[4]) as tf.Tensor2D;
  });
}

/** Windows and targets for the given (line, position) pairs; `corrupt` hides that share of context characters too. */
export function windowsOf(lines: number[][], pos: [number, number][], width: number, corrupt = 0, rand = Math.random) {
  const x = new Int32Array(pos.length * 2 * width);
  const y = new Int32Array(pos.length);
  pos.forEach(([l, p], i) => {
    const win = contextWindow(lines[l], p, width);
    win.forEach((id, j) => { x[i * 2 * width + j] = corrupt > 0 && rand() < corrupt ? MASK : id; });
    y[i] = lines[l][p];
  });
  return { x, y };
}

export interface MlmPoint { step: number; top1: number; unigram: number }

/** A fixed, seeded sample of held-out targets (all of them when n ≥ their number). */
export function sampleTargets(pos: [number, number][], n: number, seed: number): [number, number][] {
  if (n >= pos.length) return pos;
  const rand = mulberry32(seed);
  return Array.from({ length: n }, () => pos[Math.floor(rand() * pos.length)]);
}

/** Top-1 and top-5 accuracy of the model, and the unigram guess's, on the given held-out targets. */
export async function scoreMlm(m: MlmModel, d: MlmData, pos: [number, number][]) {
  const { x, y } = windowsOf(d.test, pos, m.width);
  const logits = tf.tidy(() => mlmLogits(m, tf.tensor2d(x, [pos.length, 2 * m.width], 'int32')));
  const yt = tf.tensor1d(y, 'int32');
  const hits1 = tf.tidy(() => logits.argMax(1).equal(yt).sum());
  let hits5: tf.Tensor | null = null;
  try {
    hits5 = await tf.inTopKAsync(logits, yt, 5);
    const [h1, h5] = await Promise.all([hits1.data(), hits5.data()]);
    const uni = y.reduce((s, t) => s + (t === d.unigram ? 1 : 0), 0);
    return { top1: h1[0] / pos.length, top5: Array.from(h5).reduce((s, b) => s + Number(b), 0) / pos.length, unigram: uni / pos.length };
  } finally {
    tf.dispose([logits, yt, hits1, ...(hits5 ? [hits5] : [])]);
  }
}

export async function trainMlm(m: MlmModel, d: MlmData, o: MlmOptions, hooks: { signal?: AbortSignal; onProgress?: (f: number) => void; onPoint?: (p: MlmPoint) => void } = {}) {
  const rand = mulberry32(o.seed);
  const opt = tf.train.adam(o.lr);
  const evalPos = sampleTargets(d.testPos, o.evalTokens, o.seed + 7);
  const curve: MlmPoint[] = [];
  try {
    await runLoop({
      steps: o.steps,
      signal: hooks.signal,
      onProgress: hooks.onProgress,
      step: async (i) => {
        const pos = Array.from({ length: o.batch }, () => d.trainPos[Math.floor(rand() * d.trainPos.length)]);
        const { x, y } = windowsOf(d.train, pos, o.width, 0.1, rand);
        opt.minimize(() => tf.tidy(() => {
          const logits = mlmLogits(m, tf.tensor2d(x, [o.batch, 2 * o.width], 'int32'));
          return tf.losses.softmaxCrossEntropy(tf.oneHot(tf.tensor1d(y, 'int32'), m.vocab).toFloat(), logits) as tf.Scalar;
        }), false, m.w);
        if ((i + 1) % o.evalEvery === 0 || i === o.steps - 1) {
          const s = await scoreMlm(m, d, evalPos);
          const p = { step: i + 1, top1: s.top1, unigram: s.unigram };
          curve.push(p);
          hooks.onPoint?.(p);
        }
      },
    });
    return curve;
  } finally {
    opt.dispose();
  }
}

/** The model's top-n guesses (character and probability) for each [MASK] of a parsed sentence. */
export async function fillMasks(m: MlmModel, v: Vocab, ids: number[], masks: number[], n = 5) {
  const { x } = windowsOf([ids], masks.map((p) => [0, p] as [number, number]), m.width);
  const probs = tf.tidy(() => tf.softmax(mlmLogits(m, tf.tensor2d(x, [masks.length, 2 * m.width], 'int32'))));
  const { values, indices } = tf.topk(probs, Math.min(n + 3, m.vocab));
  try {
    const [pv, iv] = await Promise.all([values.data(), indices.data()]);
    const k = values.shape[1] as number;
    return masks.map((_, r) => {
      const out: { ch: string; p: number }[] = [];
      for (let j = 0; j < k && out.length < n; j++) if (iv[r * k + j] > 2) out.push({ ch: v.chars[iv[r * k + j]], p: pv[r * k + j] });
      return out;
    });
  } finally {
    tf.dispose([probs, values, indices]);
  }
}

/**
 * The fairness demo's data and its threshold arithmetic, in plain TypeScript (no tensors), so the
 * view can move thresholds instantly over scores it read back once.
 *
 * The task: "is this digit 5 or more?" (label 1) on real MNIST. The group attribute is OURS,
 * constructed honestly: each digit is put in group B with probability 0.6 if its label is 1 and
 * 0.4 if it is 0 (so the groups' base rates differ, ≈ 0.6 vs ≈ 0.4, as in Kleinberg et al.'s
 * setting), and every group-B digit is shown as a faded scan (low contrast on a grey
 * background). In training, group B is then cut down to a small share (under-representation).
 */
import { IMAGE_PIXELS, type MnistSet } from '../data/mnist';
import { mulberry32 } from '../runtime/rng';

export const FADE = { floor: 0.3, gain: 0.5 };
export const P_B_GIVEN_POS = 0.6;
export const P_B_GIVEN_NEG = 0.4;

export interface GroupSet {
  /** n × 784 floats in [0, 1], group B already faded */
  x: Float32Array;
  y: Uint8Array;
  /** 1 = group B */
  g: Uint8Array;
  n: number;
}

/** Deterministic group of digit `i` of a split (same digit, same group, every run). */
export function groupOf(label01: number, i: number, seed: number): number {
  const u = mulberry32(seed * 7_919 + i * 104_729 + 1)();
  return u < (label01 ? P_B_GIVEN_POS : P_B_GIVEN_NEG) ? 1 : 0;
}

/**
 * Digits [0, count) of `set`, grouped; `shareB` (0..1] keeps only that share of group B among
 * the kept digits (training: under-represented), 1 keeps every digit (test).
 */
export function buildGroupSet(set: MnistSet, count: number, seed: number, shareB = 1): GroupSet {
  const n0 = Math.min(count, set.count);
  const keep: number[] = [];
  const groups: number[] = [];
  let nA = 0;
  const cand: { i: number; g: number }[] = [];
  for (let i = 0; i < n0; i++) {
    const g = groupOf(set.labels[i] >= 5 ? 1 : 0, i, seed);
    cand.push({ i, g });
    if (!g) nA++;
  }
  // B digits allowed so that B / (A + B) = shareB
  const maxB = shareB >= 1 ? Infinity : Math.round((shareB * nA) / (1 - shareB));
  let nB = 0;
  for (const c of cand) {
    if (c.g && nB >= maxB) continue;
    if (c.g) nB++;
    keep.push(c.i);
    groups.push(c.g);
  }
  const n = keep.length;
  const x = new Float32Array(n * IMAGE_PIXELS);
  const y = new Uint8Array(n);
  const g = Uint8Array.from(groups);
  keep.forEach((src, k) => {
    const base = src * IMAGE_PIXELS;
    const faded = g[k] === 1;
    for (let p = 0; p < IMAGE_PIXELS; p++) {
      const v = set.images[base + p] / 255;
      x[k * IMAGE_PIXELS + p] = faded ? FADE.floor + FADE.gain * v : v;
    }
    y[k] = set.labels[src] >= 5 ? 1 : 0;
  });
  // the original order is kept, so A and B are spread through the set and any prefix holds both
  return { x, y, g, n };
}

export interface Rates {
  /** error rate, true-positive rate, false-positive rate, share predicted positive, precision */
  err: number;
  tpr: number;
  fpr: number;
  pos: number;
  ppv: number;
  n: number;
  base: number;
}

/** One group's rates at threshold t: predict 1 when score ≥ t. */
export function ratesAt(scores: ArrayLike<number>, y: ArrayLike<number>, g: ArrayLike<number>, group: number, t: number): Rates {
  let tp = 0, fp = 0, tn = 0, fn = 0;
  for (let i = 0; i < scores.length; i++) {
    if (g[i] !== group) continue;
    const p = scores[i] >= t;
    if (y[i]) { if (p) tp++; else fn++; } else if (p) fp++; else tn++;
  }
  const n = tp + fp + tn + fn;
  const div = (a: number, b: number) => (b > 0 ? a / b : 0);
  return { err: div(fp + fn, n), tpr: div(tp, tp + fn), fpr: div(fp, fp + tn), pos: div(tp + fp, n), ppv: div(tp, tp + fp), n, base: div(tp + fn, n) };
}

export type Strategy = 'single' | 'parity' | 'opportunity';
export interface Thresholds { a: number; b: number }

export const GRID = Array.from({ length: 199 }, (_, i) => (i + 1) / 200);

function accuracy(scores: ArrayLike<number>, y: ArrayLike<number>, g: ArrayLike<number>, th: Thresholds) {
  let hit = 0;
  for (let i = 0; i < scores.length; i++) hit += +((scores[i] >= (g[i] ? th.b : th.a)) === (y[i] === 1));
  return scores.length ? hit / scores.length : 0;
}

/**
 * The thresholds each strategy picks on a calibration set (Hardt et al.'s recipe, in the style of
 * Wattenberg, Viégas & Hardt): the most accurate pair subject to its constraint. single: one t for
 * both; parity: equal share predicted positive; opportunity: equal true-positive rates (the
 * constraint is met within the grid's resolution: the closest t_B for each t_A).
 */
export function chooseThresholds(scores: ArrayLike<number>, y: ArrayLike<number>, g: ArrayLike<number>, s: Strategy): Thresholds {
  let best: Thresholds = { a: 0.5, b: 0.5 };
  let bestAcc = -1;
  const key = s === 'parity' ? 'pos' : 'tpr';
  const rb = GRID.map((t) => ratesAt(scores, y, g, 1, t));
  for (const ta of GRID) {
    let tb = ta;
    if (s !== 'single') {
      const target = ratesAt(scores, y, g, 0, ta)[key];
      let gap = Infinity;
      GRID.forEach((t, k) => {
        const d = Math.abs(rb[k][key] - target);
        if (d < gap - 1e-12) { gap = d; tb = t; }
      });
    }
    const acc = accuracy(scores, y, g, { a: ta, b: tb });
    if (acc > bestAcc + 1e-12) { bestAcc = acc; best = { a: ta, b: tb }; }
  }
  return best;
}

export interface Outcome { th: Thresholds; a: Rates; b: Rates; acc: number; errGap: number; tprGap: number; posGap: number }

export function outcome(scores: ArrayLike<number>, y: ArrayLike<number>, g: ArrayLike<number>, th: Thresholds): Outcome {
  const a = ratesAt(scores, y, g, 0, th.a);
  const b = ratesAt(scores, y, g, 1, th.b);
  return { th, a, b, acc: accuracy(scores, y, g, th), errGap: Math.abs(a.err - b.err), tprGap: Math.abs(a.tpr - b.tpr), posGap: Math.abs(a.pos - b.pos) };
}

/**
 * The controller: an autoregressive policy over the decisions of space.ts. Decision k's logits
 * depend on the choice made at decision k−1 (a table θ_k[previous choice]), the smallest model
 * that, like Zoph & Le's RNN, conditions each choice on the ones before it. Trained with
 * REINFORCE and a moving-average baseline. Plain numbers (no tensors): it has about 60
 * parameters, and every gradient below is written out so a unit test can check it by hand.
 */
import type { Choices, Decision } from './space';

export interface Policy {
  sizes: number[];
  /** theta[k][prev][choice]; decision 0 has a single row */
  theta: number[][][];
}

export function createPolicy(decisions: readonly Decision[]): Policy {
  const sizes = decisions.map((d) => d.values.length);
  const theta = sizes.map((n, k) => Array.from({ length: k === 0 ? 1 : sizes[k - 1] }, () => new Array<number>(n).fill(0)));
  return { sizes, theta };
}

export function softmax(z: number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

const row = (p: Policy, k: number, c: Choices) => p.theta[k][k === 0 ? 0 : c[k - 1]];

/** Samples one architecture, decision by decision. */
export function samplePolicy(p: Policy, rand: () => number): Choices {
  const c: Choices = [];
  for (let k = 0; k < p.sizes.length; k++) {
    const probs = softmax(row(p, k, c));
    let u = rand(), j = 0;
    while (j < probs.length - 1 && u >= probs[j]) { u -= probs[j]; j++; }
    c.push(j);
  }
  return c;
}

/** log π(c) = Σ_k log softmax(θ_k[c_{k−1}])[c_k] */
export function logProb(p: Policy, c: Choices): number {
  let s = 0;
  for (let k = 0; k < p.sizes.length; k++) s += Math.log(softmax(row(p, k, c))[c[k]]);
  return s;
}

/**
 * ∇_θ log π(c): for each decision, only the row that was used moves, by onehot(c_k) − softmax(row).
 * Returned with the same shape as theta (zeros elsewhere).
 */
export function gradLogProb(p: Policy, c: Choices): number[][][] {
  const g = p.theta.map((rows) => rows.map((r) => r.map(() => 0)));
  for (let k = 0; k < p.sizes.length; k++) {
    const r = k === 0 ? 0 : c[k - 1];
    const probs = softmax(p.theta[k][r]);
    probs.forEach((q, j) => { g[k][r][j] = (j === c[k] ? 1 : 0) - q; });
  }
  return g;
}

/** One REINFORCE step, θ ← θ + η (R − b) ∇_θ log π(c); returns the advantage R − b. */
export function reinforce(p: Policy, c: Choices, reward: number, baseline: number, lr: number): number {
  const adv = reward - baseline;
  const g = gradLogProb(p, c);
  for (let k = 0; k < g.length; k++) for (let r = 0; r < g[k].length; r++) for (let j = 0; j < g[k][r].length; j++) p.theta[k][r][j] += lr * adv * g[k][r][j];
  return adv;
}

/**
 * The marginal probability of each choice at each decision, P(c_k = j), summing over the choices
 * before it: what the view draws as “the policy's probabilities per choice”.
 */
export function marginals(p: Policy): number[][] {
  const out: number[][] = [];
  let prev = [1];
  for (let k = 0; k < p.sizes.length; k++) {
    const m = new Array<number>(p.sizes[k]).fill(0);
    p.theta[k].forEach((logits, r) => { const q = softmax(logits); q.forEach((v, j) => { m[j] += prev[r] * v; }); });
    out.push(m);
    prev = m;
  }
  return out;
}

/** Spearman's rank correlation (average ranks for ties). */
export function spearman(a: number[], b: number[]): number {
  const rank = (v: number[]) => {
    const idx = v.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
    const r = new Array<number>(v.length);
    for (let i = 0; i < idx.length;) {
      let j = i;
      while (j + 1 < idx.length && idx[j + 1][0] === idx[i][0]) j++;
      for (let t = i; t <= j; t++) r[idx[t][1]] = (i + j) / 2 + 1;
      i = j + 1;
    }
    return r;
  };
  const ra = rank(a), rb = rank(b);
  const n = a.length;
  const ma = ra.reduce((s, x) => s + x, 0) / n, mb = rb.reduce((s, x) => s + x, 0) / n;
  let num = 0, da = 0, db = 0;
  for (let i = 0; i < n; i++) { num += (ra[i] - ma) * (rb[i] - mb); da += (ra[i] - ma) ** 2; db += (rb[i] - mb) ** 2; }
  return da && db ? num / Math.sqrt(da * db) : 0;
}

/**
 * How the training digits are dealt out to K simulated clients. Federated learning's central
 * difficulty is that clients' data are not samples of one distribution; the three splitters span
 * the range the lecture compares:
 *
 *   iidSplit        a seeded shuffle dealt into K near-equal parts (sizes differ by at most 1):
 *                   every client looks like the whole dataset.
 *   dirichletSplit  for each class c, the proportions of its examples going to the K clients are
 *                   drawn from Dir(α, …, α) (Hsu et al. 2019). α → ∞ tends to IID; α = 0.1 gives
 *                   most clients one or two dominant classes and very unequal sizes.
 *   shardSplit      McMahan et al. 2017's pathological split: digits sorted by label, cut into
 *                   shardsPerClient·K shards, shardsPerClient shards per client — so with 2 shards
 *                   a client sees at most 2 digits.
 *
 * Every splitter returns one Int32Array of example indices per client; together they use every
 * index exactly once. All randomness is seeded (mulberry32), so a split is the same everywhere.
 */
import { NUM_CLASSES } from '../data/mnist';
import { mulberry32, seededPermutation } from '../runtime/rng';

export type Partition = Int32Array[];

export class PartitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PartitionError';
  }
}

function checkK(n: number, K: number) {
  if (!Number.isInteger(K) || K < 1) throw new PartitionError(`the number of clients must be a positive integer, not ${K}`);
  if (K > n) throw new PartitionError(`${K} clients cannot each get an example of ${n}`);
}

/** A seeded shuffle dealt into K contiguous parts whose sizes differ by at most one. */
export function iidSplit(labels: ArrayLike<number>, K: number, seed: number): Partition {
  const n = labels.length;
  checkK(n, K);
  const perm = seededPermutation(n, seed);
  const out: Partition = [];
  for (let k = 0; k < K; k++) {
    const start = Math.floor((k * n) / K), end = Math.floor(((k + 1) * n) / K);
    out.push(Int32Array.from(perm.subarray(start, end)));
  }
  return out;
}

/** Standard normal from a uniform generator (Box–Muller; 1 − u keeps the log finite). */
export function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/**
 * log of a Gamma(α, 1) draw, by Marsaglia & Tsang (2000). For α ≥ 1: d = α − 1/3,
 * c = 1/√(9d); repeat x ~ N(0,1), v = (1 + cx)³ until v > 0 and
 * log u < x²/2 + d − dv + d·log v; the draw is d·v. For α < 1 the boost
 * Gamma(α) = Gamma(α + 1)·U^{1/α} applies. Returned as a logarithm because with α = 0.01 the
 * factor U^{1/α} underflows to 0 in double precision while its log (log U / α) is fine.
 */
export function logGamma01(alpha: number, rand: () => number): number {
  if (!(alpha > 0)) throw new PartitionError(`the Dirichlet α must be positive, not ${alpha}`);
  if (alpha < 1) return logGamma01(alpha + 1, rand) + Math.log(1 - rand()) / alpha;
  const d = alpha - 1 / 3, c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number, v: number;
    do {
      x = gaussian(rand);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rand(); // (0, 1]
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return Math.log(d * v);
  }
}

/** One draw of Dir(α, …, α) over K components, normalised in log space (see logGamma01). */
export function dirichlet(alpha: number, K: number, rand: () => number): Float64Array {
  const logs = Float64Array.from({ length: K }, () => logGamma01(alpha, rand));
  let max = -Infinity;
  for (const l of logs) max = Math.max(max, l);
  let sum = 0;
  const p = new Float64Array(K);
  for (let k = 0; k < K; k++) sum += p[k] = Math.exp(logs[k] - max);
  for (let k = 0; k < K; k++) p[k] /= sum;
  return p;
}

/** Example indices grouped by class, each group in a seeded random order. */
function byClass(labels: ArrayLike<number>, seed: number): number[][] {
  const perm = seededPermutation(labels.length, seed);
  const groups: number[][] = Array.from({ length: NUM_CLASSES }, () => []);
  for (const i of perm) groups[labels[i]].push(i);
  return groups;
}

/**
 * Dirichlet label skew: for every class independently, proportions p ~ Dir(α) over the K
 * clients, and that class's (shuffled) examples are cut at the cumulative proportions
 * round(n_c · Σ_{j≤k} p_j). Small α concentrates each class on a few clients and leaves client
 * sizes very unequal.
 *
 * Every client gets at least `minSize` (default 1) examples: with α = 0.1 and K = 100 many clients
 * would otherwise be empty (a client with no data cannot take part in a round). Repair, not
 * resampling (resampling until no client is empty may never end at small α): while some client
 * is short, it takes one example from the currently largest client — that client's last
 * example, so the donor's class mix barely changes and the split stays deterministic.
 */
export function dirichletSplit(labels: ArrayLike<number>, K: number, alpha: number, seed: number, minSize = 1): Partition {
  const n = labels.length;
  checkK(n, K);
  if (minSize * K > n) throw new PartitionError(`${K} clients cannot each get ${minSize} of ${n} examples`);
  const rand = mulberry32(seed);
  const lists: number[][] = Array.from({ length: K }, () => []);
  for (const group of byClass(labels, seed + 1)) {
    if (group.length === 0) continue;
    const p = dirichlet(alpha, K, rand);
    let cum = 0, start = 0;
    for (let k = 0; k < K; k++) {
      cum += p[k];
      const end = k === K - 1 ? group.length : Math.min(group.length, Math.round(cum * group.length));
      for (let j = start; j < end; j++) lists[k].push(group[j]);
      start = Math.max(start, end);
    }
  }
  for (let k = 0; k < K; k++) {
    while (lists[k].length < minSize) {
      let donor = 0;
      for (let j = 1; j < K; j++) if (lists[j].length > lists[donor].length) donor = j;
      lists[k].push(lists[donor].pop()!);
    }
  }
  return lists.map((l) => Int32Array.from(l));
}

/**
 * McMahan et al.'s pathological non-IID split: shardsPerClient·K shards of sorted digits,
 * shardsPerClient of them per client, dealt in a seeded random order.
 *
 * One difference from the paper: there, the sorted list is cut into equal shards, so a shard can
 * straddle two digits and a client can end up with 3 or 4 classes. Here the shards are cut
 * within each class (every class gets a number of shards proportional to its size, by largest
 * remainder, and at least one when there are enough shards), so no shard mixes digits and a
 * client with 2 shards holds at most 2 classes, as the lecture says. Shard sizes then differ by
 * a few examples. (With fewer shards than digits, e.g. 2 clients × 2 shards, single-class shards
 * cannot cover every example and the paper's equal cuts of the sorted list are used instead.)
 */
export function shardSplit(labels: ArrayLike<number>, K: number, shardsPerClient = 2, seed = 1): Partition {
  const n = labels.length;
  checkK(n, K);
  if (!Number.isInteger(shardsPerClient) || shardsPerClient < 1) {
    throw new PartitionError(`shards per client must be a positive integer, not ${shardsPerClient}`);
  }
  const S = shardsPerClient * K;
  if (S > n) throw new PartitionError(`${S} shards cannot each get an example of ${n}`);
  const groups = byClass(labels, seed + 1).filter((g) => g.length > 0);
  if (S < groups.length) {
    // fewer shards than digits: single-class shards cannot cover every example, so cut the sorted
    // list into S equal pieces as the paper does (shards then straddle digits)
    const sorted = groups.flat();
    const pieces = Array.from({ length: S }, (_, s) => sorted.slice(Math.floor((s * n) / S), Math.floor(((s + 1) * n) / S)));
    const deal = seededPermutation(S, seed);
    return Array.from({ length: K }, (_, k) =>
      Int32Array.from(Array.from({ length: shardsPerClient }, (_, s) => pieces[deal[k * shardsPerClient + s]]).flat()));
  }
  // shards per class: proportional to its size (largest remainder), ≥ 1 per class when S allows
  const quota = groups.map((g) => (g.length * S) / n);
  const count = quota.map((q) => Math.floor(q));
  if (S >= groups.length) count.forEach((c, i) => { if (c === 0) count[i] = 1; });
  let left = S - count.reduce((a, b) => a + b, 0);
  const order = quota.map((q, i) => i).sort((a, b) => (quota[b] - Math.floor(quota[b])) - (quota[a] - Math.floor(quota[a])));
  for (let j = 0; left > 0; j = (j + 1) % order.length, left--) count[order[j]]++;
  while (left < 0) { // the ≥ 1 rule overshot: take back from the classes with the most shards
    const i = count.indexOf(Math.max(...count));
    count[i]--;
    left++;
  }
  const shards: number[][] = [];
  groups.forEach((g, c) => {
    const m = Math.min(count[c], g.length);
    for (let s = 0; s < m; s++) shards.push(g.slice(Math.floor((s * g.length) / m), Math.floor(((s + 1) * g.length) / m)));
  });
  if (shards.length !== S) throw new PartitionError(`could not cut ${S} single-class shards from ${n} examples`);
  const deal = seededPermutation(S, seed);
  return Array.from({ length: K }, (_, k) => {
    const mine: number[] = [];
    for (let s = 0; s < shardsPerClient; s++) mine.push(...shards[deal[k * shardsPerClient + s]]);
    return Int32Array.from(mine);
  });
}

/** How many of each digit a client holds: number[10]. */
export function labelHistogram(labels: ArrayLike<number>, indices: ArrayLike<number>): number[] {
  const h = new Array<number>(NUM_CLASSES).fill(0);
  for (let i = 0; i < indices.length; i++) h[labels[indices[i]]]++;
  return h;
}

export type PartitionKind = 'iid' | 'dirichlet' | 'shards';

export interface PartitionSpec {
  kind: PartitionKind;
  /** number of clients K */
  clients: number;
  /** Dirichlet concentration (kind 'dirichlet') */
  alpha?: number;
  /** shards per client (kind 'shards'; default 2) */
  shardsPerClient?: number;
  seed: number;
}

/** One of the three splits by name: what a view's "data distribution" control selects. */
export function makePartition(labels: ArrayLike<number>, spec: PartitionSpec): Partition {
  switch (spec.kind) {
    case 'iid': return iidSplit(labels, spec.clients, spec.seed);
    case 'dirichlet': return dirichletSplit(labels, spec.clients, spec.alpha ?? 0.1, spec.seed);
    case 'shards': return shardSplit(labels, spec.clients, spec.shardsPerClient ?? 2, spec.seed);
  }
}

/**
 * A one-number summary of label skew for a view's caption: the mean over clients of the share
 * of the client's largest class (0.1 for perfectly balanced digits, 1 when every client has one).
 */
export function meanTopClassShare(labels: ArrayLike<number>, parts: Partition): number {
  let s = 0;
  for (const p of parts) {
    const h = labelHistogram(labels, p);
    s += p.length ? Math.max(...h) / p.length : 0;
  }
  return parts.length ? s / parts.length : 0;
}

/**
 * Matching networks, the data side: pools of digits by class, N-way k-shot episodes drawn from
 * them (class-major index lists, optionally with quarter turns as new classes), and their pixels.
 * The method is described in demos/fewshot/matching.ts.
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_PIXELS, IMAGE_SIZE, type MnistSet } from '../data/mnist';
import { mulberry32 } from '../runtime/rng';

export const SEEN_CLASSES: readonly number[] = [0, 1, 2, 3, 4, 5];
export const UNSEEN_CLASSES: readonly number[] = [6, 7, 8, 9];

export class FewShotInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FewShotInputError';
  }
}

// ---------------------------------------------------------------------------------------------
// Digits and episodes

/** Some digits of a split, by class: pixels stay uint8 on the host until a batch is built. */
export interface Pool {
  images: Uint8Array;
  labels: Uint8Array;
  count: number;
  /** pool indices of each digit class present */
  byClass: Map<number, number[]>;
}

/** The digits of `set` whose class is in `classes` (at most `perClass` of each, the first ones). */
export function makePool(set: MnistSet, classes: readonly number[], perClass = Infinity): Pool {
  const keep: number[] = [];
  const seen = new Map<number, number>();
  for (let i = 0; i < set.count; i++) {
    const c = set.labels[i];
    if (!classes.includes(c)) continue;
    const n = seen.get(c) ?? 0;
    if (n >= perClass) continue;
    seen.set(c, n + 1);
    keep.push(i);
  }
  const images = new Uint8Array(keep.length * IMAGE_PIXELS);
  const labels = new Uint8Array(keep.length);
  const byClass = new Map<number, number[]>();
  keep.forEach((src, i) => {
    images.set(set.images.subarray(src * IMAGE_PIXELS, (src + 1) * IMAGE_PIXELS), i * IMAGE_PIXELS);
    labels[i] = set.labels[src];
    if (!byClass.has(labels[i])) byClass.set(labels[i], []);
    byClass.get(labels[i])!.push(i);
  });
  return { images, labels, count: keep.length, byClass };
}

export interface Episode {
  way: number;
  shot: number;
  queries: number;
  /** classes[c] = the real digit behind episode label c (a random order: labels are permuted) */
  classes: number[];
  /** pool indices, class-major: support[c·shot + j] has episode label c */
  support: Int32Array;
  /** pool indices, class-major: query[c·queries + j] has episode label c; disjoint from support */
  query: Int32Array;
  /**
   * turns[c]: quarter turns applied to every digit of episode class c. Training can rotate digits
   * to make new classes, as Vinyals et al. did on Omniglot ("augmented with new classes through
   * 90° rotations"): a 3 turned a quarter is not a 3. Test episodes never rotate (all 0).
   */
  turns: number[];
}

/** Partial Fisher–Yates: `m` distinct items of `from`, in random order. */
function draw<T>(from: readonly T[], m: number, rand: () => number): T[] {
  const a = from.slice();
  for (let i = 0; i < m; i++) {
    const j = i + Math.floor(rand() * (a.length - i));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, m);
}

/**
 * One N-way k-shot episode: N classes of `allowed` in a random order (episode label c ↦ digit
 * classes[c]), k support and q query digits of each, all distinct.
 */
export function sampleEpisode(pool: Pool, allowed: readonly number[], way: number, shot: number, queries: number, rand: () => number, rotations = 1): Episode {
  const usable = allowed.filter((c) => (pool.byClass.get(c)?.length ?? 0) >= shot + queries);
  if (shot < 1 || queries < 1) throw new FewShotInputError('an episode needs at least one support and one query digit per class');
  if (way < 2 || way > usable.length * rotations) throw new FewShotInputError(`${way}-way episodes need ${way} classes with ${shot + queries} digits each; ${usable.length} available`);
  // (digit, quarter turns) pairs; without rotations just the digits
  const pairs = usable.flatMap((c) => Array.from({ length: rotations }, (_, r) => c * 4 + r));
  const chosen = draw(pairs, way, rand);
  const classes = chosen.map((p) => Math.floor(p / 4));
  const turns = chosen.map((p) => p % 4);
  const support = new Int32Array(way * shot);
  const query = new Int32Array(way * queries);
  classes.forEach((c, ci) => {
    const picked = draw(pool.byClass.get(c)!, shot + queries, rand);
    support.set(picked.slice(0, shot), ci * shot);
    query.set(picked.slice(shot), ci * queries);
  });
  return { way, shot, queries, classes, support, query, turns };
}

/** A fixed, seeded list of episodes (the test set every method is judged on). */
export function sampleEpisodes(pool: Pool, allowed: readonly number[], way: number, shot: number, queries: number, count: number, seed: number): Episode[] {
  const rand = mulberry32(seed);
  return Array.from({ length: count }, () => sampleEpisode(pool, allowed, way, shot, queries, rand));
}

/** How a digit is drawn: quarter turns clockwise, then a shift by (dy, dx) pixels (zeros fill in). */
export interface Pose { turns: number; dy: number; dx: number }

/**
 * Pixels of the given pool digits, [0, 1], row after row (into `out` at row `at` if given),
 * each drawn in pose `pose(r)` if given.
 */
export function pixels(pool: Pool, idx: ArrayLike<number>, out = new Float32Array(idx.length * IMAGE_PIXELS), at = 0, pose?: (r: number) => Pose): Float32Array {
  const S = IMAGE_SIZE;
  for (let r = 0; r < idx.length; r++) {
    const src = idx[r] * IMAGE_PIXELS, dst = (at + r) * IMAGE_PIXELS;
    const ps = pose?.(r);
    if (!ps || (!(ps.turns & 3) && !ps.dy && !ps.dx)) {
      for (let p = 0; p < IMAGE_PIXELS; p++) out[dst + p] = pool.images[src + p] / 255;
      continue;
    }
    const t = ps.turns & 3;
    for (let y = 0; y < S; y++) {
      for (let x = 0; x < S; x++) {
        const u = y - ps.dy, v = x - ps.dx; // the turned image's pixel that the shift moves here
        if (u < 0 || u >= S || v < 0 || v >= S) { out[dst + y * S + x] = 0; continue; }
        // the source pixel that a clockwise turn moves to (u, v)
        const [sy, sx] = t === 0 ? [u, v] : t === 1 ? [S - 1 - v, u] : t === 2 ? [S - 1 - u, S - 1 - v] : [v, S - 1 - u];
        out[dst + y * S + x] = pool.images[src + sy * S + sx] / 255;
      }
    }
  }
  return out;
}

/** All of a pool's pixels as one [count, 784] tensor in [0, 1]. */
export function poolTensor(pool: Pool): tf.Tensor2D {
  return tf.tensor2d(pixels(pool, Array.from({ length: pool.count }, (_, i) => i)), [pool.count, IMAGE_PIXELS]);
}

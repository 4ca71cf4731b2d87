/**
 * The search space of the nas-controller demo: six decisions that describe a small CNN (Zoph & Le
 * searched filter size, number of filters, stride and skip connections layer by layer; this space
 * keeps the same kinds of choice, small enough that a child trains in a fraction of a second).
 * Plain data and plain numbers: the policy, the views and the tests share it.
 */

export interface Decision {
  key: 'k1' | 'f1' | 'pool' | 'k2' | 'skip' | 'lr';
  /** the values, in the order the policy's softmax sees them */
  values: readonly number[];
}

/** k = 0 for the second layer means “no second layer”; pool and skip are 0/1 */
export const DECISIONS: readonly Decision[] = [
  { key: 'k1', values: [1, 3, 5] },
  { key: 'f1', values: [2, 4, 8] },
  { key: 'pool', values: [0, 1] },
  { key: 'k2', values: [0, 3, 5] },
  { key: 'skip', values: [0, 1] },
  { key: 'lr', values: [0.001, 0.01, 0.05] },
];

export const SPACE_SIZE = DECISIONS.reduce((a, d) => a * d.values.length, 1);

/** An architecture is one choice index per decision. */
export type Choices = number[];

export interface Arch {
  k1: number;
  f1: number;
  pool: boolean;
  /** 0: no second layer */
  k2: number;
  /** the second layer's input added to its output (only when there is a second layer) */
  skip: boolean;
  lr: number;
}

export function decode(c: Choices): Arch {
  const v = (i: number) => DECISIONS[i].values[c[i]];
  return { k1: v(0), f1: v(1), pool: v(2) === 1, k2: v(3), skip: v(3) > 0 && v(4) === 1, lr: v(5) };
}

/** A stable key: identical architectures (skip is void without a second layer) share it. */
export function archKey(a: Arch): string {
  return `${a.k1}-${a.f1}-${a.pool ? 'p' : 'n'}-${a.k2}-${a.skip ? 's' : 'n'}-${a.lr}`;
}

/** A short text for lists and alt text, e.g. “3×3·8 → pool → 5×5·8 +skip, lr 0.01”. */
export function describe(a: Arch): string {
  const parts = [`${a.k1}×${a.k1}·${a.f1}`];
  if (a.pool) parts.push('pool');
  if (a.k2) parts.push(`${a.k2}×${a.k2}·${a.f1}${a.skip ? ' +skip' : ''}`);
  return `${parts.join(' → ')}, lr ${a.lr}`;
}

/** Uniform sampling: random search draws every decision independently. */
export function sampleUniform(rand: () => number): Choices {
  return DECISIONS.map((d) => Math.min(d.values.length - 1, Math.floor(rand() * d.values.length)));
}

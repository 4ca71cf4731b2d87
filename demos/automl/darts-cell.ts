/**
 * The DARTS cell (Liu, Simonyan & Yang, ICLR 2019), tiny: a stem conv gives node 0; nodes 1–3
 * each sum one mixed operation per earlier node (6 edges); the cell's output is the three
 * intermediate nodes side by side. On every edge the mixed operation
 *   ō(x) = Σ_o softmax(α)_o · o(x)
 * blends five candidates. A discrete cell (one op per edge) runs only its chosen ops. Convs use
 * conv2dSame (WASM has no Conv2DBackpropFilter); the pools' gradients exist on every backend.
 */
import * as tf from '@tensorflow/tfjs';
import { NUM_CLASSES } from '../data/mnist';
import { conv2dSame } from '../runtime/conv-grad';
import { mulberry32 } from '../runtime/rng';

export const OPS = ['zero', 'skip', 'avg-pool', 'max-pool', 'conv'] as const;
export type Op = (typeof OPS)[number];
/** edges (from, to) in order: node j takes every node i < j */
export const EDGES: readonly [number, number][] = [[0, 1], [0, 2], [1, 2], [0, 3], [1, 3], [2, 3]];
export const NODES = 4;

export function applyOp(op: Op, x: tf.Tensor4D, w?: tf.Tensor4D, b?: tf.Tensor1D): tf.Tensor4D {
  switch (op) {
    case 'zero': return tf.zerosLike(x);
    case 'skip': return x;
    case 'avg-pool': return tf.avgPool(x, 3, 1, 'same');
    case 'max-pool': return tf.maxPool(x, 3, 1, 'same');
    case 'conv': return tf.relu(conv2dSame(x, w!).add(b!)) as tf.Tensor4D;
  }
}

/** ō(x) = Σ_o p_o · o(x), p = softmax(alpha); `alpha` is one edge's row of logits, one per op. */
export function mixedOp(x: tf.Tensor4D, alpha: tf.Tensor1D, w: tf.Tensor4D, b: tf.Tensor1D): tf.Tensor4D {
  const p = tf.softmax(alpha);
  let out: tf.Tensor4D | null = null;
  OPS.forEach((op, i) => {
    if (op === 'zero') return; // contributes p_zero · 0, but its weight still takes mass from the others
    const term = applyOp(op, x, w, b).mul(p.slice([i], [1]).reshape([1, 1, 1, 1])) as tf.Tensor4D;
    out = out ? (out.add(term) as tf.Tensor4D) : term;
  });
  return out!;
}

export interface CellWeights {
  stemW: tf.Variable; stemB: tf.Variable;
  /** one conv per edge (used by the conv op) */
  convW: tf.Variable[]; convB: tf.Variable[];
  headW: tf.Variable; headB: tf.Variable;
  all: tf.Variable[];
  dispose(): void;
}

function owned(init: tf.Tensor) { const v = tf.variable(init); init.dispose(); return v; }

function uniformInit(shape: number[], fanIn: number, rand: () => number) {
  const n = shape.reduce((a, b) => a * b, 1);
  const lim = Math.sqrt(6 / fanIn);
  const v = new Float32Array(n);
  for (let i = 0; i < n; i++) v[i] = (rand() * 2 - 1) * lim * 0.5;
  return owned(tf.tensor(v, shape));
}

export function createCellWeights(channels: number, size: number, seed: number): CellWeights {
  const rand = mulberry32(seed);
  const c = channels;
  const stemW = uniformInit([3, 3, 1, c], 9, rand), stemB = owned(tf.zeros([c]));
  const convW = EDGES.map(() => uniformInit([3, 3, c, c], 9 * c, rand));
  const convB = EDGES.map(() => owned(tf.zeros([c])));
  const side = Math.ceil(size / 2);
  const headW = uniformInit([side * side * 3 * c, NUM_CLASSES], side * side * 3 * c, rand), headB = owned(tf.zeros([NUM_CLASSES]));
  const all = [stemW, stemB, ...convW, ...convB, headW, headB];
  return { stemW, stemB, convW, convB, headW, headB, all, dispose: () => tf.dispose(all) };
}

/**
 * The cell's logits. `alpha` [6, 5]: the mixed (search) cell; `ops`: a discrete cell, one op per
 * edge. Which of the two it is decides which tensors get gradients.
 */
export function cellLogits(x: tf.Tensor4D, w: CellWeights, cell: { alpha: tf.Tensor } | { ops: Op[] }): tf.Tensor2D {
  const nodes: tf.Tensor4D[] = [tf.relu(conv2dSame(x, w.stemW as tf.Tensor4D).add(w.stemB)) as tf.Tensor4D];
  for (let j = 1; j < NODES; j++) {
    let s: tf.Tensor4D | null = null;
    EDGES.forEach(([from, to], e) => {
      if (to !== j) return;
      const cw = w.convW[e] as tf.Tensor4D, cb = w.convB[e] as tf.Tensor1D;
      const term = 'alpha' in cell
        ? mixedOp(nodes[from], cell.alpha.slice([e, 0], [1, OPS.length]).reshape([OPS.length]) as tf.Tensor1D, cw, cb)
        : applyOp(cell.ops[e], nodes[from], cw, cb);
      s = s ? (s.add(term) as tf.Tensor4D) : term;
    });
    nodes.push(s!);
  }
  const out = tf.maxPool(tf.concat(nodes.slice(1), 3) as tf.Tensor4D, 2, 2, 'same');
  return out.reshape([out.shape[0], -1]).matMul(w.headW as tf.Tensor2D).add(w.headB) as tf.Tensor2D;
}

/** Discretise as DARTS does: the strongest operation on each edge other than zero. */
export function discretise(probs: number[][]): Op[] {
  return probs.map((row) => {
    let best = 1;
    for (let i = 1; i < OPS.length; i++) if (row[i] > row[best]) best = i;
    return OPS[best];
  });
}

/** A random cell: a uniformly drawn operation other than zero on each edge. */
export function randomCell(seed: number): Op[] {
  const rand = mulberry32(seed);
  return EDGES.map(() => OPS[1 + Math.floor(rand() * (OPS.length - 1))]);
}

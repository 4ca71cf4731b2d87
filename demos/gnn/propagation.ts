/**
 * Propagation Y = ÂH for graph convolutional networks (Kipf & Welling 2017), in TF.js. A GCN layer
 * (gcn.ts) is
 *   H' = σ(Â H W + b),   Â = D̃^{-1/2}(A + I)D̃^{-1/2}:
 * every node averages its own and its neighbours' features (weighted by 1/√(d̃_u d̃_v)), then a
 * shared linear map and a nonlinearity. The product ÂH ("propagation") comes in four
 * interchangeable forms that compute the same numbers; none builds an n×n matrix except 'dense':
 *
 *   'segments' Â = S(A + I)S with S = D̃^{-1/2}: scale the rows, sum each node's in-neighbours
 *              with tf.sparse.sparseSegmentSum (edges sorted by destination), scale again.
 *              Fastest on cpu and wasm (10k nodes, 210k entries, 16 features: ~45 ms on cpu,
 *              ~5 ms on wasm in Node). WebGL and WebGPU run that kernel on the CPU or read the
 *              ids back: a GPU sync on every call, so not there.
 *   'edges'    the textbook edge list: gather the rows of H at src, multiply by the edge weight,
 *              scatter-add into dst (tf.scatterND). Any weights. O(E·F) on cpu, wasm and WebGPU
 *              (atomics), though gather and the broadcast multiply make it ~10× slower than
 *              'segments' on cpu/wasm. WebGL's ScatterNd loops over every update for every output
 *              element, O(n·E·F): unusable beyond toy graphs there.
 *   'padded'   each node's in-neighbours padded to the largest in-degree k (ELL format): one
 *              gather to [n, k, F] and a weighted sum over k. Only GatherV2, Mul and Sum, O(n·k·F)
 *              on every backend — the form for WebGL. Wasteful when degrees are very uneven.
 *   'dense'    Â as an n×n matrix and a matMul: small graphs and tests only.
 * `preferredFormat()` picks: webgl → 'padded', webgpu → 'edges', cpu and wasm → 'segments'.
 *
 * Why a custom gradient: tf.gather's gradient is UnsortedSegmentSum, which TF.js 4.22's WASM
 * backend lacks, and which the cpu backend runs as one masked sum per node (O(n·E·F)); sparse
 * segment sums have no gradient at all. The gradient of Y = ÂH with respect to H is Âᵀ dY, itself
 * a propagation: for the edge list, the same edges with src and dst swapped; for the other forms,
 * the same op, because Â is symmetric. So backpropagation uses only the forward kernels. All four
 * forms' values and gradients match the dense ÂH in Node on cpu and on wasm (unit tests: cpu).
 */
import * as tf from '@tensorflow/tfjs';
import type { NormalisedEdges } from './graph';

export class GnnInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GnnInputError';
  }
}


export interface SegmentAdjacency {
  format: 'segments';
  n: number;
  /** int32 [E]: source of each entry of A + I, entries sorted by destination */
  src: tf.Tensor1D;
  /** int32 [E]: destination (the segment id), ascending */
  dst: tf.Tensor1D;
  /** float32 [n, 1]: d̃_v^{-1/2} */
  scale: tf.Tensor2D;
}

export interface EdgeAdjacency {
  format: 'edges';
  n: number;
  /** int32 [E]: message e goes from node src[e] … */
  src: tf.Tensor1D;
  /** int32 [E]: … to node dst[e] */
  dst: tf.Tensor1D;
  /** float32 [E, 1] */
  weight: tf.Tensor2D;
}

export interface PaddedAdjacency {
  format: 'padded';
  n: number;
  /** padded in-degree (max over nodes) */
  k: number;
  /** int32 [n·k]: row v·k + j is the j-th in-neighbour of v (padding: v itself, weight 0) */
  index: tf.Tensor1D;
  /** float32 [n, k, 1] */
  weight: tf.Tensor3D;
}

export interface DenseAdjacency {
  format: 'dense';
  n: number;
  /** float32 [n, n], row = destination */
  matrix: tf.Tensor2D;
}

export type Adjacency = SegmentAdjacency | EdgeAdjacency | PaddedAdjacency | DenseAdjacency;
export type AdjacencyFormat = Adjacency['format'];

/** The sparse form that suits a backend (see the header). */
export function preferredFormat(backend: string = tf.getBackend()): 'segments' | 'edges' | 'padded' {
  return backend === 'webgl' ? 'padded' : backend === 'webgpu' ? 'edges' : 'segments';
}

/**
 * Uploads Â (from `edgeListWithSelfLoops`) in the chosen form; 'auto' = `preferredFormat()` of
 * the current backend. 'segments', 'padded' and 'dense' rely on Â being symmetric, as every
 * normalised undirected adjacency is; 'segments' also on its weights being 1/√(d̃_u d̃_v).
 */
export function adjacencyTensors(a: NormalisedEdges, format: AdjacencyFormat | 'auto' = 'auto'): Adjacency {
  const f = format === 'auto' ? preferredFormat() : format;
  const { n, src, dst, weight } = a;
  const E = src.length;
  if (f === 'edges') {
    return {
      format: 'edges', n,
      src: tf.tensor1d(src, 'int32'), dst: tf.tensor1d(dst, 'int32'), weight: tf.tensor2d(weight, [E, 1]),
    };
  }
  if (f === 'dense') {
    const m = new Float32Array(n * n);
    for (let e = 0; e < E; e++) m[dst[e] * n + src[e]] += weight[e];
    return { format: 'dense', n, matrix: tf.tensor2d(m, [n, n]) };
  }
  // both remaining forms group the entries by destination
  const count = new Int32Array(n);
  for (let e = 0; e < E; e++) count[dst[e]]++;
  const start = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) start[v + 1] = start[v] + count[v];
  const order = new Int32Array(E), fill = start.slice(0, n);
  for (let e = 0; e < E; e++) order[fill[dst[e]]++] = e;
  if (f === 'segments') {
    // d̃_v = entries into v (its neighbours and itself); check that Â really is S(A + I)S
    const s = Float32Array.from(count, (c) => 1 / Math.sqrt(c));
    for (let e = 0; e < E; e++) {
      if (Math.abs(weight[e] - s[src[e]] * s[dst[e]]) > 1e-5) {
        throw new GnnInputError(`'segments' needs the symmetric normalisation 1/√(d̃_u d̃_v); entry ${e} has weight ${weight[e]}`);
      }
    }
    if (n > 0 && count[n - 1] === 0) throw new GnnInputError('every node needs its self loop');
    return {
      format: 'segments', n,
      src: tf.tensor1d(Int32Array.from(order, (e) => src[e]), 'int32'),
      dst: tf.tensor1d(Int32Array.from(order, (e) => dst[e]), 'int32'),
      scale: tf.tensor2d(s, [n, 1]),
    };
  }
  // k rounded up to a multiple of 4 (zero-weight slots): fewer distinct shapes, fewer shader compiles
  const k = Math.ceil(Math.max(1, ...count) / 4) * 4;
  const index = new Int32Array(n * k), w = new Float32Array(n * k);
  for (let v = 0; v < n; v++) {
    index.fill(v, v * k, (v + 1) * k);
    for (let j = 0; j < count[v]; j++) {
      const e = order[start[v] + j];
      index[v * k + j] = src[e];
      w[v * k + j] = weight[e];
    }
  }
  return { format: 'padded', n, k, index: tf.tensor1d(index, 'int32'), weight: tf.tensor3d(w, [n, k, 1]) };
}

export function disposeAdjacency(a: Adjacency) {
  if (a.format === 'segments') {
    tf.dispose([a.src, a.dst, a.scale, ...(tiledScales.get(a)?.values() ?? [])]);
    tiledScales.delete(a);
  }
  else if (a.format === 'edges') tf.dispose([a.src, a.dst, a.weight]);
  else if (a.format === 'padded') tf.dispose([a.index, a.weight]);
  else a.matrix.dispose();
}

/** A linear map with a known transpose, as a differentiable op on forward kernels only. */
function linearOp(apply: (x: tf.Tensor2D) => tf.Tensor2D, transpose: (dy: tf.Tensor2D) => tf.Tensor2D) {
  const op = tf.customGrad((...inputs: (tf.Tensor | tf.GradSaveFunc)[]) => ({
    value: apply(inputs[0] as tf.Tensor2D),
    gradFunc: (dy: tf.Tensor2D) => transpose(dy),
  }));
  return (x: tf.Tensor2D) => op(x) as tf.Tensor2D;
}

/**
 * The row scaling S tiled to [n, F], made once per width and kept with the adjacency (freed by
 * disposeAdjacency): the cpu backend multiplies equal shapes ~10× faster than it broadcasts.
 */
const tiledScales = new WeakMap<SegmentAdjacency, Map<number, tf.Tensor2D>>();
function scaleOf(adj: SegmentAdjacency, width: number): tf.Tensor2D {
  let cache = tiledScales.get(adj);
  if (!cache) tiledScales.set(adj, (cache = new Map()));
  let t = cache.get(width);
  if (!t) cache.set(width, (t = tf.keep(tf.tile(adj.scale, [1, width]))));
  return t;
}

/** S (A + I) S h: sum over each node's in-entries between two row scalings. */
function segmentSum(h: tf.Tensor2D, adj: SegmentAdjacency): tf.Tensor2D {
  return tf.tidy(() => {
    const s = scaleOf(adj, h.shape[1]);
    const summed = tf.sparse.sparseSegmentSum(tf.mul(h, s), adj.src, adj.dst) as tf.Tensor2D;
    return tf.mul(summed, s);
  });
}

/** Y = Â H via sparse segment sums (`format: 'segments'`); backward Â dY the same way. */
export function segmentPropagate(h: tf.Tensor2D, adj: SegmentAdjacency): tf.Tensor2D {
  const f = (x: tf.Tensor2D) => segmentSum(x, adj);
  return linearOp(f, f)(h);
}

/** Σ_e w_e · h[from_e] into row to_e of an [n, F] result. */
function scatterMessages(h: tf.Tensor2D, from: tf.Tensor1D, to: tf.Tensor1D, weight: tf.Tensor2D, n: number): tf.Tensor2D {
  return tf.tidy(() => {
    const messages = tf.mul(tf.gather(h, from), weight);
    // scatterND adds the updates of repeated indices: exactly the sum over in-edges
    return tf.scatterND(tf.reshape(to, [-1, 1]), messages, [n, h.shape[1]]) as tf.Tensor2D;
  });
}

/**
 * Y = Â H with a weighted edge list: gather, scale, scatter-add. Backward: dH = Âᵀ dY, the same
 * edges reversed (no gather gradient, hence no UnsortedSegmentSum: runs on WASM).
 */
export function sparsePropagate(
  h: tf.Tensor2D, adj: { src: tf.Tensor1D; dst: tf.Tensor1D; weight: tf.Tensor2D }, n: number,
): tf.Tensor2D {
  const rows = h.shape[0];
  return linearOp(
    (x) => scatterMessages(x, adj.src, adj.dst, adj.weight, n),
    (dy) => scatterMessages(dy, adj.dst, adj.src, adj.weight, rows),
  )(h);
}

/** Σ_j w[v, j] · h[index[v, j]] for every v. */
function gatherPadded(h: tf.Tensor2D, adj: PaddedAdjacency): tf.Tensor2D {
  return tf.tidy(() => {
    const rows = tf.reshape(tf.gather(h, adj.index), [adj.n, adj.k, h.shape[1]]);
    return tf.sum(tf.mul(rows, adj.weight), 1) as tf.Tensor2D;
  });
}

/** Y = Â H in the padded (ELL) form. Backward: Âᵀ dY = Â dY, because Â is symmetric. */
export function paddedPropagate(h: tf.Tensor2D, adj: PaddedAdjacency): tf.Tensor2D {
  const f = (x: tf.Tensor2D) => gatherPadded(x, adj);
  return linearOp(f, f)(h);
}

/** Y = Â H with a dense Â (matMul; its gradient is a matMul too). */
export function densePropagate(h: tf.Tensor2D, adjDense: tf.Tensor2D): tf.Tensor2D {
  return tf.matMul(adjDense, h);
}

/** Y = Â H in whichever form `adj` is. */
export function propagate(h: tf.Tensor2D, adj: Adjacency): tf.Tensor2D {
  switch (adj.format) {
    case 'segments': return segmentPropagate(h, adj);
    case 'edges': return sparsePropagate(h, adj, adj.n);
    case 'padded': return paddedPropagate(h, adj);
    case 'dense': return densePropagate(h, adj.matrix);
  }
}

/**
 * One round of message passing, in plain numbers (no TF.js) for the explorer: every node
 *   a_v = AGGREGATE({ h_u : u ∈ N(v) })        (mean, sum or element-wise max of its neighbours)
 *   h'_v = COMBINE(h_v, a_v)
 * and L rounds give node v a view of everything within L hops (its receptive field, `khop`).
 *
 * COMBINE here is fixed and untrained, h' = ReLU(α·h + (1−α)·a), so the student sees the flow of
 * information itself: a GNN layer learns weights inside AGGREGATE and COMBINE (GCN:
 * h' = σ(W · mean over N(v) ∪ {v})), but where information can travel is the same.
 */
import type { Graph } from './graph';
import { neighbours } from './graph';

export type AggregateKind = 'mean' | 'sum' | 'max';

/**
 * a_v for every node. An isolated node (no neighbours) gets the zero vector for every kind:
 * nothing arrives, and with α < 1 its own state fades by the factor α per round.
 */
export function aggregate(h: number[][], nbrs: number[][], kind: AggregateKind): number[][] {
  const dim = h.length ? h[0].length : 0;
  return nbrs.map((list) => {
    const a = new Array<number>(dim).fill(list.length && kind === 'max' ? -Infinity : 0);
    for (const u of list) {
      for (let f = 0; f < dim; f++) a[f] = kind === 'max' ? Math.max(a[f], h[u][f]) : a[f] + h[u][f];
    }
    if (kind === 'mean' && list.length) for (let f = 0; f < dim; f++) a[f] /= list.length;
    return a;
  });
}

/** h'_v = ReLU(α·h_v + (1−α)·a_v): α = 1 keeps a node's own state, α = 0 replaces it by the message. */
export function combine(h: number[][], a: number[][], alpha: number): number[][] {
  return h.map((hv, v) => hv.map((x, f) => Math.max(0, alpha * x + (1 - alpha) * a[v][f])));
}

export interface PropagateOptions {
  kind: AggregateKind;
  /** weight of a node's own state in COMBINE, in [0, 1] */
  alpha: number;
  /** number of rounds */
  layers: number;
}

/** Features after 0, 1, …, layers rounds (index 0 = the input, copied). */
export function propagate(graph: Graph, features: number[][], { kind, alpha, layers }: PropagateOptions): number[][][] {
  if (features.length !== graph.n) throw new RangeError(`${features.length} feature rows for ${graph.n} nodes`);
  const nbrs = neighbours(graph);
  const out = [features.map((r) => r.slice())];
  for (let l = 0; l < layers; l++) {
    const h = out[out.length - 1];
    out.push(combine(h, aggregate(h, nbrs, kind), alpha));
  }
  return out;
}

/** Mean Euclidean distance ‖h_u − h_v‖ over the edges: how different neighbours still are. */
export function neighbourSpread(graph: Graph, h: number[][]): number {
  let s = 0;
  for (const [i, j] of graph.edges) s += Math.hypot(...h[i].map((x, f) => x - h[j][f]));
  return s / graph.edges.length;
}

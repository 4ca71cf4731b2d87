/**
 * The graph-classification dataset, as plain data (no TF.js): small graphs (10–20 nodes) from
 * four families — ring, star, two communities, grid — with a few edges rewired at random so that
 * no family is a perfect template; node inputs that carry no family information (a one-hot of
 * the capped degree and a constant); and many graphs batched as one block-diagonal graph.
 */
import { mulberry32, seededPermutation } from '../runtime/rng';
import { degrees, edgeListWithSelfLoops, graphFromEdges, type Graph, type NormalisedEdges } from './graph';

export const FAMILIES = ['ring', 'star', 'two communities', 'grid'] as const;
export type Family = (typeof FAMILIES)[number];

export interface LabelledGraph {
  graph: Graph;
  /** index into FAMILIES */
  label: number;
}

export interface GraphDatasetOptions {
  minNodes: number;
  maxNodes: number;
  /** each graph gets 0…rewire edges moved to a random new endpoint */
  rewire: number;
}

export const GRAPH_DATASET_DEFAULTS: GraphDatasetOptions = { minNodes: 10, maxNodes: 20, rewire: 3 };

/** degrees 0…DEGREE_CAP−1 one-hot, anything larger in the last slot, plus a constant 1 */
export const DEGREE_CAP = 6;
export const FEATURE_DIM = DEGREE_CAP + 2;

/** One graph of a family with about n nodes (a grid rounds n to rows × columns). */
export function familyGraph(family: Family, n: number, rand: () => number): Graph {
  const pick = (k: number) => Math.floor(rand() * k);
  const pairs: [number, number][] = [];
  if (family === 'ring') {
    for (let i = 0; i < n; i++) pairs.push([i, (i + 1) % n]);
  } else if (family === 'star') {
    for (let i = 1; i < n; i++) pairs.push([0, i]);
  } else if (family === 'two communities') {
    // two dense clusters (p = 0.5 plus a path so each is connected), joined by one or two bridges
    const a = Math.floor(n / 2);
    const cluster = (lo: number, hi: number) => {
      for (let i = lo; i < hi; i++) {
        for (let j = i + 1; j < hi; j++) if (j === i + 1 || rand() < 0.5) pairs.push([i, j]);
      }
    };
    cluster(0, a);
    cluster(a, n);
    const bridges = 1 + pick(2);
    for (let b = 0; b < bridges; b++) pairs.push([pick(a), a + pick(n - a)]);
  } else {
    const rows = Math.max(2, Math.round(Math.sqrt(n)));
    const cols = Math.max(2, Math.round(n / rows));
    n = rows * cols;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const v = r * cols + c;
        if (c + 1 < cols) pairs.push([v, v + 1]);
        if (r + 1 < rows) pairs.push([v, v + cols]);
      }
    }
  }
  return graphFromEdges(n, pairs);
}

/** Moves one endpoint of k random edges to a random node (skipping moves that would repeat an edge). */
export function rewireEdges(g: Graph, k: number, rand: () => number): Graph {
  const pick = (m: number) => Math.floor(rand() * m);
  const edges = g.edges.map((e) => [...e] as [number, number]);
  const key = (i: number, j: number) => Math.min(i, j) * g.n + Math.max(i, j);
  const present = new Set(edges.map(([i, j]) => key(i, j)));
  for (let t = 0; t < k && edges.length; t++) {
    const e = pick(edges.length);
    const [i, j] = edges[e];
    const keep = rand() < 0.5 ? i : j;
    const to = pick(g.n);
    if (to === keep || present.has(key(keep, to))) continue;
    present.delete(key(i, j));
    present.add(key(keep, to));
    edges[e] = [Math.min(keep, to), Math.max(keep, to)];
  }
  return { n: g.n, edges };
}

/**
 * `count` graphs, the families in turn (balanced to within one), each of a random size in
 * [minNodes, maxNodes] with 0…rewire edges rewired, in a seeded random order.
 */
export function makeGraphDataset(count: number, seed: number, opts: Partial<GraphDatasetOptions> = {}): LabelledGraph[] {
  const o = { ...GRAPH_DATASET_DEFAULTS, ...opts };
  const rand = mulberry32(seed);
  const pick = (k: number) => Math.floor(rand() * k);
  const data = Array.from({ length: count }, (_, i) => {
    const label = i % FAMILIES.length;
    const n = o.minNodes + pick(o.maxNodes - o.minNodes + 1);
    const g = rewireEdges(familyGraph(FAMILIES[label], n, rand), pick(o.rewire + 1), rand);
    return { graph: g, label };
  });
  const order = seededPermutation(count, seed + 1);
  return Array.from(order, (i) => data[i]);
}

/** Degree one-hot (capped) plus a constant, n × FEATURE_DIM row-major. */
export function nodeFeatures(g: Graph): Float32Array {
  const d = degrees(g);
  const x = new Float32Array(g.n * FEATURE_DIM);
  for (let v = 0; v < g.n; v++) {
    x[v * FEATURE_DIM + Math.min(d[v], DEGREE_CAP)] = 1;
    x[v * FEATURE_DIM + FEATURE_DIM - 1] = 1;
  }
  return x;
}

/** A first / second part of a dataset (the dataset is already shuffled). */
export function splitDataset<T>(data: T[], trainCount: number): { train: T[]; test: T[] } {
  return { train: data.slice(0, trainCount), test: data.slice(trainCount) };
}

/** Many graphs as one block-diagonal graph: node v of graph g becomes offsets[g] + v. */
export interface GraphBatch {
  graphs: number;
  nodes: number;
  /** graph of each node */
  graphOf: Int32Array;
  /** first node of each graph, plus the total at the end */
  offsets: Int32Array;
  /** nodes × FEATURE_DIM */
  features: Float32Array;
  edges: NormalisedEdges;
  labels: Int32Array;
}

export function batchGraphs(graphs: LabelledGraph[]): GraphBatch {
  const offsets = new Int32Array(graphs.length + 1);
  graphs.forEach((g, i) => { offsets[i + 1] = offsets[i] + g.graph.n; });
  const nodes = offsets[graphs.length];
  const graphOf = new Int32Array(nodes);
  const features = new Float32Array(nodes * FEATURE_DIM);
  const edges: [number, number][] = [];
  graphs.forEach(({ graph }, i) => {
    const o = offsets[i];
    graphOf.fill(i, o, o + graph.n);
    features.set(nodeFeatures(graph), o * FEATURE_DIM);
    for (const [a, b] of graph.edges) edges.push([a + o, b + o]);
  });
  return {
    graphs: graphs.length, nodes, graphOf, offsets, features,
    edges: edgeListWithSelfLoops({ n: nodes, edges }),
    labels: Int32Array.from(graphs, (g) => g.label),
  };
}


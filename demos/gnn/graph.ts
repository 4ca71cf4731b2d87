/**
 * Graphs for the graph-neural-network lecture, as plain data: an undirected graph is a node count
 * and an edge list (each edge once, i < j). From it come the degrees, adjacency lists, the
 * receptive field of a node (k-hop distances), and the GCN's propagation matrix
 *   Â = D̃^{-1/2} (A + I) D̃^{-1/2},   d̃_v = deg(v) + 1,
 * both as an edge list (for sparse propagation: never an n×n matrix) and, for small graphs and
 * tests, as a dense matrix.
 *
 * The data: Zachary's karate club (the classic semi-supervised example), a stochastic block model
 * that generates 10,000 nodes and 100,000 edges in well under a second, and the small hand-laid
 * graph of the message-passing explorer.
 */
import { mulberry32 } from '../runtime/rng';

export interface Graph {
  n: number;
  /** undirected edges, each once, with i < j; no self loops */
  edges: [number, number][];
}

/** deg(v): the number of edges at v (self loops are not part of a Graph). */
export function degrees(g: Graph): Int32Array {
  const d = new Int32Array(g.n);
  for (const [i, j] of g.edges) {
    d[i]++;
    d[j]++;
  }
  return d;
}

/** Adjacency lists, each sorted ascending. */
export function neighbours(g: Graph): number[][] {
  const nb: number[][] = Array.from({ length: g.n }, () => []);
  for (const [i, j] of g.edges) {
    nb[i].push(j);
    nb[j].push(i);
  }
  for (const l of nb) l.sort((a, b) => a - b);
  return nb;
}

/** The non-zeros of Â = D̃^{-1/2}(A + I)D̃^{-1/2} as directed edges src → dst with weights. */
export interface NormalisedEdges {
  n: number;
  src: Int32Array;
  dst: Int32Array;
  weight: Float32Array;
}

/**
 * Â as an edge list: every undirected edge in both directions plus one self loop per node
 * (2|E| + n entries), weight_uv = 1/√(d̃_u d̃_v). The self loop keeps a node's own features in
 * its update; the symmetric normalisation keeps repeated propagation from blowing up or vanishing
 * (Â's eigenvalues lie in (−1, 1]). Entries are sorted by dst, so a node's messages are adjacent.
 */
export function edgeListWithSelfLoops(g: Graph): NormalisedEdges {
  const d = degrees(g);
  const inv = Float64Array.from(d, (k) => 1 / Math.sqrt(k + 1));
  const nb = neighbours(g);
  const count = 2 * g.edges.length + g.n;
  const src = new Int32Array(count), dst = new Int32Array(count), weight = new Float32Array(count);
  let e = 0;
  for (let v = 0; v < g.n; v++) {
    // messages into v: from itself, then from each neighbour u
    src[e] = v; dst[e] = v; weight[e] = inv[v] * inv[v]; e++;
    for (const u of nb[v]) {
      src[e] = u; dst[e] = v; weight[e] = inv[u] * inv[v]; e++;
    }
  }
  return { n: g.n, src, dst, weight };
}

/** Â as a dense row-major n×n matrix. Only for small graphs (karate, tests): n² floats. */
export function denseNormalisedAdjacency(g: Graph): Float32Array {
  const { src, dst, weight } = edgeListWithSelfLoops(g);
  const m = new Float32Array(g.n * g.n);
  for (let e = 0; e < src.length; e++) m[dst[e] * g.n + src[e]] = weight[e];
  return m;
}

/**
 * The receptive field of v after k layers: every node within k hops, with its hop distance
 * (v itself at 0). Breadth-first search, so each distance is the shortest one.
 */
export function khop(g: Graph, v: number, k: number, nbrs: number[][] = neighbours(g)): Map<number, number> {
  const dist = new Map<number, number>([[v, 0]]);
  let frontier = [v];
  for (let hop = 1; hop <= k && frontier.length; hop++) {
    const next: number[] = [];
    for (const u of frontier) {
      for (const w of nbrs[u]) {
        if (!dist.has(w)) {
          dist.set(w, hop);
          next.push(w);
        }
      }
    }
    frontier = next;
  }
  return dist;
}

/** Builds a Graph from any edge pairs: orders each pair, drops self loops and duplicates. */
export function graphFromEdges(n: number, pairs: Iterable<readonly [number, number]>): Graph {
  const seen = new Set<number>();
  const edges: [number, number][] = [];
  for (const [a, b] of pairs) {
    if (a === b) continue;
    if (a < 0 || b < 0 || a >= n || b >= n) throw new RangeError(`edge (${a}, ${b}) outside 0..${n - 1}`);
    const i = Math.min(a, b), j = Math.max(a, b);
    const key = i * n + j;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push([i, j]);
  }
  return { n, edges };
}

// ---------------------------------------------------------------------------------------------
// Zachary's karate club

/**
 * Zachary (1977): friendships among 34 members of a university karate club that split in two
 * after a dispute between the instructor (Mr. Hi, node 0) and the administrator (the Officer,
 * node 33). 0-indexed exactly as networkx's `karate_club_graph()`: 78 edges.
 */
export const KARATE: Graph = graphFromEdges(34, [
  [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7], [0, 8], [0, 10], [0, 11], [0, 12], [0, 13],
  [0, 17], [0, 19], [0, 21], [0, 31],
  [1, 2], [1, 3], [1, 7], [1, 13], [1, 17], [1, 19], [1, 21], [1, 30],
  [2, 3], [2, 7], [2, 8], [2, 9], [2, 13], [2, 27], [2, 28], [2, 32],
  [3, 7], [3, 12], [3, 13],
  [4, 6], [4, 10],
  [5, 6], [5, 10], [5, 16],
  [6, 16],
  [8, 30], [8, 32], [8, 33],
  [9, 33],
  [13, 33],
  [14, 32], [14, 33],
  [15, 32], [15, 33],
  [18, 32], [18, 33],
  [19, 33],
  [20, 32], [20, 33],
  [22, 32], [22, 33],
  [23, 25], [23, 27], [23, 29], [23, 32], [23, 33],
  [24, 25], [24, 27], [24, 31],
  [25, 31],
  [26, 29], [26, 33],
  [27, 33],
  [28, 31], [28, 33],
  [29, 32], [29, 33],
  [30, 32], [30, 33],
  [31, 32], [31, 33],
  [32, 33],
]);

export const KARATE_MR_HI = 0;
export const KARATE_OFFICER = 33;

/** networkx's 'club' attribute: 0 = Mr. Hi's club, 1 = the Officer's (17 members each). */
export const KARATE_FACTION: Int32Array = (() => {
  const hi = new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 19, 21]);
  return Int32Array.from({ length: 34 }, (_, v) => (hi.has(v) ? 0 : 1));
})();

// ---------------------------------------------------------------------------------------------
// Stochastic block model

export interface SbmOptions {
  n: number;
  communities: number;
  /** mean number of neighbours per node; the graph gets round(n·avgDegree/2) edges */
  avgDegree: number;
  /** fraction of edges inside a community (edge homophily); 1/communities = no community signal */
  homophily: number;
  featureDim: number;
  /** standard deviation of the Gaussian noise added to a community's unit-length mean feature */
  featureNoise: number;
  seed: number;
}

export const SBM_DEFAULTS: SbmOptions = {
  n: 10_000, communities: 10, avgDegree: 20, homophily: 0.5, featureDim: 16, featureNoise: 0.8, seed: 1,
};

export interface Sbm {
  graph: Graph;
  /** community of each node, balanced: node counts differ by at most one */
  labels: Int32Array;
  /** n × featureDim, row-major */
  features: Float32Array;
}

/**
 * A stochastic block model with noisy node features. Instead of n²/2 coin flips it samples the
 * edges directly: round(m·homophily) edges between two random members of one community, the rest
 * between two random nodes of different communities (m = n·avgDegree/2), rejecting self loops and
 * repeats with a Set of keys i·n + j. Expected cost O(m), so 10⁴ nodes and 10⁵ edges take
 * milliseconds.
 *
 * Features: community c has a random unit vector μ_c; a node's feature is μ_c + σ·N(0, I). With
 * the defaults (σ = 0.8, 16 dims, 10 communities) a node's own features identify its community only
 * about 30–40% of the time; averaging over its ~20 neighbours, half of which share the community
 * (the other half spread over nine), is what lets a GCN do much better.
 */
export function stochasticBlockModel(opts: Partial<SbmOptions> = {}): Sbm {
  const o = { ...SBM_DEFAULTS, ...opts };
  const { n, communities: C, featureDim: F } = o;
  if (!(n >= 2 && C >= 1 && C <= n)) throw new RangeError('need 2 ≤ n and 1 ≤ communities ≤ n');
  const rand = mulberry32(o.seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const pick = (k: number) => Math.floor(rand() * k);

  // balanced communities, shuffled over node ids
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) labels[i] = i % C;
  for (let i = n - 1; i > 0; i--) {
    const j = pick(i + 1);
    const t = labels[i]; labels[i] = labels[j]; labels[j] = t;
  }
  const members: number[][] = Array.from({ length: C }, () => []);
  for (let i = 0; i < n; i++) members[labels[i]].push(i);

  const m = Math.min(Math.round((n * o.avgDegree) / 2), (n * (n - 1)) / 2);
  const mIn = C === 1 ? m : Math.round(m * Math.min(1, Math.max(0, o.homophily)));
  const seen = new Set<number>();
  const edges: [number, number][] = [];
  const tryAdd = (a: number, b: number) => {
    if (a === b) return;
    const i = a < b ? a : b, j = a < b ? b : a;
    const key = i * n + j;
    if (seen.has(key)) return;
    seen.add(key);
    edges.push([i, j]);
  };
  // a bounded number of attempts: a request for more edges than exist ends instead of spinning
  for (let tries = 0; edges.length < mIn && tries < 20 * m; tries++) {
    const c = labels[pick(n)]; // a community in proportion to its size
    const mem = members[c];
    tryAdd(mem[pick(mem.length)], mem[pick(mem.length)]);
  }
  for (let tries = 0; edges.length < m && tries < 20 * m; tries++) {
    const a = pick(n), b = pick(n);
    if (labels[a] !== labels[b]) tryAdd(a, b);
  }

  const means = Array.from({ length: C }, () => {
    const v = Array.from({ length: F }, gauss);
    const norm = Math.hypot(...v) || 1;
    return v.map((x) => x / norm);
  });
  const features = new Float32Array(n * F);
  for (let i = 0; i < n; i++) {
    const mu = means[labels[i]];
    for (let f = 0; f < F; f++) features[i * F + f] = mu[f] + o.featureNoise * gauss();
  }
  return { graph: { n, edges }, labels, features };
}

// ---------------------------------------------------------------------------------------------
// The message-passing explorer's graph

/**
 * 12 nodes, 17 edges, hand-laid so that no two edges cross: a chain of cycles (four squares and
 * a triangle, sharing edges) plus a pendant node. Features are RGB in [0, 1]: three nodes far
 * apart carry pure red, green and blue, the rest start nearly black, so each layer of message
 * passing visibly spreads colour one hop further.
 */
export const EXPLORER_GRAPH: {
  graph: Graph;
  /** 3-D features per node, shown as RGB */
  features: number[][];
  /** fixed layout in [0, 1]², y downwards */
  positions: [number, number][];
} = {
  graph: graphFromEdges(12, [
    [0, 1], [0, 2], [1, 3], [2, 3], // left square
    [1, 4], [3, 6], [4, 6], // top square 1-4-6-3
    [4, 7], [6, 7], // triangle 4-7-6
    [6, 8], [7, 9], [8, 9], // right square 6-7-9-8
    [3, 5], [5, 8], // square 3-6-8-5
    [2, 10], [5, 10], // square 2-3-5-10
    [8, 11], // a pendant node
  ]),
  features: [
    [1, 0, 0], // 0: red
    [0.1, 0.1, 0.1],
    [0.1, 0.1, 0.1],
    [0.05, 0.05, 0.05],
    [0.1, 0.1, 0.1],
    [0.05, 0.05, 0.05],
    [0.05, 0.05, 0.05],
    [0.1, 0.1, 0.1],
    [0.1, 0.1, 0.1],
    [0, 0, 1], // 9: blue
    [0, 1, 0], // 10: green
    [0.1, 0.1, 0.1],
  ],
  positions: [
    [0.06, 0.42], [0.24, 0.16], [0.22, 0.7], [0.42, 0.44],
    [0.52, 0.1], [0.5, 0.78], [0.66, 0.4], [0.78, 0.14],
    [0.8, 0.7], [0.95, 0.4], [0.34, 0.94], [0.9, 0.94],
  ],
};

/**
 * A small force layout (Fruchterman–Reingold, a fixed number of cooling steps) into [0, 1]²,
 * deterministic for a given graph. Repulsion acts only at short range and a weak pull to the
 * centre keeps pieces that rewiring cut off (even a lone node) near the rest.
 */
export function forceLayout(g: Graph, iterations = 300): [number, number][] {
  const n = g.n;
  const rand = mulberry32(n * 7919 + g.edges.length);
  const x = new Float64Array(n), y = new Float64Array(n);
  // start on a circle in node order, slightly jittered so that symmetric starts can unfold
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    x[i] = Math.cos(a) + 0.1 * (rand() - 0.5);
    y[i] = Math.sin(a) + 0.1 * (rand() - 0.5);
  }
  const k = 2 / Math.sqrt(Math.max(n, 1)); // the ideal edge length
  const dx = new Float64Array(n), dy = new Float64Array(n);
  let temp = 0.2;
  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const ex = x[i] - x[j], ey = y[i] - y[j];
        const d2 = Math.max(ex * ex + ey * ey, 1e-6);
        if (d2 > 16 * k * k) continue;
        const f = (k * k) / d2;
        dx[i] += ex * f; dy[i] += ey * f; dx[j] -= ex * f; dy[j] -= ey * f;
      }
      dx[i] -= 0.04 * x[i];
      dy[i] -= 0.04 * y[i];
    }
    for (const [i, j] of g.edges) {
      const ex = x[i] - x[j], ey = y[i] - y[j];
      const f = Math.hypot(ex, ey) / k;
      dx[i] -= ex * f; dy[i] -= ey * f; dx[j] += ex * f; dy[j] += ey * f;
    }
    for (let i = 0; i < n; i++) {
      const d = Math.hypot(dx[i], dy[i]);
      if (d > 0) {
        const s = Math.min(d, temp) / d;
        x[i] += dx[i] * s;
        y[i] += dy[i] * s;
      }
    }
    temp = Math.max(0.005, temp * 0.985);
  }
  const minX = Math.min(...x), maxX = Math.max(...x), minY = Math.min(...y), maxY = Math.max(...y);
  const span = Math.max(maxX - minX, maxY - minY, 1e-9);
  return Array.from({ length: n }, (_, i) => [
    (x[i] - minX) / span + (1 - (maxX - minX) / span) / 2,
    (y[i] - minY) / span + (1 - (maxY - minY) / span) / 2,
  ]);
}

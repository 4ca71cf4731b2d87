/**
 * Graph classification: one label per graph, decided by its shape alone. A generated dataset of
 * small graphs (10–20 nodes) from four families — ring, star, two communities, grid — with a few
 * edges rewired at random so that no family is a perfect template. Node inputs carry no family
 * information: a one-hot of the node's degree (capped) and a constant.
 *
 * The model: GCN layers (ReLU) compute node embeddings, a readout pools each graph's nodes into
 * one vector (mean or sum), and a dense head classifies it. Many graphs train as one big graph:
 * their adjacencies form a block-diagonal Â (no edges between graphs, so no information flows
 * between them), and pooling is a [graphs × nodes] matrix product — plain matMul, whose gradient
 * every backend has.
 *
 * How hard it is (600 training / 200 test graphs, seed 1): the mean readout starts near 70% after
 * one epoch and passes 95% within five; the sum readout, which also sees a graph's size, is
 * above 95% after one. The few graphs left wrong are mostly rewired "two communities" taken
 * for grids. Degree features alone separate much of it; the GCN layers add who-is-next-to-whom.
 */
import * as tf from '@tensorflow/tfjs';
import { throwIfAborted } from '../runtime/loop';
import { mulberry32, seededPermutation } from '../runtime/rng';
import {
  activate, adjacencyTensors, denseParams, disposeAdjacency, gcnLayer, type Adjacency, type AdjacencyFormat,
} from './gcn';
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

export type Readout = 'mean' | 'sum';

/** A batch on the device: inputs, Â, the [graphs × nodes] pooling matrix, labels. */
export interface BatchTensors {
  x: tf.Tensor2D;
  adj: Adjacency;
  pool: tf.Tensor2D;
  labels: tf.Tensor1D;
  dispose(): void;
}

/** Batches are padded to a multiple of this many nodes (see batchTensors). */
export const NODE_PAD = 64;

/**
 * Pooling row g has 1 (sum) or 1/|g| (mean) at graph g's nodes: readout = pool · H.
 * The node count is padded up to a multiple of NODE_PAD with isolated nodes (zero features, a
 * self loop, never pooled), so batches come in a handful of shapes: WebGL and WebGPU compile a
 * shader per shape, and without this every batch of 32 random graphs would compile new ones.
 */
export function batchTensors(b: GraphBatch, readout: Readout, format: AdjacencyFormat | 'auto' = 'auto'): BatchTensors {
  const n = Math.ceil(b.nodes / NODE_PAD) * NODE_PAD;
  const pad = n - b.nodes;
  const pool = new Float32Array(b.graphs * n);
  for (let g = 0; g < b.graphs; g++) {
    const size = b.offsets[g + 1] - b.offsets[g];
    pool.fill(readout === 'mean' ? 1 / size : 1, g * n + b.offsets[g], g * n + b.offsets[g + 1]);
  }
  const features = new Float32Array(n * FEATURE_DIM);
  features.set(b.features);
  const E = b.edges.src.length;
  const src = new Int32Array(E + pad), dst = new Int32Array(E + pad), weight = new Float32Array(E + pad);
  src.set(b.edges.src); dst.set(b.edges.dst); weight.set(b.edges.weight);
  for (let i = 0; i < pad; i++) { src[E + i] = dst[E + i] = b.nodes + i; weight[E + i] = 1; }
  const t = {
    x: tf.tensor2d(features, [n, FEATURE_DIM]),
    adj: adjacencyTensors({ n, src, dst, weight }, format),
    pool: tf.tensor2d(pool, [b.graphs, n]),
    labels: tf.tensor1d(b.labels, 'int32'),
  };
  return { ...t, dispose: () => { disposeAdjacency(t.adj); tf.dispose([t.x, t.pool, t.labels]); } };
}

export interface GraphClassifierOptions {
  /** widths of the GCN layers */
  hidden: number[];
  /** width of the dense layer after the readout */
  dense: number;
  readout: Readout;
  lr: number;
  seed: number;
  batchSize: number;
  format: AdjacencyFormat | 'auto';
}

/** the page's default run: 600 training and 200 test graphs, 20 epochs */
export const GRAPH_TRAIN = 600;
export const GRAPH_TEST = 200;
export const GRAPH_EPOCHS = 20;

export const GRAPH_CLASSIFIER_DEFAULTS: GraphClassifierOptions = {
  hidden: [32, 32], dense: 32, readout: 'mean', lr: 0.005, seed: 1, batchSize: 32, format: 'auto',
};

export interface Evaluation {
  accuracy: number;
  predicted: Int32Array;
  /** indices into the evaluated list */
  misclassified: { index: number; predicted: number; label: number }[];
}

export interface GraphClassifier {
  readonly options: GraphClassifierOptions;
  /** one Adam step on a batch's mean cross-entropy; returns the loss (caller disposes; no sync) */
  step(batch: BatchTensors): tf.Scalar;
  /** logits [graphs, classes] */
  predict(batch: BatchTensors): tf.Tensor2D;
  /** one pass over `graphs` in shuffled mini-batches; resolves to the mean loss (one sync at the end) */
  trainEpoch(graphs: LabelledGraph[], epochSeed: number): Promise<number>;
  evaluate(graphs: LabelledGraph[]): Promise<Evaluation>;
  dispose(): void;
}

export function createGraphClassifier(opts: Partial<GraphClassifierOptions> = {}): GraphClassifier {
  const o = { ...GRAPH_CLASSIFIER_DEFAULTS, ...opts };
  const rand = mulberry32(o.seed);
  const sizes = [FEATURE_DIM, ...o.hidden];
  const gcn = sizes.slice(1).map((out, i) => denseParams(sizes[i], out, rand));
  const dense = denseParams(sizes[sizes.length - 1], o.dense, rand);
  const head = denseParams(o.dense, FAMILIES.length, rand);
  const variables = [...gcn, dense, head].flatMap((p) => [p.W, p.b]);
  const optimizer = tf.train.adam(o.lr);

  const logits = (b: BatchTensors) => tf.tidy(() => {
    let h = b.x;
    for (const p of gcn) h = gcnLayer(h, b.adj, p.W, p.b, 'relu');
    const pooled = tf.matMul(b.pool, h);
    const z = activate(tf.add(tf.matMul(pooled, dense.W), dense.b), 'relu');
    return tf.add(tf.matMul(z, head.W), head.b) as tf.Tensor2D;
  });
  const step = (b: BatchTensors) => tf.tidy(() => optimizer.minimize(() => {
    const onehot = tf.oneHot(b.labels, FAMILIES.length);
    return tf.neg(tf.mean(tf.sum(tf.mul(onehot, tf.logSoftmax(logits(b))), 1))) as tf.Scalar;
  }, true, variables)!);

  return {
    options: o,
    step,
    predict: logits,
    async trainEpoch(graphs, epochSeed) {
      const order = seededPermutation(graphs.length, epochSeed);
      const losses: tf.Scalar[] = [];
      for (let s = 0; s < graphs.length; s += o.batchSize) {
        const part = Array.from(order.subarray(s, s + o.batchSize), (i) => graphs[i]);
        const b = batchTensors(batchGraphs(part), o.readout, o.format);
        losses.push(step(b));
        b.dispose();
      }
      const mean = tf.tidy(() => tf.mean(tf.stack(losses)));
      const v = (await mean.data())[0];
      tf.dispose([mean, ...losses]);
      return v;
    },
    async evaluate(graphs) {
      const predicted = new Int32Array(graphs.length);
      for (let s = 0; s < graphs.length; s += 256) {
        const b = batchTensors(batchGraphs(graphs.slice(s, s + 256)), o.readout, o.format);
        const arg = tf.tidy(() => tf.argMax(logits(b), 1));
        predicted.set(await arg.data(), s);
        tf.dispose(arg);
        b.dispose();
      }
      const misclassified: Evaluation['misclassified'] = [];
      graphs.forEach((g, index) => {
        if (predicted[index] !== g.label) misclassified.push({ index, predicted: predicted[index], label: g.label });
      });
      return { accuracy: graphs.length ? 1 - misclassified.length / graphs.length : 0, predicted, misclassified };
    },
    dispose() {
      tf.dispose(variables);
      optimizer.dispose();
    },
  };
}

export interface GraphTrainingOptions extends Partial<GraphClassifierOptions> {
  train: LabelledGraph[];
  test: LabelledGraph[];
  /** default GRAPH_EPOCHS */
  epochs?: number;
  /** after every epoch, with the mean training loss and the test accuracy */
  onEpoch?: (epoch: number, loss: number, test: Evaluation) => void | Promise<void>;
  signal?: AbortSignal;
}

/** Trains for `epochs`, evaluating on the test graphs after each; returns the curve and the final evaluation. */
export async function trainGraphClassifier({ train, test, epochs = GRAPH_EPOCHS, onEpoch, signal, ...opts }: GraphTrainingOptions) {
  const model = createGraphClassifier(opts);
  const history: { epoch: number; loss: number; accuracy: number }[] = [];
  let last: Evaluation = { accuracy: 0, predicted: new Int32Array(test.length), misclassified: [] };
  try {
    for (let e = 1; e <= epochs; e++) {
      throwIfAborted(signal);
      const loss = await model.trainEpoch(train, model.options.seed * 1000 + e);
      last = await model.evaluate(test);
      history.push({ epoch: e, loss, accuracy: last.accuracy });
      await onEpoch?.(e, loss, last);
    }
    return { history, final: last };
  } finally {
    model.dispose();
  }
}

/** How many graphs of these batches the classifier gets right, as a scalar on the device (no sync). */
export function countCorrect(model: GraphClassifier, batches: BatchTensors[]): tf.Scalar {
  return tf.tidy(() => tf.addN(batches.map((b) => tf.sum(tf.cast(tf.equal(tf.argMax(model.predict(b), 1), b.labels), 'float32')))) as tf.Scalar);
}

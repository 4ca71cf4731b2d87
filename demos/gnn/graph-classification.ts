/**
 * Graph classification: one label per graph, decided by its shape alone. A generated dataset of
 * small graphs (10–20 nodes) from four families — ring, star, two communities, grid — with a few
 * edges rewired at random so that no family is a perfect template. Node inputs carry no family
 * information: a one-hot of the node's degree (capped) and a constant (the dataset: graph-dataset.ts,
 * re-exported here).
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
import { throwIfAborted, untilAborted } from '../runtime/loop';
import { mulberry32, seededPermutation } from '../runtime/rng';
import {
  activate, adjacencyTensors, denseParams, disposeAdjacency, gcnLayer, type Adjacency, type AdjacencyFormat,
} from './gcn';
import { batchGraphs, FAMILIES, FEATURE_DIM, type GraphBatch, type LabelledGraph } from './graph-dataset';

export * from './graph-dataset';

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

export interface BatchLoopOptions {
  /** checked before each batch */
  signal?: AbortSignal;
  /** after each batch (its index in the epoch): progress, and yielding to the browser */
  onBatch?: (i: number) => void | Promise<void>;
}

export interface GraphClassifier {
  readonly options: GraphClassifierOptions;
  /** one Adam step on a batch's mean cross-entropy; returns the loss (caller disposes; no sync) */
  step(batch: BatchTensors): tf.Scalar;
  /** logits [graphs, classes] */
  predict(batch: BatchTensors): tf.Tensor2D;
  /**
   * one Adam step per shuffled mini-batch of `graphs` (order seeded by `epochSeed`); resolves to
   * the losses, still on the device (caller disposes; on an abort they are freed here). No sync.
   */
  trainBatches(graphs: LabelledGraph[], epochSeed: number, opts?: BatchLoopOptions): Promise<tf.Scalar[]>;
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

  // the training loop of an epoch, shared by trainEpoch (the bench, the tests) and the page
  async function trainBatches(graphs: LabelledGraph[], epochSeed: number, { signal, onBatch }: BatchLoopOptions = {}) {
    const order = seededPermutation(graphs.length, epochSeed);
    const losses: tf.Scalar[] = [];
    try {
      for (let s = 0, i = 0; s < graphs.length; s += o.batchSize, i++) {
        throwIfAborted(signal);
        const part = Array.from(order.subarray(s, s + o.batchSize), (j) => graphs[j]);
        const b = batchTensors(batchGraphs(part), o.readout, o.format);
        try {
          losses.push(step(b));
        } finally {
          b.dispose();
        }
        if (onBatch) await onBatch(i);
      }
      return losses;
    } catch (e) {
      tf.dispose(losses);
      throw e;
    }
  }

  return {
    options: o,
    step,
    predict: logits,
    trainBatches,
    async trainEpoch(graphs, epochSeed) {
      const losses = await trainBatches(graphs, epochSeed);
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

/**
 * graphs per forward pass when measuring accuracy (uploaded once per run): few batches mean few
 * new shapes for WebGL to compile shaders for, but the pooling matrix is graphs × nodes, so its
 * cost grows with the square of the batch
 */
export const EVAL_BATCH = 128;

/** What an epoch of the page's run reports: mean training loss, training and test accuracy. */
export interface EpochSummary {
  loss: number;
  train: number;
  test: number;
}

/** A fresh classifier with both sets uploaded for evaluation: the graph-classification page's run. */
export interface ClassificationRun {
  readonly batchesPerEpoch: number;
  /** epoch `e` (from 1): the mini-batch steps, then one read-back of loss and both accuracies */
  epoch(e: number, opts?: BatchLoopOptions): Promise<EpochSummary>;
  /** the predicted class of every test graph (one read-back) */
  predictTest(signal?: AbortSignal): Promise<Int32Array>;
  dispose(): void;
}

export function createClassificationRun({ train, test, readout, seed }: {
  train: LabelledGraph[]; test: LabelledGraph[]; readout: Readout; seed: number;
}): ClassificationRun {
  const model = createGraphClassifier({ readout, seed });
  const { batchSize, format } = model.options;
  const trainEval: BatchTensors[] = [], testEval: BatchTensors[] = [];
  const dispose = () => {
    for (const b of [...trainEval, ...testEval]) b.dispose();
    model.dispose();
  };
  // pushed one by one, so that whatever was uploaded is disposed even if an upload fails
  const upload = (gs: LabelledGraph[], into: BatchTensors[]) => {
    for (let s = 0; s < gs.length; s += EVAL_BATCH) into.push(batchTensors(batchGraphs(gs.slice(s, s + EVAL_BATCH)), readout, format));
  };
  try {
    upload(train, trainEval);
    upload(test, testEval);
  } catch (e) {
    dispose();
    throw e;
  }
  const never = new AbortController().signal;
  return {
    batchesPerEpoch: Math.ceil(train.length / batchSize),
    async epoch(e, opts = {}) {
      const losses = await model.trainBatches(train, seed * 1000 + e, opts);
      // the one read-back of the epoch: mean loss and both accuracies, computed on the device
      const summary = tf.tidy(() => tf.stack([tf.mean(tf.stack(losses)), countCorrect(model, trainEval), countCorrect(model, testEval)]));
      tf.dispose(losses);
      try {
        const v = (await untilAborted(summary.data(), opts.signal ?? never)) as Float32Array;
        return { loss: v[0], train: v[1] / train.length, test: v[2] / test.length };
      } finally {
        summary.dispose();
      }
    },
    async predictTest(signal) {
      const predT = tf.tidy(() => tf.concat(testEval.map((b) => tf.argMax(model.predict(b), 1))));
      try {
        return (await untilAborted(predT.data(), signal ?? never)) as Int32Array;
      } finally {
        predT.dispose();
      }
    },
    dispose,
  };
}

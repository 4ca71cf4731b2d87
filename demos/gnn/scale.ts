/**
 * GCNs at scale: full-batch training on a 10,000-node, 100,000-edge stochastic block model in
 * the browser. Propagation is sparse (propagation.ts): each epoch costs O(E·F), and nothing n×n is ever
 * built (10⁴ × 10⁴ floats would be 400 MB). A 2-layer GCN 16 → 16 (ReLU) → 10 learns the
 * communities from 10% of the labels; the same network without the graph (Â = I, an MLP on the
 * node's own features) shows how much the neighbours add. The edge sweep times an epoch as the
 * number of edges grows at a fixed node count: the cost grows linearly with E.
 */
import * as tf from '@tensorflow/tfjs';
import { throwIfAborted } from '../runtime/loop';
import { mulberry32 } from '../runtime/rng';
import { adjacencyTensors, createGcn, disposeAdjacency, propagate, type AdjacencyFormat } from './gcn';
import { edgeListWithSelfLoops, SBM_DEFAULTS, stochasticBlockModel, type Sbm, type SbmOptions } from './graph';

export interface ScaleOptions extends SbmOptions {
  hidden: number;
  /** fraction of nodes whose label is used for training; the rest are held out */
  trainFraction: number;
  lr: number;
  weightDecay: number;
  /** false: ignore the edges (Â = I), i.e. an MLP on each node's own features */
  useGraph: boolean;
  format: AdjacencyFormat | 'auto';
}

export const SCALE_DEFAULTS: ScaleOptions = {
  ...SBM_DEFAULTS, hidden: 16, trainFraction: 0.1, lr: 0.01, weightDecay: 5e-4, useGraph: true, format: 'auto',
};

/** epochs of the page's default run (~90% held-out accuracy with the defaults) */
export const SCALE_EPOCHS = 200;

export interface ScaleRun {
  readonly options: ScaleOptions;
  readonly sbm: Sbm;
  nodes: number;
  /** undirected edges of the graph */
  edges: number;
  /** stored entries of Â: 2·edges + nodes (self loops) */
  entries: number;
  /** 1 for the training nodes */
  trainMask: Uint8Array;
  /** one full-batch Adam step; returns the loss tensor (caller disposes; no sync) */
  step(): tf.Scalar;
  /** accuracy on the training and the held-out nodes (one read-back) */
  accuracy(): Promise<{ train: number; test: number }>;
  /** median wall time of one ÂX (16 features) with its read-back: the part that grows with E */
  propagationMs(reps?: number): Promise<number>;
  dispose(): void;
}

/** Builds the graph, uploads it, and creates the model. Generating 10⁴ nodes takes ~0.1 s. */
export function createScaleRun(opts: Partial<ScaleOptions> = {}): ScaleRun {
  const o = { ...SCALE_DEFAULTS, ...opts };
  const sbm = stochasticBlockModel(o);
  const { n } = sbm.graph;
  const rand = mulberry32(o.seed + 17);
  const trainMask = Uint8Array.from({ length: n }, () => (rand() < o.trainFraction ? 1 : 0));
  // without the graph, Â of an edgeless graph is I: the same network, blind to neighbours
  const normalised = edgeListWithSelfLoops(o.useGraph ? sbm.graph : { n, edges: [] });
  const adj = adjacencyTensors(normalised, o.format);
  const x = tf.tensor2d(sbm.features, [n, o.featureDim]);
  const labels = tf.tensor1d(sbm.labels, 'int32');
  const mask = tf.tensor1d(Float32Array.from(trainMask));
  const gcn = createGcn({
    sizes: [o.featureDim, o.hidden, o.communities], activation: 'relu', seed: o.seed, lr: o.lr, weightDecay: o.weightDecay,
  });
  return {
    options: o,
    sbm,
    nodes: n,
    edges: sbm.graph.edges.length,
    entries: normalised.src.length,
    trainMask,
    step: () => gcn.step(x, adj, labels, mask),
    async accuracy() {
      const pred = tf.tidy(() => tf.argMax(gcn.logits(x, adj), 1));
      const p = await pred.data();
      pred.dispose();
      const ok = [0, 0], count = [0, 0];
      for (let v = 0; v < n; v++) {
        const split = trainMask[v] ? 0 : 1;
        count[split]++;
        if (p[v] === sbm.labels[v]) ok[split]++;
      }
      return { train: count[0] ? ok[0] / count[0] : 0, test: count[1] ? ok[1] / count[1] : 0 };
    },
    async propagationMs(reps = 5) {
      const times: number[] = [];
      for (let i = 0; i <= reps; i++) {
        const t0 = performance.now();
        const y = propagate(x, adj);
        await y.data();
        y.dispose();
        if (i > 0) times.push(performance.now() - t0); // the first call warms up
      }
      return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
    },
    dispose() {
      gcn.dispose();
      disposeAdjacency(adj);
      tf.dispose([x, labels, mask]);
    },
  };
}

export interface EpochReport {
  epoch: number;
  loss: number;
  /** wall time of the epoch including the loss read-back (the sync that makes timing honest) */
  ms: number;
}

/**
 * `epochs` training epochs, each timed to the read-back of its loss; then the accuracy on the
 * held-out nodes. The first epoch includes one-off costs (kernel set-up, shader compilation).
 */
export async function runEpochs(
  run: ScaleRun, epochs: number,
  { onEpoch, signal }: { onEpoch?: (r: EpochReport) => void | Promise<void>; signal?: AbortSignal } = {},
): Promise<{ epochs: EpochReport[]; train: number; test: number }> {
  const reports: EpochReport[] = [];
  for (let e = 1; e <= epochs; e++) {
    throwIfAborted(signal);
    const t0 = performance.now();
    const loss = run.step();
    const value = (await loss.data())[0];
    loss.dispose();
    const r = { epoch: e, loss: value, ms: performance.now() - t0 };
    reports.push(r);
    await onEpoch?.(r);
  }
  return { epochs: reports, ...(await run.accuracy()) };
}

/** Median of the epoch times after the first (which carries one-off set-up costs). */
export function steadyEpochMs(reports: EpochReport[]): number {
  const ms = (reports.length > 1 ? reports.slice(1) : reports).map((r) => r.ms).sort((a, b) => a - b);
  return ms.length ? ms[Math.floor(ms.length / 2)] : NaN;
}

/**
 * Epoch time against edge count at a fixed node count: for each mean degree, a fresh graph,
 * `epochs` timed epochs, the steady epoch time, and the time of one propagation ÂX alone. The
 * propagation grows linearly with E; the epoch grows more slowly, because with 16 features the
 * per-node dense work (matMuls, softmax, Adam) is a large, E-independent share of it.
 */
export async function edgeSweep({
  n = 10_000, avgDegrees = [5, 10, 20, 40], epochs = 4, seed = 1, format = 'auto' as AdjacencyFormat | 'auto', signal,
}: { n?: number; avgDegrees?: number[]; epochs?: number; seed?: number; format?: AdjacencyFormat | 'auto'; signal?: AbortSignal } = {}) {
  const out: { avgDegree: number; edges: number; epochMs: number; propagationMs: number }[] = [];
  for (const avgDegree of avgDegrees) {
    const run = createScaleRun({ n, avgDegree, seed, format });
    try {
      const r = await runEpochs(run, epochs, { signal });
      out.push({ avgDegree, edges: run.edges, epochMs: steadyEpochMs(r.epochs), propagationMs: await run.propagationMs() });
    } finally {
      run.dispose();
    }
  }
  return out;
}

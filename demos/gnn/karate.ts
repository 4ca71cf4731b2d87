/**
 * Zachary's karate club, semi-supervised, after Kipf & Welling's appendix example (theirs: 3 layers
 * on 4 modularity communities; here: 2 layers on the 2 real factions): a GCN trained on one label
 * per faction, its 2-D hidden layer the picture the gcn-karate demo plots.
 */
import * as tf from '@tensorflow/tfjs';
import { throwIfAborted } from '../runtime/loop';
import { createGcn } from './gcn';
import { edgeListWithSelfLoops, KARATE, KARATE_FACTION, KARATE_MR_HI, KARATE_OFFICER } from './graph';
import { adjacencyTensors, disposeAdjacency, GnnInputError, type AdjacencyFormat } from './propagation';

export interface KarateOptions {
  /** nodes whose faction is known (default: Mr. Hi and the Officer) */
  labelled: number[];
  seed: number;
  lr: number;
  /** widths of the GCN layers after the 34-d one-hot input; the last is the plotted embedding */
  hidden: number[];
  weightDecay: number;
  format: AdjacencyFormat | 'auto';
}

export const KARATE_DEFAULTS: KarateOptions = {
  labelled: [KARATE_MR_HI, KARATE_OFFICER], seed: 1, lr: 0.01, hidden: [4, 2], weightDecay: 5e-4, format: 'auto',
};
export const KARATE_EPOCHS = 300;

export interface KarateSnapshot {
  epoch: number;
  /** 34 × 2 row-major: the last GCN layer's output, the embedding to plot */
  embedding: Float32Array;
  /** 34 × 2 row-major: softmax of the classifier (faction 0 = Mr. Hi, 1 = Officer) */
  probs: Float32Array;
  pred: Int32Array;
  /** accuracy on the nodes whose label was not given */
  accuracy: number;
}

export interface KarateTrainer {
  readonly epoch: number;
  /** 1 for the labelled nodes */
  readonly labelledMask: Uint8Array;
  /** one full-batch Adam step (an epoch); returns the loss tensor (caller disposes; no sync) */
  step(): tf.Scalar;
  /** reads the current embedding and predictions back (one sync) */
  snapshot(): Promise<KarateSnapshot>;
  dispose(): void;
}

/** Throws GnnInputError unless every faction has a labelled node and every id is a node. */
export function checkKarateLabels(labelled: number[]) {
  for (const v of labelled) {
    if (!Number.isInteger(v) || v < 0 || v >= KARATE.n) throw new GnnInputError(`node ${v} is not in the karate club (0–33)`);
  }
  for (const f of [0, 1]) {
    if (!labelled.some((v) => KARATE_FACTION[v] === f)) throw new GnnInputError('every faction needs at least one labelled node');
  }
}

/**
 * Kipf & Welling's karate example: no node features at all (X = I, a one-hot id per member), a
 * GCN 34 → 4 → 2 (tanh) whose 2-D output is the embedding we plot, and a linear classifier on
 * it, trained on the labels of a few members only. The rest is inferred from the structure: a
 * member ends up on the side of the labelled node they are better connected to.
 */
export function createKarateTrainer(opts: Partial<KarateOptions> = {}): KarateTrainer {
  const o = { ...KARATE_DEFAULTS, ...opts };
  checkKarateLabels(o.labelled);
  const mask = new Uint8Array(KARATE.n);
  for (const v of o.labelled) mask[v] = 1;
  const gcn = createGcn({
    sizes: [KARATE.n, ...o.hidden], activation: 'tanh', head: 2, seed: o.seed, lr: o.lr, weightDecay: o.weightDecay,
  });
  const adj = adjacencyTensors(edgeListWithSelfLoops(KARATE), o.format);
  const x = tf.eye(KARATE.n) as tf.Tensor2D;
  const labels = tf.tensor1d(KARATE_FACTION, 'int32');
  const maskT = tf.tensor1d(Float32Array.from(mask));
  let epoch = 0;
  return {
    get epoch() { return epoch; },
    labelledMask: mask,
    step() {
      epoch++;
      return gcn.step(x, adj, labels, maskT);
    },
    async snapshot() {
      const outs = gcn.embed(x, adj);
      const probs = tf.softmax(outs[outs.length - 1]);
      const pred = tf.argMax(probs, 1);
      const [e, p, y] = await Promise.all([outs[outs.length - 2].data(), probs.data(), pred.data()]);
      tf.dispose([...outs, probs, pred]);
      const predArr = Int32Array.from(y);
      return {
        epoch, embedding: Float32Array.from(e), probs: Float32Array.from(p), pred: predArr,
        accuracy: karateAccuracy(predArr, mask),
      };
    },
    dispose() {
      gcn.dispose();
      disposeAdjacency(adj);
      tf.dispose([x, labels, maskT]);
    },
  };
}

/** Accuracy against the true factions on the nodes not in `labelledMask` (non-zero = labelled). */
export function karateAccuracy(pred: ArrayLike<number>, labelledMask: ArrayLike<number | boolean>): number {
  let ok = 0, count = 0;
  for (let v = 0; v < KARATE.n; v++) {
    if (labelledMask[v]) continue;
    count++;
    if (pred[v] === KARATE_FACTION[v]) ok++;
  }
  return count ? ok / count : 1;
}

/**
 * Trains for `epochs` (default 300) and returns the final snapshot with the loss curve. The
 * loss is read back every `readEvery` epochs (default 10) — no per-step sync. `onEpoch` runs after
 * each epoch (a view can take a snapshot there); `signal` stops the run between epochs.
 */
export async function trainKarate(
  opts: Partial<KarateOptions> & {
    epochs?: number;
    readEvery?: number;
    onEpoch?: (epoch: number, trainer: KarateTrainer) => void | Promise<void>;
    signal?: AbortSignal;
  } = {},
): Promise<KarateSnapshot & { losses: { epoch: number; loss: number }[] }> {
  const { epochs = KARATE_EPOCHS, readEvery = 10, onEpoch, signal, ...rest } = opts;
  const trainer = createKarateTrainer(rest);
  const losses: { epoch: number; loss: number }[] = [];
  try {
    for (let i = 1; i <= epochs; i++) {
      throwIfAborted(signal);
      const loss = trainer.step();
      if (i % readEvery === 0 || i === epochs) losses.push({ epoch: i, loss: (await loss.data())[0] });
      loss.dispose();
      await onEpoch?.(i, trainer);
    }
    return { ...(await trainer.snapshot()), losses };
  } finally {
    trainer.dispose();
  }
}

/**
 * One epoch as the gcn-karate page runs it: an Adam step and, when `read`, the embedding and the
 * loss in one read-back (the page reads every 10 epochs, so the loop never waits per step).
 * Returns null when not read. Leaves no tensors behind.
 */
export async function karateEpoch(trainer: KarateTrainer, read: boolean): Promise<(KarateSnapshot & { loss: number }) | null> {
  const loss = trainer.step();
  try {
    if (!read) return null;
    const [s, l] = await Promise.all([trainer.snapshot(), loss.data()]);
    return { ...s, loss: l[0] };
  } finally {
    loss.dispose();
  }
}

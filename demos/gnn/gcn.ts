/**
 * Graph convolutional networks (Kipf & Welling 2017) in TF.js: the layer σ(Â H W + b), seeded
 * parameters, the masked cross-entropy of semi-supervised training, and a GCN with Adam. The
 * propagation ÂH and its four forms live in propagation.ts (re-exported here, so `./gcn` stays
 * the one import for GCN maths); the karate-club trainer in karate.ts.
 */
import * as tf from '@tensorflow/tfjs';
import { mulberry32 } from '../runtime/rng';
import { propagate, type Adjacency } from './propagation';

export * from './propagation';

export type Activation = 'tanh' | 'relu' | 'linear';

export function activate(x: tf.Tensor2D, a: Activation): tf.Tensor2D {
  return a === 'tanh' ? tf.tanh(x) : a === 'relu' ? tf.relu(x) : x;
}

/**
 * σ(Â H W + b). Â(HW) and (ÂH)W are equal; propagation costs O(E·width), so W goes first when
 * it makes the features narrower.
 */
export function gcnLayer(h: tf.Tensor2D, adj: Adjacency, W: tf.Tensor2D, b: tf.Tensor1D, activation: Activation): tf.Tensor2D {
  return tf.tidy(() => {
    const [fIn, fOut] = W.shape;
    const z = fOut < fIn ? propagate(tf.matMul(h, W), adj) : tf.matMul(propagate(h, adj), W);
    return activate(tf.add(z, b), activation);
  });
}

/** Glorot-uniform [fanIn, fanOut] weights from a seeded generator, zero bias, as variables. */
export function denseParams(fanIn: number, fanOut: number, rand: () => number) {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  const w0 = tf.tensor2d(Float32Array.from({ length: fanIn * fanOut }, () => (2 * rand() - 1) * limit), [fanIn, fanOut]);
  const b0 = tf.zeros([fanOut]);
  // tf.variable shares its initial tensor's data: dispose the initial tensors, keep the variables
  const p = { W: tf.variable(w0) as tf.Variable<tf.Rank.R2>, b: tf.variable(b0) as tf.Variable<tf.Rank.R1> };
  tf.dispose([w0, b0]);
  return p;
}

/**
 * Mean softmax cross-entropy over the nodes with mask 1. A mask instead of gathering the
 * labelled rows keeps tf.gather (and its missing WASM gradient) out of the loss.
 */
export function maskedCrossEntropy(logits: tf.Tensor2D, labels: tf.Tensor1D, mask: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => {
    const onehot = tf.oneHot(tf.cast(labels, 'int32') as tf.Tensor1D, logits.shape[1]);
    const perNode = tf.neg(tf.sum(tf.mul(onehot, tf.logSoftmax(logits)), 1));
    return tf.div(tf.sum(tf.mul(perNode, mask)), tf.maximum(tf.sum(mask), 1)) as tf.Scalar;
  });
}

export interface GcnOptions {
  /** feature widths [input, hidden…, output] of the GCN layers */
  sizes: number[];
  activation: 'tanh' | 'relu';
  seed: number;
  lr: number;
  /** L2 penalty λ·Σ‖W‖² on every kernel (default 0) */
  weightDecay?: number;
  /**
   * classes of a linear classifier on the last GCN layer's output; every GCN layer then has the
   * activation. Without it the last GCN layer is linear and its output is the logits.
   */
  head?: number;
}

export interface Gcn {
  readonly options: GcnOptions;
  readonly variables: tf.Variable[];
  /** every layer's output, in order (the last is the logits) */
  embed(x: tf.Tensor2D, adj: Adjacency): tf.Tensor2D[];
  logits(x: tf.Tensor2D, adj: Adjacency): tf.Tensor2D;
  /** one Adam step on the masked cross-entropy; returns the loss tensor (caller disposes; no sync) */
  step(x: tf.Tensor2D, adj: Adjacency, labels: tf.Tensor1D, mask: tf.Tensor1D): tf.Scalar;
  dispose(): void;
}

export function createGcn(opts: GcnOptions): Gcn {
  const rand = mulberry32(opts.seed);
  const { sizes, head } = opts;
  const layers = sizes.slice(1).map((out, i) => denseParams(sizes[i], out, rand));
  const classifier = head ? denseParams(sizes[sizes.length - 1], head, rand) : null;
  const variables: tf.Variable[] = [...layers, ...(classifier ? [classifier] : [])].flatMap((p) => [p.W, p.b]);
  const optimizer = tf.train.adam(opts.lr);
  const decay = opts.weightDecay ?? 0;

  const forward = (x: tf.Tensor2D, adj: Adjacency): tf.Tensor2D[] => {
    const outs: tf.Tensor2D[] = [];
    let h = x;
    layers.forEach((p, i) => {
      const last = i === layers.length - 1 && !classifier;
      h = gcnLayer(h, adj, p.W, p.b, last ? 'linear' : opts.activation);
      outs.push(h);
    });
    if (classifier) outs.push(tf.add(tf.matMul(h, classifier.W), classifier.b));
    return outs;
  };
  const logits = (x: tf.Tensor2D, adj: Adjacency) => tf.tidy(() => {
    const outs = forward(x, adj);
    return outs[outs.length - 1];
  });
  return {
    options: opts,
    variables,
    embed: (x, adj) => tf.tidy(() => forward(x, adj)),
    logits,
    step(x, adj, labels, mask) {
      return tf.tidy(() => optimizer.minimize(() => {
        const loss = maskedCrossEntropy(logits(x, adj), labels, mask);
        if (!decay) return loss;
        const l2 = tf.addN(variables.filter((v) => v.rank === 2).map((v) => tf.sum(tf.square(v))));
        return tf.add(loss, tf.mul(l2, decay)) as tf.Scalar;
      }, true, variables as tf.Variable[])!);
    },
    dispose() {
      tf.dispose(variables);
      optimizer.dispose();
    },
  };
}

/** Row-wise argmax of a [n, C] tensor, read back. */
export async function argmaxRows(logits: tf.Tensor2D): Promise<Int32Array> {
  const a = tf.argMax(logits, 1);
  const v = await a.data();
  a.dispose();
  return Int32Array.from(v);
}

/**
 * A digit-CNN-shaped network as a plain list of operations, so the explanation methods can walk
 * it layer by layer (LRP backwards, dissection's receptive fields forwards) without depending on
 * TF.js layers internals. `opsOf` reads the list off a trained model and shares its weights.
 */
import * as tf from '@tensorflow/tfjs';

export type Op =
  /** 3×3 'same' convolution + bias, followed by ReLU */
  | { kind: 'conv'; name: string; kernel: tf.Tensor4D; bias: tf.Tensor1D }
  /** 2×2 max-pool, stride 2 */
  | { kind: 'pool'; name: string }
  /** global average pooling */
  | { kind: 'gap'; name: string }
  /** dense layer + bias, no activation (the logits) */
  | { kind: 'dense'; name: string; kernel: tf.Tensor2D; bias: tf.Tensor1D };

/** The ops of a model built by buildDigitCnn, in order. */
export function opsOf(model: tf.LayersModel): Op[] {
  const ops: Op[] = [];
  for (const layer of model.layers) {
    const cls = layer.getClassName();
    if (cls === 'Conv2D') {
      const [kernel, bias] = layer.getWeights() as [tf.Tensor4D, tf.Tensor1D];
      ops.push({ kind: 'conv', name: layer.name, kernel, bias });
    } else if (cls === 'MaxPooling2D') ops.push({ kind: 'pool', name: layer.name });
    else if (cls === 'GlobalAveragePooling2D') ops.push({ kind: 'gap', name: layer.name });
    else if (cls === 'Dense') {
      const [kernel, bias] = layer.getWeights() as [tf.Tensor2D, tf.Tensor1D];
      ops.push({ kind: 'dense', name: layer.name, kernel, bias });
    }
  }
  return ops;
}

/** The op's linear part, without bias (what relevance and gradients flow back through). */
export function linear(op: Op, a: tf.Tensor): tf.Tensor {
  switch (op.kind) {
    case 'conv': return tf.conv2d(a as tf.Tensor4D, op.kernel, 1, 'same');
    case 'pool': return tf.maxPool(a as tf.Tensor4D, 2, 2, 'valid');
    case 'gap': return tf.mean(a, [1, 2]);
    case 'dense': return tf.matMul(a as tf.Tensor2D, op.kernel);
  }
}

/** The op's pre-activation output z (linear part + bias). */
export function preActivation(op: Op, a: tf.Tensor): tf.Tensor {
  const l = linear(op, a);
  return op.kind === 'conv' || op.kind === 'dense' ? tf.add(l, op.bias) : l;
}

/** The op's output: ReLU after a convolution, z otherwise. */
export function apply(op: Op, a: tf.Tensor): tf.Tensor {
  const z = preActivation(op, a);
  return op.kind === 'conv' ? tf.relu(z) : z;
}

/** Every activation a_0 = x, a_1 … a_L = logits (call inside tf.tidy). */
export function activations(ops: Op[], x: tf.Tensor4D): tf.Tensor[] {
  const acts: tf.Tensor[] = [x];
  for (const op of ops) acts.push(apply(op, acts[acts.length - 1]));
  return acts;
}

/** The logits as a function of the input. */
export const logitsFn = (ops: Op[]) => (x: tf.Tensor4D) => activations(ops, x).at(-1) as tf.Tensor2D;

export interface ReceptiveField {
  name: string;
  kind: Op['kind'];
  /** side of the input patch one output unit sees */
  size: number;
  /** input pixels between neighbouring units */
  stride: number;
  /** input coordinate of the patch's first pixel for unit 0 (negative: it starts in the padding) */
  offset: number;
}

/**
 * Receptive field of every op's output (Araujo et al. 2019's recurrences): a k×k layer with
 * stride s and padding p grows the field by (k − 1)·stride and shifts it by −p·stride.
 */
export function receptiveFields(ops: Op[]): ReceptiveField[] {
  let size = 1, stride = 1, offset = 0;
  const out: ReceptiveField[] = [];
  for (const op of ops) {
    if (op.kind === 'conv') { size += 2 * stride; offset -= stride; }
    else if (op.kind === 'pool') { size += stride; stride *= 2; }
    else break; // GAP and dense see the whole image
    out.push({ name: op.name, kind: op.kind, size, stride, offset });
  }
  return out;
}

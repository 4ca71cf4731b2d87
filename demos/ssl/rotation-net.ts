/**
 * The small CNN the rotation demo trains, written as functions of its weights so the same body
 * serves the rotation head (4 ways), the from-scratch classifier (10 ways) and the frozen feature
 * extractor. 14×14 digits (28×28 averaged 2×2: four times less work, same shapes to the eye):
 *   conv3×3 16 ReLU → max-pool 2 ('conv1', 7×7×16) → conv3×3 32 ReLU → max-pool 2 ('conv2', 3×3×32)
 *   → dense 64 ReLU ('fc') → dense `classes`.
 * Convolutions go through conv2dSame: TF.js 4.22's WASM backend has no Conv2DBackpropFilter.
 */
import * as tf from '@tensorflow/tfjs';
import { conv2dSame } from '../runtime/conv-grad';

export const SIDE = 14;
export const LAYERS = ['conv1', 'conv2', 'fc'] as const;
export type Layer = (typeof LAYERS)[number];
export const LAYER_DIM: Record<Layer, number> = { conv1: 7 * 7 * 16, conv2: 3 * 3 * 32, fc: 64 };

/** He-normal kernels, zero biases, from `seed`: [k1, b1, k2, b2, fc, bfc, head, bhead], as variables. */
export function initNet(classes: number, seed: number): tf.Variable[] {
  const he = (shape: number[], s: number) => tf.initializers.heNormal({ seed: s }).apply(shape);
  const init = [
    he([3, 3, 1, 16], seed), tf.zeros([16]),
    he([3, 3, 16, 32], seed + 1), tf.zeros([32]),
    he([LAYER_DIM.conv2, 64], seed + 2), tf.zeros([64]),
    tf.initializers.glorotUniform({ seed: seed + 3 }).apply([64, classes]), tf.zeros([classes]),
  ];
  // a variable copies nothing but takes a new handle: free the initial tensors at once
  return init.map((t) => { const v = tf.variable(t); t.dispose(); return v; });
}

/** Every layer's activations for x [n, 14, 14, 1], flattened to [n, dim], and the logits. */
export function forward(w: readonly tf.Tensor[], x: tf.Tensor4D): Record<Layer | 'logits', tf.Tensor2D> {
  return tf.tidy(() => {
    const n = x.shape[0];
    const c1 = tf.maxPool(tf.relu(tf.add(conv2dSame(x, w[0] as tf.Tensor4D), w[1])) as tf.Tensor4D, 2, 2, 'valid');
    const c2 = tf.maxPool(tf.relu(tf.add(conv2dSame(c1, w[2] as tf.Tensor4D), w[3])) as tf.Tensor4D, 2, 2, 'valid');
    const conv2 = tf.reshape(c2, [n, -1]) as tf.Tensor2D;
    const fc = tf.relu(tf.add(tf.matMul(conv2, w[4] as tf.Tensor2D), w[5])) as tf.Tensor2D;
    const logits = tf.add(tf.matMul(fc, w[6] as tf.Tensor2D), w[7]) as tf.Tensor2D;
    return { conv1: tf.reshape(c1, [n, -1]) as tf.Tensor2D, conv2, fc, logits };
  });
}

export function logitsOf(w: readonly tf.Tensor[], x: tf.Tensor4D): tf.Tensor2D {
  return tf.tidy(() => forward(w, x).logits);
}

/** One layer's frozen features for many images, in chunks (activations of 2,000 digits at once are large). */
export function featuresOf(w: readonly tf.Tensor[], x: tf.Tensor4D, layer: Layer, chunk = 500): tf.Tensor2D {
  return tf.tidy(() => {
    const parts: tf.Tensor2D[] = [];
    for (let s = 0; s < x.shape[0]; s += chunk) {
      const size = Math.min(chunk, x.shape[0] - s);
      parts.push(tf.tidy(() => forward(w, tf.slice(x, [s, 0, 0, 0], [size, -1, -1, -1]))[layer]));
    }
    return parts.length === 1 ? parts[0] : tf.concat(parts, 0);
  });
}

/**
 * x [n, 14, 14, 1] → [4n, 14, 14, 1]: every image at 0°, 90°, 180°, 270° counter-clockwise,
 * interleaved (image 0 at k = 0..3, then image 1, …) so the labels are pretext.rotationLabels(n).
 * One CCW quarter turn is "swap rows and columns, then flip the rows", as in pretext.rotateImage.
 */
export function allRotations(x: tf.Tensor4D): tf.Tensor4D {
  return tf.tidy(() => {
    const r1 = tf.reverse(tf.transpose(x, [0, 2, 1, 3]), 1) as tf.Tensor4D;
    const r2 = tf.reverse(x, [1, 2]) as tf.Tensor4D;
    const r3 = tf.reverse(tf.transpose(x, [0, 2, 1, 3]), 2) as tf.Tensor4D;
    const [n, h, wd, c] = x.shape;
    return tf.reshape(tf.stack([x, r1, r2, r3], 1), [4 * n, h, wd, c]) as tf.Tensor4D;
  });
}

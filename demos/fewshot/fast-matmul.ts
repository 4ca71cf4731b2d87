/**
 * a·b whose gradients use explicit transposes and plain matMuls. TF.js 4.22's WASM matMul with a
 * transpose flag is ~8× slower than tf.transpose + a plain matMul (measured here, Node WASM:
 * [192, 784]ᵀ·[192, 256] 223 ms with the flag, 27 ms without), and autodiff of tf.matMul uses the
 * flags for both gradients (dA = dY·Bᵀ, dB = Aᵀ·dY). Same maths, same values (up to rounding).
 */
import * as tf from '@tensorflow/tfjs';

export const matMulFast = tf.customGrad(((a: tf.Tensor2D, b: tf.Tensor2D, save: tf.GradSaveFunc) => {
  save([a, b]);
  return {
    value: tf.matMul(a, b),
    gradFunc: (dy: tf.Tensor2D, [sa, sb]: tf.Tensor[]) => [
      tf.matMul(dy, tf.transpose(sb as tf.Tensor2D)),
      tf.matMul(tf.transpose(sa as tf.Tensor2D), dy),
    ],
  };
}) as unknown as Parameters<typeof tf.customGrad>[0]) as unknown as (a: tf.Tensor2D, b: tf.Tensor2D) => tf.Tensor2D;

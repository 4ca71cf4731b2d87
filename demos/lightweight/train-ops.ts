/**
 * Training-path ops with gradients every backend runs, and runs fast on WASM. TF.js 4.22's WASM
 * backend has no Conv2DBackpropFilter and no depthwise backprop kernels at all, and its MaxPoolGrad
 * and Reverse are slow (profiled on a batch-32 step of the digit CNN: MaxPoolGrad 100 of 420 ms,
 * Reverse 13 ms). Each op computes exactly the plain tf.js op's value; only the gradient is
 * written with kernels WASM runs well (conv2d, depthwiseConv2d, matMul, transpose, elementwise).
 * Stride 1, 'same' padding, odd square kernels. Ways that measured slower on WASM here (im2col with
 * a stacked patch tensor, tap-by-tap sums, max over a reshaped axis) are not kept.
 */
import * as tf from '@tensorflow/tfjs';
import { conv2dFilterGrad } from '../runtime/conv-grad';

type Grad = Parameters<typeof tf.customGrad>[0];

/** A k×k kernel turned 180° in its two spatial axes: the k² taps in reverse order, one tiny matMul. */
export function rotate180(w: tf.Tensor4D): tf.Tensor4D {
  return tf.tidy(() => {
    const [k, , ci, co] = w.shape;
    const anti = tf.reverse(tf.eye(k * k), 0) as tf.Tensor2D;
    return tf.reshape(tf.matMul(anti, tf.reshape(w, [k * k, ci * co]) as tf.Tensor2D), [k, k, ci, co]) as tf.Tensor4D;
  });
}

/**
 * 2×2 max-pool, stride 2. Gradient: dy copied up to each window and kept where x equals the window's
 * maximum. (A tie sends it to every tied input; after a ReLU ties are windows of zeros, whose
 * gradient the ReLU then zeroes, so training is unchanged.)
 */
export function maxPool2Train(x: tf.Tensor4D): tf.Tensor4D {
  const f = tf.customGrad(((x: tf.Tensor, save: tf.GradSaveFunc) => {
    const y = tf.maxPool(x as tf.Tensor4D, 2, 2, 'valid');
    save([x, y]);
    return {
      value: y,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [xs, ys] = saved as [tf.Tensor4D, tf.Tensor4D];
        const hw: [number, number] = [xs.shape[1], xs.shape[2]];
        const up = (t: tf.Tensor) => tf.image.resizeNearestNeighbor(t as tf.Tensor4D, hw);
        return tf.mul(tf.cast(tf.equal(xs, up(ys)), 'float32'), up(dy));
      },
    };
  }) as unknown as Grad);
  return f(x) as tf.Tensor4D;
}

/**
 * ∂L/∂W of a depthwise conv: dW[i,j,c] = Σ_{n,y,x} x_pad[n,y+i,x+j,c] · dy[n,y,x,c]. As one
 * depthwise conv: the N images become N·C channels of one padded map, dy (one H×W filter per
 * image-channel) slides over it ('valid' leaves k×k), and the N copies are summed.
 */
export function depthwiseFilterGrad(x: tf.Tensor4D, dy: tf.Tensor4D, k: number): tf.Tensor4D {
  return tf.tidy(() => {
    const [n, h, w, c] = x.shape;
    const p = (k - 1) / 2;
    const xp = tf.reshape(tf.transpose(tf.pad(x, [[0, 0], [p, p], [p, p], [0, 0]]), [1, 2, 0, 3]), [1, h + 2 * p, w + 2 * p, n * c]) as tf.Tensor4D;
    const f = tf.reshape(tf.transpose(dy, [1, 2, 0, 3]), [h, w, n * c, 1]) as tf.Tensor4D;
    return tf.reshape(tf.sum(tf.reshape(tf.depthwiseConv2d(xp, f, 1, 'valid'), [k, k, n, c]), 2), [k, k, c, 1]) as tf.Tensor4D;
  });
}

/**
 * conv2d (stride 1, 'same'): ∂L/∂x as a forward conv of dy with the kernel turned 180° and its
 * channel axes swapped (WASM's Conv2DBackpropInput is several times slower than its Conv2D:
 * measured 640 vs 160 ms per step here), ∂L/∂W by conv-grad's one-conv form. `needDx` false (the
 * image itself) skips ∂L/∂x.
 */
export function conv2dTrain(x: tf.Tensor4D, w: tf.Tensor4D, needDx: boolean): tf.Tensor4D {
  const f = tf.customGrad(((x: tf.Tensor, w: tf.Tensor, save: tf.GradSaveFunc) => {
    save([x, w]);
    return {
      value: tf.conv2d(x as tf.Tensor4D, w as tf.Tensor4D, 1, 'same'),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [xs, ws] = saved as [tf.Tensor4D, tf.Tensor4D];
        const dx = needDx ? tf.conv2d(dy as tf.Tensor4D, tf.transpose(rotate180(ws), [0, 1, 3, 2]) as tf.Tensor4D, 1, 'same') : tf.zerosLike(xs);
        return [dx, conv2dFilterGrad(xs, dy as tf.Tensor4D, ws.shape[0])];
      },
    };
  }) as unknown as Grad);
  return f(x, w) as tf.Tensor4D;
}

/** depthwiseConv2d (one k×k filter per channel, stride 1, 'same'), differentiable on every backend. */
export function depthwiseTrain(x: tf.Tensor4D, w: tf.Tensor4D): tf.Tensor4D {
  const f = tf.customGrad(((x: tf.Tensor, w: tf.Tensor, save: tf.GradSaveFunc) => {
    save([x, w]);
    return {
      value: tf.depthwiseConv2d(x as tf.Tensor4D, w as tf.Tensor4D, 1, 'same'),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [xs, ws] = saved as [tf.Tensor4D, tf.Tensor4D];
        // one filter per channel: turning it 180° is the whole transpose, there is no channel swap
        const dx = tf.depthwiseConv2d(dy as tf.Tensor4D, rotate180(ws), 1, 'same');
        return [dx, depthwiseFilterGrad(xs, dy as tf.Tensor4D, ws.shape[0])];
      },
    };
  }) as unknown as Grad);
  return f(x, w) as tf.Tensor4D;
}

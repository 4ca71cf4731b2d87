import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { conv2dTrain, depthwiseFilterGrad, depthwiseTrain, maxPool2Train, rotate180 } from '@/demos/lightweight/train-ops';

const maxDiff = (a: tf.Tensor, b: tf.Tensor) => tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]);

// The cpu backend has every native gradient kernel: each hand-written gradient is checked against it.
describe('training ops: same values and gradients as tf.js', () => {
  it('rotate180 reverses both spatial axes', () => {
    const w = tf.randomNormal([3, 3, 2, 4], 0, 1, 'float32', 1) as tf.Tensor4D;
    expect(maxDiff(rotate180(w), tf.reverse(w, [0, 1]))).toBe(0);
  });

  it('maxPool2Train: value and gradient of tf.maxPool (no ties)', () => {
    const x = tf.randomNormal([2, 6, 4, 3], 0, 1, 'float32', 2) as tf.Tensor4D;
    const dy = tf.randomNormal([2, 3, 2, 3], 0, 1, 'float32', 3);
    expect(maxDiff(maxPool2Train(x), tf.maxPool(x, 2, 2, 'valid'))).toBe(0);
    const g = (f: (x: tf.Tensor4D) => tf.Tensor) => tf.grad((a: tf.Tensor) => tf.sum(tf.mul(f(a as tf.Tensor4D), dy)))(x);
    expect(maxDiff(g(maxPool2Train), g((a) => tf.maxPool(a, 2, 2, 'valid')))).toBe(0);
  });

  it('conv2dTrain: value and both gradients of tf.conv2d', () => {
    for (const k of [1, 3, 5]) {
      const x = tf.randomNormal([2, 5, 6, 3], 0, 1, 'float32', k) as tf.Tensor4D;
      const w = tf.randomNormal([k, k, 3, 4], 0, 1, 'float32', k + 1) as tf.Tensor4D;
      const dy = tf.randomNormal([2, 5, 6, 4], 0, 1, 'float32', k + 2);
      const loss = (f: typeof conv2dTrain) => tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(f(a as tf.Tensor4D, b as tf.Tensor4D, true), dy)))([x, w]);
      const [dx, dw] = loss(conv2dTrain);
      const [dx0, dw0] = loss((a, b) => tf.conv2d(a, b, 1, 'same'));
      expect(maxDiff(dx, dx0)).toBeLessThan(1e-4);
      expect(maxDiff(dw, dw0)).toBeLessThan(1e-4);
    }
  });

  it('depthwiseTrain: value and both gradients of tf.depthwiseConv2d', () => {
    for (const k of [1, 3, 5]) {
      const x = tf.randomNormal([3, 6, 5, 4], 0, 1, 'float32', 10 + k) as tf.Tensor4D;
      const w = tf.randomNormal([k, k, 4, 1], 0, 1, 'float32', 20 + k) as tf.Tensor4D;
      const dy = tf.randomNormal([3, 6, 5, 4], 0, 1, 'float32', 30 + k);
      expect(maxDiff(depthwiseTrain(x, w), tf.depthwiseConv2d(x, w, 1, 'same'))).toBeLessThan(1e-5);
      const loss = (f: (a: tf.Tensor4D, b: tf.Tensor4D) => tf.Tensor) => tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(f(a as tf.Tensor4D, b as tf.Tensor4D), dy)))([x, w]);
      const [dx, dw] = loss(depthwiseTrain);
      const [dx0, dw0] = loss((a, b) => tf.depthwiseConv2d(a, b, 1, 'same'));
      expect(maxDiff(dx, dx0)).toBeLessThan(1e-4);
      expect(maxDiff(dw, dw0)).toBeLessThan(1e-4);
      expect(maxDiff(depthwiseFilterGrad(x, dy as tf.Tensor4D, k), dw0)).toBeLessThan(1e-4);
    }
  });
});

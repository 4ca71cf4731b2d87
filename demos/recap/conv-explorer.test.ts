import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { featureMaps, layerCounts, presetBank, sumOfProducts, type LayerShape } from '@/demos/recap/conv-explorer';

describe('conv-explorer counts', () => {
  it('match tf.js conv2d layers (parameters, output shape, multiply–adds) over a grid of shapes', () => {
    let checked = 0;
    for (const cin of [1, 3, 8]) for (const k of [1, 3, 5]) for (const cout of [1, 4, 16]) for (const stride of [1, 2]) for (const padding of ['same', 'valid'] as const) {
      const l: LayerShape = { h: 13, w: 10, cin, k, cout, stride, padding };
      const layer = tf.layers.conv2d({ filters: cout, kernelSize: k, strides: stride, padding });
      const out = layer.computeOutputShape([null, 13, 10, cin]) as number[];
      layer.build([null, 13, 10, cin]);
      const c = layerCounts(l);
      expect(c.params).toBe(layer.countParams());
      expect(c.out).toEqual(out.slice(1));
      // each output value is one dot product of the k×k×C_in kernel with a patch
      expect(c.macs).toBe(out[1] * out[2] * out[3] * k * k * cin);
      checked++;
    }
    expect(checked).toBe(108);
  });

  it('answers the slide: a kernel is k×k×C_in, so a 3×3 layer from 3 to 64 channels has 1,792 parameters', () => {
    const c = layerCounts({ h: 224, w: 224, cin: 3, k: 3, cout: 64, stride: 1, padding: 'same' });
    expect(c.kernel).toEqual([3, 3, 3]);
    expect(c.params).toBe(3 * 3 * 3 * 64 + 64);
    expect(() => layerCounts({ h: 28, w: 28, cin: 0, k: 3, cout: 1, stride: 1, padding: 'same' })).toThrow(/cin/);
  });

  it('writes one output value as the sum of products conv2d computes, and leaks nothing', async () => {
    const img = Float32Array.from({ length: 784 }, (_, i) => ((i * 37) % 11) / 10);
    const bank = presetBank(['edge-x', 'blur']);
    const before = tf.memory().numTensors;
    const maps = await featureMaps(img, bank);
    expect(tf.memory().numTensors).toBe(before);
    for (const [j, r, c] of [[0, 5, 7], [1, 0, 0], [0, 27, 13]]) {
      expect(sumOfProducts(img, bank, j, r, c).value).toBeCloseTo(maps[j][r * 28 + c], 4);
    }
  });
});

describe('model-gallery counts', () => {
  it('reproduce the papers’ parameter counts from their architectures', async () => {
    const { countGallery, sortRows, GALLERY } = await import('@/demos/recap/model-gallery');
    const c = countGallery();
    expect(c.lenet5).toBe(60_000); // LeCun et al. 1998: "60,000 trainable parameters"
    expect(c.alexnet).toBe(60_965_224); // "60 million"
    expect(c.vgg16).toBe(138_357_544); // Table 2: 138 M
    expect(Math.round(c.vitb16 / 1e6)).toBe(87); // Table 1: 86 M (86.6 M with the 1000-way head)
    expect(c.macs.vgg16 / 1e9).toBeCloseTo(15.5, 1);
    const byTop1 = sortRows(GALLERY, 'top1', true);
    expect(byTop1[0].id).toBe('vitb16');
    expect(byTop1[byTop1.length - 1].top1).toBeNull();
  });
});

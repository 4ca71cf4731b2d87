import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { buildDigitCnn, DIGIT_CNN } from '@/demos/models/digit-cnn';
import { uploadDigits } from '@/demos/lightweight/cnn';
import { sizeBytes } from '@/demos/lightweight/compress';
import { countsOf, disposeNet, makeNet, netLogits, runLightCnn, sizesOf } from '@/demos/lightweight/light-cnn';

/** The light net as tf.js layers: what its parameter count and forward pass must match. */
function lightAsLayers(filters: number[]) {
  const input = tf.input({ shape: [28, 28, 1] });
  let x = tf.layers.conv2d({ filters: filters[0], kernelSize: 3, padding: 'same', activation: 'relu' }).apply(input) as tf.SymbolicTensor;
  for (let i = 1; i < filters.length; i++) {
    x = tf.layers.maxPooling2d({ poolSize: 2 }).apply(x) as tf.SymbolicTensor;
    x = tf.layers.depthwiseConv2d({ kernelSize: 3, padding: 'same', activation: 'relu' }).apply(x) as tf.SymbolicTensor;
    x = tf.layers.conv2d({ filters: filters[i], kernelSize: 1, activation: 'relu' }).apply(x) as tf.SymbolicTensor;
  }
  x = tf.layers.globalAveragePooling2d({}).apply(x) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: tf.layers.dense({ units: 10 }).apply(x) as tf.SymbolicTensor });
}

describe('light-cnn', () => {
  it('counts parameters as tf.js does, and multiply–adds by hand', () => {
    const std = buildDigitCnn(DIGIT_CNN);
    expect(countsOf('standard').params).toBe(std.countParams()); // 53,194
    std.dispose();
    for (const f of [[24, 48, 96], [4, 6, 8], [3, 5]]) {
      const m = lightAsLayers(f);
      expect(countsOf('light', f).params).toBe(m.countParams());
      m.dispose();
    }
    // [4, 6, 8]: conv 28²·9·4 + dw 14²·9·4 + pw 14²·4·6 + dw 7²·9·6 + pw 7²·6·8 + dense 80
    expect(countsOf('light', [4, 6, 8]).madds).toBe(784 * 36 + 196 * 36 + 196 * 24 + 49 * 54 + 49 * 48 + 80);
    expect(countsOf('standard', [4, 6, 8]).madds).toBe(784 * 36 + 196 * 9 * 24 + 49 * 9 * 48 + 80);
    // the sizes agree with compress.ts's sizeBytes on real tensors
    for (const kind of ['standard', 'light'] as const) {
      const n = makeNet(kind, 1);
      const w = { kernels: n.kernels, biases: n.biases, pools: 0 };
      expect(sizesOf(kind)).toEqual({ f32: sizeBytes(w, 32, 'tensor'), int8: sizeBytes(w, 8, 'tensor') });
      disposeNet(n);
    }
    expect(sizesOf('standard').f32).toBe(53194 * 4);
  });

  it('its forward pass is the tf.js layers model’s, in both the inference and the training path', () => {
    const f = [4, 6, 8];
    const net = makeNet('light', 3, f);
    const m = lightAsLayers(f);
    // tf.layers orders each layer's weights kernel then bias; the pointwise kernel is [1, 1, M, N]
    m.setWeights(net.kernels.flatMap((k, i) => [k.rank === 2 && i < net.kernels.length - 1 ? k.reshape([1, 1, ...k.shape]) : k, net.biases[i]]));
    const x = tf.randomUniform([2, 28, 28, 1], 0, 1, 'float32', 5) as tf.Tensor4D;
    const want = m.predict(x) as tf.Tensor;
    const diff = (a: tf.Tensor) => tf.max(tf.abs(tf.sub(a, want))).dataSync()[0];
    expect(diff(netLogits(net, x))).toBeLessThan(1e-4);
    expect(diff(netLogits(net, x, true))).toBeLessThan(1e-4);
    disposeNet(net); m.dispose();
  });

  it('trains both nets side by side, measures latency, and leaks nothing', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const tr = uploadDigits(train, 16), te = uploadDigits(test, 6);
    const before = tf.memory().numTensors;
    let lat: Record<string, number> = {};
    const r = await runLightCnn(tr, te, { steps: 2, batch: 2, lr: 3e-3, evalEvery: 1, evalDigits: 3, repeats: 1, warmup: 0, seed: 1 }, { onLatency: (l) => { lat = l; } });
    expect(r.curve.map((p) => p.step)).toEqual([1, 2]);
    expect(lat.standard).toBeGreaterThan(0);
    expect(lat.light).toBeGreaterThan(0);
    expect(Number.isFinite(r.standard) && Number.isFinite(r.light)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
    const ac = new AbortController();
    ac.abort();
    await expect(runLightCnn(tr, te, { steps: 4, batch: 8, lr: 3e-3, evalEvery: 2, evalDigits: 20, repeats: 1, warmup: 0, seed: 1 }, { signal: ac.signal })).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
    tr.dispose(); te.dispose();
  });
});

/**
 * The recap demos at full size (npm run test:full), on the WASM backend the pages use:
 * - train-cnn's default run (Adam, 2 epochs of 8,000 digits, batch 32) reaches ≥ 0.96 on all
 *   2,000 held-out digits for three seeds, its loss falls, and it takes about a minute or less;
 * - gradient descent, minibatch SGD and Adam on the same seed and the same images: after two
 *   passes, minibatch methods are far ahead of full-batch gradient descent;
 * - a learning rate 30× too large makes SGD diverge or stall.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import type { MnistSet } from '@/demos/data/mnist';
import { uploadCnnData } from '@/demos/recap/train-cnn';
import { runTrainCnn, TRAINCNN_DEFAULTS } from '@/demos/recap/train-cnn-run';

let train: MnistSet;
let test: MnistSet;
beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
  [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
});

const run = async (seed: number, optimisers: ('gd' | 'sgd' | 'adam')[], lrScale = 1) => {
  const o = TRAINCNN_DEFAULTS;
  const data = uploadCnnData(train, test, o.trainDigits, o.testDigits, seed);
  const t0 = performance.now();
  try {
    const r = await runTrainCnn(data, { optimisers, epochs: 2, batch: 32, lrScale, seed, evalEvery: o.evalEvery, evalLimit: o.evalLimit });
    return { ...r, seconds: (performance.now() - t0) / 1000 };
  } finally {
    data.dispose();
  }
};

describe('train-cnn at full size (wasm)', () => {
  for (const seed of [1234, 1, 2]) {
    it(`default run, seed ${seed}: ≥ 0.96 test accuracy and a falling loss`, async () => {
      const r = await run(seed, ['adam']);
      const curve = r.curves.filter((p) => p.name === 'adam');
      console.log(`[recap] seed ${seed}: adam acc ${r.final.adam.accuracy.toFixed(4)}, loss ${curve[0].loss.toFixed(3)} → ${curve[curve.length - 1].loss.toFixed(3)}, ${r.seconds.toFixed(1)} s on ${tf.getBackend()}`);
      expect(r.final.adam.accuracy).toBeGreaterThanOrEqual(0.96);
      expect(curve[curve.length - 1].loss).toBeLessThan(curve[0].loss / 3);
    });
  }

  it('gradient descent vs minibatch SGD vs Adam on the same seed', async () => {
    const r = await run(1234, ['gd', 'sgd', 'adam']);
    console.log(`[recap] compare: ${JSON.stringify(r.final)}, ${r.seconds.toFixed(1)} s`);
    expect(r.final.gd.updates).toBe(2);
    expect(r.final.sgd.accuracy).toBeGreaterThan(r.final.gd.accuracy + 0.2);
    expect(r.final.adam.accuracy).toBeGreaterThan(r.final.gd.accuracy + 0.2);
  });

  it('a learning rate 30× too large ruins SGD', async () => {
    const r = await run(1234, ['sgd'], 30);
    console.log(`[recap] sgd ×30: ${JSON.stringify(r.final)}`);
    expect(!(r.final.sgd.loss < 1) || r.final.sgd.accuracy < 0.5).toBe(true);
  });
});

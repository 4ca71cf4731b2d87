/**
 * nas-controller: the maths of the demo (scaffolded; replace the model with the lecture's own). Softmax
 * regression on MNIST digits, trained with minibatch SGD; test accuracy every `evalEvery` steps,
 * so the loop reads back from the device only then. The view and the bench call the same function.
 */
import * as tf from '@tensorflow/tfjs';
import { batchAsFloats, IMAGE_PIXELS, NUM_CLASSES, type MnistSet } from '../data/mnist';
import { runLoop, untilAborted } from '../runtime/loop';

export interface NasControllerData {
  xTrain: tf.Tensor2D;
  yTrain: tf.Tensor2D;
  xTest: tf.Tensor2D;
  yTest: tf.Tensor1D;
  dispose(): void;
}

/** The first `nTrain` training and `nTest` held-out digits, on the device. */
export function uploadNasControllerData(train: MnistSet, test: MnistSet, nTrain: number, nTest: number): NasControllerData {
  const a = batchAsFloats(train, 0, nTrain);
  const b = batchAsFloats(test, 0, nTest);
  const xTrain = tf.tensor2d(a.x, [a.n, IMAGE_PIXELS]);
  const yTrain = tf.tidy(() => tf.oneHot(tf.tensor1d(a.y, 'int32'), NUM_CLASSES).toFloat() as tf.Tensor2D);
  const xTest = tf.tensor2d(b.x, [b.n, IMAGE_PIXELS]);
  const yTest = tf.tensor1d(b.y, 'int32');
  return { xTrain, yTrain, xTest, yTest, dispose: () => tf.dispose([xTrain, yTrain, xTest, yTest]) };
}

export interface NasControllerOptions {
  steps: number;
  lr: number;
  batch: number;
  evalEvery: number;
  seed: number;
}

export const NASCONTROLLER_DEFAULTS = { steps: 300, lr: 0.5, batch: 64, evalEvery: 20, trainDigits: 4000, testDigits: 1000 };
/** ?quick=1 (browser tests): a few seconds on WASM */
export const NASCONTROLLER_QUICK = { steps: 40, lr: 0.5, batch: 64, evalEvery: 10, trainDigits: 500, testDigits: 200 };

export interface NasControllerPoint { step: number; accuracy: number }

export async function trainNasController(
  data: NasControllerData, o: NasControllerOptions, hooks: { signal?: AbortSignal; onPoint?: (p: NasControllerPoint) => void; onProgress?: (f: number) => void } = {},
): Promise<{ accuracy: number; curve: NasControllerPoint[] }> {
  // a variable shares its initial tensor's data but not its handle: free the handle at once
  const owned = <T extends tf.Tensor>(init: T) => { const v = tf.variable(init); init.dispose(); return v; };
  const w = owned(tf.randomNormal([IMAGE_PIXELS, NUM_CLASSES], 0, 0.01, 'float32', o.seed));
  const b = owned(tf.zeros([NUM_CLASSES]));
  const opt = tf.train.sgd(o.lr);
  const n = data.xTrain.shape[0];
  const curve: NasControllerPoint[] = [];
  const accuracy = async () => {
    const hits = tf.tidy(() => data.xTest.matMul(w).add(b).argMax(1).equal(data.yTest).sum());
    try {
      const v = (await (hooks.signal ? untilAborted(hits.data(), hooks.signal) : hits.data()))[0];
      return v / data.xTest.shape[0];
    } finally {
      hits.dispose();
    }
  };
  try {
    await runLoop({
      steps: o.steps,
      signal: hooks.signal,
      onProgress: hooks.onProgress,
      step: async (i) => {
        const start = (i * o.batch) % Math.max(1, n - o.batch);
        const size = Math.min(o.batch, n);
        opt.minimize(() => tf.tidy(() => {
          const x = data.xTrain.slice([start, 0], [size, IMAGE_PIXELS]);
          const y = data.yTrain.slice([start, 0], [size, NUM_CLASSES]);
          return tf.losses.softmaxCrossEntropy(y, x.matMul(w).add(b)) as tf.Scalar;
        }));
        if ((i + 1) % o.evalEvery === 0 || i === o.steps - 1) {
          const p = { step: i + 1, accuracy: await accuracy() };
          curve.push(p);
          hooks.onPoint?.(p);
        }
      },
    });
    return { accuracy: curve[curve.length - 1]?.accuracy ?? 0, curve };
  } finally {
    tf.dispose([w, b]);
    opt.dispose();
  }
}

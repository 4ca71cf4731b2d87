/**
 * Templates for the maths side of a new demo (demos/<topic>/): the model, its training loop and
 * its bench workload, and the unit test. The scaffold's demo trains a real (tiny) model on real
 * MNIST digits — softmax regression — so a new demo starts from something that runs, measures and
 * passes the contract test; the lecture's own model replaces it.
 */
export interface Names {
  topic: string;
  /** the demo id (kebab-case), and its file / function stem (camelCase) */
  id: string;
  stem: string;
  /** PascalCase for the view */
  view: string;
  slug: string;
}

export const mathsFile = (n: Names) => `/**
 * ${n.id}: the maths of the demo (scaffolded; replace the model with the lecture's own). Softmax
 * regression on MNIST digits, trained with minibatch SGD; test accuracy every \`evalEvery\` steps,
 * so the loop reads back from the device only then. The view and the bench call the same function.
 */
import * as tf from '@tensorflow/tfjs';
import { batchAsFloats, IMAGE_PIXELS, NUM_CLASSES, type MnistSet } from '../data/mnist';
import { runLoop, untilAborted } from '../runtime/loop';

export interface ${n.view}Data {
  xTrain: tf.Tensor2D;
  yTrain: tf.Tensor2D;
  xTest: tf.Tensor2D;
  yTest: tf.Tensor1D;
  dispose(): void;
}

/** The first \`nTrain\` training and \`nTest\` held-out digits, on the device. */
export function upload${n.view}Data(train: MnistSet, test: MnistSet, nTrain: number, nTest: number): ${n.view}Data {
  const a = batchAsFloats(train, 0, nTrain);
  const b = batchAsFloats(test, 0, nTest);
  const xTrain = tf.tensor2d(a.x, [a.n, IMAGE_PIXELS]);
  const yTrain = tf.tidy(() => tf.oneHot(tf.tensor1d(a.y, 'int32'), NUM_CLASSES).toFloat() as tf.Tensor2D);
  const xTest = tf.tensor2d(b.x, [b.n, IMAGE_PIXELS]);
  const yTest = tf.tensor1d(b.y, 'int32');
  return { xTrain, yTrain, xTest, yTest, dispose: () => tf.dispose([xTrain, yTrain, xTest, yTest]) };
}

export interface ${n.view}Options {
  steps: number;
  lr: number;
  batch: number;
  evalEvery: number;
  seed: number;
}

export const ${n.stem.toUpperCase()}_DEFAULTS = { steps: 300, lr: 0.5, batch: 64, evalEvery: 20, trainDigits: 4000, testDigits: 1000 };
/** ?quick=1 (browser tests): a few seconds on WASM */
export const ${n.stem.toUpperCase()}_QUICK = { steps: 40, lr: 0.5, batch: 64, evalEvery: 10, trainDigits: 500, testDigits: 200 };

export interface ${n.view}Point { step: number; accuracy: number }

export async function train${n.view}(
  data: ${n.view}Data, o: ${n.view}Options, hooks: { signal?: AbortSignal; onPoint?: (p: ${n.view}Point) => void; onProgress?: (f: number) => void } = {},
): Promise<{ accuracy: number; curve: ${n.view}Point[] }> {
  // a variable shares its initial tensor's data but not its handle: free the handle at once
  const owned = <T extends tf.Tensor>(init: T) => { const v = tf.variable(init); init.dispose(); return v; };
  const w = owned(tf.randomNormal([IMAGE_PIXELS, NUM_CLASSES], 0, 0.01, 'float32', o.seed));
  const b = owned(tf.zeros([NUM_CLASSES]));
  const opt = tf.train.sgd(o.lr);
  const n = data.xTrain.shape[0];
  const curve: ${n.view}Point[] = [];
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
`;

export const benchFile = (n: Names) => `/** ${n.id}'s bench workload: what one default run does, on the same function the view calls. */
import type { BenchWorkload } from '../bench/types';
import { mnistFromSite } from '../data/fetch';
import { ${n.stem.toUpperCase()}_DEFAULTS, ${n.stem.toUpperCase()}_QUICK, train${n.view}, upload${n.view}Data } from './${n.id}';

export const ${n.stem}Workloads: BenchWorkload[] = [
  {
    id: '${n.topic}/${n.id}-train',
    demo: '${n.id}',
    unit: 'step',
    async setup({ quick }) {
      const o = quick ? ${n.stem.toUpperCase()}_QUICK : ${n.stem.toUpperCase()}_DEFAULTS;
      const [train, test] = await Promise.all([mnistFromSite('train'), mnistFromSite('test')]);
      const data = upload${n.view}Data(train, test, o.trainDigits, o.testDigits);
      return {
        items: o.steps,
        run: async () => { await train${n.view}(data, { ...o, seed: 1 }); },
        dispose: () => data.dispose(),
      };
    },
  },
];
`;

export const mathsIndex = (n: Names) => `/** The ${n.topic} topic's maths, as the bench (and anything else outside the views) sees it. */
export { ${n.stem}Workloads as workloads } from './bench';
`;

export const unitTest = (n: Names) => `import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { loadMnistNode } from '@/demos/data/mnist-node';
import { train${n.view}, upload${n.view}Data } from '@/demos/${n.topic}/${n.id}';

describe('${n.id}', () => {
  it('learns from a few hundred digits, reports a curve, and leaks nothing', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const before = tf.memory().numTensors;
    const data = upload${n.view}Data(train, test, 300, 100);
    const r = await train${n.view}(data, { steps: 30, lr: 0.5, batch: 32, evalEvery: 10, seed: 1 });
    data.dispose();
    expect(r.curve.map((p) => p.step)).toEqual([10, 20, 30]);
    expect(r.accuracy).toBeGreaterThan(0.5);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops when aborted, freeing what it made', async () => {
    const [train, test] = await Promise.all([loadMnistNode('train'), loadMnistNode('test')]);
    const data = upload${n.view}Data(train, test, 100, 50);
    const before = tf.memory().numTensors;
    const ac = new AbortController();
    ac.abort();
    await expect(train${n.view}(data, { steps: 10, lr: 0.5, batch: 32, evalEvery: 5, seed: 1 }, { signal: ac.signal })).rejects.toThrow();
    expect(tf.memory().numTensors).toBe(before);
    data.dispose();
  });
});
`;

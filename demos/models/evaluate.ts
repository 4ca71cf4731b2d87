import * as tf from '@tensorflow/tfjs';
import { IMAGE_SIZE, batchAsFloats, type MnistSet } from '../data/mnist';

/** Fraction of `set` (first `limit` digits) that `model` classifies correctly; batched, no leaks. */
export async function evaluateAccuracy(model: tf.LayersModel, set: MnistSet, limit = set.count, batch = 250): Promise<number> {
  const n = Math.min(limit, set.count);
  let correct = 0;
  for (let start = 0; start < n; start += batch) {
    const b = batchAsFloats(set, start, Math.min(batch, n - start));
    const pred = tf.tidy(() => (model.predict(tf.tensor4d(b.x, [b.n, IMAGE_SIZE, IMAGE_SIZE, 1])) as tf.Tensor).argMax(1));
    const p = await pred.data();
    pred.dispose();
    for (let i = 0; i < b.n; i++) if (p[i] === b.y[i]) correct++;
  }
  return correct / n;
}

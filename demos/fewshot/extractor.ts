/**
 * The pre-trained feature extractor the few-shot demos share: public/models/digits04-cnn, a small
 * CNN trained on digits 0–4 only (demos/models/fewshot-cnn.ts, scripts/train-models.ts). Its
 * 'features' layer (128 ReLU units, just below the 5-way head) is the representation that is
 * carried over to classes the network never saw.
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_SIZE } from '../data/mnist';
import { loadModel } from '../models/load';
import { FEATURES_LAYER } from '../models/fewshot-cnn';

export const EXTRACTOR_MODEL = 'digits04-cnn';

/** Images per forward pass: 2,000 digits at once would hold ~50 MB of activations on a GPU. */
const FEATURE_BATCH = 256;

export interface Extractor {
  /** the whole pre-trained net (5-way head included) */
  model: tf.LayersModel;
  /** feature size (128) */
  dim: number;
  /** x: [n, 784] in [0, 1] → the 'features' layer's activations [n, dim]; caller disposes */
  features(x: tf.Tensor2D): tf.Tensor2D;
  dispose(): void;
}

/** Browser: fetches public/models/digits04-cnn from the site. */
export async function loadExtractor(base = '/'): Promise<Extractor> {
  return extractorFromModel(await loadModel(EXTRACTOR_MODEL, base));
}

/** Wraps an already loaded model (Node tests read it from disk themselves). */
export function extractorFromModel(model: tf.LayersModel): Extractor {
  const out = model.getLayer(FEATURES_LAYER).output as tf.SymbolicTensor;
  // shares the model's weights (no copies): disposing the model is enough
  const body = tf.model({ inputs: model.inputs, outputs: out });
  const dim = out.shape[out.shape.length - 1] as number;
  return {
    model,
    dim,
    features(x) {
      return tf.tidy(() => {
        const n = x.shape[0];
        const img = tf.reshape(x, [n, IMAGE_SIZE, IMAGE_SIZE, 1]) as tf.Tensor4D;
        if (n <= FEATURE_BATCH) return body.apply(img, { training: false }) as tf.Tensor2D;
        const parts: tf.Tensor2D[] = [];
        for (let s = 0; s < n; s += FEATURE_BATCH) {
          const size = Math.min(FEATURE_BATCH, n - s);
          // each chunk's intermediate activations are freed before the next chunk runs
          parts.push(tf.tidy(() => body.apply(tf.slice(img, [s, 0, 0, 0], [size, -1, -1, -1]), { training: false }) as tf.Tensor2D));
        }
        return tf.concat(parts, 0);
      });
    },
    dispose() {
      model.dispose();
    },
  };
}

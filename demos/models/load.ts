/**
 * Loading the site's pre-trained models (public/models/<name>/, trained by
 * scripts/train-models.ts). In the browser `base` is the site root; Node tests pass a
 * file-reading IOHandler instead.
 */
import * as tf from '@tensorflow/tfjs';
import type { LogitsFn } from '../adversarial/fgsm';

export async function loadModel(name: string, base = '/'): Promise<tf.LayersModel> {
  return tf.loadLayersModel(`${base}models/${name}/model.json`);
}

/**
 * The model up to its 'logits' layer, as a function. It shares the model's weights (no copies),
 * so disposing the model is enough.
 */
export function logitsOf(model: tf.LayersModel): LogitsFn {
  const sub = tf.model({ inputs: model.inputs, outputs: model.getLayer('logits').output as tf.SymbolicTensor });
  return (x) => sub.apply(x, { training: false }) as tf.Tensor2D;
}

/**
 * The MC-dropout digit classifier: flatten → dense 256 → ReLU → dropout → dense 128 → ReLU →
 * dropout → dense 10 (logits) → softmax. Dropout follows every hidden layer, as MC dropout
 * requires; demos/bayes/mc.ts runs it with dropout on (seeded) for T passes.
 */
import * as tf from '@tensorflow/tfjs';

export interface McMlpConfig {
  hidden: number[];
  rate: number;
  seed: number;
}

export const MC_MLP: McMlpConfig = { hidden: [256, 128], rate: 0.5, seed: 21 };

export function buildMcMlp(cfg: McMlpConfig = MC_MLP): tf.LayersModel {
  const input = tf.input({ shape: [28, 28, 1], name: 'image' });
  let x = tf.layers.flatten({ name: 'flatten' }).apply(input) as tf.SymbolicTensor;
  cfg.hidden.forEach((units, i) => {
    x = tf.layers.dense({ units, activation: 'relu', name: `dense${i + 1}`, kernelInitializer: tf.initializers.heNormal({ seed: cfg.seed + i }) }).apply(x) as tf.SymbolicTensor;
    x = tf.layers.dropout({ rate: cfg.rate, name: `dropout${i + 1}` }).apply(x) as tf.SymbolicTensor;
  });
  const logits = tf.layers.dense({ units: 10, name: 'logits', kernelInitializer: tf.initializers.glorotUniform({ seed: cfg.seed + 99 }) }).apply(x) as tf.SymbolicTensor;
  const probs = tf.layers.activation({ activation: 'softmax', name: 'probs' }).apply(logits) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: probs, name: 'mc_mlp' });
}

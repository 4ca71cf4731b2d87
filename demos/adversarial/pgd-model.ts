/**
 * The adversarially trained digit classifier (public/models/digit-cnn-pgd/, trained by
 * scripts/train/adversarial-pgd.ts). It is a small multilayer perceptron, not a CNN: PGD training
 * costs k + 1 forward/backward passes per batch, and on the two shared CPU cores this site trains on,
 * a convolutional network of the site's size would have taken hours. Madry et al. used a CNN; the
 * effect the page shows (robust accuracy far above the standard model's) does not depend on it.
 * The layer names match the digit CNN's ('logits', then 'probs'), so demos/models/load.ts#logitsOf
 * reads either model the same way.
 */
import * as tf from '@tensorflow/tfjs';

export interface PgdMlpConfig {
  hidden: number[];
  seed: number;
}

export const PGD_MODEL: PgdMlpConfig = { hidden: [128, 128], seed: 21 };

/** Madry et al. train with ε = 0.3 and 40 steps; we use fewer steps (cost) and evaluate with more. */
export const PGD_TRAIN = { eps: 0.3, steps: 7, evalSteps: 20, epochs: 14, rampFraction: 0.3 };

export function buildPgdMlp(cfg: PgdMlpConfig = PGD_MODEL): tf.LayersModel {
  const input = tf.input({ shape: [28, 28, 1], name: 'image' });
  let x = tf.layers.flatten({ name: 'flatten' }).apply(input) as tf.SymbolicTensor;
  cfg.hidden.forEach((h, i) => {
    x = tf.layers.dense({ units: h, activation: 'relu', name: `dense${i + 1}`, kernelInitializer: tf.initializers.heNormal({ seed: cfg.seed + i }) }).apply(x) as tf.SymbolicTensor;
  });
  const logits = tf.layers.dense({ units: 10, name: 'logits', kernelInitializer: tf.initializers.glorotUniform({ seed: cfg.seed + 99 }) }).apply(x) as tf.SymbolicTensor;
  const probs = tf.layers.activation({ activation: 'softmax', name: 'probs' }).apply(logits) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: probs, name: 'digit_mlp_pgd' });
}

/** The same network as a function of its weight tensors [W1, b1, W2, b2, …] (for training). */
export function mlpLogits(vars: tf.Tensor[], x: tf.Tensor): tf.Tensor2D {
  return tf.tidy(() => {
    let h = tf.reshape(x, [x.shape[0], -1]) as tf.Tensor2D;
    const layers = vars.length / 2;
    for (let i = 0; i < layers; i++) {
      h = tf.add(tf.matMul(h, vars[2 * i] as tf.Tensor2D), vars[2 * i + 1]) as tf.Tensor2D;
      if (i < layers - 1) h = tf.relu(h);
    }
    return h;
  });
}

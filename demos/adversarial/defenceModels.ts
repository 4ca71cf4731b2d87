/**
 * The two purifiers of the defence demos, as TF.js layers models (what public/models/ ships):
 *   digit-ae   a denoising autoencoder, 784 → 64 (ReLU) → 784 (sigmoid): MagNet's "reformer"
 *              (Meng & Chen, CCS 2017), trained on clean digits plus random noise only
 *   digit-gen  the decoder of a variational autoencoder, z ∈ ℝ¹⁶ → 128 (ReLU) → 784 (sigmoid):
 *              the generator G whose range Defense-GAN projects onto (Samangouei et al., ICLR 2018;
 *              they use a GAN, a VAE decoder plays the same role and trains reliably on 2 cores)
 * Both are dense so they train on WASM (no convolution gradients needed) and stay < 500 KB.
 */
import * as tf from '@tensorflow/tfjs';

export interface AeConfig { hidden: number; seed: number }
export interface GenConfig { latent: number; hidden: number; seed: number }

export const DIGIT_AE: AeConfig = { hidden: 64, seed: 31 };
export const DIGIT_GEN: GenConfig = { latent: 16, hidden: 128, seed: 41 };

/** image [n, 28, 28, 1] → flatten → dense h ReLU → dense 784 sigmoid → image [n, 28, 28, 1] */
export function buildDigitAe(cfg: AeConfig = DIGIT_AE): tf.LayersModel {
  const input = tf.input({ shape: [28, 28, 1], name: 'image' });
  let x = tf.layers.flatten({ name: 'flatten' }).apply(input) as tf.SymbolicTensor;
  x = tf.layers.dense({ units: cfg.hidden, activation: 'relu', name: 'code', kernelInitializer: tf.initializers.heNormal({ seed: cfg.seed }) }).apply(x) as tf.SymbolicTensor;
  x = tf.layers.dense({ units: 784, activation: 'sigmoid', name: 'recon', kernelInitializer: tf.initializers.glorotUniform({ seed: cfg.seed + 1 }) }).apply(x) as tf.SymbolicTensor;
  const out = tf.layers.reshape({ targetShape: [28, 28, 1], name: 'image_out' }).apply(x) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: out, name: 'digit_ae' });
}

/** z [n, latent] → dense h ReLU → dense 784 sigmoid → image [n, 28, 28, 1] */
export function buildDigitGen(cfg: GenConfig = DIGIT_GEN): tf.LayersModel {
  const input = tf.input({ shape: [cfg.latent], name: 'z' });
  let x = tf.layers.dense({ units: cfg.hidden, activation: 'relu', name: 'hidden', kernelInitializer: tf.initializers.heNormal({ seed: cfg.seed }) }).apply(input) as tf.SymbolicTensor;
  x = tf.layers.dense({ units: 784, activation: 'sigmoid', name: 'pixels', kernelInitializer: tf.initializers.glorotUniform({ seed: cfg.seed + 1 }) }).apply(x) as tf.SymbolicTensor;
  const out = tf.layers.reshape({ targetShape: [28, 28, 1], name: 'image' }).apply(x) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: out, name: 'digit_gen' });
}

/** A model from images (or codes) to images, as a plain function, like LogitsFn. */
export type ImageFn = (x: tf.Tensor) => tf.Tensor4D;

export function imageFnOf(model: tf.LayersModel): ImageFn {
  return (x) => model.apply(x, { training: false }) as tf.Tensor4D;
}

/**
 * Two dense layers, [kernel1, bias1, kernel2, bias2]: ReLU then sigmoid, as both models above
 * compute. Training runs this on raw variables (what the scripts and tests differentiate).
 */
export function twoLayer(vars: tf.Tensor[], x2d: tf.Tensor2D): tf.Tensor2D {
  const h = tf.relu(tf.add(tf.matMul(x2d, vars[0] as tf.Tensor2D), vars[1]));
  return tf.sigmoid(tf.add(tf.matMul(h as tf.Tensor2D, vars[2] as tf.Tensor2D), vars[3])) as tf.Tensor2D;
}

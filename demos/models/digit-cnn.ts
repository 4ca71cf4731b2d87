/**
 * The digit CNN shared by the adversarial-robustness and interpretability lectures:
 * convolutions → global average pooling → one dense softmax layer. The GAP + single dense layer
 * ending is what makes class activation maps (Zhou et al. 2016) exact for this model:
 * S_c = Σ_k w_k^c · mean_{x,y} f_k(x,y), so M_c(x,y) = Σ_k w_k^c f_k(x,y).
 *
 * The builder takes explicit sizes so Node tests can build a tiny copy.
 */
import * as tf from '@tensorflow/tfjs';

export interface DigitCnnConfig {
  /** channels of each 3×3 conv block */
  filters: number[];
  /** a 2×2 max-pool follows each of the first `pools` blocks (default: all but the last) */
  pools?: number;
  seed: number;
  /** input side in pixels (default 28; the CAM model reads 56×56 cluttered canvases) */
  size?: number;
}

/** public/models/digit-cnn: the model the adversarial and interpretability demos use. */
export const DIGIT_CNN: DigitCnnConfig = { filters: [24, 48, 96], seed: 7 };
/** public/models/digit-cnn-noise: one more conv block, trained with random-noise augmentation. */
export const DIGIT_CNN_NOISE: DigitCnnConfig = { filters: [24, 48, 64, 96], pools: 2, seed: 7 };
/**
 * public/models/digit-cam: reads 56×56 cluttered canvases; two pools leave 14×14 feature maps,
 * so its class activation maps have a 4-pixel grid, fine enough to point inside a digit.
 */
export const DIGIT_CAM: DigitCnnConfig = { filters: [16, 32, 48, 48], pools: 2, seed: 11, size: 56 };

/** Name of the last conv layer (the feature maps f_k that CAM weights). */
export const LAST_CONV = 'features';

export function buildDigitCnn(cfg: DigitCnnConfig = DIGIT_CNN): tf.LayersModel {
  const { filters, seed } = cfg;
  const pools = cfg.pools ?? filters.length - 1;
  const size = cfg.size ?? 28;
  const input = tf.input({ shape: [size, size, 1], name: 'image' });
  let x: tf.SymbolicTensor = input;
  filters.forEach((f, i) => {
    const last = i === filters.length - 1;
    x = tf.layers.conv2d({
      filters: f, kernelSize: 3, padding: 'same', activation: 'relu',
      kernelInitializer: tf.initializers.heNormal({ seed: seed + i }),
      name: last ? LAST_CONV : `conv${i + 1}`,
    }).apply(x) as tf.SymbolicTensor;
    if (i < pools) x = tf.layers.maxPooling2d({ poolSize: 2, name: `pool${i + 1}` }).apply(x) as tf.SymbolicTensor;
  });
  x = tf.layers.globalAveragePooling2d({ name: 'gap' }).apply(x) as tf.SymbolicTensor;
  // Logits and softmax are separate layers so attacks and explanations can read pre-softmax scores.
  const logits = tf.layers.dense({
    units: 10, name: 'logits', kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 99 }),
  }).apply(x) as tf.SymbolicTensor;
  const probs = tf.layers.activation({ activation: 'softmax', name: 'probs' }).apply(logits) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: probs, name: 'digit_cnn' });
}

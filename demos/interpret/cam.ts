/**
 * Class activation maps (Zhou et al. 2016). For a network that ends conv features f_k → global
 * average pooling → one dense layer, the class score is
 *   S_c = Σ_k w_k^c · (1/Z) Σ_{x,y} f_k(x,y) + b_c = (1/Z) Σ_{x,y} M_c(x,y) + b_c,
 *   M_c(x,y) = Σ_k w_k^c f_k(x,y),
 * so M_c says where in the image the evidence for class c lies — learned from labels alone.
 */
import * as tf from '@tensorflow/tfjs';
import { LAST_CONV } from '../models/digit-cnn';
import { inBox, type ClutteredSet } from '../data/clutter';
import { yieldToBrowser, throwIfAborted } from '../runtime/loop';

export interface CamNet {
  /** image batch → last conv features [N, h, w, K] and logits [N, 10] */
  forward(x: tf.Tensor4D): { features: tf.Tensor4D; logits: tf.Tensor2D };
  /** the dense layer after GAP: w_k^c as [K, classes], and b_c */
  weights: tf.Tensor2D;
  bias: tf.Tensor1D;
  /** input side in pixels */
  size: number;
}

/** Views a GAP model (digit-cnn layout) as a CAM network. Shares the model's weights: no copies. */
export function camNet(model: tf.LayersModel): CamNet {
  const sub = tf.model({
    inputs: model.inputs,
    outputs: [model.getLayer(LAST_CONV).output as tf.SymbolicTensor, model.getLayer('logits').output as tf.SymbolicTensor],
  });
  const [weights, bias] = model.getLayer('logits').getWeights() as [tf.Tensor2D, tf.Tensor1D];
  return {
    forward(x) {
      const [features, logits] = sub.apply(x, { training: false }) as [tf.Tensor4D, tf.Tensor2D];
      return { features, logits };
    },
    weights, bias,
    size: model.inputs[0].shape[1] as number,
  };
}

/** M_c for each image n and its class classes[n]: [N, h, w]. */
export function classActivationMaps(features: tf.Tensor4D, weights: tf.Tensor2D, classes: tf.Tensor1D): tf.Tensor3D {
  return tf.tidy(() => {
    const [n, , , k] = features.shape;
    const wc = tf.gather(tf.transpose(weights), classes); // [N, K]
    return tf.sum(tf.mul(features, tf.reshape(wc, [n, 1, 1, k])), 3) as tf.Tensor3D;
  });
}

/** The per-channel terms w_k^c f_k(x,y) for one image: [h, w, K]; they sum over k to M_c. */
export function weightedFeatureMaps(features: tf.Tensor3D, weights: tf.Tensor2D, c: number): tf.Tensor3D {
  return tf.tidy(() => tf.mul(features, tf.squeeze(tf.slice(weights, [0, c], [-1, 1]))) as tf.Tensor3D);
}

/**
 * Where each map peaks, on the input's pixel grid: the maps are upsampled bilinearly to the
 * input size (as the paper does) before taking the arg-max. Returns flat indices y·size + x.
 */
export function camPeaks(maps: tf.Tensor3D, size: number): tf.Tensor1D {
  return tf.tidy(() => {
    const up = tf.image.resizeBilinear(tf.expandDims(maps, 3) as tf.Tensor4D, [size, size]);
    return tf.argMax(tf.reshape(up, [maps.shape[0], size * size]), 1) as tf.Tensor1D;
  });
}

export interface LocalisationResult {
  /** fraction of images whose predicted-class CAM peaks inside the digit's true box */
  rate: number;
  /** classification accuracy on the same images */
  accuracy: number;
  /** per image: 1 when the peak is inside the box */
  hits: Uint8Array;
  /** per image: peak as flat index on the input grid */
  peaks: Int32Array;
  predictions: Uint8Array;
  count: number;
}

/**
 * Weakly-supervised localisation on a cluttered set: for every image, the CAM of the *predicted*
 * class (no label is used), its peak, and whether the peak lies in the digit's ink box. One
 * readback per batch; yields between batches so the page stays responsive.
 */
export async function localisation(
  net: CamNet, set: ClutteredSet,
  opts: { batch?: number; signal?: AbortSignal; onProgress?: (done: number) => void } = {},
): Promise<LocalisationResult> {
  const batch = opts.batch ?? 50;
  const S = net.size;
  const hits = new Uint8Array(set.count);
  const peaks = new Int32Array(set.count);
  const predictions = new Uint8Array(set.count);
  let hit = 0, correct = 0;
  for (let start = 0; start < set.count; start += batch) {
    throwIfAborted(opts.signal);
    const n = Math.min(batch, set.count - start);
    const out = tf.tidy(() => {
      const x = tf.tensor4d(set.images.subarray(start * S * S, (start + n) * S * S), [n, S, S, 1]);
      const { features, logits } = net.forward(x);
      const pred = tf.cast(tf.argMax(logits, 1), 'int32') as tf.Tensor1D;
      return tf.concat([pred, tf.cast(camPeaks(classActivationMaps(features, net.weights, pred), S), 'int32')]);
    });
    const v = await out.data();
    out.dispose();
    for (let i = 0; i < n; i++) {
      const j = start + i;
      predictions[j] = v[i];
      peaks[j] = v[n + i];
      if (v[i] === set.labels[j]) correct++;
      if (inBox(set.boxes[j], peaks[j] % S, Math.floor(peaks[j] / S))) { hits[j] = 1; hit++; }
    }
    opts.onProgress?.(start + n);
    await yieldToBrowser(opts.signal);
  }
  return { rate: hit / set.count, accuracy: correct / set.count, hits, peaks, predictions, count: set.count };
}

/** Everything the CAM view shows for one canvas. */
export interface CanvasExplanation {
  image: Float32Array;
  probs: Float32Array;
  cls: number;
  /** the CAM upsampled to the canvas, max-normalised to [0, 1] (negative evidence clipped) */
  heat: Float32Array;
  peak: { x: number; y: number };
  /** the map on the feature grid, raw */
  map: Float32Array;
  grid: number;
  /** the strongest terms w_k^c f_k: channel, weight, mean contribution, map */
  parts: { k: number; w: number; mean: number; map: Float32Array }[];
  channels: number;
  bias: number;
  /** the model's own logit for cls, to check Σ M_c / Z + b_c against */
  logit: number;
}

/**
 * One canvas, explained: probabilities, the CAM of `chosen` (or the predicted class) upsampled
 * and normalised for display, its peak, and the `shown` largest terms w_k^c f_k.
 */
export async function explainCanvas(net: CamNet, set: ClutteredSet, i: number, chosen: number | null, shown = 6): Promise<CanvasExplanation> {
  const S = net.size;
  const image = set.images.slice(i * S * S, (i + 1) * S * S);
  const out = tf.tidy(() => {
    const x = tf.tensor4d(image, [1, S, S, 1]);
    const { features, logits } = net.forward(x);
    const probs = tf.softmax(logits);
    const cls = chosen ?? (tf.argMax(logits, 1).dataSync()[0]); // one scalar, once per view change
    const map = tf.squeeze(classActivationMaps(features, net.weights, tf.tensor1d([cls], 'int32')), [0]);
    const up = tf.squeeze(tf.image.resizeBilinear(tf.reshape(map, [1, map.shape[0]!, map.shape[1]!, 1]) as tf.Tensor4D, [S, S]));
    const parts = weightedFeatureMaps(tf.squeeze(features, [0]) as tf.Tensor3D, net.weights, cls);
    return { cls, probs, map, up, parts, means: tf.mean(parts, [0, 1]), w: tf.squeeze(tf.slice(net.weights, [0, cls], [-1, 1])), b: tf.slice(net.bias, [cls], [1]), logit: tf.slice(logits, [0, cls], [1, 1]) };
  });
  const all = [out.probs, out.map, out.up, out.parts, out.means, out.w, out.b, out.logit];
  const [probs, map, up, parts, means, w, b, logit] = (await Promise.all(all.map((t) => t.data()))) as Float32Array[];
  tf.dispose(all);
  const grid = Math.round(Math.sqrt(map.length));
  const K = means.length;
  let peak = 0;
  for (let p = 1; p < up.length; p++) if (up[p] > up[peak]) peak = p;
  const top = Math.max(1e-6, up[peak]);
  const order = Array.from({ length: K }, (_, k) => k).sort((a, c) => Math.abs(means[c]) - Math.abs(means[a])).slice(0, shown);
  return {
    image, probs, cls: out.cls, map, grid, channels: K, bias: b[0], logit: logit[0],
    heat: up.map((v) => Math.max(0, v) / top),
    peak: { x: peak % S, y: Math.floor(peak / S) },
    parts: order.map((k) => ({ k, w: w[k], mean: means[k], map: Float32Array.from({ length: grid * grid }, (_, p) => parts[p * K + k]) })),
  };
}

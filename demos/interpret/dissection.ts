/**
 * Unit dissection, the simple way Zeiler & Fergus (2014) and Bau et al. (2017) start: run many
 * held-out images through the network, and for every channel of a conv layer keep the images
 * (and places) where it fires hardest. The input patches under those places — each unit's
 * receptive field — show what the unit detects. Without concept segmentations to score units
 * against, a unit's "label" here is its class selectivity: the share of its top images that
 * belong to its most common class.
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_SIZE, batchAsFloats, type MnistSet } from '../data/mnist';
import { yieldToBrowser, throwIfAborted } from '../runtime/loop';
import { apply, opsOf, receptiveFields, type Op, type ReceptiveField } from './ops';

/** A model as dissection walks it: its ops, which of them are conv layers, and their receptive fields. */
export interface DissectionNet {
  ops: Op[];
  /** op indices of the conv layers, in order */
  layers: number[];
  /** receptive field of each conv layer's units */
  rfs: ReceptiveField[];
}

/** Views a digit-CNN-shaped model for dissection. Shares the model's weights: no copies. */
export function dissectionNet(model: tf.LayersModel): DissectionNet {
  const ops = opsOf(model);
  const rfs = receptiveFields(ops);
  const layers = ops.flatMap((o, i) => (o.kind === 'conv' ? [i] : []));
  return { ops, layers, rfs: layers.map((i) => rfs[i]) };
}

export interface UnitRecord {
  /** image index in the set */
  image: number;
  /** position on the layer's grid */
  y: number;
  x: number;
  value: number;
}

export interface Dissection {
  layer: string;
  channels: number;
  /** side of the layer's grid */
  grid: number;
  /** per channel, its top images (one place each, the image's maximum), strongest first */
  top: UnitRecord[][];
  /** per channel: share of its top-k images from its most common class, and that class */
  selectivity: Float32Array;
  topClass: Uint8Array;
  /** mean selectivity over channels that fired at all */
  meanSelectivity: number;
  images: number;
}

/** Keeps the k largest items of a stream. Small k: insertion into a sorted array is enough. */
export class TopK<T extends { value: number }> {
  readonly items: T[] = [];
  constructor(readonly k: number) {}
  push(item: T) {
    const a = this.items;
    if (a.length === this.k && item.value <= a[a.length - 1].value) return;
    let i = a.length;
    while (i > 0 && a[i - 1].value < item.value) i--;
    a.splice(i, 0, item);
    if (a.length > this.k) a.pop();
  }
}

/**
 * Dissects the layers `layerIndices` (op indices) over the first `limit` images of `set` in one
 * forward pass per batch: per image and channel, the maximum and where it is. One readback per
 * batch.
 */
export async function dissect(
  ops: Op[], layerIndices: number[], set: MnistSet,
  opts: { limit?: number; k?: number; batch?: number; signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<Dissection[]> {
  const n = Math.min(opts.limit ?? set.count, set.count);
  const k = opts.k ?? 50;
  const batch = opts.batch ?? 100;
  const deepest = Math.max(...layerIndices);
  const tops: TopK<UnitRecord>[][] = layerIndices.map(() => []);
  const grids: number[] = layerIndices.map(() => 0);
  for (let start = 0; start < n; start += batch) {
    throwIfAborted(opts.signal);
    const b = batchAsFloats(set, start, Math.min(batch, n - start));
    const out = tf.tidy(() => {
      let a: tf.Tensor = tf.tensor4d(b.x, [b.n, IMAGE_SIZE, IMAGE_SIZE, 1]);
      const res: { h: number; c: number; max: tf.Tensor; arg: tf.Tensor }[] = [];
      for (let l = 0; l <= deepest; l++) {
        a = apply(ops[l], a);
        if (!layerIndices.includes(l)) continue;
        const [, h, w, c] = a.shape as number[];
        const flat = tf.reshape(a, [b.n, h * w, c]);
        res[layerIndices.indexOf(l)] = { h, c, max: tf.max(flat, 1), arg: tf.argMax(flat, 1) };
      }
      return res;
    });
    const values = await Promise.all(out.flatMap((o) => [o.max.data(), o.arg.data()]));
    tf.dispose(out.flatMap((o) => [o.max, o.arg]));
    out.forEach((o, li) => {
      if (!tops[li].length) {
        grids[li] = o.h;
        tops[li] = Array.from({ length: o.c }, () => new TopK<UnitRecord>(k));
      }
      const max = values[2 * li], arg = values[2 * li + 1];
      for (let i = 0; i < b.n; i++) {
        for (let ch = 0; ch < o.c; ch++) {
          const v = max[i * o.c + ch];
          if (v <= 0) continue; // a ReLU unit that stayed silent on this image says nothing
          const p = arg[i * o.c + ch];
          tops[li][ch].push({ image: start + i, y: Math.floor(p / o.h), x: p % o.h, value: v });
        }
      }
    });
    opts.onProgress?.(start + b.n, n);
    await yieldToBrowser(opts.signal);
  }
  return layerIndices.map((l, li) => summarise(ops[l].name, grids[li], tops[li], set, n));
}

function summarise(layer: string, grid: number, tops: TopK<UnitRecord>[], set: MnistSet, images: number): Dissection {
  const channels = tops.length;
  const selectivity = new Float32Array(channels);
  const topClass = new Uint8Array(channels);
  let sum = 0, live = 0;
  tops.forEach((t, ch) => {
    if (!t.items.length) return;
    const counts = new Array(10).fill(0);
    for (const r of t.items) counts[set.labels[r.image]]++;
    const best = counts.indexOf(Math.max(...counts));
    topClass[ch] = best;
    selectivity[ch] = counts[best] / t.items.length;
    sum += selectivity[ch];
    live++;
  });
  return { layer, channels, grid, top: tops.map((t) => t.items), selectivity, topClass, meanSelectivity: live ? sum / live : 0, images };
}

/**
 * The input patch under a unit: its receptive field (`size`, `stride`, `offset` from
 * receptiveFields) cut from a 28×28 image, with zeros where the field hangs over the border —
 * exactly the padding the convolution saw.
 */
export function patchOf(set: MnistSet, rec: UnitRecord, rf: { size: number; stride: number; offset: number }): Float32Array {
  const out = new Float32Array(rf.size * rf.size);
  const y0 = rec.y * rf.stride + rf.offset;
  const x0 = rec.x * rf.stride + rf.offset;
  const base = rec.image * IMAGE_SIZE * IMAGE_SIZE;
  for (let r = 0; r < rf.size; r++) {
    for (let c = 0; c < rf.size; c++) {
      const y = y0 + r, x = x0 + c;
      if (y >= 0 && y < IMAGE_SIZE && x >= 0 && x < IMAGE_SIZE) out[r * rf.size + c] = set.images[base + y * IMAGE_SIZE + x] / 255;
    }
  }
  return out;
}

/**
 * Where one channel of conv layer `layer` (an index into net.layers) fires on one 28×28 image:
 * its map upsampled bilinearly to the image, raw, and its maximum on the layer's own grid. One
 * forward pass and one readback; leaves no tensors behind.
 */
export async function channelOnImage(net: DissectionNet, layer: number, channel: number, image: Float32Array): Promise<{ heat: Float32Array; peak: number }> {
  const out = tf.tidy(() => {
    let a: tf.Tensor = tf.tensor4d(image, [1, IMAGE_SIZE, IMAGE_SIZE, 1]);
    for (let l = 0; l <= net.layers[layer]; l++) a = apply(net.ops[l], a);
    const ch = Math.min(channel, a.shape[3]! - 1);
    const map = tf.slice(a as tf.Tensor4D, [0, 0, 0, ch], [1, -1, -1, 1]);
    return tf.concat([tf.reshape(tf.image.resizeBilinear(map, [IMAGE_SIZE, IMAGE_SIZE]), [-1]), tf.reshape(tf.max(map), [1])]);
  });
  const f = (await out.data()) as Float32Array;
  out.dispose();
  return { heat: f.slice(0, -1), peak: f[f.length - 1] };
}

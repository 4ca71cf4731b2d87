/**
 * Communication-efficient updates (Konečný et al. 2016, "Federated learning: strategies for
 * improving communication efficiency"): the upload of a client's update Δ_k = w_k − w is the
 * expensive part of a round, so send less than P float32 numbers.
 *
 *   top-k sparsification  keep the k = ⌈fraction·P⌉ entries of largest |Δ_i|, send (index, value)
 *                         pairs: 4 + 4 bytes each (int32 index, float32 value), 8k bytes. Biased
 *                         (small entries are always lost) unless the client keeps what it did not
 *                         send and adds it to its next update — error feedback (Stich et al. 2018,
 *                         Sattler et al. 2019), offered as an option in the round.
 *   8-bit quantisation    affine per-tensor codes: min and scale = (max − min)/255 as two float32
 *                         (8 header bytes), then one byte q_i = round((Δ_i − min)/scale) per entry:
 *                         P + 8 bytes per tensor, ≈ 4× smaller. The error per entry is ≤ scale/2.
 *                         Per tensor rather than one range for the whole vector because a layer's
 *                         bias and kernel updates can differ in scale. Optional stochastic rounding
 *                         (round up with probability equal to the fractional part) makes the code
 *                         unbiased, E[Δ̂_i] = Δ_i — Konečný et al.'s probabilistic quantisation —
 *                         at the price of an error up to one step.
 *
 * Dense float32 costs 4P bytes. The server → client download (the global model) is counted
 * dense in every scheme: the paper compresses the upload only, as do we.
 */

/** A sparse vector: ascending `indices` into a vector of `length`, and their values. */
export interface SparseVector {
  length: number;
  indices: Int32Array;
  values: Float32Array;
}

/** How many entries top-k keeps: ⌈fraction·P⌉, at least 1, at most P. */
export function topKCount(length: number, fraction: number): number {
  if (!(fraction > 0)) throw new Error(`top-k fraction must be positive, not ${fraction}`);
  return Math.max(1, Math.min(length, Math.ceil(fraction * length - 1e-9)));
}

/** The k-th largest value of `a` (1-based), by quickselect on a copy; O(n) on average. */
function kthLargest(a: Float32Array, k: number): number {
  const v = Float32Array.from(a);
  let lo = 0, hi = v.length - 1;
  const target = k - 1; // position in descending order
  while (lo < hi) {
    // median of three as the pivot keeps sorted or constant inputs from going quadratic
    const mid = (lo + hi) >> 1;
    const p = Math.max(Math.min(v[lo], v[mid]), Math.min(Math.max(v[lo], v[mid]), v[hi]));
    let i = lo, j = hi;
    while (i <= j) {
      while (v[i] > p) i++;
      while (v[j] < p) j--;
      if (i <= j) {
        const t = v[i]; v[i] = v[j]; v[j] = t;
        i++; j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return v[target];
  }
  return v[target];
}

/**
 * The ⌈fraction·P⌉ entries of largest magnitude. Ties at the threshold are broken by position
 * (lower index first), so the result is deterministic and has exactly k entries.
 */
export function topK(delta: Float32Array, fraction: number): SparseVector {
  const P = delta.length;
  const k = topKCount(P, fraction);
  const abs = new Float32Array(P);
  for (let i = 0; i < P; i++) abs[i] = Math.abs(delta[i]);
  const threshold = kthLargest(abs, k);
  let above = 0;
  for (let i = 0; i < P; i++) if (abs[i] > threshold) above++;
  let ties = k - above;
  const indices = new Int32Array(k), values = new Float32Array(k);
  let o = 0;
  for (let i = 0; i < P && o < k; i++) {
    if (abs[i] > threshold || (abs[i] === threshold && ties-- > 0)) {
      indices[o] = i;
      values[o++] = delta[i];
    }
  }
  return { length: P, indices, values };
}

/** The dense vector a sparse one stands for (zeros elsewhere). */
export function densify(s: SparseVector): Float32Array {
  const out = new Float32Array(s.length);
  for (let j = 0; j < s.indices.length; j++) out[s.indices[j]] = s.values[j];
  return out;
}

/** One tensor's 8-bit code: Δ̂_i = min + scale·bytes[i]. `min` and `scale` are float32 values. */
export interface Quantized8 {
  min: number;
  scale: number;
  bytes: Uint8Array;
}

/**
 * Affine 8-bit quantisation of `delta`. Nearest rounding (default) errs by at most scale/2 per
 * entry; with `rand` (a uniform generator) rounding is stochastic and unbiased. min and scale
 * are rounded to float32 first, since that is what the 8 header bytes can carry.
 */
export function quantize8(delta: Float32Array, rand?: () => number): Quantized8 {
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < delta.length; i++) {
    if (delta[i] < lo) lo = delta[i];
    if (delta[i] > hi) hi = delta[i];
  }
  if (delta.length === 0) lo = hi = 0;
  const min = Math.fround(lo);
  const scale = Math.fround((hi - lo) / 255);
  const bytes = new Uint8Array(delta.length);
  if (scale > 0) {
    for (let i = 0; i < delta.length; i++) {
      const t = (delta[i] - min) / scale;
      const q = rand ? Math.floor(t + rand()) : Math.round(t);
      bytes[i] = q < 0 ? 0 : q > 255 ? 255 : q;
    }
  }
  return { min, scale, bytes };
}

export function dequantize8(q: Quantized8): Float32Array {
  const out = new Float32Array(q.bytes.length);
  for (let i = 0; i < out.length; i++) out[i] = q.min + q.scale * q.bytes[i];
  return out;
}

/** Upload sizes in bytes of P parameters. */
export const bytesDense = (P: number) => 4 * P;
/** k (int32 index, float32 value) pairs */
export const bytesTopK = (k: number) => 8 * k;
/** one byte per entry plus min and scale (float32 each) per quantised tensor */
export const bytesQuantized8 = (P: number, tensors = 1) => P + 8 * tensors;

export type CompressSpec =
  | { kind: 'none' }
  | { kind: 'topk'; fraction: number; errorFeedback?: boolean }
  | { kind: 'int8'; stochastic?: boolean; errorFeedback?: boolean };

export const NO_COMPRESSION: CompressSpec = { kind: 'none' };

/** Upload bytes of one update of P parameters in `tensors` tensors under a scheme. */
export function uploadBytes(spec: CompressSpec, P: number, tensors: number): number {
  switch (spec.kind) {
    case 'none': return bytesDense(P);
    case 'topk': return bytesTopK(topKCount(P, spec.fraction));
    case 'int8': return bytesQuantized8(P, tensors);
  }
}

/**
 * Encodes and decodes one update as the server would receive it: returns what the server
 * reconstructs and the bytes sent. `segments` are the sizes of the tensors the flat vector is
 * made of (8-bit codes are per tensor; top-k is over the whole vector).
 */
export function compressDelta(
  delta: Float32Array, spec: CompressSpec, segments: number[], rand?: () => number,
): { decoded: Float32Array; bytes: number } {
  switch (spec.kind) {
    case 'none':
      return { decoded: delta, bytes: bytesDense(delta.length) };
    case 'topk': {
      const s = topK(delta, spec.fraction);
      return { decoded: densify(s), bytes: bytesTopK(s.indices.length) };
    }
    case 'int8': {
      const decoded = new Float32Array(delta.length);
      let o = 0;
      for (const size of segments) {
        decoded.set(dequantize8(quantize8(delta.subarray(o, o + size), spec.stochastic ? rand : undefined)), o);
        o += size;
      }
      if (o !== delta.length) throw new Error(`segments cover ${o} of ${delta.length} entries`);
      return { decoded, bytes: bytesQuantized8(delta.length, segments.length) };
    }
  }
}

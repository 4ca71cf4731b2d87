/**
 * The pretext tasks' label generators, in plain arrays (no tensors): what each self-supervised
 * task asks the network to predict, made from the unlabelled data alone. The unit tests check
 * them against hand-made examples; the demos use the same rules (rotations on the device follow
 * rotateImage exactly, see rotation-net.ts).
 */
import { mulberry32 } from '../runtime/rng';

/**
 * A square image (row-major, size×size) turned k quarter turns counter-clockwise, k ∈ {0,1,2,3}
 * (0°, 90°, 180°, 270°): the rotation task's input; its label is k. One CCW quarter turn sends the
 * pixel at (row r, column c) to (size−1−c, r).
 */
export function rotateImage(img: ArrayLike<number>, size: number, k: number): Float32Array {
  let cur = Float32Array.from(img);
  for (let t = 0; t < ((k % 4) + 4) % 4; t++) {
    const next = new Float32Array(size * size);
    for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) next[(size - 1 - c) * size + r] = cur[r * size + c];
    cur = next;
  }
  return cur;
}

/** The rotation labels of a batch of n images, each shown in all four rotations: 0,1,2,3,0,1,2,3,… */
export function rotationLabels(n: number): Int32Array {
  const y = new Int32Array(4 * n);
  for (let i = 0; i < 4 * n; i++) y[i] = i % 4;
  return y;
}

/**
 * Relative position (Doersch et al.): the 8 neighbours of the centre patch on a 3×3 grid, read
 * row by row (0 = top-left, 1 = top, 2 = top-right, 3 = left, 4 = right, 5 = bottom-left,
 * 6 = bottom, 7 = bottom-right). (dr, dc) is the second patch's offset in patches; the centre
 * itself has no label (−1).
 */
export function neighbourLabel(dr: number, dc: number): number {
  if (Math.abs(dr) > 1 || Math.abs(dc) > 1 || (dr === 0 && dc === 0)) return -1;
  const cell = (dr + 1) * 3 + (dc + 1);
  return cell < 4 ? cell : cell - 1;
}

/** The inverse of neighbourLabel: label 0..7 → (dr, dc). */
export function neighbourOffset(label: number): [number, number] {
  const cell = label < 4 ? label : label + 1;
  return [Math.floor(cell / 3) - 1, (cell % 3) - 1];
}

/**
 * BERT's masking (Devlin et al. §3.1): choose `rate` of the positions (at least one); of those,
 * 80% become [MASK], 10% a random token, 10% stay. Returns the corrupted ids and the chosen
 * positions (the targets are the original ids there). `vocab` excludes the mask id.
 */
export function maskTokens(ids: readonly number[], rate: number, maskId: number, vocab: number, seed: number) {
  const rand = mulberry32(seed);
  const input = ids.slice();
  const positions: number[] = [];
  for (let i = 0; i < ids.length; i++) if (rand() < rate) positions.push(i);
  if (positions.length === 0 && ids.length > 0) positions.push(Math.floor(rand() * ids.length));
  for (const p of positions) {
    const u = rand();
    if (u < 0.8) input[p] = maskId;
    else if (u < 0.9) input[p] = Math.floor(rand() * vocab);
  }
  return { input, positions };
}

/**
 * Shuffle & learn (Misra et al.): a triple of frame indices (a, b, c) is "in order" (label 1)
 * when it runs forwards or backwards monotonically (a < b < c or a > b > c), else 0 — the paper
 * treats a sequence and its reverse alike.
 */
export function orderLabel(a: number, b: number, c: number): number {
  return (a < b && b < c) || (a > b && b > c) ? 1 : 0;
}

/**
 * Relative position on 28×28 digits: a 3×3 grid of 7×7 patches 9 pixels apart (2-pixel gaps, so
 * strokes do not simply continue across the border, as in Doersch et al. §3), each patch jittered
 * by 0–2 pixels. Cell 0..2 and jitter 0..2 → the patch's first row (or column); the grid spans
 * rows 1..27 at most.
 */
export const PATCH = 7;
export const PATCH_STRIDE = 9;
export const patchOrigin = (cell: number, jitter: number) => 1 + PATCH_STRIDE * cell + jitter;

/** The p×p patch of a size×size image whose top-left pixel is (top, left), row-major. */
export function cropPatch(img: ArrayLike<number>, size: number, top: number, left: number, p = PATCH): Float32Array {
  const out = new Float32Array(p * p);
  for (let r = 0; r < p; r++) for (let c = 0; c < p; c++) out[r * p + c] = img[(top + r) * size + left + c];
  return out;
}

/**
 * Context encoder: a mask that is 1 on the h×w block with top-left (top, left) and 0 elsewhere —
 * M̂ in Pathak et al.'s loss. The block is clipped to the image.
 */
export function blockMask(size: number, top: number, left: number, h: number, w: number): Float32Array {
  const m = new Float32Array(size * size);
  for (let r = Math.max(0, top); r < Math.min(size, top + h); r++) for (let c = Math.max(0, left); c < Math.min(size, left + w); c++) m[r * size + c] = 1;
  return m;
}

/** The centred block of side `block` (the paper's "central region"). */
export const centreMask = (size: number, block: number) => blockMask(size, Math.floor((size - block) / 2), Math.floor((size - block) / 2), block, block);

/**
 * Shuffle & learn's frames: the image turned by `angle` radians counter-clockwise about its centre
 * (as rotateImage at π/2) and then shifted by (dx, dy) pixels (right, down), sampled bilinearly,
 * zero outside. Frame t of a moving digit is transformImage(x, size, ω t, vx t, vy t).
 */
export function transformImage(img: ArrayLike<number>, size: number, angle: number, dx: number, dy: number): Float32Array {
  const out = new Float32Array(size * size);
  const ctr = (size - 1) / 2;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const at = (r: number, c: number) => (r < 0 || c < 0 || r >= size || c >= size ? 0 : img[r * size + c]);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      // where the output pixel comes from: undo the shift, then the turn
      const x = c - ctr - dx;
      const y = r - ctr - dy;
      const sc = cos * x - sin * y + ctr;
      const sr = sin * x + cos * y + ctr;
      const r0 = Math.floor(sr + 1e-9);
      const c0 = Math.floor(sc + 1e-9);
      const fr = Math.max(0, sr - r0);
      const fc = Math.max(0, sc - c0);
      out[r * size + c] = (1 - fr) * ((1 - fc) * at(r0, c0) + fc * at(r0, c0 + 1)) + fr * ((1 - fc) * at(r0 + 1, c0) + fc * at(r0 + 1, c0 + 1));
    }
  }
  return out;
}

/**
 * A triple of frame indices out of 0..nFrames−1: three distinct frames i < j < k, then, for a
 * positive, (i, j, k) or its reverse (k, j, i); for a negative, one of the four orders whose
 * middle frame is not between the others. orderLabel gives back `positive`.
 */
export function sampleTriple(rand: () => number, nFrames: number, positive: boolean): [number, number, number] {
  const pick = new Set<number>();
  while (pick.size < 3) pick.add(Math.floor(rand() * nFrames));
  const [i, j, k] = [...pick].sort((a, b) => a - b);
  if (positive) return rand() < 0.5 ? [i, j, k] : [k, j, i];
  const neg: [number, number, number][] = [[j, i, k], [i, k, j], [j, k, i], [k, i, j]];
  return neg[Math.min(3, Math.floor(rand() * 4))];
}

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

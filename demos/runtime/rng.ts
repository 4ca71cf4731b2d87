/**
 * Seeded pseudo-random numbers. Every result the site shows (data splits, initial weights,
 * sampling) draws from here so that `?seed=N` reproduces a run exactly, in the browser and in
 * Node alike.
 */

/** mulberry32: tiny, fast, and good enough for shuffles and initialisation (not for crypto). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of 0..n-1 driven by a seeded generator. */
export function seededPermutation(n: number, seed: number): Uint32Array {
  const rand = mulberry32(seed);
  const p = new Uint32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = p[i];
    p[i] = p[j];
    p[j] = t;
  }
  return p;
}

export const DEFAULT_SEED = 1234;

/**
 * Reads a seed from untrusted text (a URL parameter). Returns null, never NaN or Infinity, for
 * anything that is not a finite integer in the 32-bit range, so the caller can say so plainly.
 */
export function parseSeed(text: string | null | undefined): number | null {
  if (text == null || text.trim() === '') return null;
  if (!/^-?\d{1,10}$/.test(text.trim())) return null;
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 0 || n > 0xffffffff) return null;
  return n;
}

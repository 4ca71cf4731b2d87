/**
 * User-level differential privacy for federated averaging (McMahan et al. 2018, "Learning
 * differentially private recurrent language models", DP-FedAvg). Each round:
 *
 *   1. every sampled client's update is clipped to L2 norm at most S:
 *        Δ̃_k = Δ_k · min(1, S / ‖Δ_k‖)        (direction kept, only the length shrinks);
 *   2. the server sums the clipped updates and adds Gaussian noise calibrated to S:
 *        Δ = (Σ_k Δ̃_k + N(0, σ² S² I)) / m,
 *      where m is the number of clients sampled this round (fixed: m = max(1, round(C·K))).
 *
 * Why this estimator: adding or removing one client changes the sum by at most S in L2 norm (the
 * sensitivity), which is what the noise σS is calibrated to. The clients are weighted equally,
 * not by n_k — a weight proportional to a client's data would let one large client move the sum
 * by more than S. Dividing by the fixed m rather than by the number that actually reported keeps
 * the denominator independent of any one client (McMahan et al.'s fixed-denominator estimator,
 * with m playing the role of qK); the noise on the average is then σS/m per coordinate, so it
 * shrinks only as more clients take part per round.
 *
 * Privacy: `approxEpsilon` gives the standard Rényi-DP estimate for this mechanism — but see its
 * comment for what it assumes. Clipping alone (σ = 0) gives no privacy guarantee.
 */

export function l2Norm(v: Float32Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  return Math.sqrt(s);
}

/** Δ · min(1, S/‖Δ‖): a new vector of norm ≤ S pointing the same way. */
export function clipDelta(delta: Float32Array, S: number): Float32Array {
  if (!(S > 0)) throw new Error(`the clipping norm S must be positive, not ${S}`);
  const norm = l2Norm(delta);
  const out = Float32Array.from(delta);
  if (norm > S) {
    const f = S / norm;
    for (let i = 0; i < out.length; i++) out[i] *= f;
  }
  return out;
}

/** Adds N(0, std²) to every entry in place, from a seeded uniform generator (Box–Muller, both outputs used). */
export function addGaussianNoise(v: Float32Array, std: number, rand: () => number): Float32Array {
  if (std === 0) return v;
  for (let i = 0; i < v.length; i += 2) {
    const r = std * Math.sqrt(-2 * Math.log(1 - rand()));
    const a = 2 * Math.PI * rand();
    v[i] += r * Math.cos(a);
    if (i + 1 < v.length) v[i + 1] += r * Math.sin(a);
  }
  return v;
}

export function median(xs: ArrayLike<number>): number {
  const s = Array.from(xs).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** DP-FedAvg's two knobs: clip norm S and noise multiplier σ (noise std σ·S on the sum). */
export interface DpSpec {
  clip: number;
  noise: number;
}

function logAdd(a: number, b: number) {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return Math.max(a, b) + Math.log1p(Math.exp(-Math.abs(a - b)));
}

/** log C(n, k) */
function logBinomial(n: number, k: number) {
  let s = 0;
  for (let i = 1; i <= k; i++) s += Math.log(n - k + i) - Math.log(i);
  return s;
}

/**
 * Rényi DP of order α (integer ≥ 2) of one round of the Poisson-subsampled Gaussian mechanism
 * with sampling rate q and noise multiplier σ (Mironov, Talwar & Zhang 2019):
 *   ε_α = 1/(α−1) · log Σ_{j=0}^{α} C(α, j) (1−q)^{α−j} q^j exp((j² − j) / (2σ²)).
 */
export function rdpSampledGaussian(q: number, sigma: number, alpha: number): number {
  if (sigma <= 0) return Infinity;
  if (q >= 1) return alpha / (2 * sigma * sigma);
  let logA = -Infinity;
  for (let j = 0; j <= alpha; j++) {
    const t = logBinomial(alpha, j) + (alpha - j) * Math.log1p(-q) + (j > 0 ? j * Math.log(q) : 0)
      + (j * j - j) / (2 * sigma * sigma);
    logA = logAdd(logA, t);
  }
  return logA / (alpha - 1);
}

/**
 * An APPROXIMATE (ε, δ) for `rounds` rounds of DP-FedAvg with client sampling rate q and noise
 * multiplier σ: RDP composes additively over rounds, and is converted with
 * ε = min_α [rounds·ε_α + log(1/δ)/(α − 1)] over integer orders α = 2…256 (the classic
 * conversion; newer, tighter conversions give somewhat smaller ε). Approximate because it
 * assumes every client joins each round independently with probability q (Poisson sampling),
 * while the simulation samples exactly m = round(qK) clients without replacement; the number is
 * the one the DP literature would quote for these settings, not a proof about this code.
 * Returns Infinity when σ = 0.
 */
export function approxEpsilon(
  { q, sigma, rounds, delta = 1e-5 }: { q: number; sigma: number; rounds: number; delta?: number },
): number {
  if (sigma <= 0) return Infinity;
  let best = Infinity;
  for (let alpha = 2; alpha <= 256; alpha++) {
    best = Math.min(best, rounds * rdpSampledGaussian(q, sigma, alpha) + Math.log(1 / delta) / (alpha - 1));
  }
  return best;
}

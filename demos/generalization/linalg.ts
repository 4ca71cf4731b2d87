/**
 * Small dense linear algebra in float64 for the exact double-descent fit: the interpolation threshold
 * is exactly where the systems are worst conditioned, so float32 tensors would blur the very peak
 * we want to measure. Matrices are row-major Float64Arrays.
 */

/** Cholesky A = L Lᵀ in place of a copy (A symmetric positive definite, size k). */
export function cholesky(a: Float64Array, k: number): Float64Array {
  const l = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * k + j];
      for (let t = 0; t < j; t++) s -= l[i * k + t] * l[j * k + t];
      if (i === j) {
        if (!(s > 0)) throw new Error('matrix is not positive definite');
        l[i * k + i] = Math.sqrt(s);
      } else l[i * k + j] = s / l[j * k + j];
    }
  }
  return l;
}

/** Solves (L Lᵀ) X = B for X (k × c), B row-major k × c. */
export function cholSolve(l: Float64Array, k: number, b: Float64Array, c: number): Float64Array {
  const x = Float64Array.from(b);
  for (let col = 0; col < c; col++) {
    for (let i = 0; i < k; i++) {
      let s = x[i * c + col];
      for (let t = 0; t < i; t++) s -= l[i * k + t] * x[t * c + col];
      x[i * c + col] = s / l[i * k + i];
    }
    for (let i = k - 1; i >= 0; i--) {
      let s = x[i * c + col];
      for (let t = i + 1; t < k; t++) s -= l[t * k + i] * x[t * c + col];
      x[i * c + col] = s / l[i * k + i];
    }
  }
  return x;
}

/** Solves a symmetric positive (semi)definite system with a vanishing ridge for numerical safety. */
export function solveSpd(a: Float64Array, k: number, b: Float64Array, c: number, ridge = 1e-10): Float64Array {
  let tr = 0;
  for (let i = 0; i < k; i++) tr += a[i * k + i];
  const reg = Float64Array.from(a);
  const eps = ridge * (tr / k || 1);
  for (let i = 0; i < k; i++) reg[i * k + i] += eps;
  return cholSolve(cholesky(reg, k), k, b, c);
}

/**
 * The minimum-norm least-squares solution W (p × c) of Φ W ≈ Y for Φ (n × p): (ΦᵀΦ)⁻¹ΦᵀY when
 * p ≤ n (the least-squares fit is unique), Φᵀ(ΦΦᵀ)⁻¹Y when p > n (the interpolating W of least norm).
 */
export function minNormLstsq(phi: Float64Array, n: number, p: number, y: Float64Array, c: number): Float64Array {
  if (p <= n) {
    const g = new Float64Array(p * p), r = new Float64Array(p * c);
    for (let s = 0; s < n; s++) {
      for (let i = 0; i < p; i++) {
        const v = phi[s * p + i];
        if (v === 0) continue;
        for (let j = 0; j < p; j++) g[i * p + j] += v * phi[s * p + j];
        for (let j = 0; j < c; j++) r[i * c + j] += v * y[s * c + j];
      }
    }
    return solveSpd(g, p, r, c);
  }
  const k = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) {
    let s = 0;
    for (let t = 0; t < p; t++) s += phi[i * p + t] * phi[j * p + t];
    k[i * n + j] = s; k[j * n + i] = s;
  }
  const alpha = solveSpd(k, n, y, c);
  const w = new Float64Array(p * c);
  for (let s = 0; s < n; s++) for (let i = 0; i < p; i++) {
    const v = phi[s * p + i];
    for (let j = 0; j < c; j++) w[i * c + j] += v * alpha[s * c + j];
  }
  return w;
}

'use client';
/** A small SVG bar histogram (the weights' codes or values); counts are drawn on a sqrt scale so the tails show. */
export function Histogram({ counts, lo, hi, title }: { counts: number[]; lo: number; hi: number; title: string }) {
  const W = 560, H = 160, m = { l: 40, r: 12, t: 10, b: 28 };
  const max = Math.sqrt(Math.max(1, ...counts));
  const bw = (W - m.l - m.r) / counts.length;
  return (
    <svg className="lw-hist" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} style={{ width: '100%', maxWidth: '44rem', height: 'auto' }}>
      <title>{title}</title>
      {counts.map((c, i) => {
        const h = (Math.sqrt(c) / max) * (H - m.t - m.b);
        return <rect key={i} x={m.l + i * bw} y={H - m.b - h} width={Math.max(1, bw - 0.5)} height={h} fill="var(--accent)" />;
      })}
      <line x1={m.l} x2={W - m.r} y1={H - m.b} y2={H - m.b} stroke="var(--line)" />
      <text x={m.l} y={H - 8} fontSize="12" fill="var(--muted)">{lo}</text>
      <text x={W - m.r} y={H - 8} fontSize="12" fill="var(--muted)" textAnchor="end">{hi}</text>
      <text x={(m.l + W - m.r) / 2} y={H - 8} fontSize="12" fill="var(--muted)" textAnchor="middle">0</text>
    </svg>
  );
}

/** Counts of `values` in `bins` equal bins over [lo, hi]. */
export function binCounts(values: ArrayLike<number>, lo: number, hi: number, bins: number, skipZeros = false): number[] {
  const out = new Array(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (skipZeros && v === 0) continue;
    const b = Math.min(bins - 1, Math.max(0, Math.floor(((v - lo) / (hi - lo)) * bins)));
    out[b]++;
  }
  return out;
}

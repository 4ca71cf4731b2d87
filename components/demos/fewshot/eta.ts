/**
 * Time left, from the rate measured so far in this run (no tensors here: views import this).
 * `fraction` is the share of the run's work done, weighted as the maths weights its progress.
 */
export function secondsLeft(startMs: number, fraction: number, now = performance.now()): number | null {
  const elapsed = (now - startMs) / 1000;
  // too early for a rate: the first steps include warm-up (kernel compilation, first uploads)
  if (!(fraction > 0.02) || elapsed < 0.5) return null;
  return (elapsed * (1 - fraction)) / fraction;
}

/** "8 s", "2 min 05 s"; "8 秒", "2 分 05 秒"; "…" while there is no estimate yet. */
export function fmtSeconds(s: number | null, lang: 'zh' | 'en'): string {
  if (s === null || !Number.isFinite(s)) return '…';
  const r = Math.max(1, Math.round(s));
  const [min, sec] = [Math.floor(r / 60), r % 60];
  if (lang === 'zh') return min ? `${min} 分 ${String(sec).padStart(2, '0')} 秒` : `${sec} 秒`;
  return min ? `${min} min ${String(sec).padStart(2, '0')} s` : `${sec} s`;
}

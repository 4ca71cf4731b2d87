/**
 * Top-k class probabilities as labelled bars (plain HTML: readable by screen readers as text).
 * `name` replaces the class number as the bar's label (e.g. a student's own symbol).
 */
export function ProbBars({ items, highlight, label }: { items: { cls: number; p: number; name?: string }[]; highlight?: number; label: string }) {
  return (
    <ol className="prob-bars" aria-label={label}>
      {items.map(({ cls, p, name }) => (
        <li key={cls} className={cls === highlight ? 'hl' : undefined}>
          <span className="prob-cls">{name ?? cls}</span>
          <span className="prob-track"><span className="prob-fill" style={{ width: `${(p * 100).toFixed(1)}%` }} /></span>
          <span className="prob-val">{(p * 100).toFixed(1)}%</span>
        </li>
      ))}
    </ol>
  );
}

/** Top-k class probabilities as labelled bars (plain HTML: readable by screen readers as text). */
export function ProbBars({ items, highlight, label }: { items: { cls: number; p: number }[]; highlight?: number; label: string }) {
  return (
    <ol className="prob-bars" aria-label={label}>
      {items.map(({ cls, p }) => (
        <li key={cls} className={cls === highlight ? 'hl' : undefined}>
          <span className="prob-cls">{cls}</span>
          <span className="prob-track"><span className="prob-fill" style={{ width: `${(p * 100).toFixed(1)}%` }} /></span>
          <span className="prob-val">{(p * 100).toFixed(1)}%</span>
        </li>
      ))}
    </ol>
  );
}

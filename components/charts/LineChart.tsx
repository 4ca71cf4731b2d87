'use client';
/**
 * A small responsive line chart: d3-scale and d3-shape compute, React draws SVG. Series may be
 * partial (a curve growing while a run is in progress); reference points mark published numbers.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export interface Series {
  name: string;
  points: { x: number; y: number }[];
  className?: string;
}

export interface RefPoint {
  x: number;
  y: number;
  label: string;
}

export function LineChart({ series, refs = [], xLabel, yLabel, xDomain, yDomain = [0, 1], yFormat = (v) => `${Math.round(v * 100)}%`, xTicks, title }: {
  series: Series[];
  refs?: RefPoint[];
  xLabel: string;
  yLabel: string;
  xDomain: [number, number];
  yDomain?: [number, number];
  yFormat?: (v: number) => string;
  /** the x ticks to draw and their labels (e.g. k = 1, 2, 5 … on a log axis); default: d3's ticks */
  xTicks?: { value: number; label: string }[];
  title: string;
}) {
  const W = 560, H = 300, m = { top: 16, right: 20, bottom: 44, left: 56 };
  const x = scaleLinear().domain(xDomain).range([m.left, W - m.right]);
  const y = scaleLinear().domain(yDomain).range([H - m.bottom, m.top]);
  const path = line<{ x: number; y: number }>().x((d) => x(d.x)).y((d) => y(d.y));
  return (
    <svg className="line-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
      <g className="grid">
        {y.ticks(5).map((v) => (
          <g key={v}>
            <line x1={m.left} x2={W - m.right} y1={y(v)} y2={y(v)} />
            <text x={m.left - 8} y={y(v)} dy="0.32em" textAnchor="end">{yFormat(v)}</text>
          </g>
        ))}
        {(xTicks ?? x.ticks(6).map((v) => ({ value: v, label: String(v) }))).map((t) => (
          <text key={t.value} x={x(t.value)} y={H - m.bottom + 18} textAnchor="middle">{t.label}</text>
        ))}
      </g>
      <text className="axis-label" x={(m.left + W - m.right) / 2} y={H - 6} textAnchor="middle">{xLabel}</text>
      <text className="axis-label" transform={`translate(14 ${(m.top + H - m.bottom) / 2}) rotate(-90)`} textAnchor="middle">{yLabel}</text>
      {series.map((s) => (
        <g key={s.name} className={`series ${s.className ?? ''}`}>
          <path d={path(s.points) ?? ''} fill="none" />
          {s.points.map((p) => <circle key={p.x} cx={x(p.x)} cy={y(p.y)} r={3.5} />)}
        </g>
      ))}
      <g className="legend" transform={`translate(${W - m.right - 170} ${m.top + 4})`}>
        {series.map((s, i) => (
          <g key={s.name} className={`series ${s.className ?? ''}`} transform={`translate(0 ${i * 18})`}>
            <path d="M0,0 h22" fill="none" />
            <circle cx={11} cy={0} r={3.5} />
            <text x={28} dy="0.32em">{s.name}</text>
          </g>
        ))}
      </g>
      {refs.map((r) => (
        <g key={r.label} className="ref-point">
          <path d={`M${x(r.x) - 6},${y(r.y)} l6,-6 l6,6 l-6,6 z`} />
          <text x={x(r.x) + 10} y={y(r.y)} dy="0.32em">{r.label}</text>
        </g>
      ))}
    </svg>
  );
}

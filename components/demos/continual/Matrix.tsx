'use client';
/** One method's accuracy matrix as a small heatmap: rows after task t, columns task i; blank until learned. */
import { fill } from '@/content/fill';
import type { Strings } from './strings';

const CELL = 30, PAD = 46;

export function AccuracyMatrix({ name, rows, t }: { name: string; rows: number[][]; t: Strings['splitMnist'] }) {
  const size = PAD + 5 * CELL;
  return (
    <figure className="cl-matrix">
      <svg viewBox={`0 0 ${size + 2} ${size + 2}`} role="img" aria-label={fill(t.matrixAria, { m: name }) + ': ' + rows.map((r, i) => `${fill(t.rowLabel, { t: i + 1 })} ${r.map((v) => Math.round(v * 100) + '%').join(' ')}`).join('; ')}>
        {[1, 2, 3, 4, 5].map((i) => <text key={`c${i}`} x={PAD + (i - 0.5) * CELL} y={14} textAnchor="middle" className="cl-axis">{`${2 * i - 2}/${2 * i - 1}`}</text>)}
        {[1, 2, 3, 4, 5].map((r) => <text key={`r${r}`} x={PAD - 6} y={20 + (r - 0.5) * CELL + 4} textAnchor="end" className="cl-axis">{`t=${r}`}</text>)}
        {Array.from({ length: 5 }, (_, r) => Array.from({ length: 5 }, (_, c) => {
          const v = rows[r]?.[c];
          const x = PAD + c * CELL, y = 20 + r * CELL;
          if (c > r) return <rect key={`${r}-${c}`} x={x} y={y} width={CELL - 2} height={CELL - 2} className="cl-empty" />;
          return (
            <g key={`${r}-${c}`}>
              <rect x={x} y={y} width={CELL - 2} height={CELL - 2} fill={v === undefined ? 'none' : `hsl(${Math.round(120 * v)}, 65%, ${Math.round(82 - 22 * v)}%)`} className="cl-cell" />
              {v === undefined ? null : <text x={x + CELL / 2 - 1} y={y + CELL / 2 + 3} textAnchor="middle" className="cl-val">{Math.round(v * 100)}</text>}
            </g>
          );
        }))}
      </svg>
      <figcaption>{name}</figcaption>
    </figure>
  );
}

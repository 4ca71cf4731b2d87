'use client';
/**
 * The DARTS cell as SVG: 4 nodes, 6 edges; on each edge one curve per candidate operation,
 * colour = operation, thickness = its softmax(α) weight (a discrete cell: one full-width curve).
 */
import { EDGES, NODES, OPS } from '@/demos/automl/darts-cell';

const W = 300, H = 190;
const pos = Array.from({ length: NODES }, (_, i) => ({ x: 30 + (i * (W - 60)) / (NODES - 1), y: i % 2 ? 60 : 130 }));

export function CellSketch({ probs, alt }: { probs: number[][]; alt: string }) {
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={alt} className="darts-cell">
      {EDGES.map(([a, b], e) => {
        const p = pos[a], q = pos[b];
        // spread the op curves of one edge side by side, so each op's thickness is visible
        return OPS.map((op, o) => {
          const w = probs[e]?.[o] ?? 0;
          if (op === 'zero' || w < 0.01) return null;
          const bend = (o - 2) * 9 + (b - a === 1 ? 0 : (a === 0 && b === 3 ? 60 : 30));
          const mx = (p.x + q.x) / 2, my = (p.y + q.y) / 2 + bend;
          return <path key={`${e}-${op}`} d={`M${p.x},${p.y} Q${mx},${my} ${q.x},${q.y}`} fill="none" className={`darts-op-${op}`} strokeWidth={0.5 + 7 * w} strokeOpacity={0.9} />;
        });
      })}
      {pos.map((p, i) => (
        <g key={i}>
          <circle cx={p.x} cy={p.y} r={13} className="darts-node" />
          <text x={p.x} y={p.y + 4} textAnchor="middle" className="darts-node-label">{i}</text>
        </g>
      ))}
    </svg>
  );
}

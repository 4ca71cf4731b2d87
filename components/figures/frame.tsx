/**
 * What every lecture figure shares: a responsive SVG that scales with its column (and with a
 * slide in presenter mode), described by one label, and the arrowheads its arrows end in.
 */
import type { CSSProperties, ReactElement, ReactNode } from 'react';

export function FigureSvg({ width, height, label, children }: { width: number; height: number; label: string; children: ReactNode }) {
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label={label}
      style={{ maxWidth: '100%', height: 'auto', display: 'block', fontFamily: 'inherit' }}
    >
      {children}
    </svg>
  );
}

/** An arrowhead for `marker-end="url(#id)"`; it takes the line's colour unless styled. */
export function ArrowMarker({ id, style }: { id: string; style?: CSSProperties }) {
  return (
    <marker id={id} viewBox="0 0 10 10" refX={9} refY={5} markerWidth={7} markerHeight={7} orient="auto-start-reverse">
      <path d="M0 0L10 5L0 10z" fill={style ? undefined : 'currentColor'} style={style} />
    </marker>
  );
}

/** The theme's colours as SVG styles (CSS variables, so dark mode follows the page). */
export const mutedFill = { fill: 'var(--muted, currentColor)' } as const;
export const accentFill = { fill: 'var(--accent, #0b5cad)' } as const;
export const accentStroke = { stroke: 'var(--accent, #0b5cad)' } as const;
export const softFill = { fill: 'var(--accent-soft, #dbe9f7)' } as const;
export const panelFill = { fill: 'var(--panel, #f4f2ec)' } as const;
/** a halo in the page colour, so a label stays readable where an arrow crosses it */
export const halo = { stroke: 'var(--bg, #fff)', strokeWidth: 4, strokeLinejoin: 'round', paintOrder: 'stroke' } as const;

/** One piece of a formula: text, optionally with a subscript and a superscript after it. */
export interface Part {
  t: string;
  italic?: boolean;
  bold?: boolean;
  sub?: string;
  sup?: string;
}

/**
 * A formula as one <text>: each part's sub/superscript is a shifted, smaller tspan, and the
 * baseline is restored at the end (so a following tspan or a centred anchor is not thrown off).
 */
export function Formula({ x, y, parts, size = 12, anchor = 'start', style }: {
  x: number; y: number; parts: Part[]; size?: number; anchor?: 'start' | 'middle' | 'end'; style?: CSSProperties;
}): ReactElement {
  const small = size * 0.7;
  const spans: ReactElement[] = [];
  let cur = 0; // current baseline offset
  const at = (target: number) => {
    const dy = target - cur;
    cur = target;
    return dy;
  };
  parts.forEach((p, i) => {
    spans.push(<tspan key={`m${i}`} dy={at(0)} fontStyle={p.italic ? 'italic' : 'normal'} fontWeight={p.bold ? 700 : undefined}>{p.t}</tspan>);
    if (p.sub) spans.push(<tspan key={`b${i}`} dy={at(size * 0.3)} fontSize={small} fontStyle="italic">{p.sub}</tspan>);
    if (p.sup) spans.push(<tspan key={`p${i}`} dy={at(-size * 0.42)} fontSize={small} fontStyle={p.bold ? 'normal' : 'italic'}>{p.sup}</tspan>);
  });
  if (cur !== 0) spans.push(<tspan key="end" dy={at(0)}>{'\u200b'}</tspan>);
  return (
    <text x={x} y={y} textAnchor={anchor} fontSize={size} fill="currentColor" style={style}>
      {spans}
    </text>
  );
}

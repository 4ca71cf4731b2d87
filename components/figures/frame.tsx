/**
 * What every lecture figure shares: a responsive SVG that scales with its column (and with a
 * slide in presenter mode), described by one label, and the arrowheads its arrows end in.
 */
import type { CSSProperties, ReactNode } from 'react';

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

'use client';
/**
 * The LIF demo's pictures: the input current (drawable), the membrane potential with threshold and
 * spikes, and the spike train. Plain SVG; the numbers come from demos/snn/lif-neuron.ts.
 */
import { useRef } from 'react';

const W = 560, L = 56, R = 12;
const xOf = (t: number, duration: number) => L + ((W - L - R) * t) / duration;

/** I(t) over the window; in drawn mode the student drags over it to set the samples. */
export function CurrentPad({ values, max, duration, drawable, label, axis, onDraw, onDone }: {
  values: number[]; max: number; duration: number; drawable: boolean; label: string; axis: string;
  onDraw: (v: number[]) => void; onDone: () => void;
}) {
  const H = 90, top = 8, bottom = 18;
  const svg = useRef<SVGSVGElement>(null);
  const down = useRef(false);
  const yOf = (i: number) => top + (H - top - bottom) * (1 - Math.min(max, Math.max(0, i)) / max);
  const paint = (e: React.PointerEvent) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box || !drawable) return;
    const sx = ((e.clientX - box.left) / box.width) * W, sy = ((e.clientY - box.top) / box.height) * H;
    const k = Math.floor(((sx - L) / (W - L - R)) * values.length);
    if (k < 0 || k >= values.length) return;
    const v = Math.min(max, Math.max(0, (max * (H - bottom - sy)) / (H - top - bottom)));
    const next = values.slice();
    // paint a small neighbourhood so a quick stroke leaves no gaps
    for (let j = Math.max(0, k - 1); j <= Math.min(values.length - 1, k + 1); j++) next[j] = +v.toFixed(2);
    onDraw(next);
  };
  const step = duration / values.length;
  const d = values.map((v, i) => `${i === 0 ? 'M' : 'L'}${xOf(i * step, duration).toFixed(1)},${yOf(v).toFixed(1)} H${xOf((i + 1) * step, duration).toFixed(1)}`).join(' ');
  return (
    <svg ref={svg} className={`lif-plot lif-current${drawable ? ' drawable' : ''}`} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}
      onPointerDown={(e) => { if (!drawable) return; down.current = true; (e.target as Element).setPointerCapture?.(e.pointerId); paint(e); }}
      onPointerMove={(e) => { if (down.current) paint(e); }}
      onPointerUp={() => { if (down.current) { down.current = false; onDone(); } }}>
      <line className="axis" x1={L} x2={W - R} y1={yOf(0)} y2={yOf(0)} />
      <text x={L - 6} y={yOf(max)} dy="0.32em" textAnchor="end">{max}</text>
      <text x={L - 6} y={yOf(0)} dy="0.32em" textAnchor="end">0</text>
      <text className="axis-label" x={8} y={H / 2} dy="0.32em">{axis}</text>
      <path className="current" d={d} fill="none" />
    </svg>
  );
}

/** V(t) with V_th and V_rest, spikes drawn as the usual vertical stroke to 0 mV; the spike train below. */
export function MembranePlot({ v, sampleMs, spikes, duration, vRest, vTh, label, thLabel, restLabel, xLabel }: {
  v: Float32Array | null; sampleMs: number; spikes: number[]; duration: number; vRest: number; vTh: number;
  label: string; thLabel: string; restLabel: string; xLabel: string;
}) {
  const H = 230, top = 10, plotBottom = 170, trainTop = 182, trainBottom = 204;
  const lo = vRest - 10, hi = 5;
  const yOf = (mv: number) => top + ((plotBottom - top) * (hi - Math.min(hi, Math.max(lo, mv)))) / (hi - lo);
  let d = '';
  if (v) for (let i = 0; i < v.length && i * sampleMs <= duration; i++) d += `${i === 0 ? 'M' : 'L'}${xOf(i * sampleMs, duration).toFixed(1)},${yOf(v[i]).toFixed(1)}`;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * duration);
  return (
    <svg className="lif-plot lif-membrane" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      {[vRest, vTh, 0].map((mv) => <text key={mv} x={L - 6} y={yOf(mv)} dy="0.32em" textAnchor="end">{mv}</text>)}
      <line className="threshold" x1={L} x2={W - R} y1={yOf(vTh)} y2={yOf(vTh)} />
      <text className="threshold-label" x={W - R - 4} y={yOf(vTh) - 5} textAnchor="end">{thLabel}</text>
      <line className="axis" x1={L} x2={W - R} y1={yOf(vRest)} y2={yOf(vRest)} />
      <text className="axis-label" x={W - R - 4} y={yOf(vRest) + 14} textAnchor="end">{restLabel}</text>
      <path className="membrane" d={d} fill="none" />
      <text className="axis-label" transform={`translate(12 ${(top + plotBottom) / 2}) rotate(-90)`} textAnchor="middle">V (mV)</text>
      {spikes.filter((t) => t <= duration).map((t) => (
        <line key={t} className="spike" x1={xOf(t, duration)} x2={xOf(t, duration)} y1={trainTop} y2={trainBottom} />
      ))}
      {ticks.map((t) => <text key={t} x={xOf(t, duration)} y={H - 8} textAnchor="middle">{t}</text>)}
      <text className="axis-label" x={W - R} y={H - 8} textAnchor="end" dx="-2.2em">{xLabel}</text>
    </svg>
  );
}

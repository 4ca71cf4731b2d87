'use client';
/**
 * MC-dropout regression, trained live: noisy points the student can add (click) and move (drag),
 * an MLP with dropout and its ±2σ band from T stochastic passes, and a twin without dropout drawn
 * dashed. The band is the point: narrow on the data, wide where there is none.
 * The training and the band are fitPair in demos/bayes/regression.ts; this file wires controls and draws.
 */
import { useEffect, useRef, useState } from 'react';
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { useRerunOnChange } from '@/components/demo/useRerunOnChange';
import { fill } from '@/content/fill';
import { bandWidths, DECAYS, fitPair, GRID, makePoints, REGRESSOR_DEFAULTS, stepsFor, truth, X_RANGE, type FitFrame, type Point } from '@/demos/bayes/regression';
import { REGRESSION_PARAMS } from './params';
import { STRINGS } from './strings';
import './bayes.css';

const Y_RANGE: [number, number] = [-3, 3];
const MAX_POINTS = 60;
const DECAY0 = REGRESSOR_DEFAULTS.weightDecay;

export default function McRegression({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].mcRegression;
  const params = useDemoParams(api, REGRESSION_PARAMS);
  const { p: rate, T } = params.values;
  const [points, setPoints] = useState<Point[]>(() => makePoints(api.seed));
  const [decay, setDecay] = useState<number>(DECAY0);
  const [curves, setCurves] = useState<FitFrame | null>(null);
  const [drag, setDrag] = useState<number | null>(null);
  const steps = stepsFor(api.quick);
  const inputs = useRef({ points, rate, T, decay });
  inputs.current = { points, rate, T, decay };

  useEffect(() => {
    api.register({ run: (s) => run(s), reset: () => reset() });
    api.ready();
    api.requestRun(); // the first fit runs as soon as the demo is in view
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function run(signal: AbortSignal) {
    const { points, rate, T, decay } = inputs.current;
    if (points.length < 2) return; // the remove button stops at two points
    const t0 = performance.now();
    let first = false;
    const last = await fitPair({
      points, rate, T, weightDecay: decay, seed: api.seed, steps, signal,
      onFrame: (f) => {
        setCurves(f);
        if (!first) { first = true; api.setMetrics({ 'ms-first': Math.round(performance.now() - t0) }); }
      },
      onProgress: (f) => api.setProgress(f),
    });
    const w = bandWidths(GRID, last!.std, points);
    api.setMetrics({ 'std-data': +w.inData.toFixed(4), 'std-far': +w.far.toFixed(4), steps, p: rate, T, 'ms-headline': Math.round(performance.now() - t0) });
  }

  function reset() {
    setPoints(makePoints(api.seed));
    params.reset();
    setDecay(DECAY0);
    setCurves(null);
  }

  // retrain from scratch when the data or a setting changes (debounced); the hook keeps the link in step
  useRerunOnChange(api, [points, rate, T, decay], { delay: 250, when: drag === null });

  const W = 640, H = 320, m = { top: 12, right: 16, bottom: 36, left: 44 };
  const sx = scaleLinear().domain(X_RANGE).range([m.left, W - m.right]);
  const sy = scaleLinear().domain(Y_RANGE).range([H - m.bottom, m.top]).clamp(true);
  const svg = useRef<SVGSVGElement>(null);
  const toData = (e: React.PointerEvent) => {
    const r = svg.current!.getBoundingClientRect();
    return { x: sx.invert(((e.clientX - r.left) / r.width) * W), y: sy.invert(((e.clientY - r.top) / r.height) * H) };
  };
  const inside = (p: Point) => p.x >= X_RANGE[0] && p.x <= X_RANGE[1] && p.y >= Y_RANGE[0] && p.y <= Y_RANGE[1];
  const band = curves ? area<number>().x((i) => sx(GRID[i])).y0((i) => sy(curves.mean[i] - 2 * curves.std[i])).y1((i) => sy(curves.mean[i] + 2 * curves.std[i]))(GRID.map((_, i) => i)) : null;
  const path = (ys: Float32Array) => line<number>().x((i) => sx(GRID[i])).y((i) => sy(ys[i]))(GRID.map((_, i) => i));
  const w = curves ? bandWidths(GRID, curves.std, points) : null;

  return (
    <div className="mc-regression">
      <div className="demo-controls">
        <Slider label={fill(t.rate, { p: rate.toFixed(2) })} value={rate} control="p" valueText={rate.toFixed(2)}
          min={REGRESSION_PARAMS.p.min} max={REGRESSION_PARAMS.p.max} step={REGRESSION_PARAMS.p.step} onChange={(v) => params.set('p', v)} />
        <Slider label={fill(t.passes, { T })} value={T} control="T"
          min={REGRESSION_PARAMS.T.min} max={REGRESSION_PARAMS.T.max} step={REGRESSION_PARAMS.T.step} onChange={(v) => params.set('T', v)} />
        <Choice<number> label={t.decay} value={decay} choices={DECAYS} control="decay" format={(d) => (d === 0 ? '0' : d.toExponential(0))} onChange={setDecay} />
      </div>
      <svg ref={svg} className="mc-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t.chart}
        onPointerDown={(e) => {
          if ((e.target as Element).closest('circle')) return;
          const p = toData(e);
          if (inside(p) && points.length < MAX_POINTS) setPoints((ps) => [...ps, p]);
        }}
        onPointerMove={(e) => { if (drag !== null) { const p = toData(e); if (inside(p)) setPoints((ps) => ps.map((q, i) => (i === drag ? p : q))); } }}
        onPointerUp={() => setDrag(null)} onPointerLeave={() => setDrag(null)}>
        <g className="grid">
          {sy.ticks(6).map((v) => <line key={v} x1={m.left} x2={W - m.right} y1={sy(v)} y2={sy(v)} />)}
        </g>
        <g className="axis">
          {sx.ticks(8).map((v) => <text key={v} x={sx(v)} y={H - m.bottom + 16} textAnchor="middle">{v}</text>)}
          {sy.ticks(6).map((v) => <text key={v} x={m.left - 6} y={sy(v) + 4} textAnchor="end">{v}</text>)}
          <text x={(W + m.left) / 2} y={H - 4} textAnchor="middle">x</text>
        </g>
        {band ? <path className="band" d={band} /> : null}
        {curves ? <path className="mean" d={path(curves.mean) ?? ''} /> : null}
        {curves ? <path className="plain" d={path(curves.plain) ?? ''} /> : null}
        {points.map((p, i) => (
          <circle key={i} className="point" cx={sx(p.x)} cy={sy(p.y)} r={6}
            onPointerDown={(e) => { e.stopPropagation(); (e.target as Element).setPointerCapture?.(e.pointerId); setDrag(i); }} />
        ))}
      </svg>
      <p className="chart-legend">
        <span className="key band-key" /> {t.bandKey} <span className="key mean-key" /> {t.meanKey} <span className="key plain-key" /> {t.plainKey} <span className="key point-key" /> {t.pointsKey}
      </p>
      <div className="demo-controls">
        <button type="button" data-action="add-gap" onClick={() => setPoints((ps) => [...ps, ...[-0.15, 0, 0.15].map((x) => ({ x, y: truth(x) }))].slice(0, MAX_POINTS))}>{t.addGap}</button>
        <button type="button" data-action="remove-point" disabled={points.length <= 2} onClick={() => setPoints((ps) => ps.slice(0, -1))}>{t.removeLast}</button>
        <span className="hint">{fill(t.count, { n: points.length })}</span>
      </div>
      <p className="hint" aria-live="polite">
        {curves ? fill(t.status, { step: curves.step, total: steps, loss: curves.loss.toFixed(4) }) : t.notRun}
      </p>
      {w && curves?.step === steps ? (
        <p className="verdict">{w.inData > 0 ? fill(t.result, { inData: w.inData.toFixed(3), far: w.far.toFixed(3), ratio: (w.far / w.inData).toFixed(1) }) : t.noBand}</p>
      ) : null}
      <p className="hint">{t.method}</p>
    </div>
  );
}

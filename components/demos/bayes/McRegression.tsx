'use client';
/**
 * MC-dropout regression, trained live: noisy points the student can add (click) and move (drag),
 * an MLP with dropout and its ±2σ band from T stochastic passes, and a twin without dropout drawn
 * dashed. The band is the point: narrow on the data, wide where there is none.
 */
import { useEffect, useRef, useState } from 'react';
import * as tf from '@tensorflow/tfjs';
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import type { DemoApi } from '@/components/demo/types';
import { fill } from '@/content/fill';
import { bandWidths, createRegressor, makePoints, REGRESSOR_DEFAULTS, truth, X_RANGE, type Point } from '@/demos/bayes/regression';
import { runLoop } from '@/demos/runtime/loop';
import { readNumber, writeHashParams } from '@/demos/runtime/params';
import { STRINGS } from './strings';

/** Full run: 2,000 Adam steps. `?quick=1` (browser tests): 300. */
const stepsFor = (quick: boolean) => (quick ? 300 : 2000);
const SHOW_EVERY = 100;
const GRID = Array.from({ length: 121 }, (_, i) => X_RANGE[0] + ((X_RANGE[1] - X_RANGE[0]) * i) / 120);
const Y_RANGE: [number, number] = [-3, 3];
const DECAYS = [0, 1e-5, 1e-4, 1e-3, 1e-2];
const MAX_POINTS = 60;

interface Curves { mean: Float32Array; std: Float32Array; plain: Float32Array; step: number; loss: number }

export default function McRegression({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].mcRegression;
  const [points, setPoints] = useState<Point[]>(() => makePoints(api.seed));
  const [rate, setRate] = useState(() => readNumber(api.hash.get('p'), 'p', REGRESSOR_DEFAULTS.rate, 0, 0.5).value);
  const [T, setT] = useState(() => Math.round(readNumber(api.hash.get('T'), 'T', 50, 2, 200).value));
  const [decayIndex, setDecayIndex] = useState(2);
  // the dropout rate p is the knob an instructor turns from the presenter window
  useEffect(() => {
    api.exposeParam({ name: 'p', label: 'p', min: 0, max: 0.5, step: 0.05, value: rate, set: (v) => setRate(Math.min(Math.max(v, 0), 0.5)) });
  }, [api, rate]);
  useEffect(() => () => api.exposeParam(null), [api]);
  const [curves, setCurves] = useState<Curves | null>(null);
  const [drag, setDrag] = useState<number | null>(null);
  const steps = stepsFor(api.quick);
  const inputs = useRef({ points, rate, T, decayIndex });
  inputs.current = { points, rate, T, decayIndex };

  useEffect(() => {
    for (const [key, dflt, min, max] of [['p', REGRESSOR_DEFAULTS.rate, 0, 0.5], ['T', 50, 2, 200]] as const) {
      const r = readNumber(api.hash.get(key), key, dflt, min, max);
      if (r.notice) api.notify(r.notice);
    }
    api.register({ run: (s) => run(s), reset: () => reset() });
    api.ready();
    api.requestRun(); // the first fit runs as soon as the demo is in view
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function run(signal: AbortSignal) {
    const { points, rate, T, decayIndex } = inputs.current;
    if (points.length < 2) return; // the remove button stops at two points
    const cfg = { ...REGRESSOR_DEFAULTS, weightDecay: DECAYS[decayIndex], seed: api.seed };
    const mc = createRegressor({ ...cfg, rate });
    const plain = createRegressor({ ...cfg, rate: 0 });
    const x = tf.tensor2d(points.map((p) => [p.x]));
    const y = tf.tensor2d(points.map((p) => [p.y]));
    const grid = tf.tensor2d(GRID.map((g) => [g]));
    const show = async (step: number, lossT: tf.Scalar) => {
      const a = mc.predict(grid, T), b = plain.predict(grid, 1);
      const [mean, std, pl, loss] = (await Promise.all([a.mean.data(), a.std.data(), b.mean.data(), lossT.data()])) as Float32Array[];
      tf.dispose([a.mean, a.std, b.mean, b.std, lossT]);
      setCurves({ mean, std, plain: pl, step, loss: loss[0] });
      return std;
    };
    try {
      let std: Float32Array | null = null;
      await runLoop({
        steps, signal,
        step: async (i) => {
          const l = mc.step(x, y);
          plain.step(x, y).dispose();
          // read back only every SHOW_EVERY steps; in between nothing waits on the GPU
          if ((i + 1) % SHOW_EVERY === 0) std = await show(i + 1, l);
          else l.dispose();
        },
        onProgress: (f) => api.setProgress(f),
      });
      const w = bandWidths(GRID, std!, points);
      api.setMetrics({ 'std-data': +w.inData.toFixed(4), 'std-far': +w.far.toFixed(4), steps, p: rate, T });
    } finally {
      tf.dispose([x, y, grid]);
      mc.dispose();
      plain.dispose();
    }
  }

  function reset() {
    setPoints(makePoints(api.seed));
    setRate(REGRESSOR_DEFAULTS.rate);
    setT(50);
    setDecayIndex(2);
    setCurves(null);
  }

  // retrain from scratch when the data or a setting changes (debounced); keep the link in step
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    if (drag !== null) return;
    const h = setTimeout(() => api.requestRun(), 250);
    history.replaceState(null, '', writeHashParams(location.hash, 'mc-regression', { p: rate, T }));
    return () => clearTimeout(h);
  }, [api, points, rate, T, decayIndex, drag]);

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
        <label className="slider">
          <span>{fill(t.rate, { p: rate.toFixed(2) })}</span>
          <input type="range" min={0} max={0.5} step={0.05} value={rate} data-control="p" onChange={(e) => setRate(Number(e.target.value))} aria-valuetext={rate.toFixed(2)} />
        </label>
        <label className="slider">
          <span>{fill(t.passes, { T })}</span>
          <input type="range" min={2} max={200} step={1} value={T} data-control="T" onChange={(e) => setT(Number(e.target.value))} aria-valuetext={String(T)} />
        </label>
        <label>
          {t.decay}{' '}
          <select value={decayIndex} data-control="decay" onChange={(e) => setDecayIndex(Number(e.target.value))}>
            {DECAYS.map((d, i) => <option key={d} value={i}>{d === 0 ? '0' : d.toExponential(0)}</option>)}
          </select>
        </label>
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

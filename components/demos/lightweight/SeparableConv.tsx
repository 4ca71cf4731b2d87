'use client';
/**
 * separable-conv: pick H, W, M, N, k; the formulas give parameters and multiply–adds of a standard
 * and a depthwise-separable layer, and Run MEASURES both layers' latency on this backend (warm-up,
 * median of interleaved repeats, one read-back each), then sweeps N to draw measured vs predicted.
 * The maths is demos/lightweight/separable.ts; this file wires the controls and draws.
 */
import { useEffect, useRef, useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { TableWrap } from '@/components/charts/TableWrap';
import { Choice } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { measureLatency, predictedRatio, separableCounts, standardCounts, SWEEP_COUT, type ConvShape, type Latency } from '@/demos/lightweight/separable';
import { SEPCONV_PARAMS } from './params';
import { STRINGS } from './strings';

const fmt = (n: number) => n.toLocaleString('en-US');
const pct = (r: number) => `${(r * 100).toFixed(1)}%`;

export default function SeparableConv({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang];
  const params = useDemoParams(api, SEPCONV_PARAMS);
  const { size, cin, cout, k } = params.values;
  const shape: ConvShape = { h: size, w: size, cin, cout, k };
  const [lat, setLat] = useState<Latency | null>(null);
  const [sweep, setSweep] = useState<{ n: number; ratio: number }[]>([]);
  const [busy, setBusy] = useState('');
  const inputs = useRef(shape);
  inputs.current = shape;
  const reps = api.quick ? { repeats: 5, warmup: 1 } : { repeats: 11, warmup: 2 };

  useEffect(() => {
    api.register({ run, reset: () => { setLat(null); setSweep([]); setBusy(''); params.reset(); } });
    api.ready();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);
  // a new shape makes the old measurement void
  useEffect(() => { setLat(null); }, [size, cin, cout, k]);

  async function run(signal: AbortSignal) {
    const s = inputs.current;
    const t0 = performance.now();
    setLat(null); setSweep([]);
    setBusy(fill(t.sep.measuring, { w: reps.warmup, r: reps.repeats }));
    const first = await measureLatency(s, { ...reps, seed: api.seed, signal });
    setLat(first);
    const msFirst = performance.now() - t0;
    const c = standardCounts(s), d = separableCounts(s);
    const metrics = { 'params-ratio': +(d.params / c.params).toFixed(4), 'madds-ratio': +(d.madds / c.madds).toFixed(4), 'latency-ratio': +first.ratio.toFixed(4), 'ms-first': Math.round(msFirst), 'ms-headline': Math.round(msFirst) };
    api.setMetrics(metrics);
    setBusy(t.sep.sweeping);
    const pts: { n: number; ratio: number }[] = [];
    const ns = api.quick ? SWEEP_COUT.slice(1, 4) : SWEEP_COUT;
    for (const [i, n] of ns.entries()) {
      const r = await measureLatency({ ...s, cout: n }, { repeats: Math.max(3, reps.repeats - 4), warmup: 1, seed: api.seed, signal });
      pts.push({ n, ratio: r.ratio });
      setSweep([...pts]);
      api.setProgress((i + 1) / ns.length);
    }
    setBusy('');
  }

  const c = standardCounts(shape), d = separableCounts(shape);
  const pred = predictedRatio(shape);
  const log2 = Math.log2;
  const ticks = SWEEP_COUT.map((n) => ({ value: log2(n), label: String(n) }));
  const yMax = Math.max(1.2, ...sweep.map((p) => p.ratio)) * 1.05;
  return (
    <div className="separable-conv-demo">
      <div className="demo-controls">
        <Choice label={SEPCONV_PARAMS.size.label[api.lang]} value={size} choices={SEPCONV_PARAMS.size.choices} control="size" onChange={(v) => params.set('size', v)} />
        <Choice label={SEPCONV_PARAMS.cin.label[api.lang]} value={cin} choices={SEPCONV_PARAMS.cin.choices} control="cin" onChange={(v) => params.set('cin', v)} />
        <Choice label={SEPCONV_PARAMS.cout.label[api.lang]} value={cout} choices={SEPCONV_PARAMS.cout.choices} control="cout" onChange={(v) => params.set('cout', v)} />
        <Choice label={SEPCONV_PARAMS.k.label[api.lang]} value={k} choices={SEPCONV_PARAMS.k.choices} control="k" onChange={(v) => params.set('k', v)} />
      </div>
      <TableWrap label={t.sep.table}>
        <table>
          <thead><tr>{t.sep.col.map((h, i) => <th key={i} scope="col">{h}</th>)}</tr></thead>
          <tbody>
            <tr><th scope="row">{t.sep.standard}</th><td>{fmt(c.params)}</td><td>{fmt(c.madds)}</td><td>{lat ? fill(t.sep.ms, { v: lat.stdMs.toFixed(2) }) : '—'}</td></tr>
            <tr><th scope="row">{t.sep.separable}</th><td>{fmt(d.params)}</td><td>{fmt(d.madds)}</td><td>{lat ? fill(t.sep.ms, { v: lat.sepMs.toFixed(2) }) : '—'}</td></tr>
            <tr><th scope="row">{t.sep.ratio}</th><td>{pct(d.params / c.params)}</td><td>{pct(d.madds / c.madds)}</td><td>{lat ? pct(lat.ratio) : '—'}</td></tr>
          </tbody>
        </table>
      </TableWrap>
      <p className="hint">{fill(t.sep.predicted, { r: pct(pred) })}</p>
      <LineChart title={t.sep.chart} xLabel={t.sep.xLabel} yLabel={t.sep.yLabel} xDomain={[log2(SWEEP_COUT[0]), log2(SWEEP_COUT[SWEEP_COUT.length - 1])]}
        yDomain={[0, yMax]} xTicks={ticks}
        series={[
          { name: t.sep.sPred, points: SWEEP_COUT.map((n) => ({ x: log2(n), y: predictedRatio({ ...shape, cout: n }) })) },
          { name: t.sep.sMeas, points: sweep.map((p) => ({ x: log2(p.n), y: p.ratio })) },
        ]} />
      <p className="hint" aria-live="polite">
        {lat ? fill(t.sep.verdict, { backend: api.backend, madds: pct(d.madds / c.madds), lat: pct(lat.ratio) }) : busy ? '' : t.common.notRun}
        {busy ? ` ${fill(lat ? t.common.stillRunning : t.common.running, { what: busy })}` : ''}
      </p>
    </div>
  );
}

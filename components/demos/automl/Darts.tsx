'use client';
/**
 * darts: first-order DARTS on a tiny cell. Live: the cell (colour = operation, thickness =
 * softmax(α)) animating as α and w train in turn; then the discretised cell and a random cell,
 * retrained side by side. Maths: demos/automl/darts.ts and darts-cell.ts.
 */
import { useEffect, useRef, useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import type { MnistSet } from '@/demos/data/mnist';
import { mnistFromSite } from '@/demos/data/fetch';
import { DARTS_DEFAULTS, DARTS_QUICK, runDarts, type DartsResult, type RetrainPoint } from '@/demos/automl/darts';
import { discretise, EDGES, OPS, type Op } from '@/demos/automl/darts-cell';
import { CellSketch } from './CellSketch';
import { DARTS_PARAMS as P } from './params';
import { STRINGS } from './strings';
import './automl.css';

const pct = (v: number) => (v * 100).toFixed(1);
const UNIFORM = EDGES.map(() => OPS.map(() => 1 / OPS.length));
const oneHot = (ops: Op[]) => ops.map((op) => OPS.map((o) => (o === op ? 1 : 0)));

export default function Darts({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].darts;
  const params = useDemoParams(api, P);
  const v = params.values;
  const base = api.quick ? DARTS_QUICK : DARTS_DEFAULTS;
  const data = useRef<{ train: MnistSet; test: MnistSet } | null>(null);
  const [probs, setProbs] = useState<number[][]>(UNIFORM);
  const [step, setStep] = useState(0);
  const [cells, setCells] = useState<{ cell: Op[]; random: Op[] } | null>(null);
  const [curve, setCurve] = useState<RetrainPoint[]>([]);
  const [result, setResult] = useState<DartsResult | null>(null);
  const [phase, setPhase] = useState<'idle' | 'search' | 'retrain'>('idle');
  const inputs = useRef(v);
  inputs.current = v;

  useEffect(() => {
    let alive = true;
    Promise.all([mnistFromSite('train'), mnistFromSite('test')]).then(([train, test]) => {
      if (!alive) return;
      data.current = { train, test };
      api.register({ run, reset });
      api.ready();
    }, (e) => api.fail(e));
    return () => { alive = false; data.current = null; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  function clear() { setProbs(UNIFORM); setStep(0); setCells(null); setCurve([]); setResult(null); setPhase('idle'); }
  function reset() { clear(); params.reset(); }

  async function run(signal: AbortSignal) {
    if (!data.current) return;
    const o = { ...base, ...inputs.current, seed: api.seed };
    clear();
    setPhase('search');
    const t0 = performance.now();
    let first = 0;
    const pts: RetrainPoint[] = [];
    try {
      const r = await runDarts(data.current.train, data.current.test, o, {
        signal,
        onProgress: (f) => api.setProgress(f),
        onSnapshot: (s) => {
          setProbs(s.probs); setStep(s.step);
          if (s.step > 0 && !first) { first = performance.now() - t0; api.setMetrics({ 'ms-first': Math.round(first) }); }
        },
        onCell: (cell, random) => { setCells({ cell, random }); setPhase('retrain'); },
        onPoint: (p) => { pts.push(p); setCurve([...pts]); },
      });
      setResult(r);
      api.setMetrics({
        'acc-darts': +r.accDarts.toFixed(4), 'acc-random-cell': +r.accRandom.toFixed(4),
        departure: +r.departure.toFixed(3), 'skip-edges': r.skipEdges,
        'ms-first': Math.round(first), 'ms-headline': Math.round(performance.now() - t0),
      });
    } finally {
      setPhase('idle');
    }
  }

  const opsText = (ops: Op[]) => ops.map((op, e) => `${EDGES[e][0]}→${EDGES[e][1]}: ${t.ops[op]}`).join('; ');
  const n = Math.min(base.evalDigits, base.testDigits);
  return (
    <div className="darts-demo">
      <div className="demo-controls">
        <Slider label={fill(t.searchSteps, { v: v.searchSteps })} value={v.searchSteps} min={P.searchSteps.min} max={P.searchSteps.max} step={P.searchSteps.step} control="searchSteps" onChange={(x) => params.set('searchSteps', x)} />
        <Choice label={t.lrAlpha} value={v.lrAlpha} choices={P.lrAlpha.choices} control="lrAlpha" onChange={(x) => params.set('lrAlpha', x)} />
        <Choice label={t.retrainSteps} value={v.retrainSteps} choices={P.retrainSteps.choices} control="retrainSteps" onChange={(x) => params.set('retrainSteps', x)} />
      </div>
      <p className="hint">{t.cellTitle}</p>
      <ul className="darts-legend">
        {OPS.map((op) => <li key={op}><span className={`sw darts-op-${op}`} aria-hidden="true" />{t.ops[op]}</li>)}
      </ul>
      <div className="darts-cells">
        <figure>
          <CellSketch probs={probs} alt={fill(t.cellAlt, { step, ops: opsText(discretise(probs)) })} />
          <figcaption>{fill(t.step, { step })}</figcaption>
        </figure>
        {cells ? (
          <>
            <figure>
              <CellSketch probs={oneHot(cells.cell)} alt={fill(t.discreteAlt, { ops: opsText(cells.cell) })} />
              <figcaption>{t.dartsCell}</figcaption>
            </figure>
            <figure>
              <CellSketch probs={oneHot(cells.random)} alt={fill(t.discreteAlt, { ops: opsText(cells.random) })} />
              <figcaption>{t.randomCell}</figcaption>
            </figure>
          </>
        ) : null}
      </div>
      <LineChart title={fill(t.chart, { n })} xLabel={t.xLabel} yLabel={t.yLabel} xDomain={[0, v.retrainSteps]}
        series={[
          { name: t.dartsCell, points: curve.map((p) => ({ x: p.step, y: p.darts })) },
          { name: t.randomCell, className: 'darts-random', points: curve.map((p) => ({ x: p.step, y: p.random })) },
        ]} />
      {phase !== 'idle' ? <p className="hint" role="status">{phase === 'search' ? t.running : t.retraining}</p> : null}
      <p className="hint">{result ? (
        <>
          {fill(t.verdict, { dep: result.departure.toFixed(2), d: pct(result.accDarts), r: pct(result.accRandom), n: base.testDigits })}{' '}
          {fill(result.skipEdges >= 4 ? t.skipTakeover : t.noTakeover, { k: result.skipEdges })}
        </>
      ) : phase === 'idle' ? t.notRun : null}</p>
    </div>
  );
}

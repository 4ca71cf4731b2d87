'use client';
/**
 * ewc-importance: after task A, the Fisher diagonal over the first layer's weights drawn as images;
 * during task B, naive fine-tuning and EWC side by side: their drift from θ*_A, plain and
 * Fisher-weighted, and their task-A accuracy. Maths: demos/continual/ewc-importance.ts.
 */
import { useEffect, useRef, useState } from 'react';
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import { hot } from '@/components/charts/colormap';
import { LineChart } from '@/components/charts/LineChart';
import { Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { mnistFromSite } from '@/demos/data/fetch';
import { uploadSplitData, type SplitData } from '@/demos/continual/data';
import { IMPORTANCE_DEFAULTS, IMPORTANCE_QUICK, runImportance, type DriftPoint, type ImportanceResult } from '@/demos/continual/ewc-importance';
import { IMPORTANCE_PARAMS as P } from './params';
import { STRINGS } from './strings';
import './continual.css';

// a square root stretches the few very important weights' neighbourhood into view
const norm = (f: Float32Array) => { const m = Math.max(...f) || 1; return f.map((v) => Math.sqrt(v / m)); };

export default function EwcImportance({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].importance;
  const names = STRINGS[api.lang].methods;
  const params = useDemoParams(api, P);
  const { lambda, steps } = params.values;
  const base = api.quick ? IMPORTANCE_QUICK : IMPORTANCE_DEFAULTS;
  const data = useRef<SplitData | null>(null);
  const [fisher, setFisher] = useState<Pick<ImportanceResult, 'pixel' | 'units' | 'accA0'> | null>(null);
  const [curve, setCurve] = useState<DriftPoint[]>([]);
  const [result, setResult] = useState<ImportanceResult | null>(null);
  const inputs = useRef({ lambda, steps });
  inputs.current = { lambda, steps };

  useEffect(() => {
    let alive = true;
    Promise.all([mnistFromSite('train'), mnistFromSite('test')]).then(([train, test]) => {
      if (!alive) return;
      data.current = uploadSplitData(train, test, { trainPerTask: 2000, testPerTask: api.quick ? 200 : 1000, evalPerTask: 0 });
      api.register({ run, reset: () => { clear(); params.reset(); } });
      api.ready();
    }, (e) => api.fail(e));
    return () => { alive = false; data.current?.dispose(); data.current = null; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  function clear() { setFisher(null); setCurve([]); setResult(null); }

  async function run(signal: AbortSignal) {
    if (!data.current) return;
    clear();
    const t0 = performance.now();
    let first = 0;
    const pts: DriftPoint[] = [];
    const r = await runImportance(data.current, { ...base, ...inputs.current, seed: api.seed }, {
      signal, onProgress: (f) => api.setProgress(f),
      onFisher: (f) => { first = performance.now() - t0; setFisher(f); },
      onPoint: (p) => { pts.push(p); setCurve([...pts]); },
    });
    setResult(r);
    const last = r.curve[r.curve.length - 1];
    api.setMetrics({
      'drift-naive': +last.plain[0].toFixed(4), 'drift-ewc': +last.plain[1].toFixed(4),
      'fdrift-naive': +last.weighted[0].toFixed(5), 'fdrift-ewc': +last.weighted[1].toFixed(5),
      'acca-naive': +last.accA[0].toFixed(4), 'acca-ewc': +last.accA[1].toFixed(4), 'accb-ewc': +r.accB[1].toFixed(4),
      'ms-first': Math.round(first), 'ms-headline': Math.round(performance.now() - t0),
    });
  }

  const maxP = Math.max(1e-9, ...curve.map((p) => Math.max(...p.plain)));
  const maxW = Math.max(1e-9, ...curve.map((p) => Math.max(...p.weighted)));
  const last = result?.curve[result.curve.length - 1];
  return (
    <div className="ewc-importance-demo">
      <div className="demo-controls">
        <Slider label={fill(t.lambda, { v: lambda })} value={lambda} choices={P.lambda.choices} control="lambda" onChange={(x) => params.set('lambda', x as typeof lambda)} />
        <Slider label={fill(t.steps, { v: steps })} value={steps} min={P.steps.min} max={P.steps.max} step={P.steps.step} control="steps" onChange={(x) => params.set('steps', x)} />
      </div>
      {fisher ? (
        <div className="cl-fisher">
          <figure>
            <ImageCanvas data={norm(fisher.pixel)} map={hot} size={168} label={t.fisherAria} />
            <figcaption>{t.fisherTitle}</figcaption>
          </figure>
          <figure>
            <div className="cl-units">
              {fisher.units.map((u) => <ImageCanvas key={u.unit} data={norm(u.f)} map={hot} size={56} label={fill(t.unitAria, { u: u.unit })} />)}
            </div>
            <figcaption>{t.unitsTitle}</figcaption>
          </figure>
        </div>
      ) : null}
      {curve.length ? (
        <>
          <LineChart title={t.driftTitle} xLabel={t.xLabel} yLabel={t.yLabel} xDomain={[0, steps]} yFormat={(v) => v.toFixed(1)}
            series={[
              { name: fill(t.plain, { m: names.naive }), className: 'cl-naive', points: curve.map((p) => ({ x: p.step, y: p.plain[0] / maxP })) },
              { name: fill(t.plain, { m: names.ewc }), className: 'cl-ewc', points: curve.map((p) => ({ x: p.step, y: p.plain[1] / maxP })) },
              { name: fill(t.weighted, { m: names.naive }), className: 'cl-naive cl-dashed', points: curve.map((p) => ({ x: p.step, y: p.weighted[0] / maxW })) },
              { name: fill(t.weighted, { m: names.ewc }), className: 'cl-ewc cl-dashed', points: curve.map((p) => ({ x: p.step, y: p.weighted[1] / maxW })) },
            ]} />
          <LineChart title={t.accTitle} xLabel={t.xLabel} yLabel={t.accLabel} xDomain={[0, steps]}
            series={[
              { name: names.naive, className: 'cl-naive', points: curve.map((p) => ({ x: p.step, y: p.accA[0] })) },
              { name: names.ewc, className: 'cl-ewc', points: curve.map((p) => ({ x: p.step, y: p.accA[1] })) },
            ]} />
        </>
      ) : null}
      {result && last ? (
        <p className="verdict">{fill(t.result, {
          dn: last.plain[0].toFixed(2), wn: last.weighted[0].toExponential(2), an: (last.accA[0] * 100).toFixed(1),
          de: last.plain[1].toFixed(2), we: last.weighted[1].toExponential(2), ae: (last.accA[1] * 100).toFixed(1),
          be: (result.accB[1] * 100).toFixed(1), bn: (result.accB[0] * 100).toFixed(1),
        })}</p>
      ) : !fisher && !curve.length ? <p className="hint">{t.notRun}</p> : <p className="hint" role="status">{t.running}</p>}
    </div>
  );
}

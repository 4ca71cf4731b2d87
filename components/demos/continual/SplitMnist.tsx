'use client';
/**
 * split-mnist: five methods learn the five split-MNIST tasks side by side (stepped in turn on the
 * same minibatches), in the task- or class-incremental scenario. Live: each method's average
 * accuracy on the tasks seen so far, and its accuracy matrix filling in row by row; at the end,
 * the whole held-out set and the paper's table beside ours. Maths: demos/continual/split-mnist.ts.
 */
import { useEffect, useRef, useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { mnistFromSite } from '@/demos/data/fetch';
import { uploadSplitData, type SplitData } from '@/demos/continual/data';
import { METHODS, runSplitMnist, SPLIT_DATA, SPLIT_DATA_QUICK, SPLIT_DEFAULTS, SPLIT_QUICK, type Method, type SplitResult } from '@/demos/continual/split-mnist';
import { AccuracyMatrix } from './Matrix';
import { PAPER_TABLE } from './paper-table';
import { SPLITMNIST_PARAMS as P } from './params';
import { STRINGS } from './strings';
import './continual.css';

type Curves = Record<Method, { x: number; y: number }[]>;
const empty = <T,>(f: () => T) => Object.fromEntries(METHODS.map((m) => [m, f()])) as Record<Method, T>;
const pct = (v: number) => (v * 100).toFixed(1);

/** Average forgetting: how far each earlier task fell from its best, after the last task. */
function forgetting(rows: number[][]): number {
  const last = rows[rows.length - 1];
  if (!last || rows.length < 2) return 0;
  let s = 0;
  for (let i = 0; i < rows.length - 1; i++) s += Math.max(...rows.slice(i, rows.length - 1).map((r) => r[i] ?? 0)) - last[i];
  return s / (rows.length - 1);
}

export default function SplitMnist({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].splitMnist;
  const names = STRINGS[api.lang].methods;
  const params = useDemoParams(api, P);
  const v = params.values;
  const base = api.quick ? SPLIT_QUICK : SPLIT_DEFAULTS;
  const sizes = api.quick ? SPLIT_DATA_QUICK : SPLIT_DATA;
  const data = useRef<SplitData | null>(null);
  const [curves, setCurves] = useState<Curves>(() => empty(() => []));
  const [matrix, setMatrix] = useState<Record<Method, number[][]>>(() => empty(() => []));
  const [task, setTask] = useState(-1);
  const [result, setResult] = useState<(SplitResult & { scenario: string }) | null>(null);
  const inputs = useRef(v);
  inputs.current = v;

  useEffect(() => {
    let alive = true;
    Promise.all([mnistFromSite('train'), mnistFromSite('test')]).then(([train, test]) => {
      if (!alive) return;
      data.current = uploadSplitData(train, test, sizes);
      api.register({ run, reset });
      api.ready();
    }, (e) => api.fail(e));
    return () => {
      alive = false;
      data.current?.dispose();
      data.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  function clear() {
    setCurves(empty(() => []));
    setMatrix(empty(() => []));
    setResult(null);
    setTask(-1);
  }

  function reset() {
    clear();
    params.reset();
  }

  async function run(signal: AbortSignal) {
    if (!data.current) return;
    const o = { ...base, ...inputs.current };
    clear();
    const t0 = performance.now();
    let first = 0;
    const cv = empty<{ x: number; y: number }[]>(() => []);
    const mx = empty<number[][]>(() => []);
    const r = await runSplitMnist(data.current, { ...o, seed: api.seed }, {
      signal,
      onProgress: (f) => api.setProgress(f),
      onPoint: (p) => {
        if (!first) first = performance.now() - t0;
        cv[p.method] = [...cv[p.method], { x: p.step, y: p.row.reduce((a, b) => a + b, 0) / p.row.length }];
        const rows = mx[p.method].slice();
        rows[p.task] = p.row;
        mx[p.method] = rows;
        // one render per round of methods
        if (p.method === METHODS[METHODS.length - 1]) { setCurves({ ...cv }); setMatrix({ ...mx }); setTask(p.task); }
      },
    });
    const headline = performance.now() - t0;
    setMatrix(r.matrix);
    setResult({ ...r, scenario: o.scenario });
    api.setMetrics({
      'acc-naive': +r.average.naive.toFixed(4), 'acc-ewc': +r.average.ewc.toFixed(4), 'acc-lwf': +r.average.lwf.toFixed(4),
      'acc-replay': +r.average.replay.toFixed(4), 'acc-joint': +r.average.joint.toFixed(4),
      scenario: o.scenario === 'task' ? 0 : 1, 'ms-first': Math.round(first), 'ms-headline': Math.round(headline),
    });
  }

  const total = 5 * v.steps;
  return (
    <div className="split-mnist-demo">
      <div className="demo-controls">
        <Choice label={t.scenario} value={v.scenario} choices={P.scenario.choices} control="scenario" radio name="split-mnist-scenario"
          format={(s) => t.scenarios[s]} onChange={(s) => params.set('scenario', s)} />
        <Slider label={fill(t.lambda, { v: v.lambda })} value={v.lambda} choices={P.lambda.choices} control="lambda" onChange={(x) => params.set('lambda', x as typeof v.lambda)} />
        <Slider label={fill(t.temperature, { v: v.temperature })} value={v.temperature} choices={P.temperature.choices} control="temperature" onChange={(x) => params.set('temperature', x as typeof v.temperature)} />
        <Slider label={fill(t.alpha, { v: v.alpha })} value={v.alpha} choices={P.alpha.choices} control="alpha" onChange={(x) => params.set('alpha', x as typeof v.alpha)} />
        <Slider label={fill(t.buffer, { v: v.buffer })} value={v.buffer} choices={P.buffer.choices} control="buffer" onChange={(x) => params.set('buffer', x as typeof v.buffer)} />
        <Slider label={fill(t.steps, { v: v.steps })} value={v.steps} min={P.steps.min} max={P.steps.max} step={P.steps.step} control="steps" onChange={(x) => params.set('steps', x)} />
      </div>
      <LineChart title={fill(t.chart, { n: sizes.evalPerTask })} xLabel={t.xLabel} yLabel={t.yLabel} xDomain={[0, total]}
        series={METHODS.map((m) => ({ name: names[m], className: `cl-${m}`, points: curves[m] }))} />
      <p className="hint">{t.matrixTitle}</p>
      <div className="cl-matrices">
        {METHODS.map((m) => <AccuracyMatrix key={m} name={names[m]} rows={matrix[m]} t={t} />)}
      </div>
      {task >= 0 && !result ? <p className="hint" role="status">{fill(t.running, { t: task + 1 })}</p> : null}
      {result ? (() => { const paperCol = result.scenario === 'task' ? 'task' : 'class'; return (
        <>
          <table className="cl-table">
            <caption>{t.tableCaption}</caption>
            <thead><tr><th scope="col">{t.method}</th><th scope="col" className="num">{t.ours}</th><th scope="col" className="num">{t.forgetting}</th><th scope="col" className="num">{fill(t.paper, { s: t.scenarios[paperCol] })}</th></tr></thead>
            <tbody>
              {METHODS.map((m) => (
                <tr key={m}>
                  <th scope="row">{names[m]}</th>
                  <td className="num">{pct(result.average[m])}%</td>
                  <td className="num">{pct(forgetting(result.matrix[m]))}%</td>
                  <td className="num">{PAPER_TABLE[m][api.lang][paperCol]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="verdict">{fill(t.result, { scenario: t.scenarios[result.scenario as 'task' | 'class'], naive: pct(result.average.naive), ewc: pct(result.average.ewc), lwf: pct(result.average.lwf), replay: pct(result.average.replay), joint: pct(result.average.joint) })}</p>
        </>
      ); })() : task < 0 ? <p className="hint">{fill(t.notRun, { steps: v.steps })}</p> : null}
      <p className="hint">{fill(t.how, { h: base.hidden })}</p>
    </div>
  );
}

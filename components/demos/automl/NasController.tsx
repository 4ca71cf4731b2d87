'use client';
/**
 * nas-controller: a controller (autoregressive softmax policy, REINFORCE with a moving-average
 * baseline) and random search take turns training child CNNs on a proxy; live: both reward
 * curves, the architectures as they arrive, the policy's probabilities; at the end the bests and
 * a spread of architectures retrained on the full set, and the proxy's rank correlation.
 * Maths: demos/automl/nas-controller.ts.
 */
import { useEffect, useRef, useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { ProbBars } from '@/components/charts/ProbBars';
import { TableWrap } from '@/components/charts/TableWrap';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import type { MnistSet } from '@/demos/data/mnist';
import { mnistFromSite } from '@/demos/data/fetch';
import { NAS_DEFAULTS, NAS_QUICK, runNas, type FullRow, type NasResult, type NasSample } from '@/demos/automl/nas-controller';
import { DECISIONS, describe } from '@/demos/automl/space';
import { ArchSketch } from './ArchSketch';
import { NASCONTROLLER_PARAMS as P } from './params';
import { STRINGS } from './strings';
import './automl.css';

const pct = (v: number) => (v * 100).toFixed(1);
const uniform = DECISIONS.map((d) => d.values.map(() => 1 / d.values.length));

export default function NasController({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].nasController;
  const params = useDemoParams(api, P);
  const v = params.values;
  const base = api.quick ? NAS_QUICK : NAS_DEFAULTS;
  const data = useRef<{ train: MnistSet; test: MnistSet } | null>(null);
  const [samples, setSamples] = useState<NasSample[]>([]);
  const [policy, setPolicy] = useState<number[][]>(uniform);
  const [full, setFull] = useState<FullRow[]>([]);
  const [result, setResult] = useState<NasResult | null>(null);
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

  function clear() { setSamples([]); setPolicy(uniform); setFull([]); setResult(null); }
  function reset() { clear(); params.reset(); }

  async function run(signal: AbortSignal) {
    if (!data.current) return;
    const o = { ...base, ...inputs.current, seed: api.seed };
    clear();
    const t0 = performance.now();
    let first = 0;
    const got: NasSample[] = [];
    const rows: FullRow[] = [];
    const r = await runNas(data.current.train, data.current.test, o, {
      signal,
      onProgress: (f) => api.setProgress(f),
      onSample: (s, m) => {
        got.push(s);
        if (!first) { first = performance.now() - t0; api.setMetrics({ 'ms-first': Math.round(first) }); }
        setSamples([...got]);
        if (s.method === 'controller') setPolicy(m);
      },
      onFull: (row) => { rows.push(row); setFull([...rows]); },
    });
    setResult(r);
    api.setMetrics({
      'reward-first': +r.rewardFirst.toFixed(4), 'reward-last': +r.rewardLast.toFixed(4),
      'best-controller': +r.bestController.full.toFixed(4), 'best-random': +r.bestRandom.full.toFixed(4),
      'rank-corr': +r.rankCorr.toFixed(3), 'ms-first': Math.round(first), 'ms-headline': Math.round(performance.now() - t0),
    });
  }

  const n = samples.length ? Math.max(...samples.map((s) => s.index)) + 1 : 0;
  const series = (m: 'controller' | 'random') => samples.filter((s) => s.method === m).map((s) => ({ x: s.index + 1, y: s.reward }));
  const baseline = samples.filter((s) => s.method === 'controller').map((s) => ({ x: s.index + 1, y: s.baseline }));
  const recent = (m: 'controller' | 'random') => samples.filter((s) => s.method === m).slice(-4).reverse();
  const optionLabel = (k: number, j: number) => {
    const d = DECISIONS[k], val = d.values[j];
    if (d.key === 'pool' || d.key === 'skip') return val ? t.yes : t.no;
    if (d.key === 'k2' && val === 0) return t.none;
    if (d.key === 'k1' || d.key === 'k2') return `${val}×${val}`;
    return String(val);
  };
  const winner = result ? (Math.abs(result.bestController.full - result.bestRandom.full) < 0.0005 ? 'tie' : result.bestController.full > result.bestRandom.full ? 'controller' : 'random') : 'tie';

  return (
    <div className="nas-controller-demo">
      <div className="demo-controls">
        <Slider label={fill(t.samples, { v: v.samples })} value={v.samples} min={P.samples.min} max={P.samples.max} step={P.samples.step} control="samples" onChange={(x) => params.set('samples', x)} />
        <Choice label={t.proxyDigits} value={v.proxyDigits} choices={P.proxyDigits.choices} control="proxyDigits" onChange={(x) => params.set('proxyDigits', x)} />
        <Choice label={t.proxySteps} value={v.proxySteps} choices={P.proxySteps.choices} control="proxySteps" onChange={(x) => params.set('proxySteps', x)} />
        <Choice label={t.size} value={v.size} choices={P.size.choices} format={(s) => `${s}×${s}`} control="size" onChange={(x) => params.set('size', x)} />
        <Choice label={t.policyLr} value={v.policyLr} choices={P.policyLr.choices} control="policyLr" onChange={(x) => params.set('policyLr', x)} />
      </div>
      <LineChart title={t.chart} xLabel={t.xLabel} yLabel={t.yLabel} xDomain={[0, Math.max(v.samples, n)]}
        series={[
          { name: t.controller, points: series('controller') },
          { name: t.random, className: 'nas-random', points: series('random') },
          { name: t.baseline, className: 'nas-baseline', points: baseline },
        ]} />
      <p className="hint">{t.policyTitle}</p>
      <div className="nas-policy">
        {DECISIONS.map((d, k) => (
          <div key={d.key}>
            <h4>{t.decisions[d.key]}</h4>
            <ProbBars label={t.decisions[d.key]} items={policy[k].map((p, j) => ({ cls: j, p, name: optionLabel(k, j) }))} />
          </div>
        ))}
      </div>
      <p className="hint">{t.recent}</p>
      <div className="nas-recent">
        {(['controller', 'random'] as const).map((m) => (
          <div key={m}>
            <h4>{m === 'controller' ? t.controller : t.random}</h4>
            {recent(m).map((s) => (
              <ArchSketch key={`${m}-${s.index}`} arch={s.arch} reward={s.reward} method={m}
                alt={fill(t.archAlt, { d: describe(s.arch), acc: pct(s.reward) })} />
            ))}
          </div>
        ))}
      </div>
      {samples.length && !full.length && !result ? <p className="hint" role="status">{fill(t.running, { i: samples.length, n: 2 * inputs.current.samples })}</p> : null}
      {full.length && !result ? <p className="hint" role="status">{t.fullRunning}</p> : null}
      {full.length ? (
        <TableWrap label={fill(t.fullTitle, { n: base.testDigits })}>
          <table>
            <caption>{fill(t.fullTitle, { n: base.testDigits })}</caption>
            <thead><tr>{t.fullHead.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
            <tbody>
              {full.map((r, i) => (
                <tr key={i}><td>{t.roles[r.role]}</td><td>{describe(r.arch)}</td><td>{pct(r.proxy)}%</td><td>{pct(r.full)}%</td></tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      <p className="hint">{result ? fill(t.verdict, {
        first: pct(result.rewardFirst), last: pct(result.rewardLast), bc: pct(result.bestController.full), br: pct(result.bestRandom.full),
        winner: t.winners[winner], rho: result.rankCorr.toFixed(2), n: result.full.length,
      }) : samples.length ? null : t.notRun}</p>
    </div>
  );
}

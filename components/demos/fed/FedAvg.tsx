'use client';
/**
 * FedAvg vs FedSGD vs centralised training on IID MNIST (McMahan et al. 2017): K clients, a
 * fraction C of them per round, E local epochs of batch B; accuracy vs communication round for
 * each, the rounds each federated method needs to reach the target, and their ratio.
 * Full run: K = 100, C = 0.1, E = 5, B = 10; 30 FedAvg, 150 FedSGD and 10 centralised rounds;
 * target 92%. `?quick=1` (browser tests): K = 10, E = 1, 3 / 5 / 2 rounds on 1,000 digits,
 * target 50%.
 */
import { useEffect, useRef, useState } from 'react';
import { Choice } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { FEDAVG_DEFAULTS, FEDAVG_QUICK, runFedavgDemo, type FedavgDemoOptions, type FedavgDemoResult } from '@/demos/fed/demos';
import { FedChart, pct, roundsText, StatusLine, testCounts, useFedData, useLiveCurves } from './common';
import { FEDAVG_PARAMS } from './params';
import { STRINGS } from './strings';
import './fed.css';

const finite = (v: number) => (Number.isFinite(v) ? String(v) : '∞');

export default function FedAvg({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].fed;
  const { data } = useFedData(api);
  const params = useDemoParams(api, FEDAVG_PARAMS);
  const { K, C, E, B } = params.values;
  const [result, setResult] = useState<FedavgDemoResult | null>(null);
  const live = useLiveCurves(api);
  // the run is registered once: it reads the controls' latest values from here
  const inputs = useRef(params.values);
  inputs.current = params.values;

  useEffect(() => {
    api.register({ run: (s) => run(s), reset: () => { setResult(null); live.start(); params.reset(); } });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function options(): FedavgDemoOptions {
    const { K, C, E, B } = inputs.current;
    const base = { ...FEDAVG_DEFAULTS, ...(api.quick ? FEDAVG_QUICK : {}), seed: api.seed };
    return { ...base, clients: K, fraction: C, epochs: E, batchSize: B };
  }

  async function run(signal: AbortSignal) {
    if (!data.current) return;
    const o = options();
    live.start();
    setResult(null);
    const show = (r: FedavgDemoResult) => {
      setResult(r);
      const fedavg = r.series.find((s) => s.key === 'fedavg');
      api.setMetrics({
        ...(r.roundsToTarget.fedavg != null ? { 'rounds-fedavg': r.roundsToTarget.fedavg } : {}),
        ...(r.roundsToTarget.fedsgd != null ? { 'rounds-fedsgd': r.roundsToTarget.fedsgd } : {}),
        ...(r.speedup != null ? { 'rounds-ratio': +r.speedup.toFixed(3) } : {}),
        accuracy: +(fedavg?.result.finalAccuracy ?? 0).toFixed(4),
        target: r.target, clients: o.clients,
        'ms-per-round-fedavg': Math.round(fedavg?.result.msPerRound ?? 0),
        ...live.headline(),
      });
    };
    // the headline: every method's rounds to the target (they pause there); the rest refines the curves
    try {
      show(await runFedavgDemo(data.current, o, { signal, onProgress: live.onProgress, onHeadline: show }));
    } finally {
      live.finish();
    }
  }

  const o = options();
  const names = { fedavg: t.fedavg, fedsgd: t.fedsgd, central: t.central };
  const xMax = Math.max(o.rounds.fedavg, o.rounds.fedsgd, o.rounds.central);

  return (
    <div className="fed-demo">
      <div className="demo-controls">
        <Choice label={t.K} control="K" value={K} choices={FEDAVG_PARAMS.K.choices} onChange={(v) => params.set('K', v)} />
        <Choice label={t.C} control="C" value={C} choices={FEDAVG_PARAMS.C.choices} onChange={(v) => params.set('C', v)} />
        <Choice label={t.E} control="E" value={E} choices={FEDAVG_PARAMS.E.choices} onChange={(v) => params.set('E', v)} />
        <Choice label={t.B} control="B" value={B} choices={FEDAVG_PARAMS.B.choices} format={finite} onChange={(v) => params.set('B', v)} />
      </div>
      <p className="hint">{fill(t.fedavgSetup, { m: Math.max(1, Math.round(C * K)), K, target: pct(o.target) })}</p>
      <FedChart curves={live.curves} names={names} xMax={xMax} target={o.target} xLabel={t.round} yLabel={t.accuracy} title={t.fedavgChart} />
      <StatusLine status={live.status} names={names} lang={api.lang} upTo />
      {result ? (
        <table className="fed-table">
          <caption>{fill(t.roundsTo, { target: pct(result.target) })}</caption>
          <thead><tr><th scope="col">{t.method}</th><th scope="col">{t.roundsCol}</th><th scope="col">{t.finalCol}</th><th scope="col">{t.msCol}</th></tr></thead>
          <tbody>
            {result.series.map((s) => (
              <tr key={s.key}>
                <th scope="row">{names[s.key as keyof typeof names]}</th>
                <td>{roundsText(result.roundsToTarget[s.key])}</td>
                <td>{pct(s.result.finalAccuracy)}</td>
                <td>{Math.round(s.result.msPerRound)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {result ? (
        <p className="verdict">{result.speedup != null ? fill(t.speedup, { ratio: result.speedup.toFixed(1), a: roundsText(result.roundsToTarget.fedavg), b: roundsText(result.roundsToTarget.fedsgd) }) : t.noSpeedup}</p>
      ) : null}
      <p className="hint">{t.fedavgMethod}</p>
      <p className="hint">{fill(t.evalNoteTarget, testCounts(api.quick))}</p>
    </div>
  );
}

'use client';
/**
 * DP-FedAvg (McMahan et al. 2018): each client's update clipped to norm S, Gaussian noise of
 * standard deviation σS added to their sum; accuracy as the noise multiplier σ grows, with an
 * approximate ε. Full run: 1,000 clients of 8 digits, 100 per round, 50 rounds, σ ∈ {0, 0.5,
 * 1, 2, 4}. `?quick=1`: 20 clients per round, σ ∈ {0, 1}, 3 rounds on 1,000 digits.
 */
import { useEffect, useRef, useState } from 'react';
import { Choice } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { DP_DEFAULTS, DP_QUICK, runDpDemo, type DpDemoOptions, type DpDemoResult } from '@/demos/fed/challenges';
import { FedChart, pct, QUICK_DIGITS, roundsSoFar, StatusLine, testCounts, useFedData, useLiveCurves } from './common';
import { DP_PARAMS } from './params';
import { STRINGS } from './strings';
import './fed.css';

type Result = DpDemoResult;

export default function DpNoise({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].fed;
  const { data } = useFedData(api);
  const params = useDemoParams(api, DP_PARAMS);
  const clip = params.values.S;
  const [result, setResult] = useState<Result | null>(null);
  const live = useLiveCurves(api);
  // the run is registered once: it reads S's latest value from here
  const inputs = useRef({ clip });
  inputs.current = { clip };

  function options(): DpDemoOptions {
    return { ...DP_DEFAULTS, ...(api.quick ? DP_QUICK : {}), clip: inputs.current.clip, seed: api.seed };
  }

  useEffect(() => {
    api.register({ run: (s) => run(s), reset: () => { setResult(null); live.start(); params.reset(); } });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function run(signal: AbortSignal) {
    if (!data.current) return;
    const o = options();
    live.start();
    setResult(null);
    const show = (r: Result) => {
      setResult(r);
      const last = r.sigmas.length - 1;
      api.setMetrics({
        accuracy: +r.lateAccuracy[last].toFixed(4),
        'accuracy-no-noise': +r.lateAccuracy[0].toFixed(4),
        'sigma-max': r.sigmas[last],
        clip: o.clip,
        ...live.headline(),
      });
    };
    // the headline after o.headlineRounds at every σ; the rest refines it to o.rounds
    try {
      show(await runDpDemo(data.current, o, { signal, onProgress: live.onProgress, onHeadline: show }));
    } finally {
      live.finish();
    }
  }

  const o = options();
  const names = Object.fromEntries(o.sigmas.map((s) => [`sigma-${s}`, `σ = ${s}`]));
  return (
    <div className="fed-demo">
      <div className="demo-controls">
        <Choice label={t.clip} control="S" value={clip} choices={DP_PARAMS.S.choices} onChange={(v) => params.set('S', v)} />
      </div>
      <p className="hint">{fill(t.dpSetup, { K: o.clients, m: Math.max(1, Math.round(o.fraction * o.clients)), n: Math.floor((api.quick ? QUICK_DIGITS.train : 8000) / o.clients), rounds: o.rounds })}</p>
      <FedChart curves={live.curves} names={names} xMax={o.rounds} xLabel={t.round} yLabel={t.accuracy} title={t.dpChart} />
      <StatusLine status={live.status} names={names} lang={api.lang} />
      {result ? (
        <table className="fed-table">
          <caption>{fill(t.dpCaption, { S: o.clip, delta: o.delta })}{roundsSoFar(t, result.series)}</caption>
          <thead><tr><th scope="col">σ</th><th scope="col">{t.lateCol}</th><th scope="col">{t.epsCol}</th><th scope="col">{t.normCol}</th></tr></thead>
          <tbody>
            {result.sigmas.map((s, i) => (
              <tr key={s}>
                <th scope="row">{s}</th>
                <td>{pct(result.lateAccuracy[i])}</td>
                <td>{Number.isFinite(result.epsilon[i]) ? `≈ ${result.epsilon[i].toFixed(1)}` : '∞'}</td>
                <td>{Number.isFinite(result.medianNorm[i]) ? result.medianNorm[i].toFixed(2) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="hint">{t.dpProtects}</p>
      <p className="hint">{t.dpMethod}</p>
      <p className="hint">{fill(t.evalNote, testCounts(api.quick, Math.min(o.rounds, o.headlineRounds)))}</p>
    </div>
  );
}

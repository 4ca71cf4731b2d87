'use client';
/**
 * DP-FedAvg (McMahan et al. 2018): each client's update clipped to norm S, Gaussian noise of
 * standard deviation σS added to their sum; accuracy as the noise multiplier σ grows, with an
 * approximate ε. Full run: 1,000 clients of 8 digits, 100 per round, 50 rounds, σ ∈ {0, 0.5,
 * 1, 2, 4}. `?quick=1`: 20 clients per round, σ ∈ {0, 1}, 3 rounds on 1,000 digits.
 */
import { useEffect, useRef, useState } from 'react';
import type { DemoApi } from '@/components/demo/types';
import { fill } from '@/content/fill';
import { DP_DEFAULTS, DP_QUICK, dpSpecs, runDpDemo, type DpDemoOptions } from '@/demos/fed/demos';
import { readNumber, writeHashParams } from '@/demos/runtime/params';
import { FedChart, pct, useFedData, useLiveCurves } from './common';
import { STRINGS } from './strings';

const CLIPS = [0.25, 0.5, 1, 2, 4];
type Result = Awaited<ReturnType<typeof runDpDemo>>;

export default function DpNoise({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].fed;
  const { data } = useFedData(api);
  const [clip, setClip] = useState(() => {
    const v = readNumber(api.hash.get('S'), 'S', DP_DEFAULTS.clip, 0.25, 4).value;
    return CLIPS.reduce((a, b) => (Math.abs(Math.log(b / v)) < Math.abs(Math.log(a / v)) ? b : a));
  });
  const [result, setResult] = useState<Result | null>(null);
  const live = useLiveCurves(api);
  const inputs = useRef({ clip });
  inputs.current = { clip };

  function options(): DpDemoOptions {
    return { ...DP_DEFAULTS, ...(api.quick ? DP_QUICK : {}), clip: inputs.current.clip, seed: api.seed };
  }

  useEffect(() => {
    const r = readNumber(api.hash.get('S'), 'S', DP_DEFAULTS.clip, 0.25, 4);
    if (r.notice) api.notify(r.notice);
    api.register({ run: (s) => run(s), reset: () => { setResult(null); live.start(); } });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => { history.replaceState(null, '', writeHashParams(location.hash, 'dp-noise', { S: clip })); }, [clip]);

  async function run(signal: AbortSignal) {
    if (!data.current) return;
    const o = options();
    live.start();
    setResult(null);
    const r = await runDpDemo(data.current, o, { signal, onProgress: live.onProgress(dpSpecs(o)) });
    setResult(r);
    const last = r.sigmas.length - 1;
    api.setMetrics({
      accuracy: +r.lateAccuracy[last].toFixed(4),
      'accuracy-no-noise': +r.lateAccuracy[0].toFixed(4),
      'sigma-max': r.sigmas[last],
      clip: o.clip,
    });
  }

  const o = options();
  const names = Object.fromEntries(o.sigmas.map((s) => [`sigma-${s}`, `σ = ${s}`]));
  return (
    <div className="fed-demo">
      <div className="demo-controls">
        <label>
          {t.clip}{' '}
          <select value={clip} data-control="S" onChange={(e) => setClip(Number(e.target.value))}>
            {CLIPS.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
      </div>
      <p className="hint">{fill(t.dpSetup, { K: o.clients, m: Math.max(1, Math.round(o.fraction * o.clients)), n: Math.floor((api.quick ? 1000 : 8000) / o.clients), rounds: o.rounds })}</p>
      <FedChart curves={live.curves} names={names} xMax={o.rounds} xLabel={t.round} yLabel={t.accuracy} title={t.dpChart} />
      {result ? (
        <table className="fed-table">
          <caption>{fill(t.dpCaption, { S: o.clip, delta: o.delta })}</caption>
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
    </div>
  );
}

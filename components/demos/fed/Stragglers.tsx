'use client';
/**
 * System heterogeneity: each sampled client fails to finish its local work with probability p.
 * The server drops the stragglers, accepts their partial work, or accepts it and has everyone
 * train with FedProx's proximal term μ; the non-IID shards split, where Li et al. see FedProx
 * help. Full run: K = 100, C = 0.1, E = 5, B = 10, 40 rounds. `?quick=1`: K = 10, C = 0.3,
 * E = 1, 3 rounds on 1,000 digits.
 */
import { useEffect, useRef, useState } from 'react';
import type { DemoApi } from '@/components/demo/types';
import { fill } from '@/content/fill';
import { runStragglerDemo, STRAGGLER_DEFAULTS, STRAGGLER_QUICK, stragglerSpecs, type StragglerDemoOptions } from '@/demos/fed/demos';
import { readNumber, writeHashParams } from '@/demos/runtime/params';
import { FedChart, pct, useFedData, useLiveCurves } from './common';
import { STRINGS } from './strings';

const MUS = [0.01, 0.1, 1];
type Result = Awaited<ReturnType<typeof runStragglerDemo>>;

export default function Stragglers({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].fed;
  const { data } = useFedData(api);
  const [p, setP] = useState(() => readNumber(api.hash.get('p'), 'p', STRAGGLER_DEFAULTS.stragglerProb, 0, 0.95).value);
  const [mu, setMu] = useState(() => {
    const v = readNumber(api.hash.get('mu'), 'μ', STRAGGLER_DEFAULTS.mu, 0.01, 1).value;
    return MUS.reduce((a, b) => (Math.abs(Math.log(b / v)) < Math.abs(Math.log(a / v)) ? b : a));
  });
  const [result, setResult] = useState<Result | null>(null);
  const live = useLiveCurves(api);
  const inputs = useRef({ p, mu });
  inputs.current = { p, mu };

  function options(): StragglerDemoOptions {
    return { ...STRAGGLER_DEFAULTS, ...(api.quick ? STRAGGLER_QUICK : {}), stragglerProb: inputs.current.p, mu: inputs.current.mu, seed: api.seed };
  }

  useEffect(() => {
    for (const [k, n, d, lo, hi] of [['p', 'p', STRAGGLER_DEFAULTS.stragglerProb, 0, 0.95], ['mu', 'μ', STRAGGLER_DEFAULTS.mu, 0.01, 1]] as const) {
      const r = readNumber(api.hash.get(k), n, d, lo, hi);
      if (r.notice) api.notify(r.notice);
    }
    api.register({ run: (s) => run(s), reset: () => { setResult(null); live.start(); } });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // p is the knob an instructor turns from the presenter window
  useEffect(() => {
    api.exposeParam({ name: 'p', label: 'p', min: 0, max: 0.95, step: 0.05, value: p, set: (v) => setP(Math.min(Math.max(v, 0), 0.95)) });
    history.replaceState(null, '', writeHashParams(location.hash, 'stragglers', { p, mu }));
  }, [api, p, mu]);
  useEffect(() => () => api.exposeParam(null), [api]);

  async function run(signal: AbortSignal) {
    if (!data.current) return;
    const o = options();
    live.start();
    setResult(null);
    const r = await runStragglerDemo(data.current, o, { signal, onProgress: live.onProgress(stragglerSpecs(o)) });
    setResult(r);
    api.setMetrics({
      accuracy: +r.lateAccuracy.fedprox.toFixed(4),
      'accuracy-none': +r.lateAccuracy.none.toFixed(4),
      'accuracy-drop': +r.lateAccuracy.drop.toFixed(4),
      'accuracy-partial': +r.lateAccuracy.partial.toFixed(4),
      'accuracy-fedprox': +r.lateAccuracy.fedprox.toFixed(4),
      p: o.stragglerProb, mu: o.mu,
    });
  }

  const o = options();
  const names = { none: t.policies.none, drop: t.policies.drop, partial: t.policies.partial, fedprox: fill(t.policies.fedprox, { mu }) };
  return (
    <div className="fed-demo">
      <div className="demo-controls">
        <label className="slider">
          <span>{fill(t.stragglerP, { p: p.toFixed(2) })}</span>
          <input type="range" min={0} max={0.95} step={0.05} value={p} data-control="p" onChange={(e) => setP(Number(e.target.value))} aria-valuetext={p.toFixed(2)} />
        </label>
        <label>
          {t.mu}{' '}
          <select value={mu} data-control="mu" onChange={(e) => setMu(Number(e.target.value))}>
            {MUS.map((m) => <option key={m} value={m}>{m}</option>)}
          </select>
        </label>
      </div>
      <FedChart curves={live.curves} names={names} xMax={o.rounds} xLabel={t.round} yLabel={t.accuracy} title={t.stragglerChart} />
      {result ? (
        <table className="fed-table">
          <caption>{t.lateCaption}</caption>
          <thead><tr><th scope="col">{t.policy}</th><th scope="col">{t.lateCol}</th><th scope="col">{t.finalCol}</th></tr></thead>
          <tbody>
            {result.series.map((s) => (
              <tr key={s.key}>
                <th scope="row">{names[s.key as keyof typeof names]}</th>
                <td>{pct(result.lateAccuracy[s.key])}</td>
                <td>{pct(result.finalAccuracy[s.key])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="hint">{t.stragglerMethod}</p>
    </div>
  );
}

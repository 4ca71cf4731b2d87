'use client';
/**
 * System heterogeneity: each sampled client fails to finish its local work with probability p.
 * The server drops the stragglers, accepts their partial work, or accepts it and has everyone
 * train with FedProx's proximal term μ; the non-IID shards split, where Li et al. see FedProx
 * help. Full run: K = 100, C = 0.1, E = 5, B = 10, 40 rounds. `?quick=1`: K = 10, C = 0.3,
 * E = 1, 3 rounds on 1,000 digits.
 */
import { useEffect, useRef, useState } from 'react';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { runStragglerDemo, STRAGGLER_DEFAULTS, STRAGGLER_QUICK, type StragglerDemoOptions, type StragglerDemoResult } from '@/demos/fed/challenges';
import { FedChart, pct, roundsSoFar, StatusLine, testCounts, useFedData, useLiveCurves } from './common';
import { STRAGGLER_PARAMS } from './params';
import { STRINGS } from './strings';
import './fed.css';

type Result = StragglerDemoResult;

export default function Stragglers({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].fed;
  const { data } = useFedData(api);
  // p is the knob an instructor turns from the presenter window (the schema's main parameter)
  const params = useDemoParams(api, STRAGGLER_PARAMS);
  const { p, mu } = params.values;
  const [result, setResult] = useState<Result | null>(null);
  const live = useLiveCurves(api);
  // the run is registered once: it reads the controls' latest values from here
  const inputs = useRef({ p, mu });
  inputs.current = { p, mu };

  function options(): StragglerDemoOptions {
    return { ...STRAGGLER_DEFAULTS, ...(api.quick ? STRAGGLER_QUICK : {}), stragglerProb: inputs.current.p, mu: inputs.current.mu, seed: api.seed };
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
      api.setMetrics({
        accuracy: +r.lateAccuracy.fedprox.toFixed(4),
        'accuracy-none': +r.lateAccuracy.none.toFixed(4),
        'accuracy-drop': +r.lateAccuracy.drop.toFixed(4),
        'accuracy-partial': +r.lateAccuracy.partial.toFixed(4),
        'accuracy-fedprox': +r.lateAccuracy.fedprox.toFixed(4),
        p: o.stragglerProb, mu: o.mu,
        ...live.headline(),
      });
    };
    // the headline after o.headlineRounds of each policy; the rest refines it to o.rounds
    try {
      show(await runStragglerDemo(data.current, o, { signal, onProgress: live.onProgress, onHeadline: show }));
    } finally {
      live.finish();
    }
  }

  const o = options();
  const names = { none: t.policies.none, drop: t.policies.drop, partial: t.policies.partial, fedprox: fill(t.policies.fedprox, { mu }) };
  return (
    <div className="fed-demo">
      <div className="demo-controls">
        <Slider label={fill(t.stragglerP, { p: p.toFixed(2) })} control="p" value={p} valueText={p.toFixed(2)}
          min={STRAGGLER_PARAMS.p.min} max={STRAGGLER_PARAMS.p.max} step={STRAGGLER_PARAMS.p.step} onChange={(v) => params.set('p', v)} />
        <Choice label={t.mu} control="mu" value={mu} choices={STRAGGLER_PARAMS.mu.choices} onChange={(v) => params.set('mu', v)} />
      </div>
      <FedChart curves={live.curves} names={names} xMax={o.rounds} xLabel={t.round} yLabel={t.accuracy} title={t.stragglerChart} />
      <StatusLine status={live.status} names={names} lang={api.lang} />
      {result ? (
        <table className="fed-table">
          <caption>{t.lateCaption}{roundsSoFar(t, result.series)}</caption>
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
      <p className="hint">{fill(t.evalNote, testCounts(api.quick, Math.min(o.rounds, o.headlineRounds)))}</p>
    </div>
  );
}

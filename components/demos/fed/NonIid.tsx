'use client';
/**
 * Statistical heterogeneity: the same FedAvg on an IID split, a Dirichlet(α) split and
 * McMahan's "two classes per client" shards, with each split's per-client digit histograms.
 * Full run: K = 100, C = 0.1, E = 5, B = 10, 40 rounds, target 90%. `?quick=1`: K = 10, E = 1,
 * 3 rounds on 1,000 digits, target 50%.
 */
import { useEffect, useRef, useState } from 'react';
import { Choice } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { NONIID_DEFAULTS, NONIID_QUICK, nonIidSpecs, runNonIidDemo, splitHistograms, type NonIidDemoOptions, type NonIidDemoResult } from '@/demos/fed/demos';
import { FedChart, pct, roundsSoFar, roundsText, StatusLine, testCounts, useFedData, useLiveCurves } from './common';
import { NONIID_PARAMS } from './params';
import { STRINGS } from './strings';
import './fed.css';

const SHOWN_CLIENTS = 10;

export default function NonIid({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].fed;
  const { data, loaded } = useFedData(api);
  const params = useDemoParams(api, NONIID_PARAMS);
  const { alpha } = params.values;
  const [hists, setHists] = useState<Record<string, number[][]> | null>(null);
  const [result, setResult] = useState<NonIidDemoResult | null>(null);
  const live = useLiveCurves(api);
  // the run is registered once: it reads α's latest value from here
  const inputs = useRef({ alpha });
  inputs.current = { alpha };

  function options(): NonIidDemoOptions {
    return { ...NONIID_DEFAULTS, ...(api.quick ? NONIID_QUICK : {}), alpha: inputs.current.alpha, seed: api.seed };
  }

  useEffect(() => {
    api.register({ run: (s) => run(s), reset: () => { setResult(null); live.start(); params.reset(); } });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // the histograms need no training: redraw them whenever α changes (once the labels are here)
  useEffect(() => {
    if (!loaded || !data.current) return;
    const o = options();
    setHists(Object.fromEntries(nonIidSpecs(o).map((s) => [s.key, splitHistograms(data.current!.trainLabels, s.partition).slice(0, SHOWN_CLIENTS)])));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [alpha, loaded]);

  async function run(signal: AbortSignal) {
    if (!data.current) return;
    const o = options();
    live.start();
    setResult(null);
    const show = (r: NonIidDemoResult) => {
      setResult(r);
      api.setMetrics({
        accuracy: +r.finalAccuracy.dirichlet.toFixed(4),
        'accuracy-iid': +r.finalAccuracy.iid.toFixed(4),
        'accuracy-dirichlet': +r.finalAccuracy.dirichlet.toFixed(4),
        'accuracy-shards': +r.finalAccuracy.shards.toFixed(4),
        ...(r.roundsToTarget.iid != null ? { 'rounds-iid': r.roundsToTarget.iid } : {}),
        alpha: o.alpha,
        ...live.headline(),
      });
    };
    // the headline after o.headlineRounds of each split; the rest refines it to o.rounds
    try {
      show(await runNonIidDemo(data.current, o, { signal, onProgress: live.onProgress, onHeadline: show }));
    } finally {
      live.finish();
    }
  }

  const o = options();
  const names = { iid: t.iid, dirichlet: fill(t.dirichlet, { alpha }), shards: t.shards };
  return (
    <div className="fed-demo">
      <div className="demo-controls">
        <Choice label={t.alpha} control="alpha" value={alpha} choices={NONIID_PARAMS.alpha.choices} onChange={(v) => params.set('alpha', v)} />
      </div>
      {hists ? (
        <div className="fed-hists">
          {Object.entries(hists).map(([key, rows]) => (
            <figure key={key} className="fed-hist-row">
              <figcaption>{fill(t.histCaption, { split: names[key as keyof typeof names], n: rows.length })}</figcaption>
              <div className="fed-hist-clients">
                {rows.map((h, k) => <Histogram key={k} counts={h} label={fill(t.clientHist, { k: k + 1, split: names[key as keyof typeof names] })} />)}
              </div>
            </figure>
          ))}
        </div>
      ) : null}
      <FedChart curves={live.curves} names={names} xMax={o.rounds} target={o.target} xLabel={t.round} yLabel={t.accuracy} title={t.nonIidChart} />
      <StatusLine status={live.status} names={names} lang={api.lang} />
      {result ? (
        <table className="fed-table">
          <caption>{fill(t.roundsTo, { target: pct(o.target) })}{roundsSoFar(t, result.series)}</caption>
          <thead><tr><th scope="col">{t.split}</th><th scope="col">{t.roundsCol}</th><th scope="col">{t.slowdownCol}</th><th scope="col">{t.finalCol}</th></tr></thead>
          <tbody>
            {result.series.map((s) => (
              <tr key={s.key}>
                <th scope="row">{names[s.key as keyof typeof names]}</th>
                <td>{roundsText(result.roundsToTarget[s.key])}</td>
                <td>{result.slowdown[s.key] != null ? `×${result.slowdown[s.key]!.toFixed(1)}` : '—'}</td>
                <td>{pct(result.finalAccuracy[s.key])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="hint">{t.nonIidMethod}</p>
      <p className="hint">{fill(t.evalNote, testCounts(api.quick, Math.min(o.rounds, o.headlineRounds)))}</p>
    </div>
  );
}

/** One client's digit counts as ten bars (digit 0 on the left). */
function Histogram({ counts, label }: { counts: number[]; label: string }) {
  const max = Math.max(1, ...counts);
  return (
    <svg className="fed-hist" viewBox="0 0 50 30" role="img" aria-label={`${label}: ${counts.join(', ')}`}>
      {counts.map((c, d) => <rect key={d} x={d * 5 + 0.5} y={28 - (26 * c) / max} width={4} height={(26 * c) / max} className={`digit-${d}`} />)}
      <line x1={0} x2={50} y1={28.5} y2={28.5} />
    </svg>
  );
}

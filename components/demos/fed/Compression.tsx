'use client';
/**
 * Expensive communication: FedAvg with each client's update sent dense (float32), quantised to
 * 8 bits, or sparsified to its top-k entries (with error feedback, and without); accuracy
 * against the total bytes sent up. Full run: K = 100, C = 0.1, E = 5, B = 10, 30 rounds,
 * target 92%. `?quick=1`: K = 10, C = 0.2, E = 1, 3 rounds on 1,000 digits, target 50%.
 */
import { useEffect, useState } from 'react';
import type { DemoApi } from '@/components/demo/types';
import { fill } from '@/content/fill';
import { COMPRESSION_DEFAULTS, COMPRESSION_QUICK, COMPRESSION_SCHEMES, runCompressionDemo, type CompressionDemoResult } from '@/demos/fed/challenges';
import { FedChart, pct, roundsSoFar, roundsText, StatusLine, testCounts, useFedData, useLiveCurves } from './common';
import { STRINGS } from './strings';
import './fed.css';

const mb = (b: number) => (b / 1e6).toFixed(b < 1e6 ? 3 : 1);

export default function Compression({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].fed;
  const { data } = useFedData(api);
  const [result, setResult] = useState<CompressionDemoResult | null>(null);
  const live = useLiveCurves(api, 'mb');
  const o = { ...COMPRESSION_DEFAULTS, ...(api.quick ? COMPRESSION_QUICK : {}), seed: api.seed };

  useEffect(() => {
    api.register({ run: (s) => run(s), reset: () => { setResult(null); live.start(); } });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function run(signal: AbortSignal) {
    if (!data.current) return;
    live.start();
    setResult(null);
    const show = (r: CompressionDemoResult) => {
      setResult(r);
      api.setMetrics({
        accuracy: +r.finalAccuracy['topk-1'].toFixed(4),
        'accuracy-dense': +r.finalAccuracy.dense.toFixed(4),
        'accuracy-int8': +r.finalAccuracy.int8.toFixed(4),
        'bytes-dense': Math.round(r.bytesPerClient.dense),
        'bytes-int8': Math.round(r.bytesPerClient.int8),
        'bytes-topk-1': Math.round(r.bytesPerClient['topk-1']),
        ...live.headline(),
      });
    };
    // the headline after o.headlineRounds of each scheme; the rest refines it to o.rounds
    try {
      show(await runCompressionDemo(data.current, o, { signal, onProgress: live.onProgress, onHeadline: show }));
    } finally {
      live.finish();
    }
  }

  const names: Record<string, string> = Object.fromEntries(COMPRESSION_SCHEMES.map((s) => [s.key, t.schemes[s.key] ?? s.key]));
  const xMax = result
    ? Math.max(...result.series.map((s) => s.result.curve[s.result.curve.length - 1].bytesUp / 1e6))
    : Math.max(1e-3, ...live.curves.flatMap((c) => c.points.map((p) => p.x)));
  return (
    <div className="fed-demo">
      <p className="hint">{fill(t.compressionSetup, { m: Math.max(1, Math.round(o.fraction * o.clients)), K: o.clients, rounds: o.rounds })}</p>
      <FedChart curves={live.curves} names={names} xMax={xMax} target={o.target} xLabel={t.mbUp} yLabel={t.accuracy} title={t.compressionChart} />
      <StatusLine status={live.status} names={names} lang={api.lang} />
      {result ? (
        <table className="fed-table">
          <caption>{fill(t.bytesTo, { target: pct(o.target) })}{roundsSoFar(t, result.series)}</caption>
          <thead><tr><th scope="col">{t.scheme}</th><th scope="col">{t.bytesClientCol}</th><th scope="col">{t.roundsCol}</th><th scope="col">{t.mbToCol}</th><th scope="col">{t.finalCol}</th></tr></thead>
          <tbody>
            {result.series.map((s) => (
              <tr key={s.key}>
                <th scope="row">{names[s.key]}</th>
                <td>{Math.round(result.bytesPerClient[s.key]).toLocaleString('en-US')}</td>
                <td>{roundsText(result.roundsToTarget[s.key])}</td>
                <td>{result.bytesToTarget[s.key] != null ? mb(result.bytesToTarget[s.key]!) : '—'}</td>
                <td>{pct(result.finalAccuracy[s.key])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="hint">{t.compressionMethod}</p>
      <p className="hint">{fill(t.evalNote, testCounts(api.quick, Math.min(o.rounds, o.headlineRounds)))}</p>
    </div>
  );
}

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
import type { DemoApi } from '@/components/demo/types';
import { fill } from '@/content/fill';
import { FEDAVG_DEFAULTS, FEDAVG_QUICK, fedavgSpecs, runFedavgDemo, type FedavgDemoOptions, type FedavgDemoResult } from '@/demos/fed/demos';
import { readNumber, writeHashParams } from '@/demos/runtime/params';
import { FedChart, pct, roundsText, useFedData, useLiveCurves } from './common';
import { STRINGS } from './strings';

const KS = [10, 50, 100];
const CS = [0.05, 0.1, 0.2, 0.5, 1];
const ES = [1, 5, 10];
const BS = [10, 50, Infinity];
/** the nearest allowed value, with a notice when the link asked for something else */
const snap = (v: number, allowed: number[]) => allowed.reduce((a, b) => (Math.abs(b - v) < Math.abs(a - v) ? b : a));

export default function FedAvg({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].fed;
  const { data } = useFedData(api);
  const read = (key: string, name: string, dflt: number, allowed: number[]) => {
    if (key === 'B' && api.hash.get('B') === 'inf') return { value: Infinity, notice: undefined };
    const r = readNumber(api.hash.get(key), name, dflt, Math.min(...allowed.filter(Number.isFinite)), Math.max(...allowed));
    return { value: snap(r.value, allowed), notice: r.notice };
  };
  const [K, setK] = useState(() => read('K', 'K', api.quick ? 10 : 100, KS).value);
  const [C, setC] = useState(() => read('C', 'C', 0.1, CS).value);
  const [E, setE] = useState(() => read('E', 'E', api.quick ? 1 : 5, ES).value);
  const [B, setB] = useState(() => read('B', 'B', 10, BS).value);
  const [result, setResult] = useState<FedavgDemoResult | null>(null);
  const live = useLiveCurves(api);
  const inputs = useRef({ K, C, E, B });
  inputs.current = { K, C, E, B };

  useEffect(() => {
    for (const [k, n, d, a] of [['K', 'K', 100, KS], ['C', 'C', 0.1, CS], ['E', 'E', 5, ES], ['B', 'B', 10, BS]] as const) {
      const r = read(k, n, d, a as number[]);
      if (r.notice) api.notify(r.notice);
    }
    api.register({ run: (s) => run(s), reset: () => { setResult(null); live.start(); } });
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
    const r = await runFedavgDemo(data.current, o, { signal, onProgress: live.onProgress(fedavgSpecs(o)) });
    setResult(r);
    const fedavg = r.series.find((s) => s.key === 'fedavg');
    api.setMetrics({
      ...(r.roundsToTarget.fedavg != null ? { 'rounds-fedavg': r.roundsToTarget.fedavg } : {}),
      ...(r.roundsToTarget.fedsgd != null ? { 'rounds-fedsgd': r.roundsToTarget.fedsgd } : {}),
      ...(r.speedup != null ? { 'rounds-ratio': +r.speedup.toFixed(3) } : {}),
      accuracy: +(fedavg?.result.finalAccuracy ?? 0).toFixed(4),
      target: r.target, clients: o.clients,
      'ms-per-round-fedavg': Math.round(fedavg?.result.msPerRound ?? 0),
    });
  }

  useEffect(() => {
    history.replaceState(null, '', writeHashParams(location.hash, 'fedavg', { K, C, E, B: Number.isFinite(B) ? B : 'inf' }));
  }, [K, C, E, B]);

  const o = options();
  const names = { fedavg: t.fedavg, fedsgd: t.fedsgd, central: t.central };
  const xMax = Math.max(o.rounds.fedavg, o.rounds.fedsgd, o.rounds.central);
  const select = (label: string, key: string, value: number, all: number[], set: (v: number) => void, fmt = (v: number) => String(v)) => (
    <label>
      {label}{' '}
      <select value={Number.isFinite(value) ? value : 'inf'} data-control={key} onChange={(e) => set(e.target.value === 'inf' ? Infinity : Number(e.target.value))}>
        {all.map((v) => <option key={v} value={Number.isFinite(v) ? v : 'inf'}>{Number.isFinite(v) ? fmt(v) : '∞'}</option>)}
      </select>
    </label>
  );

  return (
    <div className="fed-demo">
      <div className="demo-controls">
        {select(t.K, 'K', K, KS, setK)}
        {select(t.C, 'C', C, CS, setC)}
        {select(t.E, 'E', E, ES, setE)}
        {select(t.B, 'B', B, BS, setB)}
      </div>
      <p className="hint">{fill(t.fedavgSetup, { m: Math.max(1, Math.round(C * K)), K, target: pct(o.target) })}</p>
      <FedChart curves={live.curves} names={names} xMax={xMax} target={o.target} xLabel={t.round} yLabel={t.accuracy} title={t.fedavgChart} />
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
      <p className="hint">{t.paperFedavg}</p>
      <p className="hint">{t.fedavgMethod}</p>
    </div>
  );
}

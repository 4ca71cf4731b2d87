'use client';
/**
 * What the five federated-learning views share: MNIST uploaded once per view (8,000 training
 * digits split among the simulated clients, 2,000 held out; `?quick=1`: 1,000 and 500), live
 * accuracy curves that grow side by side while a demo's series run interleaved round by round,
 * the progress bar over all of them, and a status line with the time left. The maths is in
 * demos/fed/.
 */
import { useEffect, useRef, useState } from 'react';
import type { DemoApi } from '@/components/demo/types';
import { LineChart } from '@/components/charts/LineChart';
import { mnistFromSite } from '@/demos/data/fetch';
import type { DemoProgress, Series } from '@/demos/fed/series';
import { EVAL_SUBSET, uploadFedData, type FedData } from '@/demos/fed/fedavg';
import { fill } from '@/content/fill';
import { STRINGS } from './strings';
import './fed.css';

export const QUICK_DIGITS = { train: 1000, test: 500 };
/** the site's held-out digits (all of them by default) */
const TEST_DIGITS = 2000;

/** Test digits behind the curves (the fixed subset) and behind the final numbers, for the notes. */
export function testCounts(quick: boolean, h = 0) {
  const all = quick ? QUICK_DIGITS.test : TEST_DIGITS;
  return { sub: Math.min(EVAL_SUBSET, all), all, h };
}

/** Loads and uploads the digits once; the view is ready when they are. */
export function useFedData(api: DemoApi) {
  const data = useRef<FedData | null>(null);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let alive = true;
    Promise.all([mnistFromSite('train'), mnistFromSite('test')]).then(([train, test]) => {
      if (!alive) return;
      data.current = api.quick ? uploadFedData(train, test, QUICK_DIGITS.train, QUICK_DIGITS.test) : uploadFedData(train, test);
      setLoaded(true);
      api.ready();
    }, (e) => api.fail(e));
    return () => {
      alive = false;
      data.current?.dispose();
      data.current = null;
    };
  }, [api]);
  return { data, loaded };
}

export interface Curve { key: string; points: { x: number; y: number }[] }

/** What the status line says: which series, which round of how many, and the time left. */
export interface FedStatus { phase: DemoProgress['phase']; series: string; round: number; rounds: number; msToHeadline: number | null; msToEnd: number }

/**
 * Live curves and the run's clock: `onProgress` appends each evaluated round to its series'
 * curve (x = round, or cumulative megabytes with `x: 'mb'`), moves the progress bar, updates the
 * status line and sets `ms-first` at the first trained round's point; `headline()` sets
 * `ms-headline` (once per run) and `finish()` clears the status line.
 */
export function useLiveCurves(api: DemoApi, x: 'round' | 'mb' = 'round') {
  const [curves, setCurves] = useState<Curve[]>([]);
  const [status, setStatus] = useState<FedStatus | null>(null);
  const acc = useRef<Curve[]>([]);
  const clock = useRef({ t0: 0, first: false, headline: false });
  const start = () => {
    acc.current = [];
    clock.current = { t0: performance.now(), first: false, headline: false };
    setCurves([]);
    setStatus(null);
  };
  const ms = () => Math.round(performance.now() - clock.current.t0);
  const onProgress = (p: DemoProgress) => {
    api.setProgress(p.fraction);
    if (p.stats || p.client) {
      setStatus({ phase: p.phase, series: p.series, round: p.round, rounds: p.rounds, msToHeadline: p.msToHeadline, msToEnd: p.msToEnd });
    }
    if (p.point) {
      let c = acc.current.find((s) => s.key === p.series);
      if (!c) acc.current = [...acc.current, (c = { key: p.series, points: [] })];
      c.points = [...c.points, { x: x === 'mb' ? p.point.bytesUp / 1e6 : p.point.round, y: p.point.accuracy }];
      setCurves([...acc.current]);
      if (p.point.round > 0 && !clock.current.first) {
        clock.current.first = true;
        api.setMetrics({ 'ms-first': ms() });
      }
    }
  };
  /** the headline's metrics are set: its time, once per run */
  const headline = (): Record<string, number> => {
    if (clock.current.headline) return {};
    clock.current.headline = true;
    return { 'ms-headline': ms() };
  };
  const finish = () => setStatus(null);
  return { curves, status, start, onProgress, headline, finish };
}

/** Seconds, rounded up, for the status line; '…' before any round has been timed. */
const secs = (ms: number | null) => (ms == null || !Number.isFinite(ms) ? '…' : String(Math.max(1, Math.ceil(ms / 1000))));

/**
 * The status line under the chart while a run goes on: before the headline, the series and
 * round being run and the time to the comparison (`upTo`: an upper bound, for runs whose
 * headline is a target some series may reach early); after it, what is still refining.
 */
export function StatusLine({ status, names, lang, upTo = false }: { status: FedStatus | null; names: Record<string, string>; lang: keyof typeof STRINGS; upTo?: boolean }) {
  if (!status) return null;
  const t = STRINGS[lang].fed.status;
  const v = { method: names[status.series] ?? status.series, r: status.round, n: status.rounds, h: secs(status.msToHeadline), e: secs(status.msToEnd) };
  const text = status.phase === 'headline' ? fill(upTo ? t.headlineUpTo : t.headline, v) : fill(t.refine, v);
  return <p className="hint fed-status" role="status">{text}</p>;
}

export function FedChart({ curves, names, xLabel, yLabel, title, xMax, target }: {
  curves: Curve[]; names: Record<string, string>; xLabel: string; yLabel: string; title: string; xMax: number; target?: number;
}) {
  const order = Object.keys(names);
  return (
    <LineChart
      title={title} xLabel={xLabel} yLabel={yLabel}
      xDomain={[0, Math.max(1e-9, xMax)]} yDomain={[0, 1]}
      series={[
        ...(target !== undefined ? [{ name: `${Math.round(target * 100)}%`, className: 'fed-target', points: [{ x: 0, y: target }, { x: xMax, y: target }] }] : []),
        ...curves.map((c) => ({ name: names[c.key] ?? c.key, className: `fed-s${order.indexOf(c.key)}`, points: c.points })),
      ]}
    />
  );
}

/** A table caption's " (after n of N rounds)": the table shows the headline first, then the refined numbers. */
export function roundsSoFar(t: { afterRounds: string }, series: Series[]) {
  const n = Math.max(...series.map((s) => s.result.rounds.length)), N = Math.max(...series.map((s) => s.spec.rounds));
  return fill(t.afterRounds, { n, N });
}

/** "12" or "—" for rounds that never reached the target. */
export const roundsText = (r: number | null | undefined) => (r == null ? '—' : String(r));
export const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

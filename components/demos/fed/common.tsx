'use client';
/**
 * What the five federated-learning views share: MNIST uploaded once per view (8,000 training
 * digits split among the simulated clients, 2,000 held out; `?quick=1`: 1,000 and 500), live
 * accuracy curves that grow round by round while a demo's series run one after another, and the
 * progress bar over all of them. The maths is in demos/fed/.
 */
import { useEffect, useRef, useState } from 'react';
import type { DemoApi } from '@/components/demo/types';
import { LineChart } from '@/components/charts/LineChart';
import { mnistFromSite } from '@/demos/data/fetch';
import type { DemoProgress, SeriesSpec } from '@/demos/fed/series';
import { uploadFedData, type FedData } from '@/demos/fed/fedavg';
import './fed.css';

export const QUICK_DIGITS = { train: 1000, test: 500 };

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

/**
 * Live curves: `onProgress` appends each evaluated round to its series' curve (x = round, or
 * cumulative megabytes with `x: 'mb'`) and moves the progress bar across all series.
 */
export function useLiveCurves(api: DemoApi, x: 'round' | 'mb' = 'round') {
  const [curves, setCurves] = useState<Curve[]>([]);
  const acc = useRef<Curve[]>([]);
  const start = () => { acc.current = []; setCurves([]); };
  const onProgress = (specs: SeriesSpec[]) => (p: DemoProgress) => {
    const rounds = specs[p.index]?.rounds ?? 1;
    const r = p.stats?.round ?? p.client?.round ?? 0;
    const within = p.client && !p.stats ? (r - 1 + (p.client.index + 1) / p.client.of) / rounds : r / rounds;
    api.setProgress(Math.min(1, (p.index + Math.min(1, within)) / p.of));
    if (p.point) {
      let c = acc.current.find((s) => s.key === p.series);
      if (!c) acc.current = [...acc.current, (c = { key: p.series, points: [] })];
      c.points = [...c.points, { x: x === 'mb' ? p.point.bytesUp / 1e6 : p.point.round, y: p.point.accuracy }];
      setCurves([...acc.current]);
    }
  };
  return { curves, start, onProgress };
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

/** "12" or "—" for rounds that never reached the target. */
export const roundsText = (r: number | null | undefined) => (r == null ? '—' : String(r));
export const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

'use client';
/**
 * double-descent: random ReLU features + minimum-norm least squares for every model size on a log
 * grid; test and training error drawn as the sizes are computed. The maths is
 * demos/generalization/double-descent.ts; this file wires the controls and draws.
 */
import { useEffect, useRef, useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import type { MnistSet } from '@/demos/data/mnist';
import { mnistFromSite } from '@/demos/data/fetch';
import { DOUBLEDESCENT_DEFAULTS, DOUBLEDESCENT_QUICK, runDoubleDescent, summarise, type DoubleDescentPoint } from '@/demos/generalization/double-descent';
import { DOUBLEDESCENT_PARAMS } from './params';
import { STRINGS } from './strings';
import './generalization.css';

const pct = (v: number) => (v * 100).toFixed(1);

export default function DoubleDescent({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].doubleDescent;
  const params = useDemoParams(api, DOUBLEDESCENT_PARAMS);
  const { noise, nTrain } = params.values;
  const sizes = api.quick ? DOUBLEDESCENT_QUICK : DOUBLEDESCENT_DEFAULTS;
  const digits = useRef<[MnistSet, MnistSet] | null>(null);
  const [curve, setCurve] = useState<DoubleDescentPoint[]>([]);
  const [usedN, setUsedN] = useState(nTrain);
  const [done, setDone] = useState(false);
  const inputs = useRef(params.values);
  inputs.current = params.values;

  useEffect(() => {
    let alive = true;
    Promise.all([mnistFromSite('train'), mnistFromSite('test')]).then((d) => {
      if (!alive) return;
      digits.current = d;
      api.register({ run, reset: () => { setCurve([]); setDone(false); params.reset(); } });
      api.ready();
    }, (e) => api.fail(e));
    return () => { alive = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  async function run(signal: AbortSignal) {
    if (!digits.current) return;
    const { noise, nTrain } = inputs.current;
    setCurve([]); setDone(false); setUsedN(nTrain);
    const t0 = performance.now();
    let first = true;
    const all = await runDoubleDescent(digits.current[0], digits.current[1], { ...sizes, nTrain, noise, seed: api.seed }, {
      signal,
      onProgress: (f) => api.setProgress(f),
      onPoint: (_p, pts) => {
        setCurve([...pts]);
        if (first) { api.setMetrics({ 'ms-first': Math.round(performance.now() - t0) }); first = false; }
      },
    });
    const s = summarise(all);
    if (s) api.setMetrics({ 'peak-params': s.peakParams, 'err-at-peak': +s.errAtPeak.toFixed(4), 'err-small': +s.errSmall.toFixed(4), 'err-large': +s.errLarge.toFixed(4), n: nTrain, 'ms-headline': Math.round(performance.now() - t0) });
    setDone(true);
  }

  const pMax = Math.round(sizes.maxRatio * usedN);
  // the p = n marker is a near-vertical two-point series (distinct x: the chart keys points by x)
  const lx = (p: number) => Math.log10(p);
  const ticks = [10, 30, 100, 300, 1000, 3000].filter((v) => v <= pMax * 1.01).map((v) => ({ value: lx(v), label: String(v) }));
  const s = done ? summarise(curve) : null;
  const last = curve[curve.length - 1];
  return (
    <div className="double-descent-demo">
      <div className="demo-controls">
        <Slider label={fill(t.noise, { noise: Math.round(noise * 100) })} value={noise} control="noise" onChange={(v) => params.set('noise', v)}
          min={DOUBLEDESCENT_PARAMS.noise.min} max={DOUBLEDESCENT_PARAMS.noise.max} step={DOUBLEDESCENT_PARAMS.noise.step} />
        <Choice label={t.nTrain} value={nTrain} choices={DOUBLEDESCENT_PARAMS.nTrain.choices} control="nTrain" onChange={(v) => params.set('nTrain', v)} />
      </div>
      <LineChart title={t.chart} xLabel={t.xLabel} yLabel={t.yLabel} xDomain={[1, lx(pMax)]} yDomain={[0, 1]} xTicks={ticks}
        series={[
          { name: t.seriesTest, points: curve.map((p) => ({ x: lx(p.p), y: p.testErr })) },
          { name: t.seriesTrain, points: curve.map((p) => ({ x: lx(p.p), y: p.trainErr })), className: 'gen-muted gen-dash' },
          { name: t.threshold, points: [{ x: lx(usedN) - 1e-6, y: 0 }, { x: lx(usedN) + 1e-6, y: 1 }], className: 'gen-bad gen-dash' },
        ]} />
      <p className="hint" aria-live="polite">{s ? fill(t.result, { peak: s.peakParams, n: usedN, atPeak: pct(s.errAtPeak), small: pct(s.errSmall), large: pct(s.errLarge), pmax: last?.p ?? pMax })
        : last ? fill(t.running, { p: last.p }) : t.notRun}</p>
    </div>
  );
}

'use client';
/**
 * train-cnn: a 9,226-parameter CNN trained on MNIST in the browser by gradient descent, minibatch
 * SGD and Adam on the same seed, interleaved; loss and accuracy curves, and the first layer's
 * kernels and feature maps as they learn. The maths is demos/recap/train-cnn*.ts.
 */
import { useEffect, useRef, useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { mnistFromSite } from '@/demos/data/fetch';
import { imageAsFloats } from '@/demos/data/mnist';
import { runTrainCnn, TRAINCNN_DEFAULTS, TRAINCNN_QUICK, type CnnPoint } from '@/demos/recap/train-cnn-run';
import { C1, K1, OPTIMISERS, uploadCnnData, type CnnData, type OptimiserName } from '@/demos/recap/train-cnn';
import { channel, Grid } from './Maps';
import { TRAINCNN_PARAMS } from './params';
import { STRINGS } from './strings';

/** the test digit whose first-layer feature maps are drawn while training (any digit shows its strokes) */
const PROBE = 0;

export default function TrainCnn({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].train;
  const params = useDemoParams(api, TRAINCNN_PARAMS);
  const { optimiser, epochs, batch, lr } = params.values;
  const sizes = api.quick ? TRAINCNN_QUICK : TRAINCNN_DEFAULTS;
  const data = useRef<CnnData | null>(null);
  const probe = useRef<Float32Array | null>(null);
  const [points, setPoints] = useState<CnnPoint[]>([]);
  const [snap, setSnap] = useState<{ kernels: Float32Array; maps: Float32Array } | null>(null);
  const [running, setRunning] = useState<OptimiserName[]>([]);
  // the whole-test-set accuracy after the last finished pass, while the next one runs
  const [pass, setPass] = useState<{ epoch: number; accuracy: number; name: OptimiserName } | null>(null);
  // the time left, from the measured rate (fraction done per millisecond)
  const [eta, setEta] = useState<number | null>(null);
  const inputs = useRef({ optimiser, epochs, batch, lr });
  inputs.current = { optimiser, epochs, batch, lr };

  useEffect(() => {
    let alive = true;
    Promise.all([mnistFromSite('train'), mnistFromSite('test')]).then(([train, test]) => {
      if (!alive) return;
      data.current = uploadCnnData(train, test, sizes.trainDigits, sizes.testDigits, api.seed);
      probe.current = imageAsFloats(test, PROBE);
      api.register({ run, reset: () => { setPoints([]); setSnap(null); params.reset(); } });
      api.ready();
    }, (e) => api.fail(e));
    return () => {
      alive = false;
      data.current?.dispose();
      data.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  async function run(signal: AbortSignal) {
    if (!data.current) return;
    const { optimiser, epochs, batch, lr } = inputs.current;
    const optimisers: OptimiserName[] = optimiser === 'all' ? [...OPTIMISERS] : [optimiser];
    const t0 = performance.now();
    let first = 0, headline = 0;
    const seen: CnnPoint[] = [];
    // the headline is Adam's when it ran (the default), else the single optimiser's
    const head: OptimiserName = optimisers.includes('adam') ? 'adam' : optimisers[0];
    const finite = (v: number) => (Number.isFinite(v) ? +v.toFixed(4) : 99);
    const lossMetrics = () => {
      const curve = seen.filter((p) => p.name === head && Number.isFinite(p.loss));
      return { 'loss-first': finite(curve[0]?.loss ?? NaN), 'loss-last': finite(curve[curve.length - 1]?.loss ?? NaN) };
    };
    setPoints([]);
    setSnap(null);
    setRunning(optimisers);
    setEta(null);
    try {
      const r = await runTrainCnn(data.current, { optimisers, epochs, batch, lrScale: lr, seed: api.seed, evalEvery: sizes.evalEvery, evalLimit: sizes.evalLimit }, {
        signal,
        onProgress: (f) => { api.setProgress(f); setEta(f > 0.02 ? ((performance.now() - t0) * (1 - f)) / f : null); },
        onPoint: (p) => {
          seen.push(p);
          setPoints([...seen]);
          if (!first) { first = performance.now() - t0; api.setMetrics({ 'ms-first': Math.round(first) }); }
        },
        probe: probe.current ?? undefined,
        onSnapshot: setSnap,
        // after the first pass, the accuracy on all test digits is the headline; later passes refine it
        onEpoch: ({ epoch, accuracy }) => {
          const m: Record<string, number> = { 'test-acc': +accuracy[head].toFixed(4), ...lossMetrics() };
          for (const o of optimisers) m[`acc-${o}`] = +accuracy[o].toFixed(4);
          if (!headline) { headline = Math.round(performance.now() - t0); m['ms-headline'] = headline; }
          api.setMetrics(m);
          setPass({ epoch, accuracy: accuracy[head], name: head });
        },
      });
      const metrics: Record<string, number> = { 'test-acc': +r.final[head].accuracy.toFixed(4), ...lossMetrics(), 'ms-headline': headline || Math.round(performance.now() - t0) };
      for (const o of optimisers) metrics[`acc-${o}`] = +r.final[o].accuracy.toFixed(4);
      api.setMetrics(metrics);
    } finally {
      setRunning([]);
      setPass(null);
    }
  }

  const names = [...new Set(points.map((p) => p.name))];
  const finals = names.map((n) => { const c = points.filter((p) => p.name === n); return { n, c, last: c[c.length - 1] }; });
  const series = (key: 'loss' | 'accuracy') => finals.map(({ n, c }) => ({ name: t.names[n], points: c.filter((p) => Number.isFinite(p[key])).map((p) => ({ x: p.epoch, y: Math.min(p[key], 3) })) }));
  const done = running.length === 0 && points.length > 0;
  return (
    <div className="train-cnn-demo">
      <p className="hint">{t.arch}</p>
      <div className="demo-controls">
        <Choice label={t.optimiser} value={optimiser} choices={TRAINCNN_PARAMS.optimiser.choices} format={(v) => t.names[v]} control="optimiser" onChange={(v) => params.set('optimiser', v)} />
        <Slider label={fill(t.epochs, { e: epochs })} value={epochs} control="epochs" onChange={(v) => params.set('epochs', v)} min={1} max={5} step={1} />
        <Choice label={t.batch} value={batch} choices={TRAINCNN_PARAMS.batch.choices} control="batch" onChange={(v) => params.set('batch', v)} />
        <Choice label={t.lr} value={lr} choices={TRAINCNN_PARAMS.lr.choices} format={(v) => `×${v}`} control="lr" onChange={(v) => params.set('lr', v)} />
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))', gap: 12 }}>
        <LineChart title={t.lossChart} xLabel={t.xLabel} yLabel={t.loss} xDomain={[0, epochs]} yDomain={[0, 2.5]} yFormat={(v) => v.toFixed(1)} series={series('loss')} />
        <LineChart title={t.accChart} xLabel={t.xLabel} yLabel={t.acc} xDomain={[0, epochs]} series={series('accuracy')} />
      </div>
      {snap && probe.current ? (
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'flex-start' }}>
          <div>
            <p className="hint">{fill(t.kernels, { name: t.names[running[0] ?? names[0] ?? 'adam'] })}</p>
            <Grid items={Array.from({ length: C1 }, (_, j) => channel(snap.kernels, C1, j))} side={K1} signed size={44} alt={t.kernelAlt} />
          </div>
          <div>
            <p className="hint">{t.maps}</p>
            <div style={{ display: 'flex', gap: 8 }}>
              <ImageCanvas data={probe.current} size={56} label={t.probeAlt} />
              <Grid items={Array.from({ length: C1 }, (_, j) => channel(snap.maps, C1, j))} side={28} signed={false} size={56} alt={t.mapAlt} />
            </div>
          </div>
        </div>
      ) : null}
      <div aria-live="polite">
        {running.length ? <p className="hint">{fill(t.running, { names: running.map((n) => t.names[n]).join(' · ') })}
          {pass ? ` ${fill(t.afterPass, { e: pass.epoch, name: t.names[pass.name], acc: (pass.accuracy * 100).toFixed(1), n: sizes.testDigits })}` : ''}
          {eta !== null ? ` ${fill(t.timeLeft, { s: Math.max(1, Math.round(eta / 1000)) })}` : ''}</p> : null}
        {done ? finals.map(({ n, c, last }) => (
          <p key={n} className="hint">{!Number.isFinite(last.loss) ? fill(t.diverged, { name: t.names[n] }) : fill(t.result, {
            name: t.names[n], acc: (last.accuracy * 100).toFixed(1), n: sizes.testDigits, l0: c[0].loss.toFixed(3), l1: last.loss.toFixed(3), u: last.updates,
          })}</p>
        )) : null}
        {!points.length && !running.length ? <p className="hint">{t.notRun}</p> : null}
      </div>
    </div>
  );
}

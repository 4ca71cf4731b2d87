'use client';
/**
 * snn-train: MNIST digits rate-coded into spike trains, a 784 → 128 LIF → 10 network unrolled over
 * T time steps and trained here with a surrogate gradient; then one digit's spike raster and the
 * accuracy (and spike count) against the number of time steps. The maths is demos/snn/snn-train.ts.
 */
import { useEffect, useRef, useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { mnistFromSite } from '@/demos/data/fetch';
import { imageAsFloats, type MnistSet } from '@/demos/data/mnist';
import { createSnn, scoreSnn, SNN_DEFAULTS, SNN_QUICK, SWEEP_STEPS, traceDigit, trainSnn, uploadSnnData, type DigitTrace, type SnnData, type SnnNet, type SnnPoint } from '@/demos/snn/snn-train';
import { SNNTRAIN_PARAMS } from './params';
import { SpikeRaster } from './SpikeRaster';
import { STRINGS } from './strings';
import './snn.css';

/** runs of at least this many steps get a full score halfway (the default 400 does) */
const HALFWAY_FROM = 100;

interface SweepPoint { timeSteps: number; accuracy: number; spikes: number }
interface Final { accuracy: number; spikes: number; inputSpikes: number; n: number; seconds: number }

export default function SnnTrain({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].snnTrain;
  const params = useDemoParams(api, SNNTRAIN_PARAMS);
  const { steps, timeSteps, lr } = params.values;
  const sizes = api.quick ? SNN_QUICK : SNN_DEFAULTS;
  const data = useRef<SnnData | null>(null);
  const testSet = useRef<MnistSet | null>(null);
  const net = useRef<SnnNet | null>(null);
  const [curve, setCurve] = useState<SnnPoint[]>([]);
  const [final, setFinal] = useState<Final | null>(null);
  const [sweep, setSweep] = useState<SweepPoint[]>([]);
  const [trace, setTrace] = useState<DigitTrace | null>(null);
  const [digit, setDigit] = useState(0);
  // the halfway score on all held-out digits, and the time left from the measured rate
  const [mid, setMid] = useState<{ step: number; accuracy: number; spikes: number } | null>(null);
  const [eta, setEta] = useState<number | null>(null);
  const [phase, setPhase] = useState<'idle' | 'training' | 'scoring' | 'sweeping' | 'done'>('idle');
  const inputs = useRef({ steps, timeSteps, lr });
  inputs.current = { steps, timeSteps, lr };

  const dropNet = () => { net.current?.dispose(); net.current = null; };

  // the digits are uploaded once; the view is ready when they are, and frees them (and the net) on unmount
  useEffect(() => {
    let alive = true;
    Promise.all([mnistFromSite('train'), mnistFromSite('test')]).then(([train, test]) => {
      if (!alive) return;
      testSet.current = test;
      data.current = uploadSnnData(train, test, sizes.trainDigits, sizes.testDigits);
      api.register({ run, reset: () => { dropNet(); setCurve([]); setFinal(null); setSweep([]); setTrace(null); setDigit(0); setPhase('idle'); params.reset(); } });
      api.ready();
    }, (e) => api.fail(e));
    return () => {
      alive = false;
      dropNet();
      data.current?.dispose();
      data.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  async function showDigit(i: number, T: number) {
    if (!net.current || !testSet.current) return;
    setTrace(await traceDigit(net.current, imageAsFloats(testSet.current, i), T, api.seed + i));
  }

  async function train(signal: AbortSignal) {
    if (!data.current) return;
    const d = data.current;
    const { steps, timeSteps, lr } = inputs.current;
    const t0 = performance.now();
    dropNet();
    setCurve([]); setFinal(null); setSweep([]); setTrace(null); setPhase('training');
    const n = createSnn(api.seed);
    net.current = n;
    const points: SnnPoint[] = [];
    let first = 0, headline = 0;
    setMid(null);
    setEta(null);
    // a long run is scored on all held-out digits halfway too: the headline, refined at the end
    const half = steps >= HALFWAY_FROM ? Math.round(steps / 20) * 10 : undefined;
    await trainSnn(n, d, { ...sizes, steps, timeSteps, lr, seed: api.seed }, {
      signal,
      onProgress: (f) => { api.setProgress(0.85 * f); if (f > 0.02) setEta(((performance.now() - t0) * (1 - f)) / f); },
      onPoint: (p) => {
        points.push(p);
        setCurve([...points]);
        if (!first) first = Math.round(performance.now() - t0);
        api.setMetrics({ 'test-acc-subset': +p.accuracy.toFixed(4), 'ms-first': first });
      },
      fullScoreAt: half,
      onFullScore: (s, step) => {
        headline = Math.round(performance.now() - t0);
        setMid({ step, accuracy: s.accuracy, spikes: s.spikesPerImage });
        api.setMetrics({ 'test-acc': +s.accuracy.toFixed(4), 'spikes-per-image': +s.spikesPerImage.toFixed(1), 'ms-headline': headline });
      },
    });
    setEta(null);
    // the final score: the whole held-out set, at the T it was trained with (refines a halfway headline)
    setPhase('scoring');
    const s = await scoreSnn(n, d, timeSteps, 12_345, undefined, signal);
    const end = Math.round(performance.now() - t0);
    headline ||= end;
    setFinal({ accuracy: s.accuracy, spikes: s.spikesPerImage, inputSpikes: s.inputSpikesPerImage, n: d.xTest.shape[0], seconds: end / 1000 });
    api.setMetrics({ 'test-acc': +s.accuracy.toFixed(4), 'spikes-per-image': +s.spikesPerImage.toFixed(1), 'ms-first': first, 'ms-headline': headline });
    await showDigit(digit, timeSteps);
    // accuracy and spike count against T, on the fixed subset, the same trained weights
    setPhase('sweeping');
    const sw: SweepPoint[] = [];
    for (const [i, T] of SWEEP_STEPS.entries()) {
      const r = await scoreSnn(n, d, T, 777, sizes.evalDigits, signal);
      sw.push({ timeSteps: T, accuracy: r.accuracy, spikes: r.spikesPerImage });
      setSweep([...sw]);
      api.setProgress(0.85 + (0.15 * (i + 1)) / SWEEP_STEPS.length);
    }
    setPhase('done');
  }

  /** a stopped or failed run leaves no “Training…” behind */
  function run(signal: AbortSignal) {
    return train(signal).catch((e) => { setPhase('idle'); throw e; });
  }

  const nextDigit = async () => {
    const i = (digit + 1) % (testSet.current?.count ?? 1);
    setDigit(i);
    await showDigit(i, inputs.current.timeSteps);
  };

  const last = curve[curve.length - 1];
  const status = phase === 'training' ? t.training : phase === 'scoring' ? fill(t.scoring, { n: sizes.testDigits }) : phase === 'sweeping' ? t.sweeping : null;
  return (
    <div className="snn-train-demo">
      <div className="demo-controls">
        <Slider label={fill(t.steps, { steps })} value={steps} control="steps" onChange={(v) => params.set('steps', v)}
          min={SNNTRAIN_PARAMS.steps.min} max={SNNTRAIN_PARAMS.steps.max} step={SNNTRAIN_PARAMS.steps.step} />
        <Choice label={t.timeSteps} value={timeSteps} choices={SNNTRAIN_PARAMS.timeSteps.choices} control="timeSteps" onChange={(v) => params.set('timeSteps', v)} />
        <Choice label={t.lr} value={lr} choices={SNNTRAIN_PARAMS.lr.choices} control="lr" onChange={(v) => params.set('lr', v)} />
      </div>
      <p className="hint">{fill(t.setup, { train: sizes.trainDigits, batch: sizes.batch, T: timeSteps })}</p>
      <LineChart title={t.chart} xLabel={t.xLabel} yLabel={t.yLabel} xDomain={[0, steps]}
        series={[{ name: fill(t.series, { n: sizes.evalDigits }), points: curve.map((p) => ({ x: p.step, y: p.accuracy })) }]} />
      <p className="hint" aria-live="polite">
        {status && <strong>{status} </strong>}
        {phase === 'training' && mid ? <>{fill(t.halfway, { step: mid.step, acc: (mid.accuracy * 100).toFixed(1), n: sizes.testDigits, spikes: mid.spikes.toFixed(0) })} </> : null}
        {phase === 'training' && eta !== null ? <>{fill(t.timeLeft, { s: Math.max(1, Math.round(eta / 1000)) })} </> : null}
        {final
          ? fill(t.result, { acc: (final.accuracy * 100).toFixed(1), n: final.n, spikes: final.spikes.toFixed(0), input: final.inputSpikes.toFixed(0), T: timeSteps, s: final.seconds.toFixed(1) })
          : last ? fill(t.partial, { step: last.step, acc: (last.accuracy * 100).toFixed(1), n: sizes.evalDigits }) : t.notRun}
      </p>
      {trace && (
        <>
          <SpikeRaster trace={trace} label={fill(t.rasterLabel, { label: testSet.current?.labels[digit] ?? '?', pred: trace.predicted })}
            inputLabel={t.inputFrames} hiddenLabel={t.hiddenRaster} readoutLabel={t.readout} stepLabel={(k) => fill(t.step, { t: k })} />
          <p className="hint">
            {fill(t.traceResult, { label: testSet.current?.labels[digit] ?? '?', pred: trace.predicted, spikes: trace.hidden.reduce((a, b) => a + b, 0) })}{' '}
            <button type="button" onClick={nextDigit} disabled={phase === 'training' || phase === 'scoring'}>{t.next}</button>
          </p>
        </>
      )}
      {sweep.length > 0 && (
        <>
          <LineChart title={t.sweepChart} xLabel={t.sweepX} yLabel={t.yLabel} xDomain={[0, SWEEP_STEPS[SWEEP_STEPS.length - 1]]} yDomain={[Math.min(0.5, Math.floor(Math.min(...sweep.map((p) => p.accuracy)) * 10) / 10), 1]}
            xTicks={SWEEP_STEPS.map((v) => ({ value: v, label: String(v) }))}
            series={[{ name: fill(t.series, { n: sizes.evalDigits }), points: sweep.map((p) => ({ x: p.timeSteps, y: p.accuracy })) }]} />
          <p className="hint">{sweep.map((p) => fill(t.sweepItem, { T: p.timeSteps, acc: (p.accuracy * 100).toFixed(1), spikes: p.spikes.toFixed(0) })).join(t.sep)}</p>
        </>
      )}
    </div>
  );
}

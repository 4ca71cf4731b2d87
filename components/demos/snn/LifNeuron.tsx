'use client';
/**
 * lif-neuron: one leaky integrate-and-fire neuron driven by a constant, noisy or hand-drawn current;
 * its membrane potential, threshold and spike train, and the f–I curve, simulated beside analytic.
 * The maths is demos/snn/lif-neuron.ts (plain numbers, no tensors); this file wires and draws.
 */
import { useEffect, useRef, useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { analyticRate, fiCurrents, LIF_DEFAULTS, makeCurrent, rheobase, simulateLif, type FiPoint, type InputKind, type LifParams, type LifTrace } from '@/demos/snn/lif-neuron';
import { throwIfAborted, yieldToBrowser } from '@/demos/runtime/loop';
import { CurrentPad, MembranePlot } from './LifPlots';
import { LIFNEURON_PARAMS } from './params';
import { STRINGS } from './strings';
import './snn.css';

const WINDOW_MS = 500;
const SAMPLE_MS = 0.5;
const MAX_I = 5;
const PAD_SAMPLES = 100;
/** the student's trace before they draw: a step up and a slow ramp, so both regimes show */
const START_DRAWING = Array.from({ length: PAD_SAMPLES }, (_, i) => (i < 20 ? 0.5 : i < 50 ? 2.2 : +(1 + (3 * (i - 50)) / 50).toFixed(2)));

export default function LifNeuron({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].lifNeuron;
  const params = useDemoParams(api, LIFNEURON_PARAMS);
  const { input, current, sigma, tau, tRef } = params.values;
  const [drawn, setDrawn] = useState<number[]>(START_DRAWING);
  const [trace, setTrace] = useState<LifTrace | null>(null);
  const [fi, setFi] = useState<FiPoint[]>([]);
  const inputs = useRef({ input, current, sigma, tau, tRef, drawn });
  inputs.current = { input, current, sigma, tau, tRef, drawn };
  const lif: LifParams = { ...LIF_DEFAULTS, tau, tRef };

  useEffect(() => {
    api.register({ run, reset: () => { setTrace(null); setFi([]); setDrawn(START_DRAWING); params.reset(); } });
    api.ready();
    // the first trace draws as soon as the demo is in view (after this mount has committed everywhere)
    const id = setTimeout(() => api.requestRun(), 0);
    return () => clearTimeout(id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  // a moved slider redraws at once (a run is a fraction of a second)
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    api.requestRun();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [input, current, sigma, tau, tRef]);

  async function run(signal: AbortSignal) {
    const t0 = performance.now();
    const o = inputs.current;
    const p: LifParams = { ...LIF_DEFAULTS, tau: o.tau, tRef: o.tRef };
    const tr = simulateLif(p, makeCurrent(o.input as InputKind, o.current, o.sigma, api.seed, o.drawn, WINDOW_MS), WINDOW_MS, SAMPLE_MS);
    setTrace(tr);
    api.setMetrics({ rate: +tr.rate.toFixed(2), 'ms-first': Math.round(performance.now() - t0) });
    // the f–I sweep: simulated points join the analytic curve one by one
    const currents = fiCurrents(MAX_I, 25);
    const pts: FiPoint[] = [];
    setFi([]);
    for (let i = 0; i < currents.length; i++) {
      throwIfAborted(signal);
      const c = currents[i];
      pts.push({ current: c, simulated: simulateLif(p, () => c, 2000, 2000).rate, analytic: analyticRate(p, c) });
      api.setProgress((i + 1) / currents.length);
      if (i % 5 === 4) { setFi([...pts]); await yieldToBrowser(signal); }
    }
    setFi(pts);
    const maxGap = Math.max(...pts.map((q) => Math.abs(q.simulated - q.analytic)));
    api.setMetrics({ rate: +tr.rate.toFixed(2), 'fi-max-gap': +maxGap.toFixed(2), 'ms-first': Math.round(performance.now() - t0), 'ms-headline': Math.round(performance.now() - t0) });
  }

  const analytic = fiCurrents(MAX_I, 100).map((c) => ({ x: c, y: analyticRate(lif, c) }));
  const yMax = Math.max(50, Math.ceil(analyticRate(lif, MAX_I) / 50) * 50);
  const operating = input === 'constant' ? [{ x: current, y: analyticRate(lif, current), label: fill(t.here, { i: current.toFixed(2) }) }] : [];
  const padValues = input === 'drawn' ? drawn : constantOrMean(input as InputKind, current, sigma, api.seed);
  return (
    <div className="lif-neuron-demo">
      <div className="demo-controls">
        <Choice label={t.input} value={input} choices={LIFNEURON_PARAMS.input.choices} format={(k) => t.kinds[k]} control="input" radio name={`${api.id}-input`}
          onChange={(v) => params.set('input', v)} />
        <Slider label={fill(t.current, { i: current.toFixed(2) })} value={current} control="current" onChange={(v) => params.set('current', v)}
          min={0} max={MAX_I} step={0.05} />
        {input === 'noisy' && (
          <Slider label={fill(t.sigma, { s: sigma.toFixed(2) })} value={sigma} control="sigma" onChange={(v) => params.set('sigma', v)} min={0} max={3} step={0.05} />
        )}
        <Slider label={fill(t.tau, { tau })} value={tau} control="tau" onChange={(v) => params.set('tau', v)} min={2} max={50} step={1} />
        <Slider label={fill(t.tRef, { r: tRef })} value={tRef} control="tRef" onChange={(v) => params.set('tRef', v)} min={0} max={10} step={0.5} />
      </div>
      {input === 'drawn' && <p className="hint">{t.drawHint}</p>}
      <CurrentPad values={padValues} max={MAX_I} duration={WINDOW_MS} drawable={input === 'drawn'} label={t.padLabel} axis="I (nA)"
        onDraw={setDrawn} onDone={() => api.requestRun()} />
      <MembranePlot v={trace?.v ?? null} sampleMs={SAMPLE_MS} spikes={trace?.spikes ?? []} duration={WINDOW_MS}
        vRest={lif.vRest} vTh={lif.vTh} label={t.membraneLabel} thLabel={t.threshold} restLabel={t.rest} xLabel="t (ms)" />
      <p className="hint">
        {trace ? fill(t.result, { n: trace.spikes.length, ms: WINDOW_MS, rate: trace.rate.toFixed(1), analytic: analyticRate(lif, current).toFixed(1), rheo: rheobase(lif).toFixed(2) }) : t.notRun}
      </p>
      <div className="snn-fi">
        <LineChart title={t.fiChart} xLabel={t.fiX} yLabel={t.fiY} xDomain={[0, MAX_I]} yDomain={[0, yMax]} yFormat={(v) => String(Math.round(v))}
          refs={operating}
          series={[
            { name: t.analytic, points: analytic, className: 'analytic' },
            { name: t.simulated, points: fi.map((q) => ({ x: q.current, y: q.simulated })), className: 'simulated' },
          ]} />
      </div>
      {fi.length > 0 && <p className="hint">{fill(t.fiResult, { n: fi.length, gap: Math.max(...fi.map((q) => Math.abs(q.simulated - q.analytic))).toFixed(2) })}</p>}
    </div>
  );
}

/** what the pad shows when it is not drawable: the constant level, or the noisy input's first samples */
function constantOrMean(kind: InputKind, mean: number, sigma: number, seed: number): number[] {
  if (kind === 'constant') return new Array(PAD_SAMPLES).fill(mean);
  const f = makeCurrent('noisy', mean, sigma, seed, [], WINDOW_MS);
  return Array.from({ length: PAD_SAMPLES }, (_, i) => f((i * WINDOW_MS) / PAD_SAMPLES));
}

'use client';
/**
 * rotation-probe: rotation pre-training on unlabelled digits, then a linear probe on k labels per
 * class, beside the same network at random initialisation and the network trained from scratch.
 * The maths is demos/ssl/rotation-probe.ts; this file wires the controls and draws. The headline
 * (rotation vs random at k = 10) comes right after the rotation training, draw by draw; the
 * from-scratch nets train after it (as many steps each) and join the numbers as they finish.
 */
import { useEffect, useRef, useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { mnistFromSite } from '@/demos/data/fetch';
import { uploadSslData, type SslData } from '@/demos/ssl/probe';
import {
  ROTATION_DEFAULTS, ROTATION_QUICK, runRotationProbe, type RotationPhase, type RotationPoint, type RotationResult, type ScratchPoint,
} from '@/demos/ssl/rotation-probe';
import { LAYERS } from '@/demos/ssl/rotation-net';
import { ROTATION_PARAMS } from './params';
import { STRINGS } from './strings';

const pct = (v: number) => (Number.isFinite(v) ? (v * 100).toFixed(1) : '–');
type Headline = { rotation: number; random: number; draws: number; perDraw: { rotation: number; random: number }[] };
type Scratch = { mean: number; draws: number; per: number[] };

export default function RotationProbe({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].rotation;
  const params = useDemoParams(api, ROTATION_PARAMS);
  const { steps, layer } = params.values;
  const sizes = api.quick ? ROTATION_QUICK : ROTATION_DEFAULTS;
  const data = useRef<SslData | null>(null);
  const [random, setRandom] = useState<number | null>(null);
  const [curve, setCurve] = useState<RotationPoint[]>([]);
  const [scratchCurve, setScratchCurve] = useState<ScratchPoint[]>([]);
  const [byK, setByK] = useState<{ k: number; rot: number; rnd: number }[]>([]);
  const [layers, setLayers] = useState<RotationResult['layers'] | null>(null);
  const [result, setResult] = useState<RotationResult | null>(null);
  const [phase, setPhase] = useState('');
  const [left, setLeft] = useState<number | null>(null);
  const [headline, setHeadline] = useState<Headline | null>(null);
  const [scratch, setScratch] = useState<Scratch | null>(null);
  const inputs = useRef({ steps, layer });
  inputs.current = { steps, layer };

  const clear = () => {
    setRandom(null); setCurve([]); setScratchCurve([]); setByK([]); setLayers(null); setResult(null); setPhase(''); setLeft(null); setHeadline(null); setScratch(null);
  };

  // the digits are uploaded once; the view is ready when they are, and frees them on unmount
  useEffect(() => {
    let alive = true;
    Promise.all([mnistFromSite('train'), mnistFromSite('test')]).then(([train, test]) => {
      if (!alive) return;
      data.current = uploadSslData(train, test, sizes.poolDigits, sizes.testDigits);
      api.register({ run, reset: () => { clear(); params.reset(); } });
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
    const { steps, layer } = inputs.current;
    const nTest = data.current.test.shape[0];
    clear();
    const t0 = performance.now();
    const points: RotationPoint[] = [];
    const sPoints: ScratchPoint[] = [];
    const ks: { k: number; rot: number; rnd: number }[] = [];
    const per: number[] = [];
    let lastLeft = 0;
    const phaseText = (p: RotationPhase) => {
      switch (p.what) {
        case 'random': return t.phaseRandom;
        case 'train': return fill(t.phaseTrain, { step: p.step, steps });
        case 'headline': return fill(t.phaseFinal, { n: nTest, d: p.draw, draws: sizes.draws });
        case 'scratch': return fill(t.phaseScratch, { d: p.draw, draws: sizes.draws, steps, step: p.step });
        case 'k': return fill(t.phaseK, { k: p.k });
        case 'layers': return t.phaseLayers;
      }
    };
    setPhase(t.phaseRandom);
    try {
      const r = await runRotationProbe(data.current, { ...sizes, steps, layer, seed: api.seed }, {
        signal,
        onProgress: (f) => {
          api.setProgress(f);
          // time left from the rate measured so far in this run (the fraction is cost-weighted)
          const now = performance.now();
          if (f > 0.03 && now - lastLeft > 500) { lastLeft = now; setLeft(((now - t0) / 1000) * ((1 - f) / f)); }
        },
        onPhase: (p) => setPhase(phaseText(p)),
        onRandom: (a) => {
          setRandom(a);
          api.setMetrics({ 'acc-random-k10': +a.toFixed(4), 'ms-first': Math.round(performance.now() - t0) });
        },
        onPoint: (p) => {
          points.push(p);
          setCurve([...points]);
          api.setMetrics({ 'pretext-acc': +p.pretext.toFixed(4) });
        },
        onHeadline: (h) => {
          setHeadline(h);
          api.setMetrics({
            'acc-rotation-k10': +h.rotation.toFixed(4),
            'acc-random-k10': +h.random.toFixed(4),
            'gap-k10': +(h.rotation - h.random).toFixed(4),
            ...(h.draws === 1 ? { 'ms-headline': Math.round(performance.now() - t0) } : {}),
          });
        },
        onScratchPoint: (p) => { sPoints.push(p); setScratchCurve([...sPoints]); },
        onScratch: (s) => {
          per[s.draw - 1] = s.acc;
          setScratch({ mean: s.mean, draws: s.draws, per: [...per] });
          api.setMetrics({ 'acc-scratch-k10': +s.mean.toFixed(4) });
        },
        onK: (k, rot, rnd) => { ks.push({ k, rot, rnd }); setByK([...ks].sort((a, b) => a.k - b.k)); },
        onLayers: (l) => setLayers(l),
      });
      setResult(r);
      api.setMetrics({
        'pretext-acc': +r.pretext.toFixed(4),
        'acc-rotation-k10': +r.layers[layer].rotation.toFixed(4),
        'acc-random-k10': +r.layers[layer].random.toFixed(4),
        'acc-scratch-k10': +r.scratch.toFixed(4),
        'gap-k10': +(r.layers[layer].rotation - r.layers[layer].random).toFixed(4),
      });
    } finally {
      setPhase('');
      setLeft(null);
    }
  }

  const flat = (y: number | null, upto: number) => (y == null ? [] : [{ x: 0, y }, { x: upto, y }]);
  const lastStep = curve.length ? curve[curve.length - 1].step : 0;
  const logK = (k: number) => Math.log10(k);
  const status = phase ? `${phase}${left != null ? fill(t.left, { left: Math.max(1, Math.round(left)) }) : ''}` : '';
  const draws = headline?.perDraw ?? [];
  return (
    <div className="ssl-rotation-demo">
      <div className="demo-controls">
        <Slider label={fill(t.steps, { steps })} value={steps} control="steps" onChange={(v) => params.set('steps', v)}
          min={ROTATION_PARAMS.steps.min} max={ROTATION_PARAMS.steps.max} step={ROTATION_PARAMS.steps.step} />
        <Choice label={t.layer} value={layer} choices={ROTATION_PARAMS.layer.choices} control="layer" format={(v) => t.layers[v]} onChange={(v) => params.set('layer', v)} />
      </div>
      <LineChart title={fill(t.chart, { n: sizes.evalDigits })} xLabel={t.xLabel} yLabel={t.yLabel} xDomain={[0, steps]} yDomain={[0, 1]}
        series={[
          { name: t.sPretext, points: curve.map((p) => ({ x: p.step, y: p.pretext })), className: 'fed-s1' },
          { name: t.sRotation, points: [...(random == null ? [] : [{ x: 0, y: random }]), ...curve.map((p) => ({ x: p.step, y: p.rotation }))], className: 'ours' },
          { name: t.sRandom, points: flat(random, Math.max(lastStep, 1)), className: 'control' },
          { name: t.sScratch, points: scratchCurve.map((p) => ({ x: p.step, y: p.scratch })), className: 'cls1' },
        ]} />
      <LineChart title={fill(t.kChart, { draws: sizes.draws })} xLabel={t.kLabel} yLabel={t.yLabel} xDomain={[0, 2]} yDomain={[0, 1]}
        xTicks={[1, 3, 10, 30, 100].map((k) => ({ value: logK(k), label: String(k) }))}
        series={[
          { name: t.sRotation, points: byK.map((p) => ({ x: logK(p.k), y: p.rot })), className: 'ours' },
          { name: t.sRandom, points: byK.map((p) => ({ x: logK(p.k), y: p.rnd })), className: 'control' },
        ]} />
      {layers && (
        <table className="ssl-table">
          <caption>{t.table}</caption>
          <thead><tr><th scope="col">{t.colLayer}</th><th scope="col">{t.colRot}</th><th scope="col">{t.colRnd}</th></tr></thead>
          <tbody>
            {LAYERS.map((l) => (
              <tr key={l}><th scope="row">{t.layers[l]}</th><td>{pct(layers[l].rotation)}%</td><td>{pct(layers[l].random)}%</td></tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="hint" aria-live="polite">
        {result
          ? fill(t.verdict, { rot: pct(result.layers[layer].rotation), rnd: pct(result.layers[layer].random), gap: ((result.layers[layer].rotation - result.layers[layer].random) * 100).toFixed(1), sc: pct(result.scratch), pre: pct(result.pretext) })
          : headline
            ? [
              fill(t.headline, { rot: pct(headline.rotation), rnd: pct(headline.random), gap: ((headline.rotation - headline.random) * 100).toFixed(1), draws: headline.draws, of: sizes.draws }),
              scratch ? fill(t.scratchLine, { sc: pct(scratch.mean), steps, draws: scratch.draws, of: sizes.draws }) : '',
              status,
            ].filter(Boolean).join(' ')
            : status || t.notRun}
      </p>
      {draws.length > 0 && (
        <p className="hint">{fill(t.perDraw, { list: draws.map((d, i) => `${pct(d.rotation)} / ${pct(d.random)} / ${pct(scratch?.per[i] ?? NaN)}`).join('; ') })}</p>
      )}
    </div>
  );
}

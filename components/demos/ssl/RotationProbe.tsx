'use client';
/**
 * rotation-probe: rotation pre-training on unlabelled digits, then a linear probe on k labels per
 * class, beside the same network at random initialisation and the network trained from scratch.
 * The maths is demos/ssl/rotation-probe.ts; this file wires the controls and draws.
 */
import { useEffect, useRef, useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { mnistFromSite } from '@/demos/data/fetch';
import { uploadSslData, type SslData } from '@/demos/ssl/probe';
import { ROTATION_DEFAULTS, ROTATION_QUICK, runRotationProbe, type RotationPoint, type RotationResult } from '@/demos/ssl/rotation-probe';
import { LAYERS } from '@/demos/ssl/rotation-net';
import { ROTATION_PARAMS } from './params';
import { STRINGS } from './strings';

const pct = (v: number) => (v * 100).toFixed(1);

export default function RotationProbe({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].rotation;
  const params = useDemoParams(api, ROTATION_PARAMS);
  const { steps, layer } = params.values;
  const sizes = api.quick ? ROTATION_QUICK : ROTATION_DEFAULTS;
  const data = useRef<SslData | null>(null);
  const [random, setRandom] = useState<number | null>(null);
  const [curve, setCurve] = useState<RotationPoint[]>([]);
  const [byK, setByK] = useState<{ k: number; rot: number; rnd: number }[]>([]);
  const [result, setResult] = useState<RotationResult | null>(null);
  const [phase, setPhase] = useState('');
  const [headline, setHeadline] = useState<{ rotation: number; random: number; scratch: number } | null>(null);
  const inputs = useRef({ steps, layer });
  inputs.current = { steps, layer };

  const clear = () => { setRandom(null); setCurve([]); setByK([]); setResult(null); setPhase(''); setHeadline(null); };

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
    clear();
    const t0 = performance.now();
    const points: RotationPoint[] = [];
    const ks: { k: number; rot: number; rnd: number }[] = [];
    setPhase(t.phaseRandom);
    try {
      const r = await runRotationProbe(data.current, { ...sizes, steps, layer, seed: api.seed }, {
        signal,
        onProgress: (f) => api.setProgress(f),
        onRandom: (a) => {
          setRandom(a);
          api.setMetrics({ 'acc-random-k10': +a.toFixed(4), 'ms-first': Math.round(performance.now() - t0) });
          setPhase(fill(t.phaseTrain, { step: 0 }));
        },
        onPoint: (p) => {
          points.push(p);
          setCurve([...points]);
          setPhase(p.step < steps ? fill(t.phaseTrain, { step: p.step }) : fill(t.phaseFinal, { n: data.current?.test.shape[0] ?? 0 }));
          api.setMetrics({ 'pretext-acc': +p.pretext.toFixed(4) });
        },
        onK: (k, rot, rnd) => { ks.push({ k, rot, rnd }); setByK([...ks].sort((a, b) => a.k - b.k)); },
        onHeadline: (h) => {
          setHeadline(h);
          api.setMetrics({
            'acc-rotation-k10': +h.rotation.toFixed(4),
            'acc-random-k10': +h.random.toFixed(4),
            'acc-scratch-k10': +h.scratch.toFixed(4),
            'gap-k10': +(h.rotation - h.random).toFixed(4),
            'ms-headline': Math.round(performance.now() - t0),
          });
          setPhase(fill(t.phaseMore, { n: data.current?.test.shape[0] ?? 0 }));
        },
      });
      setResult(r);
      setPhase('');
      api.setMetrics({
        'pretext-acc': +r.pretext.toFixed(4),
        'acc-rotation-k10': +r.layers[layer].rotation.toFixed(4),
        'acc-random-k10': +r.layers[layer].random.toFixed(4),
        'acc-scratch-k10': +r.scratch.toFixed(4),
        'gap-k10': +(r.layers[layer].rotation - r.layers[layer].random).toFixed(4),
      });
    } catch (e) {
      setPhase('');
      throw e;
    }
  }

  const flat = (y: number | null, upto: number) => (y == null ? [] : [{ x: 0, y }, { x: upto, y }]);
  const lastStep = curve.length ? curve[curve.length - 1].step : 0;
  const logK = (k: number) => Math.log10(k);
  return (
    <div className="ssl-rotation-demo">
      <div className="demo-controls">
        <Slider label={fill(t.steps, { steps })} value={steps} control="steps" onChange={(v) => params.set('steps', v)}
          min={ROTATION_PARAMS.steps.min} max={ROTATION_PARAMS.steps.max} step={ROTATION_PARAMS.steps.step} />
        <Choice label={t.layer} value={layer} choices={ROTATION_PARAMS.layer.choices} control="layer" format={(v) => t.layers[v]} onChange={(v) => params.set('layer', v)} />
      </div>
      <LineChart title={t.chart} xLabel={t.xLabel} yLabel={t.yLabel} xDomain={[0, steps]} yDomain={[0, 1]}
        series={[
          { name: t.sPretext, points: curve.map((p) => ({ x: p.step, y: p.pretext })) },
          { name: t.sRotation, points: [...(random == null ? [] : [{ x: 0, y: random }]), ...curve.map((p) => ({ x: p.step, y: p.rotation }))] },
          { name: t.sRandom, points: flat(random, Math.max(lastStep, 1)) },
          { name: t.sScratch, points: curve.map((p) => ({ x: p.step, y: p.scratch })) },
        ]} />
      <LineChart title={fill(t.kChart, { draws: sizes.draws })} xLabel={t.kLabel} yLabel={t.yLabel} xDomain={[0, 2]} yDomain={[0, 1]}
        xTicks={[1, 3, 10, 30, 100].map((k) => ({ value: logK(k), label: String(k) }))}
        series={[
          { name: t.sRotation, points: byK.map((p) => ({ x: logK(p.k), y: p.rot })) },
          { name: t.sRandom, points: byK.map((p) => ({ x: logK(p.k), y: p.rnd })) },
        ]} />
      {result && (
        <table className="ssl-table">
          <caption>{t.table}</caption>
          <thead><tr><th scope="col">{t.colLayer}</th><th scope="col">{t.colRot}</th><th scope="col">{t.colRnd}</th></tr></thead>
          <tbody>
            {LAYERS.map((l) => (
              <tr key={l}><th scope="row">{t.layers[l]}</th><td>{pct(result.layers[l].rotation)}%</td><td>{pct(result.layers[l].random)}%</td></tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="hint" aria-live="polite">
        {result
          ? fill(t.verdict, { rot: pct(result.layers[layer].rotation), rnd: pct(result.layers[layer].random), gap: ((result.layers[layer].rotation - result.layers[layer].random) * 100).toFixed(1), sc: pct(result.scratch), pre: pct(result.pretext) })
          : headline
            ? `${fill(t.headline, { rot: pct(headline.rotation), rnd: pct(headline.random), gap: ((headline.rotation - headline.random) * 100).toFixed(1), sc: pct(headline.scratch) })} ${phase}`
            : phase || t.notRun}
      </p>
      {result && <p className="hint">{fill(t.perDraw, { list: result.perDraw.map((d) => `${pct(d.rotation)} / ${pct(d.random)} / ${pct(d.scratch)}`).join('; ') })}</p>}
    </div>
  );
}

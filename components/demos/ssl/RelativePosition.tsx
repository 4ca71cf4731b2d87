'use client';
/**
 * relative-position: Doersch et al.'s context prediction on unlabelled digits — which of the 8
 * neighbours is the second patch? — then a linear probe of the patch encoder's features with k
 * labels per class, beside the same encoder at random initialisation. The maths is
 * demos/ssl/relative-position.ts (and flat-probe.ts); this file wires the controls and draws.
 */
import { useEffect, useRef, useState } from 'react';
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import { LineChart } from '@/components/charts/LineChart';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { mnistFromSite } from '@/demos/data/fetch';
import { uploadFlat, type FlatData, type ProbePoint } from '@/demos/ssl/flat-probe';
import { RELPOS_DEFAULTS, RELPOS_QUICK, runRelativePosition, type RelPosResult } from '@/demos/ssl/relative-position';
import { neighbourOffset, PATCH } from '@/demos/ssl/pretext';
import { RELPOS_PARAMS } from './params';
import { probeRun } from './probe-run';
import { STRINGS } from './strings';

const pct = (v: number) => (v * 100).toFixed(1);

/** A 3×3 grid: the centre patch, the true neighbour (outlined) and the network's guess (filled). */
function Grid({ label, guess, title }: { label: number; guess: number; title: string }) {
  const cell = (l: number) => { const [dr, dc] = neighbourOffset(l); return { x: (dc + 1) * 16, y: (dr + 1) * 16 }; };
  const g = cell(guess);
  const t = cell(label);
  return (
    <svg viewBox="0 0 48 48" width={48} height={48} role="img" aria-label={title}>
      {Array.from({ length: 9 }, (_, i) => <rect key={i} x={(i % 3) * 16 + 1} y={Math.floor(i / 3) * 16 + 1} width={14} height={14} fill="none" stroke="currentColor" strokeOpacity={0.3} />)}
      <rect x={17} y={17} width={14} height={14} fill="currentColor" fillOpacity={0.35} />
      <rect x={g.x + 3} y={g.y + 3} width={10} height={10} fill={guess === label ? '#1a7f37' : '#c2410c'} />
      <rect x={t.x + 1} y={t.y + 1} width={14} height={14} fill="none" stroke="#1a7f37" strokeWidth={2} />
    </svg>
  );
}

export default function RelativePosition({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].relpos;
  const params = useDemoParams(api, RELPOS_PARAMS);
  const { steps, k } = params.values;
  const sizes = api.quick ? RELPOS_QUICK : RELPOS_DEFAULTS;
  const data = useRef<FlatData | null>(null);
  const [random, setRandom] = useState<number | null>(null);
  const [curve, setCurve] = useState<ProbePoint[]>([]);
  const [result, setResult] = useState<RelPosResult | null>(null);
  const [phase, setPhase] = useState('');
  const inputs = useRef({ steps, k });
  inputs.current = { steps, k };

  const clear = () => { setRandom(null); setCurve([]); setResult(null); setPhase(''); };

  useEffect(() => {
    let alive = true;
    Promise.all([mnistFromSite('train'), mnistFromSite('test')]).then(([train, test]) => {
      if (!alive) return;
      data.current = uploadFlat(train, test, sizes.testDigits);
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
    const { steps, k } = inputs.current;
    clear();
    const d = data.current;
    await probeRun<RelPosResult>(api, t, d, steps, k, signal, { setRandom, setCurve, setResult, setPhase },
      (hooks) => runRelativePosition(d, { ...sizes, steps, k, seed: api.seed }, hooks));
  }

  const lastStep = curve.length ? curve[curve.length - 1].step : 0;
  return (
    <div className="ssl-relpos-demo">
      <div className="demo-controls">
        <Slider label={fill(t.steps, { steps })} value={steps} control="steps" onChange={(v) => params.set('steps', v)}
          min={RELPOS_PARAMS.steps.min} max={RELPOS_PARAMS.steps.max} step={RELPOS_PARAMS.steps.step} />
        <Choice label={t.k} value={k} choices={RELPOS_PARAMS.k.choices} control="k" onChange={(v) => params.set('k', v)} />
      </div>
      <LineChart title={fill(t.chart, { k })} xLabel={t.xLabel} yLabel={t.yLabel} xDomain={[0, steps]} yDomain={[0, 1]}
        series={[
          { name: t.sPretext, points: curve.map((p) => ({ x: p.step, y: p.pretext })) },
          { name: t.sProbe, points: [...(random == null ? [] : [{ x: 0, y: random }]), ...curve.map((p) => ({ x: p.step, y: p.probe }))] },
          { name: t.sRandom, points: random == null ? [] : [{ x: 0, y: random }, { x: Math.max(lastStep, 1), y: random }] },
          { name: t.sChance, points: [{ x: 0, y: 0.125 }, { x: steps, y: 0.125 }] },
        ]} />
      <p className="hint" aria-live="polite">
        {result
          ? fill(t.verdict, { pre: pct(result.pretext), k, probe: pct(result.probe), rnd: pct(result.random), gap: ((result.probe - result.random) * 100).toFixed(1), n: data.current?.testX.shape[0] ?? 0 })
          : phase || t.notRun}
      </p>
      {result && <p className="hint">{fill(t.perDraw, { list: result.perDraw.map((d) => `${pct(d.probe)} / ${pct(d.random)}`).join('; ') })}</p>}
      {result && (
        <figure className="ssl-pairs">
          <figcaption>{t.examples}</figcaption>
          <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', listStyle: 'none', padding: 0 }}>
            {result.examples.map((e, i) => {
              const desc = fill(t.pair, { truth: t.where[e.label], guess: t.where[e.guess], p: pct(e.p) });
              return (
                <li key={i} style={{ display: 'flex', alignItems: 'center', gap: '0.25rem' }}>
                  <ImageCanvas data={e.a} width={PATCH} height={PATCH} size={42} label={t.patchA} />
                  <ImageCanvas data={e.b} width={PATCH} height={PATCH} size={42} label={t.patchB} />
                  <Grid label={e.label} guess={e.guess} title={desc} />
                  <span className="hint" style={{ fontSize: '0.8em', maxWidth: '9em' }}>{desc}</span>
                </li>
              );
            })}
          </ul>
          <p className="hint">{t.legend}</p>
        </figure>
      )}
    </div>
  );
}

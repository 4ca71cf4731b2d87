'use client';
/**
 * distillation: two small students (784 → 64 → 10) trained side by side from the same start on a
 * few labelled digits: one on the hard labels, one on the teacher's (the site's digit CNN) outputs
 * softened by T (Hinton et al. 2015). Test accuracy of both on a subset while training, and on the
 * whole held-out set at the end. The maths is demos/lightweight/distill.ts.
 */
import { useRef, useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { accuracy, uploadDigits } from '@/demos/lightweight/cnn';
import { distill, DISTILL_DEFAULTS, DISTILL_QUICK, teacherLogits, type DistillPoint } from '@/demos/lightweight/distill';
import { DISTILL_PARAMS } from './params';
import { STRINGS } from './strings';
import { useCnn } from './useCnn';

const pc = (a: number) => (a * 100).toFixed(1);

export default function Distillation({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang];
  const params = useDemoParams(api, DISTILL_PARAMS);
  const { T, alpha, digits } = params.values;
  const sizes = api.quick ? DISTILL_QUICK : DISTILL_DEFAULTS;
  const nTest = api.quick ? 500 : 2000;
  const [curve, setCurve] = useState<DistillPoint[]>([]);
  const [final, setFinal] = useState<{ hard: number; distilled: number; teacher: number; digits: number; T: number } | null>(null);
  const [busy, setBusy] = useState('');
  const inputs = useRef({ T, alpha, digits });
  inputs.current = { T, alpha, digits };
  const cnn = useCnn(api, { run: (s) => run(s), reset }, nTest);

  function reset() { setCurve([]); setFinal(null); setBusy(''); params.reset(); }

  async function run(signal: AbortSignal) {
    const m = cnn.current;
    if (!m) return;
    const { T, alpha, digits } = inputs.current;
    const t0 = performance.now();
    let msFirst = 0;
    setCurve([]); setFinal(null);
    setBusy(t.distill.teacher);
    const train = uploadDigits(m.train, digits);
    const zt = teacherLogits(m.weights, train);
    try {
      setBusy(t.distill.training);
      const pts: DistillPoint[] = [];
      const r = await distill(train, m.test, zt, { ...sizes, T, alpha, seed: api.seed }, {
        signal,
        onProgress: (f) => api.setProgress(0.9 * f),
        onPoint: (p) => { if (!msFirst) msFirst = performance.now() - t0; pts.push(p); setCurve([...pts]); },
      });
      const teacher = await accuracy(m.weights, m.test, nTest, signal);
      setFinal({ hard: r.hard, distilled: r.distilled, teacher, digits, T });
      api.setMetrics({ 'acc-distilled': +r.distilled.toFixed(4), 'acc-hard': +r.hard.toFixed(4), 'acc-teacher': +teacher.toFixed(4), 'ms-first': Math.round(msFirst), 'ms-headline': Math.round(performance.now() - t0) });
    } finally {
      train.dispose(); zt.dispose();
      setBusy('');
    }
  }

  const winner = final ? (final.distilled > final.hard ? t.distill.winSoft : final.distilled < final.hard ? t.distill.winHard : t.distill.tie) : '';
  return (
    <div className="distillation-demo">
      <div className="demo-controls">
        <Slider label={`T = ${T}`} value={T} control="T" onChange={(v) => params.set('T', v)} min={DISTILL_PARAMS.T.min} max={DISTILL_PARAMS.T.max} step={DISTILL_PARAMS.T.step} />
        <Slider label={`α = ${alpha.toFixed(1)}`} value={alpha} control="alpha" onChange={(v) => params.set('alpha', v)} min={DISTILL_PARAMS.alpha.min} max={DISTILL_PARAMS.alpha.max} step={DISTILL_PARAMS.alpha.step} />
        <Choice label={DISTILL_PARAMS.digits.label[api.lang]} value={digits} choices={DISTILL_PARAMS.digits.choices} control="digits" onChange={(v) => params.set('digits', v)} />
      </div>
      <LineChart title={t.distill.chart} xLabel={t.distill.xLabel} yLabel={t.distill.yLabel} xDomain={[0, sizes.steps]} yDomain={[0.5, 1]}
        series={[
          { name: t.distill.sHard, points: curve.map((p) => ({ x: p.step, y: p.hard })) },
          { name: fill(t.distill.sSoft, { T }), points: curve.map((p) => ({ x: p.step, y: p.distilled })) },
        ]} />
      <p className="hint" aria-live="polite">
        {final
          ? fill(t.distill.result, { digits: final.digits, h: sizes.hidden, hard: pc(final.hard), soft: pc(final.distilled), n: nTest, teacher: pc(final.teacher), winner })
          : busy ? fill(curve.length ? t.common.stillRunning : t.common.running, { what: busy }) : t.common.notRun}
      </p>
    </div>
  );
}

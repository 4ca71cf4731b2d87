'use client';
/**
 * shuffle-learn: Misra et al.'s order verification on generated "videos" of digits — are these
 * three frames in order (forwards or backwards)? — then a linear probe of the frame encoder's
 * features with k labels per class, beside its random start. The maths is
 * demos/ssl/shuffle-learn.ts (and flat-probe.ts); this file wires the controls and draws.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import { LineChart } from '@/components/charts/LineChart';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import type { MnistSet } from '@/demos/data/mnist';
import { mnistFromSite } from '@/demos/data/fetch';
import { digitFloats, uploadFlat, type FlatData, type ProbePoint } from '@/demos/ssl/flat-probe';
import { mulberry32 } from '@/demos/runtime/rng';
import { FRAMES, randomMotion, runShuffleLearn, sequenceFrames, SHUFFLE_DEFAULTS, SHUFFLE_QUICK, SIDE, type ShuffleResult } from '@/demos/ssl/shuffle-learn';
import { SHUFFLE_PARAMS } from './params';
import { probeRun } from './probe-run';
import { STRINGS } from './strings';

const pct = (v: number) => (v * 100).toFixed(1);

export default function ShuffleLearn({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].shuffle;
  const params = useDemoParams(api, SHUFFLE_PARAMS);
  const { steps, motion, k } = params.values;
  const sizes = api.quick ? SHUFFLE_QUICK : SHUFFLE_DEFAULTS;
  const data = useRef<FlatData | null>(null);
  const [test, setTest] = useState<MnistSet | null>(null);
  const [random, setRandom] = useState<number | null>(null);
  const [curve, setCurve] = useState<ProbePoint[]>([]);
  const [result, setResult] = useState<ShuffleResult | null>(null);
  const [phase, setPhase] = useState('');
  const inputs = useRef({ steps, motion, k });
  inputs.current = { steps, motion, k };

  const clear = () => { setRandom(null); setCurve([]); setResult(null); setPhase(''); };

  useEffect(() => {
    let alive = true;
    Promise.all([mnistFromSite('train'), mnistFromSite('test')]).then(([train, testSet]) => {
      if (!alive) return;
      data.current = uploadFlat(train, testSet, sizes.testDigits, SIDE);
      setTest(testSet);
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

  // one example "video" of a held-out digit under the chosen motion, before anything trains
  const sequence = useMemo(() => (test ? sequenceFrames(digitFloats(test, 1), randomMotion(motion, mulberry32(api.seed + 3))) : []), [test, motion, api.seed]);

  async function run(signal: AbortSignal) {
    if (!data.current) return;
    const { steps, motion, k } = inputs.current;
    clear();
    const d = data.current;
    await probeRun<ShuffleResult>(api, t, d, steps, k, signal, { setRandom, setCurve, setResult, setPhase },
      (hooks) => runShuffleLearn(d, { ...sizes, steps, motion, k, seed: api.seed }, hooks));
  }

  const lastStep = curve.length ? curve[curve.length - 1].step : 0;
  return (
    <div className="ssl-shuffle-demo">
      <div className="demo-controls">
        <Slider label={fill(t.steps, { steps })} value={steps} control="steps" onChange={(v) => params.set('steps', v)}
          min={SHUFFLE_PARAMS.steps.min} max={SHUFFLE_PARAMS.steps.max} step={SHUFFLE_PARAMS.steps.step} />
        <Choice label={t.motion} value={motion} choices={SHUFFLE_PARAMS.motion.choices} control="motion" format={(v) => t.motions[v]} onChange={(v) => params.set('motion', v)} />
        <Choice label={t.k} value={k} choices={SHUFFLE_PARAMS.k.choices} control="k" onChange={(v) => params.set('k', v)} />
      </div>
      {sequence.length > 0 && (
        <figure className="ssl-sequence">
          <figcaption>{fill(t.sequence, { motion: t.motions[motion], n: FRAMES })}</figcaption>
          <div style={{ display: 'flex', gap: '0.25rem', flexWrap: 'wrap' }}>
            {sequence.map((f, i) => <ImageCanvas key={i} data={f} width={SIDE} height={SIDE} size={56} label={fill(t.frame, { i: i + 1 })} />)}
          </div>
        </figure>
      )}
      <LineChart title={fill(t.chart, { k })} xLabel={t.xLabel} yLabel={t.yLabel} xDomain={[0, steps]} yDomain={[0, 1]}
        series={[
          { name: t.sPretext, points: curve.map((p) => ({ x: p.step, y: p.pretext })) },
          { name: t.sProbe, points: [...(random == null ? [] : [{ x: 0, y: random }]), ...curve.map((p) => ({ x: p.step, y: p.probe }))] },
          { name: t.sRandom, points: random == null ? [] : [{ x: 0, y: random }, { x: Math.max(lastStep, 1), y: random }] },
          { name: t.sChance, points: [{ x: 0, y: 0.5 }, { x: steps, y: 0.5 }] },
        ]} />
      <p className="hint" aria-live="polite">
        {result
          ? fill(t.verdict, { pre: pct(result.pretext), k, probe: pct(result.probe), rnd: pct(result.random), gap: ((result.probe - result.random) * 100).toFixed(1), n: data.current?.testX.shape[0] ?? 0 })
          : phase || t.notRun}
      </p>
      {result && <p className="hint">{fill(t.perDraw, { list: result.perDraw.map((d) => `${pct(d.probe)} / ${pct(d.random)}`).join('; ') })}</p>}
      {result && (
        <figure className="ssl-triples">
          <figcaption>{t.examples}</figcaption>
          <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', listStyle: 'none', padding: 0 }}>
            {result.examples.map((e, i) => {
              const desc = fill(t.triple, { order: e.order.map((f) => f + 1).join(', '), truth: e.label ? t.inOrder : t.shuffled, p: pct(e.p) });
              return (
                <li key={i} style={{ display: 'flex', flexDirection: 'column', gap: '0.25rem' }}>
                  <span style={{ display: 'flex', gap: '0.15rem' }}>
                    {e.frames.map((f, j) => <ImageCanvas key={j} data={f} width={SIDE} height={SIDE} size={42} label={fill(t.frame, { i: e.order[j] + 1 })} />)}
                  </span>
                  <span className="hint" style={{ fontSize: '0.8em', maxWidth: '12em' }}>{desc}</span>
                </li>
              );
            })}
          </ul>
        </figure>
      )}
    </div>
  );
}

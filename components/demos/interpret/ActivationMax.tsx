'use client';
/**
 * Activation maximisation on the digit CNN: ten images, one per output neuron, grown by gradient
 * ascent on f_c(I) − λ‖I‖² (demos/interpret/actmax.ts), shown as they form, next to the mean test
 * digit of each class, with the probability the network gives each of its own dreams.
 */
import { useMemo, useRef, useState } from 'react';
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import { Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { actMaxOptions, classMeans, createActMax, DIGIT_CLASSES as CLASSES, snapshot } from '@/demos/interpret/actmax';
import { runLoop } from '@/demos/runtime/loop';
import { useDigitCnn } from '../useDigitCnn';
import { ACTMAX_PARAMS } from './params';
import { STRINGS } from './strings';
import './interpret.css';

/** Full run: 200 ascent steps. `?quick=1` (browser tests): 30. */
const stepsFor = (quick: boolean) => (quick ? 30 : 200);
const READ_EVERY = 10;

export default function ActivationMax({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].actmax;
  const params = useDemoParams(api, ACTMAX_PARAMS);
  const { lambda } = params.values;
  const jitter = params.values.jitter === 1;
  const blur = params.values.blur === 1;
  const [images, setImages] = useState<Float32Array[] | null>(null);
  const [probs, setProbs] = useState<Float32Array | null>(null);
  const [step, setStep] = useState(0);
  const [means, setMeans] = useState<Float32Array[] | null>(null);
  const steps = stepsFor(api.quick);
  const cnn = useDigitCnn(api, { run: (s) => run(s), reset: () => reset() }, () => {
    if (cnn.current) setMeans(classMeans(cnn.current.test));
  });
  const inputs = useRef({ lambda, jitter, blur });
  inputs.current = { lambda, jitter, blur };

  async function run(signal: AbortSignal) {
    const m = cnn.current;
    if (!m) return;
    const { lambda, jitter, blur } = inputs.current;
    const t0 = performance.now();
    const am = createActMax(m.logits, CLASSES, 28, actMaxOptions({ lambda, jitter, blur }, api.seed));
    let shown = false;
    const show = async (i: number) => {
      const r = await snapshot(am);
      setImages(r.images);
      setProbs(r.prob);
      setStep(i);
      if (!shown) { shown = true; api.setMetrics({ 'ms-first': Math.round(performance.now() - t0) }); }
      return r;
    };
    try {
      await runLoop({
        steps, signal,
        step: async (i) => {
          am.step();
          // read back every READ_EVERY steps only: the ascent itself never waits on the GPU
          if ((i + 1) % READ_EVERY === 0 && i + 1 < steps) await show(i + 1);
        },
        onProgress: (f) => api.setProgress(f),
      });
      const r = await show(steps);
      const mean = r.prob.reduce((a, b) => a + b, 0) / r.prob.length;
      const meanScore = r.score.reduce((a, b) => a + b, 0) / r.score.length;
      api.setMetrics({ 'mean-prob': +mean.toFixed(4), 'mean-score': +meanScore.toFixed(3), steps, lambda, 'ms-headline': Math.round(performance.now() - t0) });
    } finally {
      am.dispose();
    }
  }

  function reset() {
    setImages(null);
    setProbs(null);
    setStep(0);
    params.reset();
  }

  const meanProb = useMemo(() => (probs ? probs.reduce((a, b) => a + b, 0) / probs.length : null), [probs]);

  return (
    <div className="actmax">
      <div className="demo-controls">
        <Slider label={fill(t.lambdaLabel, { v: lambda.toFixed(3) })} value={lambda} control="lambda"
          min={ACTMAX_PARAMS.lambda.min} max={ACTMAX_PARAMS.lambda.max} step={ACTMAX_PARAMS.lambda.step} valueText={lambda.toFixed(3)}
          onChange={(v) => params.set('lambda', v)} />
        <fieldset>
          <legend>{t.regularisers}</legend>
          <label><input type="checkbox" checked={jitter} data-control="jitter" onChange={(e) => params.set('jitter', e.target.checked ? 1 : 0)} /> {t.jitter}</label>
          <label><input type="checkbox" checked={blur} data-control="blur" onChange={(e) => params.set('blur', e.target.checked ? 1 : 0)} /> {t.blur}</label>
        </fieldset>
      </div>
      <p className="hint">{images ? fill(t.progress, { step, total: steps }) : t.notRun}</p>
      <div className="class-grid" role="group" aria-label={t.rowDreams}>
        {CLASSES.map((c) => (
          <figure key={c}>
            <ImageCanvas data={images?.[c] ?? null} size={84} label={fill(t.dream, { c })} />
            <figcaption>
              <strong>{c}</strong>
              {probs ? <span className="num"> {(probs[c] * 100).toFixed(1)}%</span> : null}
            </figcaption>
          </figure>
        ))}
      </div>
      <p className="row-label">{t.rowMeans}</p>
      <div className="class-grid means" role="group" aria-label={t.rowMeans}>
        {CLASSES.map((c) => (
          <figure key={c}>
            <ImageCanvas data={means?.[c] ?? null} size={84} label={fill(t.meanDigit, { c })} />
          </figure>
        ))}
      </div>
      {meanProb != null && step === steps ? (
        <p className="verdict" aria-live="polite">{fill(t.summary, { p: (meanProb * 100).toFixed(1), steps })}</p>
      ) : null}
      <p className="hint">{t.method}</p>
    </div>
  );
}

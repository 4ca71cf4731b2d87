'use client';
/**
 * Activation maximisation on the digit CNN: ten images, one per output neuron, grown by gradient
 * ascent on f_c(I) − λ‖I‖² (demos/interpret/actmax.ts), shown as they form, next to the mean test
 * digit of each class, with the probability the network gives each of its own dreams.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type * as tf from '@tensorflow/tfjs';
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import type { DemoApi } from '@/components/demo/types';
import { fill } from '@/content/fill';
import { ACTMAX_DEFAULTS, createActMax } from '@/demos/interpret/actmax';
import { IMAGE_PIXELS, type MnistSet } from '@/demos/data/mnist';
import { runLoop } from '@/demos/runtime/loop';
import { readNumber, writeHashParams } from '@/demos/runtime/params';
import { useDigitCnn } from '../useDigitCnn';
import { STRINGS } from './strings';

const CLASSES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const LAMBDA_MAX = 0.2;
/** Full run: 200 ascent steps. `?quick=1` (browser tests): 30. */
const stepsFor = (quick: boolean) => (quick ? 30 : 200);
const READ_EVERY = 10;

function classMeans(set: MnistSet): Float32Array[] {
  const sums = CLASSES.map(() => new Float32Array(IMAGE_PIXELS));
  const counts = new Array(10).fill(0);
  for (let i = 0; i < set.count; i++) {
    const c = set.labels[i];
    counts[c]++;
    for (let p = 0; p < IMAGE_PIXELS; p++) sums[c][p] += set.images[i * IMAGE_PIXELS + p] / 255;
  }
  return sums.map((s, c) => s.map((v) => v / Math.max(1, counts[c])));
}

export default function ActivationMax({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].actmax;
  const [lambda, setLambda] = useState(() => readNumber(api.hash.get('lambda'), 'λ', ACTMAX_DEFAULTS.lambda, 0, LAMBDA_MAX).value);
  const [jitter, setJitter] = useState(api.hash.get('jitter') !== '0');
  const [blur, setBlur] = useState(api.hash.get('blur') !== '0');
  const [images, setImages] = useState<Float32Array[] | null>(null);
  const [probs, setProbs] = useState<Float32Array | null>(null);
  const [step, setStep] = useState(0);
  const [means, setMeans] = useState<Float32Array[] | null>(null);
  const steps = stepsFor(api.quick);
  const cnn = useDigitCnn(api, { run: (s) => run(s), reset: () => reset() }, () => {
    if (cnn.current) setMeans(classMeans(cnn.current.test));
  });
  // λ is the knob an instructor turns from the presenter window
  useEffect(() => {
    api.exposeParam({ name: 'lambda', label: 'λ', min: 0, max: LAMBDA_MAX, step: 0.005, value: lambda, set: (v) => setLambda(Math.min(Math.max(v, 0), LAMBDA_MAX)) });
  }, [api, lambda]);
  useEffect(() => () => api.exposeParam(null), [api]);
  const inputs = useRef({ lambda, jitter, blur });
  inputs.current = { lambda, jitter, blur };

  useEffect(() => {
    const r = readNumber(api.hash.get('lambda'), 'λ', ACTMAX_DEFAULTS.lambda, 0, LAMBDA_MAX);
    if (r.notice) api.notify(r.notice);
  }, [api]);
  useEffect(() => {
    history.replaceState(null, '', writeHashParams(location.hash, 'activation-max', { lambda, jitter: jitter ? 1 : 0, blur: blur ? 1 : 0 }));
  }, [lambda, jitter, blur]);

  async function run(signal: AbortSignal) {
    const m = cnn.current;
    if (!m) return;
    const { lambda, jitter, blur } = inputs.current;
    const am = createActMax(m.logits as (x: tf.Tensor4D) => tf.Tensor2D, CLASSES, 28, {
      ...ACTMAX_DEFAULTS, lambda, jitter: jitter ? 1 : 0, blurEvery: blur ? ACTMAX_DEFAULTS.blurEvery : 0, seed: api.seed,
    });
    const show = async (i: number) => {
      const [px, r] = await Promise.all([am.images.data(), am.read()]);
      setImages(CLASSES.map((c) => (px as Float32Array).slice(c * IMAGE_PIXELS, (c + 1) * IMAGE_PIXELS)));
      setProbs(r.prob);
      setStep(i);
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
      api.setMetrics({ 'mean-prob': +mean.toFixed(4), 'mean-score': +meanScore.toFixed(3), steps, lambda });
    } finally {
      am.dispose();
    }
  }

  function reset() {
    setImages(null);
    setProbs(null);
    setStep(0);
    setLambda(ACTMAX_DEFAULTS.lambda);
    setJitter(true);
    setBlur(true);
  }

  const meanProb = useMemo(() => (probs ? probs.reduce((a, b) => a + b, 0) / probs.length : null), [probs]);

  return (
    <div className="actmax">
      <div className="demo-controls">
        <label className="slider">
          <span>{fill(t.lambdaLabel, { v: lambda.toFixed(3) })}</span>
          <input type="range" min={0} max={LAMBDA_MAX} step={0.005} value={lambda} data-control="lambda"
            onChange={(e) => setLambda(Number(e.target.value))} aria-valuetext={lambda.toFixed(3)} />
        </label>
        <fieldset>
          <legend>{t.regularisers}</legend>
          <label><input type="checkbox" checked={jitter} data-control="jitter" onChange={(e) => setJitter(e.target.checked)} /> {t.jitter}</label>
          <label><input type="checkbox" checked={blur} data-control="blur" onChange={(e) => setBlur(e.target.checked)} /> {t.blur}</label>
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

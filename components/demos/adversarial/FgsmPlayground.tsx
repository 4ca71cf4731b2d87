'use client';
/**
 * FGSM playground: a real test digit (or the student's drawing), the ε slider, and the attack on
 * the trained digit CNN — original, perturbation, adversarial image, top-3 before and after.
 * Untargeted: one FGSM step. Targeted: iterative steps toward a chosen class (Kurakin et al.).
 * All maths is in demos/adversarial/fgsm.ts; this file only wires controls and draws.
 */
import { useEffect, useRef, useState } from 'react';
import * as tf from '@tensorflow/tfjs';
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import { ProbBars } from '@/components/charts/ProbBars';
import { diverging } from '@/components/charts/colormap';
import type { DemoApi } from '@/components/demo/types';
import { fill } from '@/content/fill';
import { fgsm, targetedIterative, topK } from '@/demos/adversarial/fgsm';
import { imageAsFloats } from '@/demos/data/mnist';
import { mulberry32 } from '@/demos/runtime/rng';
import { readNumber, writeHashParams } from '@/demos/runtime/params';
import { DigitInput } from '../DigitInput';
import { useDigitCnn } from '../useDigitCnn';

type Mode = 'untargeted' | 'targeted';
const EPS_MAX = 0.5;
const TARGET_STEPS = 10;

interface Result {
  x: Float32Array;
  perturbation: Float32Array;
  adv: Float32Array;
  clean: Float32Array;
  after: Float32Array;
  label: number;
  eps: number;
  mode: Mode;
  target: number;
}

export default function FgsmPlayground({ api }: { api: DemoApi }) {
  const t = api.t.fgsm;
  const d = api.t.digits;
  const [source, setSource] = useState<'test' | 'drawing'>('test');
  const [index, setIndex] = useState(() => readNumber(api.hash.get('digit'), d.digitParam, 0, 0, 1999).value);
  const [eps, setEps] = useState(() => readNumber(api.hash.get('eps'), 'ε', 0.15, 0, EPS_MAX).value);
  const [mode, setMode] = useState<Mode>(api.hash.get('mode') === 'targeted' ? 'targeted' : 'untargeted');
  const [target, setTarget] = useState(() => Math.round(readNumber(api.hash.get('target'), t.targetParam, 3, 0, 9).value));
  const [drawn, setDrawn] = useState<Float32Array | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [message, setMessage] = useState('');
  // the first attack runs as soon as the model is there
  const cnn = useDigitCnn(api, { run: (signal) => run(signal), reset: () => reset() }, () => api.requestRun());
  const rand = useRef(mulberry32(api.seed));
  const inputs = useRef({ source, index, eps, mode, target, drawn });
  inputs.current = { source, index, eps, mode, target, drawn };

  // Out-of-range values from a shared link are clamped with a notice, once.
  useEffect(() => {
    for (const [key, name, dflt, min, max] of [['eps', 'ε', 0.15, 0, EPS_MAX], ['digit', d.digitParam, 0, 0, 1999], ['target', t.targetParam, 3, 0, 9]] as const) {
      const r = readNumber(api.hash.get(key), name, dflt, min, max);
      if (r.notice) api.notify(r.notice);
    }
  }, [api, t]);

  async function run(signal: AbortSignal) {
    const m = cnn.current;
    const { source, index, eps, mode, target, drawn } = inputs.current;
    if (!m) return;
    const set = m.test;
    if (source === 'drawing' && !drawn) {
      setMessage(d.drawFirst);
      return;
    }
    setMessage('');
    const x = source === 'drawing' ? drawn! : imageAsFloats(set, index);
    const xt = tf.tensor4d(x, [1, 28, 28, 1]);
    try {
      const clean = tf.tidy(() => tf.softmax(m.logits(xt)));
      const cleanP = (await clean.data()) as Float32Array;
      clean.dispose();
      // For a drawing the true label is unknown: attack the model's own answer.
      const label = source === 'drawing' ? topK(cleanP, 1)[0].cls : set.labels[index];
      if (signal.aborted) throw Object.assign(new Error('stopped'), { name: 'AbortError' });
      const attack = tf.tidy(() => {
        const r = mode === 'targeted'
          ? targetedIterative(m.logits, xt, tf.tensor1d([target], 'int32'), eps, TARGET_STEPS)
          : fgsm(m.logits, xt, tf.tensor1d([label], 'int32'), eps);
        return { adv: r.adv, perturbation: r.perturbation, after: tf.softmax(m.logits(r.adv)) };
      });
      const [adv, perturbation, after] = (await Promise.all([attack.adv.data(), attack.perturbation.data(), attack.after.data()])) as Float32Array[];
      tf.dispose([attack.adv, attack.perturbation, attack.after]);
      const res: Result = { x, perturbation, adv, clean: cleanP, after, label, eps, mode, target };
      setResult(res);
      const predAdv = topK(after, 1)[0];
      api.setMetrics({ 'pred-clean': topK(cleanP, 1)[0].cls, 'pred-adv': predAdv.cls, 'conf-adv': +predAdv.p.toFixed(4), eps });
    } finally {
      xt.dispose();
    }
  }

  function reset() {
    setResult(null);
    setMessage('');
    setSource('test');
    setIndex(0);
    setEps(0.15);
    setMode('untargeted');
    setDrawn(null);
  }

  // Re-attack when a control changes (debounced), and keep the link in step.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    const h = setTimeout(() => api.requestRun(), 120);
    history.replaceState(null, '', writeHashParams(location.hash, 'fgsm', { eps, digit: index, mode, target }));
    return () => clearTimeout(h);
  }, [api, eps, index, mode, target, source, drawn]);

  // ε is the knob an instructor turns from the presenter window
  useEffect(() => {
    api.exposeParam({ name: 'eps', label: 'ε', min: 0, max: EPS_MAX, step: 0.01, value: eps, set: (v) => setEps(Math.min(Math.max(v, 0), EPS_MAX)) });
  }, [api, eps]);
  useEffect(() => () => api.exposeParam(null), [api]);

  const clean = result ? topK(result.clean, 3) : [];
  const after = result ? topK(result.after, 3) : [];
  const flipped = result && clean[0] && after[0] && clean[0].cls !== after[0].cls;

  return (
    <div className="fgsm">
      <div className="demo-controls">
        <DigitInput t={d} name="fgsm-source" source={source} index={index} onSource={setSource} onIndex={setIndex}
          onDrawn={(img) => { setDrawn(img); setMessage(img ? '' : d.drawFirst); }} rand={rand.current} hint={t.drawHint} />
        <label className="eps">
          <span>{fill(t.epsLabel, { eps: eps.toFixed(2) })}</span>
          <input type="range" min={0} max={EPS_MAX} step={0.01} value={eps} data-control="eps"
            onChange={(e) => setEps(Number(e.target.value))} aria-valuetext={eps.toFixed(2)} />
        </label>
        <fieldset className="mode">
          <legend>{t.mode}</legend>
          <label><input type="radio" name="fgsm-mode" checked={mode === 'untargeted'} onChange={() => setMode('untargeted')} /> {t.untargeted}</label>
          <label><input type="radio" name="fgsm-mode" checked={mode === 'targeted'} onChange={() => setMode('targeted')} /> {t.targeted}</label>
          {mode === 'targeted' ? (
            <label>
              {t.targetClass}{' '}
              <select value={target} onChange={(e) => setTarget(Number(e.target.value))}>
                {Array.from({ length: 10 }, (_, k) => <option key={k} value={k}>{k}</option>)}
              </select>
            </label>
          ) : null}
        </fieldset>
      </div>

      {message ? <p className="demo-message" role="alert">{message}</p> : null}

      <div className="fgsm-panels">
        <figure>
          <ImageCanvas data={result?.x ?? null} label={t.original} />
          <figcaption>{t.original}{result ? ` (${t.label} ${result.label})` : ''}</figcaption>
          <ProbBars items={clean} highlight={result?.label} label={t.before} />
        </figure>
        <div className="op" aria-hidden>+</div>
        <figure>
          <ImageCanvas data={result ? result.perturbation.map((v) => (result.eps > 0 ? v / result.eps : 0)) : null} map={diverging} label={t.perturbation} />
          <figcaption>{result?.mode === 'targeted' ? fill(t.perturbationTargeted, { steps: TARGET_STEPS, target: result.target }) : t.perturbation}</figcaption>
          <p className="legend-diverging"><span className="neg">−ε</span><span className="zero">0</span><span className="pos">+ε</span></p>
        </figure>
        <div className="op" aria-hidden>=</div>
        <figure>
          <ImageCanvas data={result?.adv ?? null} label={t.adversarial} />
          <figcaption>{t.adversarial}</figcaption>
          <ProbBars items={after} highlight={result?.mode === 'targeted' ? result.target : result?.label} label={t.after} />
        </figure>
      </div>
      {result ? (
        <p className="fgsm-verdict" aria-live="polite">
          {flipped ? fill(t.flipped, { a: clean[0].cls, b: after[0].cls, p: (after[0].p * 100).toFixed(1), eps: result.eps.toFixed(2) })
            : fill(t.held, { a: clean[0].cls, eps: result.eps.toFixed(2) })}
        </p>
      ) : null}
      <p className="hint">{t.method}</p>
    </div>
  );
}

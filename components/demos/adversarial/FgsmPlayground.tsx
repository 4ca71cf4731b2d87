'use client';
/**
 * FGSM playground: a real test digit (or the student's drawing), the ε slider, and the attack on
 * the trained digit CNN — original, perturbation, adversarial image, top-3 before and after.
 * Untargeted: one FGSM step. Targeted: iterative steps toward a chosen class (Kurakin et al.).
 * All maths is in demos/adversarial/fgsm.ts; this file only wires controls and draws.
 */
import { useEffect, useRef, useState } from 'react';
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import { ProbBars } from '@/components/charts/ProbBars';
import { diverging } from '@/components/charts/colormap';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { useRerunOnChange } from '@/components/demo/useRerunOnChange';
import { fill } from '@/content/fill';
import { attackOne, topK, type AttackResult } from '@/demos/adversarial/fgsm';
import { imageAsFloats } from '@/demos/data/mnist';
import { mulberry32 } from '@/demos/runtime/rng';
import { DigitInput } from '../DigitInput';
import { useDigitCnn } from '../useDigitCnn';
import { FGSM_PARAMS } from './params';
import { STRINGS } from './strings';

const DIGIT_CLASSES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
import { STRINGS as SHARED } from '../strings';

const TARGET_STEPS = 10;

interface Result extends AttackResult {
  x: Float32Array;
  eps: number;
  mode: 'untargeted' | 'targeted';
  target: number;
}

export default function FgsmPlayground({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].fgsm;
  const d = SHARED[api.lang].digits;
  const params = useDemoParams(api, FGSM_PARAMS);
  const { eps, digit: index, mode, target } = params.values;
  const [source, setSource] = useState<'test' | 'drawing'>('test');
  const [drawn, setDrawn] = useState<Float32Array | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [message, setMessage] = useState('');
  // the first attack runs as soon as the model is there
  const cnn = useDigitCnn(api, { run: (signal) => run(signal), reset: () => reset() }, () => api.requestRun());
  const rand = useRef(mulberry32(api.seed));
  const inputs = useRef({ source, index, eps, mode, target, drawn });
  inputs.current = { source, index, eps, mode, target, drawn };

  async function run(signal: AbortSignal) {
    const m = cnn.current;
    const { source, index, eps, mode, target, drawn } = inputs.current;
    if (!m) return;
    if (source === 'drawing' && !drawn) {
      setMessage(d.drawFirst);
      return;
    }
    setMessage('');
    const x = source === 'drawing' ? drawn! : imageAsFloats(m.test, index);
    const t0 = performance.now();
    // for a drawing the true label is unknown: the attack targets the model's own answer
    const r = await attackOne(m.logits, { x, label: source === 'drawing' ? null : m.test.labels[index], eps, mode, target, steps: TARGET_STEPS });
    if (signal.aborted) throw Object.assign(new Error('stopped'), { name: 'AbortError' });
    setResult({ ...r, x, eps, mode, target });
    const predAdv = topK(r.after, 1)[0];
    api.setMetrics({ 'pred-clean': topK(r.clean, 1)[0].cls, 'pred-adv': predAdv.cls, 'conf-adv': +predAdv.p.toFixed(4), eps });
    // one attack, shown whole: the first result is the headline
    const ms = Math.round(performance.now() - t0);
    api.setMetrics({ 'ms-first': ms, 'ms-headline': ms });
  }

  function reset() {
    setResult(null);
    setMessage('');
    setSource('test');
    setDrawn(null);
    params.reset();
  }

  // re-attack when a control changes
  useRerunOnChange(api, [eps, index, mode, target, source, drawn]);

  const clean = result ? topK(result.clean, 3) : [];
  const after = result ? topK(result.after, 3) : [];
  const flipped = result && clean[0] && after[0] && clean[0].cls !== after[0].cls;

  return (
    <div className="fgsm">
      <div className="demo-controls">
        <DigitInput t={d} name="fgsm-source" source={source} index={index} onSource={setSource} onIndex={(i) => params.set('digit', i)}
          onDrawn={(img) => { setDrawn(img); setMessage(img ? '' : d.drawFirst); }} rand={rand.current} hint={t.drawHint} />
        <Slider className="eps" label={fill(t.epsLabel, { eps: eps.toFixed(2) })} value={eps} control="eps"
          min={FGSM_PARAMS.eps.min} max={FGSM_PARAMS.eps.max} step={FGSM_PARAMS.eps.step} valueText={eps.toFixed(2)}
          onChange={(v) => params.set('eps', v)} />
        <Choice className="mode" radio name="fgsm-mode" label={t.mode} value={mode} choices={FGSM_PARAMS.mode.choices}
          format={(m) => (m === 'targeted' ? t.targeted : t.untargeted)} onChange={(m) => params.set('mode', m)}>
          {mode === 'targeted' ? (
            <Choice label={t.targetClass} value={target} choices={DIGIT_CLASSES} onChange={(c) => params.set('target', c)} />
          ) : null}
        </Choice>
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

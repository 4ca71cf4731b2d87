'use client';
/**
 * LRP beside gradient saliency, on the digit CNN: for a test digit or a drawing, and the
 * predicted or a chosen class, the ε-LRP relevance map, |∂f_c/∂x| and gradient × input, and
 * a table of how much of f_c each layer still holds (demos/interpret/lrp.ts).
 */
import { useEffect, useRef, useState } from 'react';
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import { ProbBars } from '@/components/charts/ProbBars';
import { diverging, hot } from '@/components/charts/colormap';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { useRerunOnChange } from '@/components/demo/useRerunOnChange';
import { fill } from '@/content/fill';
import { topK } from '@/demos/adversarial/fgsm';
import { imageAsFloats } from '@/demos/data/mnist';
import { explainOne, type LrpResult } from '@/demos/interpret/lrp';
import { opsOf, type Op } from '@/demos/interpret/ops';
import { mulberry32 } from '@/demos/runtime/rng';
import { DigitInput, type DigitSource } from '../DigitInput';
import { useDigitCnn } from '../useDigitCnn';
import { LRP_EPS as EPS, LRP_PARAMS } from './params';
import { STRINGS } from './strings';
import { STRINGS as SHARED } from '../strings';
import './interpret.css';

/** the class drop-down: the predicted class, or one of the ten */
const CLASS_CHOICES = ['pred', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

interface Result extends LrpResult {
  x: Float32Array;
  eps: number;
}

const maxAbs = (a: Float32Array) => a.reduce((m, v) => Math.max(m, Math.abs(v)), 1e-12);
const epsText = (eps: number) => (eps < 1e-3 ? '≈ 0' : String(eps));

export default function Lrp({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].lrp;
  const d = SHARED[api.lang].digits;
  const params = useDemoParams(api, LRP_PARAMS);
  const { digit: index, eps: epsIndex } = params.values;
  const [source, setSource] = useState<DigitSource>('test');
  const [chosen, setChosen] = useState<number | null>(null);
  const [drawn, setDrawn] = useState<Float32Array | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [message, setMessage] = useState('');
  const ops = useRef<Op[] | null>(null);
  const rand = useRef(mulberry32(api.seed));
  const cnn = useDigitCnn(api, { run: (s) => run(s), reset: () => reset() }, () => {
    ops.current = opsOf(cnn.current!.model);
    api.requestRun();
  });
  const inputs = useRef({ source, index, epsIndex, chosen, drawn });
  inputs.current = { source, index, epsIndex, chosen, drawn };

  async function run(signal: AbortSignal) {
    const m = cnn.current, o = ops.current;
    if (!m || !o) return;
    const { source, index, epsIndex, chosen, drawn } = inputs.current;
    if (source === 'drawing' && !drawn) { setMessage(d.drawFirst); return; }
    setMessage('');
    const x = source === 'drawing' ? drawn! : imageAsFloats(m.test, index);
    const eps = EPS[epsIndex];
    const t0 = performance.now();
    const r = await explainOne(o, x, chosen, eps, signal);
    setResult({ ...r, x, eps });
    const pixels = r.sums[r.sums.length - 1];
    api.setMetrics({ class: r.cls, score: +r.sums[0].toFixed(4), 'relevance-sum': +pixels.toFixed(4), conservation: +(pixels / r.sums[0]).toFixed(4), eps });
    // one explanation, shown whole: the first result is the headline
    const ms = Math.round(performance.now() - t0);
    api.setMetrics({ 'ms-first': ms, 'ms-headline': ms });
  }

  function reset() {
    setResult(null);
    setMessage('');
    setSource('test');
    setChosen(null);
    setDrawn(null);
    params.reset();
  }

  // re-explain when a control changes
  useRerunOnChange(api, [source, index, epsIndex, chosen, drawn]);

  // layer names for the conservation table, top (the score) to bottom (the pixels)
  const rows = ops.current ? ['f_c', ...ops.current.map((o) => o.name).reverse().map((n, i, all) => (i === all.length - 1 ? t.pixels : fill(t.below, { layer: n })))] : [];
  const r = result;
  const rScale = r ? maxAbs(r.relevance) : 1;
  const gScale = r ? maxAbs(r.gradient) : 1;
  const gxiScale = r ? maxAbs(r.gxi) : 1;

  return (
    <div className="lrp">
      <div className="demo-controls">
        <DigitInput t={d} name="lrp-source" source={source} index={index} onSource={setSource} onIndex={(i) => params.set('digit', i)}
          onDrawn={(img) => { setDrawn(img); setMessage(img ? '' : d.drawFirst); }} rand={rand.current} />
        {/* the slider moves over positions in EPS: its value, and the link's #lrp.eps, is the index */}
        <Slider label={fill(t.epsLabel, { eps: epsText(EPS[epsIndex]) })} value={epsIndex} control="eps"
          min={LRP_PARAMS.eps.min} max={LRP_PARAMS.eps.max} step={LRP_PARAMS.eps.step} valueText={String(EPS[epsIndex])}
          onChange={(v) => params.set('eps', v)} />
        <Choice label={t.explainClass} value={chosen ?? 'pred'} choices={CLASS_CHOICES} control="class"
          format={(c) => (c === 'pred' ? t.predicted : String(c))} onChange={(c) => setChosen(c === 'pred' ? null : c)} />
      </div>
      {message ? <p className="demo-message" role="alert">{message}</p> : null}

      <div className="lrp-panels">
        <figure>
          <ImageCanvas data={r?.x ?? null} label={t.input} />
          <figcaption>{t.input}</figcaption>
          <ProbBars items={r ? topK(r.probs, 3) : []} highlight={r?.cls} label={t.top3} />
        </figure>
        <figure>
          <ImageCanvas data={r ? r.relevance.map((v) => v / rScale) : null} map={diverging} label={t.relevance} />
          <figcaption>{r ? fill(t.relevanceOf, { c: r.cls }) : t.relevance}</figcaption>
        </figure>
        <figure>
          <ImageCanvas data={r ? r.gradient.map((v) => Math.abs(v) / gScale) : null} map={hot} label={t.saliency} />
          <figcaption>{t.saliency}</figcaption>
        </figure>
        <figure>
          <ImageCanvas data={r ? r.gxi.map((v) => v / gxiScale) : null} map={diverging} label={t.gxi} />
          <figcaption>{t.gxi}</figcaption>
        </figure>
      </div>
      <p className="hint">{t.legend}</p>

      {r ? (
        <table className="conservation">
          <caption>{fill(t.tableCaption, { c: r.cls, eps: epsText(r.eps) })}</caption>
          <thead><tr><th scope="col">{t.where}</th><th scope="col">Σ R</th><th scope="col">{t.share}</th></tr></thead>
          <tbody>
            {Array.from(r.sums).map((s, i) => (
              <tr key={i}><th scope="row">{rows[i]}</th><td className="num">{s.toFixed(3)}</td><td className="num">{((s / r.sums[0]) * 100).toFixed(1)}%</td></tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="hint">{t.method}</p>
    </div>
  );
}

'use client';
/**
 * LRP beside gradient saliency, on the digit CNN: for a test digit or a drawing, and the
 * predicted or a chosen class, the ε-LRP relevance map, |∂f_c/∂x| and gradient × input, and
 * a table of how much of f_c each layer still holds (demos/interpret/lrp.ts).
 */
import { useEffect, useRef, useState } from 'react';
import * as tf from '@tensorflow/tfjs';
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import { ProbBars } from '@/components/charts/ProbBars';
import { diverging, hot } from '@/components/charts/colormap';
import type { DemoApi } from '@/components/demo/types';
import { fill } from '@/content/fill';
import { topK } from '@/demos/adversarial/fgsm';
import { imageAsFloats } from '@/demos/data/mnist';
import { disposeExplanation, explain } from '@/demos/interpret/lrp';
import { logitsFn, opsOf, type Op } from '@/demos/interpret/ops';
import { mulberry32 } from '@/demos/runtime/rng';
import { readNumber, writeHashParams } from '@/demos/runtime/params';
import { DigitInput, type DigitSource } from '../DigitInput';
import { useDigitCnn } from '../useDigitCnn';
import { STRINGS } from './strings';
import { STRINGS as SHARED } from '../strings';

/** ε choices: from "≈ 0" (LRP-0) to large, where relevance is mostly absorbed. */
const EPS = [1e-6, 0.01, 0.1, 0.25, 1, 5];

interface Result {
  x: Float32Array;
  probs: Float32Array;
  cls: number;
  relevance: Float32Array;
  gradient: Float32Array;
  gxi: Float32Array;
  sums: Float32Array;
  eps: number;
}

const maxAbs = (a: Float32Array) => a.reduce((m, v) => Math.max(m, Math.abs(v)), 1e-12);

export default function Lrp({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].lrp;
  const d = SHARED[api.lang].digits;
  const [source, setSource] = useState<DigitSource>('test');
  const [index, setIndex] = useState(() => Math.round(readNumber(api.hash.get('digit'), d.digitParam, 0, 0, 1999).value));
  const [epsIndex, setEpsIndex] = useState(() => Math.round(readNumber(api.hash.get('eps'), 'ε', 1, 0, EPS.length - 1).value));
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

  useEffect(() => {
    for (const [key, name, dflt, max] of [['digit', d.digitParam, 0, 1999], ['eps', 'ε', 1, EPS.length - 1]] as const) {
      const r = readNumber(api.hash.get(key), name, dflt, 0, max);
      if (r.notice) api.notify(r.notice);
    }
  }, [api, d]);

  async function run(signal: AbortSignal) {
    const m = cnn.current, o = ops.current;
    if (!m || !o) return;
    const { source, index, epsIndex, chosen, drawn } = inputs.current;
    if (source === 'drawing' && !drawn) { setMessage(d.drawFirst); return; }
    setMessage('');
    const x = source === 'drawing' ? drawn! : imageAsFloats(m.test, index);
    const xt = tf.tensor4d(x, [1, 28, 28, 1]);
    try {
      const p = tf.tidy(() => tf.softmax(logitsFn(o)(xt)));
      const probs = (await p.data()) as Float32Array;
      p.dispose();
      if (signal.aborted) throw Object.assign(new Error('stopped'), { name: 'AbortError' });
      const cls = chosen ?? topK(probs, 1)[0].cls;
      const eps = EPS[epsIndex];
      const e = explain(o, xt, cls, eps);
      const [relevance, gradient, gxi, sums] = (await Promise.all([e.relevance.data(), e.gradient.data(), e.gradientTimesInput.data(), e.sums.data()])) as Float32Array[];
      disposeExplanation(e);
      setResult({ x, probs, cls, relevance, gradient, gxi, sums, eps });
      const pixels = sums[sums.length - 1];
      api.setMetrics({ class: cls, score: +sums[0].toFixed(4), 'relevance-sum': +pixels.toFixed(4), conservation: +(pixels / sums[0]).toFixed(4), eps });
    } finally {
      xt.dispose();
    }
  }

  function reset() {
    setResult(null);
    setMessage('');
    setSource('test');
    setIndex(0);
    setEpsIndex(1);
    setChosen(null);
    setDrawn(null);
  }

  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    const h = setTimeout(() => api.requestRun(), 120);
    history.replaceState(null, '', writeHashParams(location.hash, 'lrp', { digit: index, eps: epsIndex }));
    return () => clearTimeout(h);
  }, [api, source, index, epsIndex, chosen, drawn]);

  // layer names for the conservation table, top (the score) to bottom (the pixels)
  const rows = ops.current ? ['f_c', ...ops.current.map((o) => o.name).reverse().map((n, i, all) => (i === all.length - 1 ? t.pixels : fill(t.below, { layer: n })))] : [];
  const r = result;
  const rScale = r ? maxAbs(r.relevance) : 1;
  const gScale = r ? maxAbs(r.gradient) : 1;
  const gxiScale = r ? maxAbs(r.gxi) : 1;

  return (
    <div className="lrp">
      <div className="demo-controls">
        <DigitInput t={d} name="lrp-source" source={source} index={index} onSource={setSource} onIndex={setIndex}
          onDrawn={(img) => { setDrawn(img); setMessage(img ? '' : d.drawFirst); }} rand={rand.current} />
        <label className="slider">
          <span>{fill(t.epsLabel, { eps: EPS[epsIndex] < 1e-3 ? '≈ 0' : String(EPS[epsIndex]) })}</span>
          <input type="range" min={0} max={EPS.length - 1} step={1} value={epsIndex} data-control="eps"
            onChange={(e) => setEpsIndex(Number(e.target.value))} aria-valuetext={String(EPS[epsIndex])} />
        </label>
        <label>
          {t.explainClass}{' '}
          <select value={chosen ?? 'pred'} data-control="class" onChange={(e) => setChosen(e.target.value === 'pred' ? null : Number(e.target.value))}>
            <option value="pred">{t.predicted}</option>
            {Array.from({ length: 10 }, (_, k) => <option key={k} value={k}>{k}</option>)}
          </select>
        </label>
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
          <caption>{fill(t.tableCaption, { c: r.cls, eps: r.eps < 1e-3 ? '≈ 0' : String(r.eps) })}</caption>
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

'use client';
/**
 * Teach the digit features your own symbols: the student draws a few examples of 2–5 symbols,
 * a new head on the frozen extractor (pre-trained on digits 0–4 only) trains in well under a
 * second, and new drawings are classified with their softmax confidence. Changing the examples
 * retrains by itself; Run retrains and recognises what is on the pad. There is no separate quick
 * workload: a run is already tiny (150 full-batch steps of a linear head).
 */
import { useEffect, useRef, useState } from 'react';
import { DrawPad } from '@/components/charts/DrawPad';
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import { ProbBars } from '@/components/charts/ProbBars';
import type { DemoApi } from '@/components/demo/types';
import { fill } from '@/content/fill';
import { drawingToMnist } from '@/demos/data/drawing';
import { loadExtractor, type Extractor } from '@/demos/fewshot/extractor';
import {
  MAX_SYMBOLS, MIN_SYMBOLS, SAMPLE_SHAPES, SHIFTS, checkSymbols, fitSymbols, recogniseSymbol, sampleStrokes, strokeInk,
  type SymbolClass, type SymbolHead, type SymbolProblem,
} from '@/demos/fewshot/symbols';
import { mulberry32 } from '@/demos/runtime/rng';
import { throwIfAborted } from '@/demos/runtime/loop';
import { STRINGS } from './strings';
import './fewshot.css';

const SAMPLES_PER_SHAPE = 3;
const SAMPLE_NAMES = ['○', '×', '△'];
const initialClasses = (): SymbolClass[] => ['A', 'B', 'C'].map((name) => ({ name, examples: [] }));

export default function OwnSymbols({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].fsSymbols;
  const [classes, setClasses] = useState<SymbolClass[]>(initialClasses);
  const [drawing, setDrawing] = useState<Float32Array | null>(null);
  const [clearSignal, setClearSignal] = useState(0);
  const [message, setMessage] = useState('');
  const [trainedInfo, setTrainedInfo] = useState('');
  const [stale, setStale] = useState(false);
  const [result, setResult] = useState<{ probs: number[]; names: string[] } | null>(null);
  const extractor = useRef<Extractor | null>(null);
  const head = useRef<SymbolHead | null>(null);
  const rand = useRef(mulberry32(api.seed));
  const current = useRef({ classes, drawing });
  current.current = { classes, drawing };
  const version = useRef(0); // bumps whenever the examples change

  const say = (p: SymbolProblem) =>
    p.kind === 'emptyClass' ? fill(t.emptyClass, { name: p.name }) : fill(p.kind === 'tooFew' ? t.tooFew : t.tooMany, { count: p.count });

  useEffect(() => {
    let alive = true;
    api.register({ run: (s) => run(s), reset: () => reset() });
    loadExtractor().then((e) => {
      if (!alive) { e.dispose(); return; }
      extractor.current = e;
      api.ready();
    }, (e) => api.fail(e));
    return () => {
      alive = false;
      head.current?.dispose();
      head.current = null;
      extractor.current?.dispose();
      extractor.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Each symbol's probability for one drawing, with the current head. */
  async function recognise(img: Float32Array, names: string[]) {
    const ex = extractor.current, h = head.current;
    if (!ex || !h) return;
    const p = await recogniseSymbol(ex.features, h, img);
    setResult({ probs: p, names });
    const best = p.indexOf(Math.max(...p));
    api.setMetrics({ classes: names.length, prediction: best, confidence: +p[best].toFixed(4) });
  }

  async function run(signal: AbortSignal) {
    const { classes: cs, drawing: img } = current.current;
    const problem = checkSymbols(cs);
    if (problem) { setMessage(say(problem)); return; }
    setMessage('');
    const ex = extractor.current;
    if (!ex) return;
    const started = performance.now();
    const seen = version.current;
    throwIfAborted(signal);
    const fit = await fitSymbols(ex.features, cs, api.seed);
    head.current?.dispose();
    head.current = fit.head;
    const ms = performance.now() - started;
    const drawings = cs.reduce((s, c) => s + c.examples.length, 0);
    setTrainedInfo(fill(t.trained, { images: fit.images, drawings, shifts: SHIFTS.length, ms: Math.round(ms), acc: `${(fit.accuracy * 100).toFixed(0)}%` }));
    setStale(version.current !== seen);
    // one short fit: the first result and the headline are the same moment
    api.setMetrics({ classes: cs.length, examples: drawings, 'train-accuracy': +fit.accuracy.toFixed(4), 'train-ms': Math.round(ms), 'ms-first': Math.round(ms), 'ms-headline': Math.round(ms) });
    if (img) await recognise(img, cs.map((c) => c.name));
    else setResult(null);
  }

  function reset() {
    head.current?.dispose();
    head.current = null;
    skipRun.current = true;
    setClasses(initialClasses());
    setDrawing(null);
    setClearSignal((c) => c + 1);
    setMessage('');
    setTrainedInfo('');
    setResult(null);
    setStale(false);
  }

  // changed examples retrain by themselves (debounced) once every symbol has one
  const first = useRef(true);
  const skipRun = useRef(false);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    version.current++;
    if (skipRun.current) { skipRun.current = false; return; }
    if (head.current) setStale(true);
    if (checkSymbols(classes)) return;
    const h = setTimeout(() => api.requestRun(), 300);
    return () => clearTimeout(h);
  }, [api, classes]);

  const update = (f: (cs: SymbolClass[]) => SymbolClass[]) => { setMessage(''); setClasses(f); };

  const addTo = (i: number) => {
    if (!drawing) { setMessage(t.emptyDrawing); return; }
    const img = drawing;
    update((cs) => cs.map((c, j) => (j === i ? { ...c, examples: [...c.examples, img] } : c)));
    setDrawing(null);
    setResult(null);
    setClearSignal((c) => c + 1);
  };

  const classify = () => {
    if (!drawing) { setMessage(t.emptyDrawing); return; }
    const problem = checkSymbols(classes);
    if (problem) { setMessage(say(problem)); return; }
    setMessage('');
    // a stale or missing head is retrained first; the run then recognises the drawing
    if (!head.current || stale) api.requestRun();
    else void recognise(drawing, classes.map((c) => c.name)).catch((e) => api.fail(e));
  };

  const loadSamples = () => {
    const r = rand.current;
    update(() => SAMPLE_SHAPES.map((shape, i) => ({
      name: SAMPLE_NAMES[i],
      examples: Array.from({ length: SAMPLES_PER_SHAPE }, () => drawingToMnist(strokeInk(sampleStrokes(shape, r)), 280, 280)!),
    })));
  };

  const best = result ? result.probs.indexOf(Math.max(...result.probs)) : -1;

  return (
    <div className="own-symbols">
      <p className="hint">{t.intro}</p>
      <div className="symbol-list" role="group" aria-label={t.symbols}>
        {classes.map((c, i) => (
          <fieldset key={i} className="symbol-class" data-symbol={i} data-examples={c.examples.length}>
            <legend>
              <input type="text" value={c.name} maxLength={12} aria-label={fill(t.symbolName, { i: i + 1 })}
                onChange={(e) => { const name = e.target.value; update((cs) => cs.map((d, j) => (j === i ? { ...d, name } : d))); }} />
              <span className="hint"> {fill(t.examples, { n: c.examples.length })}</span>
            </legend>
            <div className="symbol-examples">
              {c.examples.map((img, k) => (
                <button key={k} type="button" className="symbol-example" aria-label={fill(t.removeExample, { i: k + 1, name: c.name })}
                  onClick={() => update((cs) => cs.map((d, j) => (j === i ? { ...d, examples: d.examples.filter((_, m) => m !== k) } : d)))}>
                  <ImageCanvas data={img} size={42} label={`${c.name} ${k + 1}`} />
                </button>
              ))}
            </div>
            <div className="symbol-actions">
              <button type="button" data-add={i} onClick={() => addTo(i)}>{fill(t.addTo, { name: c.name })}</button>
              <button type="button" disabled={classes.length <= MIN_SYMBOLS} aria-label={fill(t.removeSymbol, { name: c.name })}
                onClick={() => update((cs) => cs.filter((_, j) => j !== i))}>×</button>
            </div>
          </fieldset>
        ))}
      </div>
      <div className="demo-controls">
        <button type="button" data-action="add-symbol" disabled={classes.length >= MAX_SYMBOLS}
          onClick={() => update((cs) => [...cs, { name: String.fromCharCode(65 + cs.length), examples: [] }])}>{t.addSymbol}</button>
        <button type="button" data-action="samples" onClick={loadSamples}>{t.samples}</button>
      </div>
      <div className="draw-row">
        <DrawPad label={t.drawHere} clearSignal={clearSignal} onChange={(ink, w, h) => { setDrawing(drawingToMnist(ink, w, h)); setResult(null); }} />
        <div className="symbol-side">
          <p className="hint">{t.drawHint}</p>
          <p>
            <button type="button" data-action="classify" onClick={classify}>{t.classify}</button>{' '}
            <button type="button" onClick={() => { setDrawing(null); setResult(null); setClearSignal((c) => c + 1); }}>{t.clear}</button>
          </p>
          {result ? (
            <div className="symbol-result" data-prediction={best}>
              <p className="verdict">{fill(t.prediction, { name: result.names[best] })} · {fill(t.confidence, { p: `${(result.probs[best] * 100).toFixed(1)}%` })}</p>
              <ProbBars label={t.probs} highlight={best} items={result.probs.map((p, i) => ({ cls: i, p, name: result.names[i] }))} />
            </div>
          ) : null}
        </div>
      </div>
      {message ? <p className="demo-message" role="alert">{message}</p> : null}
      <p className="demo-status" aria-live="polite">{stale ? t.stale : trainedInfo || t.notTrained}</p>
      <p className="hint">{t.caveat}</p>
    </div>
  );
}

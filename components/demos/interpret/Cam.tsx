'use client';
/**
 * Class activation maps on cluttered digits. The model (public/models/digit-cam) was trained on
 * 56×56 canvases with labels only. For the chosen canvas: the image, the CAM of the predicted or
 * any chosen class laid over it with the digit's true box, and the weighted feature maps
 * w_k^c f_k that add up to it. Run measures weakly-supervised localisation over the held-out
 * canvases: how often the predicted class's CAM peaks inside the digit's box.
 */
import { useEffect, useRef, useState } from 'react';
import { HeatmapCanvas } from '@/components/charts/HeatmapCanvas';
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import { ProbBars } from '@/components/charts/ProbBars';
import { diverging } from '@/components/charts/colormap';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { topK } from '@/demos/adversarial/fgsm';
import { CLUTTER_SIZE, clutteredTestSet, inBox, type ClutteredSet } from '@/demos/data/clutter';
import { camNet, explainCanvas, localisation, type CamNet, type CanvasExplanation, type LocalisationResult } from '@/demos/interpret/cam';
import { mulberry32 } from '@/demos/runtime/rng';
import { useDigitCnn } from '../useDigitCnn';
import { CAM_PARAMS, camCount } from './params';
import { STRINGS } from './strings';
import { STRINGS as SHARED } from '../strings';
import './interpret.css';

const S = CLUTTER_SIZE;

export default function Cam({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].cam;
  // full run: 500 held-out canvases (the measure); `?quick=1` (browser tests): 100
  const count = camCount(api.quick);
  const params = useDemoParams(api, CAM_PARAMS);
  // the schema allows the full run's range; the quick run has fewer canvases
  const index = Math.min(params.values.image, count - 1);
  const setIndex = (i: number) => params.set('image', i);
  const [chosen, setChosen] = useState<number | null>(null);
  const [one, setOne] = useState<CanvasExplanation | null>(null);
  const [result, setResult] = useState<LocalisationResult | null>(null);
  const [done, setDone] = useState(0);
  const [ready, setReady] = useState(false);
  const data = useRef<{ net: CamNet; set: ClutteredSet } | null>(null);
  const rand = useRef(mulberry32(api.seed));
  const cnn = useDigitCnn(api, { run: (s) => run(s), reset: () => reset() }, () => {
    const m = cnn.current!;
    data.current = { net: camNet(m.model), set: clutteredTestSet(m.test, count) };
    setReady(true);
  }, 'digit-cam');

  // the single-canvas view follows the controls at once; it is not a "run"
  useEffect(() => {
    const d = data.current;
    if (!ready || !d) return;
    let live = true;
    explainCanvas(d.net, d.set, index, chosen).then((o) => { if (live) setOne(o); }, (e) => api.fail(e));
    return () => { live = false; };
  }, [api, ready, index, chosen]);

  async function run(signal: AbortSignal) {
    const d = data.current;
    if (!d) return;
    setResult(null);
    setDone(0);
    const t0 = performance.now();
    const r = await localisation(d.net, d.set, {
      signal, batch: 50,
      onProgress: (n) => { setDone(n); api.setProgress(n / d.set.count); },
    });
    setResult(r);
    api.setMetrics({ localization: +r.rate.toFixed(4), accuracy: +r.accuracy.toFixed(4), images: r.count });
    // one number answers the question, so the first result is the headline
    const ms = Math.round(performance.now() - t0);
    api.setMetrics({ 'ms-first': ms, 'ms-headline': ms });
  }

  function reset() {
    setResult(null);
    setDone(0);
    setChosen(null);
    params.reset();
  }

  const set = data.current?.set;
  const box = set?.boxes[index];
  const label = set?.labels[index];
  const hit = one && box ? inBox(box, one.peak.x, one.peak.y) : null;
  const maxAbs = one ? Math.max(1e-6, ...one.parts.map((p) => Math.max(...p.map.map(Math.abs)))) : 1;
  const mapMax = one ? Math.max(1e-6, ...one.map.map(Math.abs)) : 1;

  return (
    <div className="cam">
      <div className="demo-controls">
        <fieldset>
          <legend>{t.canvas}</legend>
          <span className="digit-picker">
            <button type="button" aria-label={t.prev} onClick={() => setIndex((index + count - 1) % count)}>‹</button>
            <input type="number" min={0} max={count - 1} value={index} aria-label={fill(t.canvasIndex, { max: count - 1 })}
              onChange={(e) => { const v = Number(e.target.value); if (Number.isInteger(v) && v >= 0 && v < count) setIndex(v); }} />
            <button type="button" aria-label={t.next} onClick={() => setIndex((index + 1) % count)}>›</button>
            <button type="button" data-action="random-digit" onClick={() => setIndex(Math.floor(rand.current() * count))}>{SHARED[api.lang].digits.random}</button>
          </span>
        </fieldset>
        <fieldset className="class-choice">
          <legend>{t.mapFor}</legend>
          <label><input type="radio" name="cam-class" checked={chosen === null} onChange={() => setChosen(null)} /> {t.predicted}</label>
          {Array.from({ length: 10 }, (_, c) => (
            <label key={c}><input type="radio" name="cam-class" checked={chosen === c} data-control={`class-${c}`} onChange={() => setChosen(c)} /> {c}</label>
          ))}
        </fieldset>
      </div>

      <div className="cam-panels">
        <figure>
          <HeatmapCanvas base={one?.image ?? null} heat={null} width={S} size={196}
            boxes={box ? [{ box, color: '#1a9850' }] : []} label={t.image} />
          <figcaption>{t.image}{label != null ? ` (${t.label} ${label})` : ''}</figcaption>
          <ProbBars items={one ? topK(one.probs, 3) : []} highlight={label} label={t.top3} />
        </figure>
        <figure>
          <HeatmapCanvas base={one?.image ?? null} heat={one?.heat ?? null} width={S} size={196}
            boxes={box ? [{ box, color: '#1a9850' }] : []} marks={one ? [{ ...one.peak, color: '#2166ac' }] : []} label={one ? fill(t.camOf, { c: one.cls }) : t.image} />
          <figcaption>{one ? fill(t.camOf, { c: one.cls }) : ''}</figcaption>
          {hit != null ? <p className={hit ? 'good' : 'bad'}>{hit ? t.hit : t.miss}</p> : null}
        </figure>
      </div>

      {one ? (
        <div className="cam-sum" role="group" aria-label={t.partsTitle}>
          <p className="row-label">{fill(t.partsTitle, { c: one.cls, shown: one.parts.length, k: one.channels })}</p>
          <div className="cam-parts">
            {one.parts.map((p, i) => (
              <figure key={p.k}>
                <ImageCanvas data={p.map.map((v) => v / maxAbs)} width={one.grid} height={one.grid} size={72} map={diverging} label={fill(t.part, { k: p.k, w: p.w.toFixed(2) })} />
                <figcaption>{i > 0 ? '+ ' : ''}{fill(t.part, { k: p.k, w: p.w.toFixed(2) })}</figcaption>
              </figure>
            ))}
            <div className="op" aria-hidden>+ …</div>
            <div className="op" aria-hidden>=</div>
            <figure>
              <ImageCanvas data={one.map.map((v) => v / mapMax)} width={one.grid} height={one.grid} size={72} map={diverging} label={fill(t.camOf, { c: one.cls })} />
              <figcaption>{fill(t.mc, { c: one.cls })}</figcaption>
            </figure>
          </div>
          <p className="hint">{fill(t.scoreCheck, { mean: (one.map.reduce((a, b) => a + b, 0) / one.map.length).toFixed(3), b: one.bias.toFixed(3), s: (one.map.reduce((a, b) => a + b, 0) / one.map.length + one.bias).toFixed(3), logit: one.logit.toFixed(3) })}</p>
        </div>
      ) : null}

      <div className="cam-measure" aria-live="polite">
        {result ? (
          <p className="verdict">{fill(t.result, { rate: (result.rate * 100).toFixed(1), n: result.count, acc: (result.accuracy * 100).toFixed(1) })}</p>
        ) : done > 0 ? (
          <p className="hint">{fill(t.progress, { done, total: count })}</p>
        ) : (
          <p className="hint">{fill(t.notRun, { n: count })}</p>
        )}
      </div>
    </div>
  );
}

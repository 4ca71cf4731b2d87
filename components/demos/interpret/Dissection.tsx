'use client';
/**
 * Unit dissection of the digit CNN: Run scans the held-out digits once and keeps, for every
 * channel of conv1, conv2 and the last conv layer, the images and places where it fires hardest
 * (demos/interpret/dissection.ts). Pick a layer and a channel to see its top receptive-field
 * patches, its class selectivity, and where it fires on a digit of your choice.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { HeatmapCanvas } from '@/components/charts/HeatmapCanvas';
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import type { DemoApi } from '@/components/demo/types';
import { fill } from '@/content/fill';
import { imageAsFloats, IMAGE_SIZE } from '@/demos/data/mnist';
import { channelOnImage, dissect, dissectionNet, patchOf, type DissectionNet, type Dissection as Result } from '@/demos/interpret/dissection';
import { mulberry32 } from '@/demos/runtime/rng';
import { DigitInput, type DigitSource } from '../DigitInput';
import { useDigitCnn } from '../useDigitCnn';
import { STRINGS } from './strings';
import { STRINGS as SHARED } from '../strings';
import './interpret.css';

/** Full run: all 2,000 held-out digits. `?quick=1` (browser tests): 300. */
const limitFor = (quick: boolean) => (quick ? 300 : 2000);
const TOP_SHOWN = 9;

export default function Dissection({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].dissection;
  const d = SHARED[api.lang].digits;
  const [results, setResults] = useState<Result[] | null>(null);
  const [layer, setLayer] = useState(0);
  const [channel, setChannel] = useState(0);
  const [source, setSource] = useState<DigitSource>('test');
  const [index, setIndex] = useState(0);
  const [drawn, setDrawn] = useState<Float32Array | null>(null);
  const [act, setAct] = useState<{ image: Float32Array; heat: Float32Array; peak: number } | null>(null);
  const [message, setMessage] = useState('');
  const [ready, setReady] = useState(false);
  const net = useRef<DissectionNet | null>(null);
  const rand = useRef(mulberry32(api.seed));
  const limit = limitFor(api.quick);
  const cnn = useDigitCnn(api, { run: (s) => run(s), reset: () => reset() }, () => {
    net.current = dissectionNet(cnn.current!.model);
    setReady(true);
  });

  async function run(signal: AbortSignal) {
    const n = net.current, m = cnn.current;
    if (!n || !m) return;
    setResults(null);
    const t0 = performance.now();
    const r = await dissect(n.ops, n.layers, m.test, { limit, k: 50, signal, onProgress: (done, total) => api.setProgress(done / total) });
    setResults(r);
    const metrics: Record<string, number> = { images: r[0].images };
    r.forEach((x) => { metrics[`selectivity-${x.layer}`] = +x.meanSelectivity.toFixed(4); });
    const ms = Math.round(performance.now() - t0);
    api.setMetrics({ ...metrics, 'ms-first': ms, 'ms-headline': ms });
  }

  function reset() {
    setResults(null);
    setLayer(0);
    setChannel(0);
    setSource('test');
    setIndex(0);
    setDrawn(null);
  }

  // where the chosen channel fires on the chosen digit (cheap: one forward pass)
  useEffect(() => {
    const n = net.current, m = cnn.current;
    if (!ready || !n || !m) return;
    if (source === 'drawing' && !drawn) { setMessage(d.drawFirst); setAct(null); return; }
    setMessage('');
    const image = source === 'drawing' ? drawn! : imageAsFloats(m.test, index);
    let live = true;
    channelOnImage(n, layer, channel, image).then(({ heat, peak }) => {
      if (!live) return;
      // scale by the channel's strongest response over the test set, when known
      const ref = results?.[layer].top[channel]?.[0]?.value ?? Math.max(peak, 1e-6);
      setAct({ image, heat: heat.map((x) => x / ref), peak });
    });
    return () => { live = false; };
  }, [ready, layer, channel, source, index, drawn, results, d]);

  const cur = results?.[layer];
  const rf = net.current?.rfs[layer];
  const test = cnn.current?.test;
  const patches = useMemo(() => (cur && rf && test ? cur.top[channel]?.slice(0, TOP_SHOWN).map((rec) => ({ rec, px: patchOf(test, rec, rf) })) ?? [] : []), [cur, rf, test, channel]);
  const tiles = useMemo(() => (cur && rf && test ? cur.top.map((top) => (top[0] ? patchOf(test, top[0], rf) : null)) : []), [cur, rf, test]);
  const layerNames = net.current ? net.current.layers.map((i) => net.current!.ops[i].name) : ['conv1', 'conv2', 'features'];

  return (
    <div className="dissection">
      <div className="demo-controls">
        <fieldset>
          <legend>{t.layer}</legend>
          {layerNames.map((name, i) => (
            <label key={name}>
              <input type="radio" name="dissection-layer" checked={layer === i} data-control={`layer-${name}`}
                onChange={() => { setLayer(i); setChannel(0); }} /> {name}
              {net.current ? <span className="hint"> {fill(t.rf, { s: net.current.rfs[i].size })}</span> : null}
            </label>
          ))}
        </fieldset>
      </div>

      {results ? (
        <>
          <table className="selectivity-table">
            <caption>{fill(t.tableCaption, { n: results[0].images })}</caption>
            <thead><tr><th scope="col">{t.layer}</th><th scope="col">{t.channels}</th><th scope="col">{t.rfCol}</th><th scope="col">{t.meanSel}</th></tr></thead>
            <tbody>
              {results.map((r, i) => (
                <tr key={r.layer} className={i === layer ? 'current' : undefined}>
                  <th scope="row">{r.layer}</th><td>{r.channels}</td><td>{net.current!.rfs[i].size}×{net.current!.rfs[i].size}</td>
                  <td className="num">{(r.meanSelectivity * 100).toFixed(1)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="row-label">{fill(t.gridTitle, { layer: cur!.layer, k: cur!.channels })}</p>
          <div className="unit-grid" role="group" aria-label={fill(t.gridTitle, { layer: cur!.layer, k: cur!.channels })}>
            {tiles.map((px, ch) => (
              <button type="button" key={ch} className={ch === channel ? 'unit current' : 'unit'} aria-pressed={ch === channel}
                data-channel={ch} onClick={() => setChannel(ch)} title={fill(t.unitTitle, { ch, p: (cur!.selectivity[ch] * 100).toFixed(0), c: cur!.topClass[ch] })}>
                <ImageCanvas data={px} width={rf!.size} height={rf!.size} size={36} label={fill(t.unitTitle, { ch, p: (cur!.selectivity[ch] * 100).toFixed(0), c: cur!.topClass[ch] })} />
                <span>{ch}</span>
              </button>
            ))}
          </div>
          <div className="unit-detail">
            <div>
              <p className="row-label">{fill(t.topTitle, { layer: cur!.layer, ch: channel, n: patches.length })}</p>
              <div className="patch-grid">
                {patches.map(({ rec, px }) => (
                  <figure key={`${rec.image}-${rec.y}-${rec.x}`}>
                    <ImageCanvas data={px} width={rf!.size} height={rf!.size} size={64} label={fill(t.patch, { i: rec.image, c: test!.labels[rec.image], v: rec.value.toFixed(2) })} />
                    <figcaption>{fill(t.patchShort, { c: test!.labels[rec.image], v: rec.value.toFixed(1) })}</figcaption>
                  </figure>
                ))}
              </div>
              {cur!.top[channel]?.length ? (
                <p className="verdict">{fill(t.selectivity, { p: (cur!.selectivity[channel] * 100).toFixed(0), n: cur!.top[channel].length, c: cur!.topClass[channel] })}</p>
              ) : <p className="hint">{t.silent}</p>}
            </div>
            <div>
              <DigitInput t={d} name="dissection-source" source={source} index={index} onSource={setSource} onIndex={setIndex} onDrawn={setDrawn} rand={rand.current} />
              {message ? <p className="demo-message" role="alert">{message}</p> : null}
              <HeatmapCanvas base={act?.image ?? null} heat={act?.heat ?? null} width={IMAGE_SIZE} size={168} label={fill(t.onDigit, { layer: cur!.layer, ch: channel })} />
              <p className="hint">{act ? fill(t.onDigitPeak, { layer: cur!.layer, ch: channel, v: act.peak.toFixed(2) }) : ''}</p>
            </div>
          </div>
        </>
      ) : (
        <p className="hint">{fill(t.notRun, { n: limit })}</p>
      )}
      <p className="hint">{t.method}</p>
    </div>
  );
}

'use client';
/**
 * conv-explorer: one convolutional layer's arithmetic (kernel shape k × k × C_in, output shape,
 * parameters, multiply–adds) with the slide's two questions answered before the answer shows;
 * then real kernels (hand-made filters, or the first layer of the site's trained digit CNN)
 * applied to a test digit or a drawn one, and one output value written out as a sum of products.
 * The maths is demos/recap/conv-explorer.ts.
 */
import { useRef, useState } from 'react';
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { DigitInput, type DigitSource } from '@/components/demos/DigitInput';
import { STRINGS as SHARED } from '@/components/demos/strings';
import { useDigitCnn } from '@/components/demos/useDigitCnn';
import { fill } from '@/content/fill';
import { imageAsFloats } from '@/demos/data/mnist';
import { featureMaps, firstLayerBank, kernelOf, layerCounts, PRESET_NAMES, presetBank, sumOfProducts, type KernelBank } from '@/demos/recap/conv-explorer';
import { mulberry32 } from '@/demos/runtime/rng';
import { Grid } from './Maps';
import { CONVEXPLORER_PARAMS } from './params';
import { STRINGS } from './strings';

const nf = (v: number) => v.toLocaleString('en-US');

export default function ConvExplorer({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].conv;
  const params = useDemoParams(api, CONVEXPLORER_PARAMS);
  const { cin, k, cout, size, stride, bank } = params.values;
  const counts = layerCounts({ h: size, w: size, cin, k, cout, stride, padding: 'same' });
  const [source, setSource] = useState<DigitSource>('test');
  const [index, setIndex] = useState(0);
  const [drawn, setDrawn] = useState<Float32Array | null>(null);
  const [maps, setMaps] = useState<{ bank: KernelBank; image: Float32Array; maps: Float32Array[] } | null>(null);
  const [pick, setPick] = useState<{ j: number; r: number; c: number } | null>(null);
  const [a1, setA1] = useState('');
  const [a2, setA2] = useState<'' | 'equal' | 'cout' | 'free'>('');
  const [shown, setShown] = useState(false);
  const [message, setMessage] = useState('');
  const rand = useRef(mulberry32(api.seed));
  const inputs = useRef({ source, index, drawn, bank, cin, k, cout, size, stride });
  inputs.current = { source, index, drawn, bank, cin, k, cout, size, stride };
  const cnn = useDigitCnn(api, { run, reset: () => { setMaps(null); setPick(null); setShown(false); setA1(''); setA2(''); params.reset(); } });

  async function run() {
    const c = cnn.current;
    if (!c) return;
    const i = inputs.current;
    const l = layerCounts({ h: i.size, w: i.size, cin: i.cin, k: i.k, cout: i.cout, stride: i.stride, padding: 'same' });
    api.setMetrics({ params: l.params, 'out-channels': l.out[2], macs: l.macs });
    const image = i.source === 'drawing' ? i.drawn : imageAsFloats(c.test, i.index);
    if (!image) { setMessage(SHARED[api.lang].digits.drawFirst); setMaps(null); return; }
    setMessage('');
    const t0 = performance.now();
    const b = i.bank === 'trained' ? await firstLayerBank(c.model) : presetBank(PRESET_NAMES);
    const m = await featureMaps(image, b);
    setMaps({ bank: b, image, maps: m });
    setPick({ j: 0, r: 14, c: 14 });
    const ms = Math.round(performance.now() - t0);
    api.setMetrics({ 'feature-maps': m.length, 'ms-first': ms, 'ms-headline': ms });
  }

  const sum = maps && pick ? sumOfProducts(maps.image, maps.bank, pick.j, pick.r, pick.c) : null;
  const a1Right = a1.replace(/\s/g, '').toLowerCase().replace(/[x*]/g, '×') === `${k}×${k}×${cin}`;
  const names = SHARED[api.lang];
  return (
    <div className="conv-explorer-demo">
      <div className="demo-controls">
        <Slider label={`${t.cin}: ${cin}`} value={cin} control="cin" onChange={(v) => params.set('cin', v)} min={1} max={CONVEXPLORER_PARAMS.cin.max} step={1} />
        <Choice label={t.k} value={k} choices={CONVEXPLORER_PARAMS.k.choices} control="k" onChange={(v) => params.set('k', v)} />
        <Slider label={`${t.cout}: ${cout}`} value={cout} control="cout" onChange={(v) => params.set('cout', v)} min={1} max={CONVEXPLORER_PARAMS.cout.max} step={1} />
        <Slider label={`${t.size}: ${size}`} value={size} control="size" onChange={(v) => params.set('size', v)} min={4} max={CONVEXPLORER_PARAMS.size.max} step={1} />
        <Choice label={t.stride} value={stride} choices={CONVEXPLORER_PARAMS.stride.choices} control="stride" onChange={(v) => params.set('stride', v)} />
      </div>
      <fieldset>
        <legend>{t.q1}</legend>
        <label>{t.yourAnswer} <input type="text" value={a1} placeholder="k × k × ?" onChange={(e) => setA1(e.target.value)} aria-label={t.q1} /></label>
      </fieldset>
      <fieldset>
        <legend>{t.q2}</legend>
        {(['equal', 'cout', 'free'] as const).map((v) => (
          <label key={v} style={{ marginRight: 12 }}>
            <input type="radio" name="recap-q2" checked={a2 === v} onChange={() => setA2(v)} />{' '}
            {v === 'equal' ? 'C_kernel = C_in' : v === 'cout' ? 'C_kernel = C_out' : api.lang === 'zh' ? '无关' : 'unrelated'}
          </label>
        ))}
      </fieldset>
      <button type="button" data-action="reveal" onClick={() => setShown(true)}>{t.check}</button>
      {shown ? (
        <div aria-live="polite">
          <p className="hint">{a1Right ? t.right : t.wrong} {fill(t.a1, { k, cin })}</p>
          <p className="hint">{a2 === 'equal' ? t.right : t.wrong} {fill(t.a2, { cin, cout })}</p>
          <table>
            <caption>{t.table}</caption>
            <tbody>
              <tr><th scope="row">{t.kernelShape}</th><td>{counts.kernel.join(' × ')}</td></tr>
              <tr><th scope="row">{t.outShape}</th><td>{counts.out.join(' × ')}</td></tr>
              <tr><th scope="row">{t.params}</th><td>{nf(counts.params)} = {k}·{k}·{cin}·{cout} + {cout} ({fill(t.weightsBiases, { w: nf(counts.weights), b: counts.biases })})</td></tr>
              <tr><th scope="row">{t.macs}</th><td>{nf(counts.macs)} = {counts.out[0]}·{counts.out[1]}·{cout} · {k}·{k}·{cin}</td></tr>
            </tbody>
          </table>
        </div>
      ) : null}
      <Choice label={t.bank} value={bank} choices={CONVEXPLORER_PARAMS.bank.choices} format={(v) => (v === 'trained' ? t.trained : t.presets)} control="bank" onChange={(v) => params.set('bank', v)} />
      <DigitInput t={names.digits} name="recap-conv-digit" source={source} index={index} onSource={setSource} onIndex={setIndex} onDrawn={setDrawn} rand={rand.current} />
      {message ? <p className="notice" role="status">{message}</p> : null}
      {maps ? (
        <div>
          <p className="hint">{t.mapsTitle} {fill(t.done, { n: maps.maps.length })}</p>
          <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
            <ImageCanvas data={maps.image} size={84} label={t.inputAlt} />
            <Grid items={Array.from({ length: maps.bank.n }, (_, j) => kernelOf(maps.bank, j))} side={maps.bank.k} signed size={40} alt={t.kernelAlt} />
          </div>
          <Grid items={maps.maps} side={28} signed={!maps.bank.relu} size={72} alt={t.mapAlt} onPick={(j, r, c) => setPick({ j, r, c })} />
          {maps.bank.relu ? null : (
            <p className="hint">{PRESET_NAMES.map((n, j) => `${j + 1}: ${t.names[n]}`).join(' · ')}</p>
          )}
          {sum && pick ? (
            <div aria-live="polite">
              <p className="hint">{fill(t.sumTitle, { j: pick.j + 1, r: pick.r, c: pick.c })}</p>
              <p style={{ fontFamily: 'monospace', fontSize: '0.8rem', overflowWrap: 'anywhere' }}>
                {sum.patch.map((v, i) => `${v.toFixed(2)}·${sum.kernel[i].toFixed(2)}`).join(' + ')} + {t.bias} {sum.bias.toFixed(2)} = {sum.value.toFixed(3)}
                {maps.bank.relu ? ` → ${t.relu} ${Math.max(0, sum.value).toFixed(3)}` : ''}
              </p>
            </div>
          ) : null}
        </div>
      ) : <p className="hint">{t.notRun}</p>}
    </div>
  );
}

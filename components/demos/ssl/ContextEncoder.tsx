'use client';
/**
 * context-encoder: Pathak et al.'s inpainting task on 14×14 digits — train an encoder–decoder to
 * fill a hidden block, scored on held-out digits against the mean digit; then the student paints
 * their own mask (or uses the buttons) and sees the fill. The maths is demos/ssl/context-encoder.ts;
 * the model lives there too (this view keeps a handle to dispose, never a tensor of its own).
 */
import { useEffect, useRef, useState } from 'react';
import { grey, type Rgb } from '@/components/charts/colormap';
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import { LineChart } from '@/components/charts/LineChart';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { mnistFromSite } from '@/demos/data/fetch';
import { BLOCK, CONTEXT_DEFAULTS, CONTEXT_QUICK, createContextModel, inpaint, makeMasks, SIDE, trainContextEncoder, type ContextModel, type ContextPoint, type ContextResult } from '@/demos/ssl/context-encoder';
import { digitFloats, uploadFlat, type FlatData } from '@/demos/ssl/flat-probe';
import { mulberry32 } from '@/demos/runtime/rng';
import { centreMask } from '@/demos/ssl/pretext';
import { CONTEXT_PARAMS } from './params';
import { MaskPad } from './MaskPad';
import { STRINGS } from './strings';

const D = SIDE * SIDE;
/** hole pixels are passed as −1 and drawn orange */
const withHole: (v: number) => Rgb = (v) => (v < 0 ? [234, 88, 12] : grey(v));
const holed = (x: Float32Array, m: Float32Array) => x.map((v, p) => (m[p] > 0 ? -1 : v));
const f4 = (v: number) => v.toFixed(4);

export default function ContextEncoder({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].context;
  const params = useDemoParams(api, CONTEXT_PARAMS);
  const { steps, mask: maskMode, loss } = params.values;
  const sizes = api.quick ? CONTEXT_QUICK : CONTEXT_DEFAULTS;
  const data = useRef<FlatData | null>(null);
  const model = useRef<ContextModel | null>(null);
  const [curve, setCurve] = useState<ContextPoint[]>([]);
  const [result, setResult] = useState<ContextResult | null>(null);
  const [phase, setPhase] = useState('');
  const [digit, setDigit] = useState(0);
  const [x, setX] = useState<Float32Array>(() => new Float32Array(D));
  const [mask, setMask] = useState<Float32Array>(() => centreMask(SIDE, BLOCK));
  const [mine, setMine] = useState<{ fill?: Float32Array; mse?: number; mseMean?: number; msg?: string } | null>(null);
  const rand = useRef(mulberry32(api.seed));
  const inputs = useRef({ steps, maskMode, loss });
  inputs.current = { steps, maskMode, loss };
  // run is registered once: it reads the painted digit and mask from here, not from its closure
  const painted = useRef({ x, mask });
  painted.current = { x, mask };

  const dropModel = () => { model.current?.dispose(); model.current = null; };
  const clear = () => { setCurve([]); setResult(null); setPhase(''); setMine(null); };

  useEffect(() => {
    let alive = true;
    Promise.all([mnistFromSite('train'), mnistFromSite('test')]).then(([train, test]) => {
      if (!alive) return;
      data.current = uploadFlat(train, test, sizes.testDigits, SIDE);
      setX(digitFloats(test, 0, SIDE));
      api.register({ run, reset: () => { dropModel(); clear(); params.reset(); } });
      api.ready();
    }, (e) => api.fail(e));
    return () => {
      alive = false;
      dropModel();
      data.current?.dispose();
      data.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  async function refill(m: Float32Array, img = x) {
    setMask(m);
    if (!model.current) { setMine({ msg: t.needTrain }); return; }
    if (!m.some((v) => v > 0)) { setMine({ msg: t.noMask }); return; }
    setMine(await inpaint(model.current, img, m));
  }

  async function run(signal: AbortSignal) {
    if (!data.current) return;
    const { steps, maskMode, loss } = inputs.current;
    clear();
    dropModel();
    const t0 = performance.now();
    const m = createContextModel(data.current, sizes.poolDigits, api.seed);
    const points: ContextPoint[] = [];
    setPhase(fill(t.phaseTrain, { step: 0 }));
    try {
      const r = await trainContextEncoder(m, data.current, { ...sizes, steps, mask: maskMode, loss, seed: api.seed }, {
        signal,
        onProgress: (f) => api.setProgress(f),
        onPoint: (p) => {
          points.push(p);
          setCurve([...points]);
          setPhase(p.step < steps ? fill(t.phaseTrain, { step: p.step }) : fill(t.phaseFinal, { n: data.current?.testX.shape[0] ?? 0 }));
          api.setMetrics({ 'mse-fill': +p.model.toFixed(5), 'mse-mean': +p.mean.toFixed(5), ...(points.length === 1 ? { 'ms-first': Math.round(performance.now() - t0) } : {}) });
        },
      });
      model.current = m;
      setResult(r);
      setPhase('');
      api.setMetrics({ 'mse-fill': +r.model.toFixed(5), 'mse-mean': +r.mean.toFixed(5), 'ms-headline': Math.round(performance.now() - t0) });
      const p = painted.current;
      if (p.mask.some((v) => v > 0)) setMine(await inpaint(m, p.x, p.mask));
    } catch (e) {
      m.dispose();
      setPhase('');
      throw e;
    }
  }

  const next = () => {
    const test = data.current?.test;
    if (!test) return;
    const i = (digit + 1) % Math.min(test.count, 200);
    const img = digitFloats(test, i, SIDE);
    setDigit(i);
    setX(img);
    void refill(mask, img);
  };
  const hidden = mask.reduce((s, v) => s + (v > 0 ? 1 : 0), 0);
  return (
    <div className="ssl-context-demo">
      <div className="demo-controls">
        <Slider label={fill(t.steps, { steps })} value={steps} control="steps" onChange={(v) => params.set('steps', v)}
          min={CONTEXT_PARAMS.steps.min} max={CONTEXT_PARAMS.steps.max} step={CONTEXT_PARAMS.steps.step} />
        <Choice label={t.mask} value={maskMode} choices={CONTEXT_PARAMS.mask.choices} control="mask" format={(v) => t.masks[v]} onChange={(v) => params.set('mask', v)} />
        <Choice label={t.loss} value={loss} choices={CONTEXT_PARAMS.loss.choices} control="loss" format={(v) => t.losses[v]} onChange={(v) => params.set('loss', v)} />
      </div>
      <LineChart title={t.chart} xLabel={t.xLabel} yLabel={t.yLabel} xDomain={[0, steps]} yDomain={[0, 0.25]} yFormat={(v) => v.toFixed(2)}
        series={[
          { name: t.sModel, points: curve.map((p) => ({ x: p.step, y: p.model })) },
          { name: t.sMean, points: curve.map((p) => ({ x: p.step, y: p.mean })) },
        ]} />
      <p className="hint" aria-live="polite">
        {result
          ? fill(t.verdict, { n: data.current?.testX.shape[0] ?? 0, model: f4(result.model), mean: f4(result.mean), drop: ((1 - result.model / result.mean) * 100).toFixed(0) })
          : phase || t.notRun}
      </p>
      {result && (
        <figure className="ssl-fills">
          <figcaption>{t.examples}</figcaption>
          <table className="ssl-table">
            <thead><tr>{t.cols.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
            <tbody>
              {result.examples.map((e, i) => (
                <tr key={i}>
                  <td><ImageCanvas data={e.x} width={SIDE} height={SIDE} size={56} label={t.cols[0]} /></td>
                  <td><ImageCanvas data={holed(e.x, e.mask)} width={SIDE} height={SIDE} size={56} map={withHole} label={t.cols[1]} /></td>
                  <td><ImageCanvas data={e.fill} width={SIDE} height={SIDE} size={56} label={t.cols[2]} /></td>
                  <td><ImageCanvas data={e.meanFill} width={SIDE} height={SIDE} size={56} label={t.cols[3]} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      )}
      <div className="demo-controls" style={{ alignItems: 'flex-start' }}>
        <div>
          <p className="hint">{t.pad}</p>
          <MaskPad x={x} mask={mask} side={SIDE} label={fill(t.padAlt, { i: digit + 1, n: hidden })} onMask={(m) => void refill(m)} />
        </div>
        <div>
          <p className="hint">{t.fillAlt}</p>
          <ImageCanvas data={mine?.fill ?? null} width={SIDE} height={SIDE} size={224} label={t.fillAlt} />
        </div>
      </div>
      <div className="demo-controls">
        <button type="button" data-control="mask-centre" onClick={() => void refill(centreMask(SIDE, BLOCK))}>{t.centre}</button>
        <button type="button" data-control="mask-random" onClick={() => void refill(makeMasks(1, 'random', rand.current))}>{t.random}</button>
        <button type="button" data-control="mask-clear" onClick={() => void refill(new Float32Array(D))}>{t.clear}</button>
        <button type="button" data-control="next-digit" onClick={next}>{t.next}</button>
      </div>
      <p className="hint" aria-live="polite" data-mine={mine?.mse != null ? 'filled' : 'none'}>
        {mine?.msg ?? (mine?.mse != null ? fill(t.yourFill, { n: hidden, model: f4(mine.mse), mean: f4(mine.mseMean ?? 0) }) : '')}
      </p>
    </div>
  );
}

'use client';
/**
 * Deep unfolding, live: super-resolution of real MNIST digits by K steps of ISTA (η = 1/L, λ
 * grid-searched on training digits for every K) and by the same K steps unrolled into a network
 * whose η_k and λ_k alone are learned (the matrices stay the known C and Cᵀ: closer to ALISTA, Liu
 * et al. 2019, than to full LISTA, Gregor & LeCun 2010). PSNR against K for both, growing as each network
 * finishes (the K the slider shows first, with ISTA only as far as it: the headline in seconds;
 * ISTA's run on to 100 steps last); pictures, the learned per-layer parameters and the metrics at
 * the K the slider shows.
 * The maths is in demos/fewshot/unfolding.ts.
 *
 * Full run (the default): ×2 with blur σ = 1, K ∈ {1, 2, 3, 5, 10, 20}, each network trained for
 * 200 Adam steps of 32 digits drawn from 200 training digits; ISTA run to 100 steps; 300 test
 * digits. `?quick=1` (browser tests): K ∈ {1, 2, 3}, 40 steps of 16 digits from 50 training
 * digits, ISTA to 10 steps, 100 test digits.
 * Hash: `#unfolding.k=5&unfolding.factor=4&unfolding.digits=20` (k snaps to a trained K).
 */
import { useEffect, useRef, useState } from 'react';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { useRerunOnChange } from '@/components/demo/useRerunOnChange';
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import { LineChart } from '@/components/charts/LineChart';
import { TableWrap } from '@/components/charts/TableWrap';
import { fill } from '@/content/fill';
import type { MnistSet } from '@/demos/data/mnist';
import { mnistFromSite } from '@/demos/data/fetch';
import {
  blurFor, pictures, runUnfolding, UNFOLDING_DEFAULTS, UNFOLDING_QUICK,
  type IstaCurve, type Pictures, type StageResult, type UnfoldingOptions,
} from '@/demos/fewshot/unfolding';
import { fmtSeconds, secondsLeft } from './eta';
import { snappedK, unfoldingParams } from './params';
import { STRINGS } from './strings';
import './fewshot.css';

const SHOW = 5;

const dB = (v: number) => v.toFixed(2);

export default function Unfolding({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].fsUnfolding;
  const base: UnfoldingOptions = { ...UNFOLDING_DEFAULTS, ...(api.quick ? UNFOLDING_QUICK : {}), seed: api.seed };
  const Ks = base.Ks;
  // the quick run trains fewer K, so its K snaps to those
  const schema = unfoldingParams(api.quick);
  const params = useDemoParams(api, schema);
  const { k, factor, digits } = params.values;
  const [snapped] = useState(() => snappedK(schema.k, api.hash.get('k')));
  const [ista, setIsta] = useState<IstaCurve | null>(null);
  const [stages, setStages] = useState<StageResult[]>([]);
  const [ran, setRan] = useState<UnfoldingOptions | null>(null); // the options of the results shown
  const [complete, setComplete] = useState(false);
  const [status, setStatus] = useState('');
  const [pics, setPics] = useState<Pictures | null>(null);
  const [loaded, setLoaded] = useState(false);
  const data = useRef<{ train: MnistSet; test: MnistSet } | null>(null);
  const inputs = useRef({ factor, digits, k });
  inputs.current = { factor, digits, k };

  const options = (): UnfoldingOptions => ({ ...base, factor: inputs.current.factor, trainDigits: inputs.current.digits });

  useEffect(() => {
    let alive = true;
    Promise.all([mnistFromSite('train'), mnistFromSite('test')]).then(([train, test]) => {
      if (!alive) return;
      data.current = { train, test };
      setLoaded(true);
      api.ready();
    }, (e) => api.fail(e));
    api.register({ run: (s) => run(s), reset: () => clear() });
    return () => { alive = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function clear() {
    setIsta(null);
    setStages([]);
    setRan(null);
    setComplete(false);
    setStatus('');
  }

  const timing = useRef({ t0: 0, first: 0, headline: 0 });

  async function run(signal: AbortSignal) {
    if (!data.current) return;
    const o = options();
    clear();
    setRan(o);
    // the K on show is trained first (with ISTA only as far as it): the headline comes early
    const firstK = Ks.includes(inputs.current.k) ? inputs.current.k : Ks[0];
    const tm = (timing.current = { t0: performance.now(), first: 0, headline: 0 });
    let fraction = 0, got = 0;
    const left = () => fmtSeconds(secondsLeft(tm.t0, fraction), api.lang);
    setStatus(fill(t.tuning, { n: o.trainDigits, kMax: firstK, left: left() }));
    const r = await runUnfolding(data.current.train, data.current.test, o, {
      signal, firstK,
      onProgress: (f) => { fraction = f; api.setProgress(f); },
      onIsta: (c) => {
        setIsta(c);
        if (!tm.first) { tm.first = performance.now() - tm.t0; api.setMetrics({ 'ms-first': Math.round(tm.first) }); }
      },
      onTrain: (K, step, loss) => setStatus(fill(t.training, { K, step, steps: o.steps, loss: loss.toFixed(5), left: left() })),
      onStage: (s) => {
        setStages((all) => [...all.filter((x) => x.K !== s.K), s].sort((a, b) => a.K - b.K));
        if (s.K === firstK && !tm.headline) tm.headline = performance.now() - tm.t0;
        // after the last network only ISTA's run on to kMax is left (the "steps to catch up" column)
        if (++got === Ks.length) setStatus(fill(t.tuning, { n: o.trainDigits, kMax: o.kMax, left: left() }));
      },
    });
    setIsta(r.ista);
    setStages(r.stages);
    setStatus(fill(t.finished, { count: r.stages.length, steps: o.steps, n: o.trainDigits }));
    setComplete(true);
  }

  // the headline numbers, as each K's comparison arrives; the K the slider shows
  useEffect(() => {
    if (!ista || !ran || !stages.length) return;
    const m: Record<string, number> = {};
    for (const s of stages) {
      m[`psnr-ista-k${s.K}`] = +s.istaPsnr.toFixed(3);
      m[`psnr-unrolled-k${s.K}`] = +s.psnr.toFixed(3);
    }
    const s = stages.find((x) => x.K === k);
    if (s) Object.assign(m, { 'psnr-ista': +s.istaPsnr.toFixed(3), 'psnr-unrolled': +s.psnr.toFixed(3), lambda: s.istaLambda });
    const tm = timing.current;
    if (tm.headline) m['ms-headline'] = Math.round(tm.headline);
    if (tm.first) m['ms-first'] = Math.round(tm.first);
    api.setMetrics({ ...m, k, factor: ran.factor, digits: ran.trainDigits, 'psnr-start': +ista.psnr[0].toFixed(3) });
  }, [api, complete, ista, ran, stages, k]);

  // the pictures at the shown K: recomputed from numbers whenever what they show changes
  const stage = stages.find((s) => s.K === k) ?? null;
  const istaLambda = ista && ran ? ista.lambda[k] : null;
  useEffect(() => {
    if (!loaded || !data.current) return;
    let alive = true;
    const o = ran ?? options();
    pictures(data.current.test, o, SHOW, k, istaLambda, stage).then((p) => { if (alive) setPics(p); }, (e) => api.fail(e));
    return () => { alive = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, ran, k, istaLambda, stage, factor]);

  // a new degradation or training set makes the results void: rerun (debounced)
  useRerunOnChange(api, [factor, digits], { delay: 300, onChange: clear });

  const o = ran ?? options();
  const m = 28 / o.factor;
  const xMax = Ks[Ks.length - 1];
  const istaPts = ista ? ista.psnr.slice(0, xMax + 1).map((y, x) => ({ x, y })) : [];
  const netPts = ista ? [{ x: 0, y: ista.psnr[0] }, ...stages.map((s) => ({ x: s.K, y: s.psnr }))] : [];
  const ys = [...istaPts, ...netPts].map((p) => p.y);
  // headroom at the top for the legend, which sits in the chart's upper right corner
  const [lo, hi] = ys.length ? [Math.floor(Math.min(...ys)) - 1, Math.max(...ys)] : [10, 26];
  const yDomain: [number, number] = [lo, Math.ceil(hi + 0.4 * (hi - lo))];
  const best = ista ? ista.psnr.reduce((b, v, i) => (v > ista.psnr[b] ? i : b), 0) : 0;

  const row = (label: string, images: Float32Array[], side: number, psnrs?: number[]) => (
    <tr>
      <th scope="row">{label}</th>
      {Array.from({ length: SHOW }, (_, i) => (
        <td key={i}>
          <ImageCanvas data={images[i] ?? null} width={side} height={side} size={64} label={fill(t.imageLabel, { row: label, i: i + 1 })} />
          {psnrs ? <span className="hint">{psnrs[i] !== undefined ? fill(t.db, { v: psnrs[i].toFixed(1) }) : t.notYet}</span> : null}
        </td>
      ))}
    </tr>
  );

  return (
    <div className="unfolding">
      <p className="hint">{fill(t.intro, { blur: blurFor(o.factor), f: o.factor, m })}</p>
      <div className="demo-controls">
        <Slider label={fill(t.kShown, { k })} value={k} choices={schema.k.choices} control="k" valueText={`K = ${k}`}
          onChange={(v) => params.set('k', v as typeof k)} />
        <Choice label={t.factor} value={factor} choices={schema.factor.choices} control="factor"
          format={(f) => fill(t.factorOption, { f, m: 28 / f, blur: blurFor(f) })} onChange={(f) => params.set('factor', f)} />
        <Choice label={t.digits} value={digits} choices={schema.digits.choices} control="digits"
          format={(n) => fill(t.digitsOption, { n })} onChange={(n) => params.set('digits', n)} />
      </div>
      {snapped ? <p className="demo-notice" role="note">{fill(t.kSnapped, snapped)}</p> : null}
      <p className="hint" aria-live="polite">{status}</p>

      <LineChart
        title={fill(t.chart, { n: o.testDigits })} xLabel={t.xLabel} yLabel={t.yLabel}
        xDomain={[0, xMax]} yDomain={yDomain} yFormat={(v) => `${v}`}
        xTicks={xMax < 6 ? Array.from({ length: xMax + 1 }, (_, k) => ({ value: k, label: String(k) })) : undefined}
        series={ista ? [
          { name: t.x0Name, className: 'fed-target', points: [{ x: 0, y: ista.psnr[0] }, { x: xMax, y: ista.psnr[0] }] },
          { name: t.istaName, className: 'control', points: istaPts },
          { name: t.unrolledName, points: netPts },
        ] : []}
      />

      {ista ? (
        <TableWrap>
          <table className="fed-table">
            <caption>{fill(t.tableCaption, { n: o.testDigits })}</caption>
            <thead>
              <tr><th scope="col">K</th><th scope="col">{t.colIsta}</th><th scope="col">{t.colLambda}</th><th scope="col">{t.colUnrolled}</th><th scope="col">{t.colMatch}</th></tr>
            </thead>
            <tbody>
              {Ks.map((K) => {
                const s = stages.find((x) => x.K === K);
                return (
                  <tr key={K} data-k={K}>
                    <th scope="row">{K}</th>
                    <td>{ista.psnr[K] !== undefined ? dB(ista.psnr[K]) : t.notYet}</td>
                    <td>{ista.lambda[K] ?? t.notYet}</td>
                    <td>{s ? dB(s.psnr) : t.notYet}</td>
                    <td>{s ? (s.istaStepsToMatch !== null ? fill(t.steps, { n: s.istaStepsToMatch }) : complete ? fill(t.never, { kMax: o.kMax }) : fill(t.notSoFar, { k: ista.psnr.length - 1 })) : t.notYet}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="hint">{fill(t.istaBest, { kMax: o.kMax, psnr: dB(ista.psnr[best]), k: best, lambda: ista.lambda[best], x0: dB(ista.psnr[0]) })}</p>
        </TableWrap>
      ) : null}

      <TableWrap>
        <table className="fed-table unfolding-pics">
          <caption>{fill(t.picsCaption, { n: SHOW, k })}</caption>
          <thead>
            <tr><td />{Array.from({ length: SHOW }, (_, i) => <th key={i} scope="col">{fill(t.digit, { i: i + 1 })}</th>)}</tr>
          </thead>
          <tbody>
            {row(t.original, pics?.original ?? [], 28)}
            {row(fill(t.observed, { m: pics?.m ?? m }), pics?.observed ?? [], pics?.m ?? m)}
            {row(fill(t.istaRow, { k }), pics?.ista ?? [], 28, pics?.psnrIsta ?? [])}
            {row(fill(t.unrolledRow, { k }), pics?.unrolled ?? [], 28, pics?.psnrUnrolled ?? [])}
          </tbody>
        </table>
      </TableWrap>

      {stage && ista ? (
        <TableWrap>
          <table className="fed-table">
            <caption>{fill(t.stagesCaption, { k })}</caption>
            <thead>
              <tr><td /><th scope="col">{t.fixed}</th>{stage.eta.map((_, i) => <th key={i} scope="col">{fill(t.stage, { k: i + 1 })}</th>)}</tr>
            </thead>
            <tbody>
              <tr><th scope="row">{t.etaRow}</th><td>{ista.eta.toFixed(2)}</td>{stage.eta.map((v, i) => <td key={i}>{v.toFixed(2)}</td>)}</tr>
              <tr><th scope="row">{t.lambdaRow}</th><td>{stage.istaLambda}</td>{stage.lambda.map((v, i) => <td key={i}>{v.toFixed(4)}</td>)}</tr>
            </tbody>
          </table>
        </TableWrap>
      ) : null}

      <p className="hint">{fill(t.method, { steps: o.steps, batch: o.batchSize })}</p>
      <p className="hint">{t.slide}</p>
      <p className="hint">{fill(t.knowledge, { m, black: (m * m * 784).toLocaleString(api.lang === 'zh' ? 'zh-CN' : 'en') })}</p>
    </div>
  );
}

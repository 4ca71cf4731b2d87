'use client';
/**
 * rare-cases: the digit CNN on transformed held-out digits (accuracy, confidence, "confidently
 * wrong"), then a shortcut-learning pair trained live (marked vs clean training digits). Maths:
 * demos/ethics/rare.ts and demos/ethics/shortcut.ts; this file wires the controls and draws.
 */
import { useRef, useState } from 'react';
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import { LineChart } from '@/components/charts/LineChart';
import { Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { useDigitCnn } from '@/components/demos/useDigitCnn';
import { fill } from '@/content/fill';
import { mnistFromSite } from '@/demos/data/fetch';
import { evaluateTransforms, RARE_DEFAULTS, RARE_QUICK, type TransformResult } from '@/demos/ethics/rare';
import { SHORTCUT_DEFAULTS, SHORTCUT_QUICK, trainShortcut, uploadShortcutData, type ShortcutPoint } from '@/demos/ethics/shortcut';
import { RARECASES_PARAMS } from './params';
import { STRINGS } from './strings';
import './ethics.css';

const pct = (v: number) => (v * 100).toFixed(1);

export default function RareCases({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].rareCases;
  const params = useDemoParams(api, RARECASES_PARAMS);
  const { mark, epochs } = params.values;
  const inputs = useRef({ mark, epochs });
  inputs.current = { mark, epochs };
  const [rows, setRows] = useState<TransformResult[]>([]);
  const [curve, setCurve] = useState<ShortcutPoint[]>([]);
  const [final, setFinal] = useState<ShortcutPoint | null>(null);
  const [phase, setPhase] = useState('');
  const cnn = useDigitCnn(api, { run, reset: () => { setRows([]); setCurve([]); setFinal(null); setPhase(''); params.reset(); } });
  const rare = api.quick ? RARE_QUICK : RARE_DEFAULTS;
  const sc = api.quick ? SHORTCUT_QUICK : SHORTCUT_DEFAULTS;

  async function run(signal: AbortSignal) {
    const c = cnn.current;
    if (!c) return;
    const { mark, epochs } = inputs.current;
    setRows([]); setCurve([]); setFinal(null);
    const t0 = performance.now();
    let first = false;
    setPhase(t.phaseCnn);
    const got: TransformResult[] = [];
    const results = await evaluateTransforms(c.logits, c.test, { ...rare, seed: api.seed }, {
      signal,
      onResult: (r) => {
        got.push(r);
        setRows([...got]);
        api.setProgress(0.3 * (got.length / 7));
        if (!first) { first = true; api.setMetrics({ 'ms-first': Math.round(performance.now() - t0) }); }
      },
    });
    const by = Object.fromEntries(results.map((r) => [r.transform, r]));
    api.setMetrics({
      'acc-clean': +by.clean.acc.toFixed(4), 'acc-invert': +by.invert.acc.toFixed(4), 'acc-rot90': +by.rot90.acc.toFixed(4),
      'acc-clutter': +by.clutter.acc.toFixed(4), 'acc-thick': +by.thick.acc.toFixed(4), 'acc-thin': +by.thin.acc.toFixed(4),
      'confident-wrong-invert': +by.invert.confidentWrong.toFixed(4),
    });
    const train = await mnistFromSite('train');
    const data = uploadShortcutData(train, c.test, sc.trainDigits, sc.testDigits, mark, api.seed);
    try {
      const pts: ShortcutPoint[] = [];
      setPhase(fill(t.phaseShortcut, { e: 1, n: epochs }));
      const r = await trainShortcut(data, { ...sc, epochs, seed: api.seed }, {
        signal,
        onProgress: (f) => api.setProgress(0.3 + 0.7 * f),
        onPoint: (p, done) => {
          pts.push(p);
          setCurve([...pts]);
          if (!done) setPhase(fill(t.phaseShortcut, { e: Math.min(epochs, p.epoch + 1), n: epochs }));
        },
      });
      setFinal(r);
      setPhase('');
      api.setMetrics({
        'shortcut-acc-marked': +r.marked.toFixed(4), 'shortcut-acc-clean': +r.clean.toFixed(4),
        'shortcut-acc-swapped': +r.swapped.toFixed(4), 'shortcut-follows-mark': +r.followsMark.toFixed(4),
        'plain-acc-clean': +r.plain.toFixed(4), 'ms-headline': Math.round(performance.now() - t0),
      });
    } finally {
      data.dispose();
    }
  }

  const xMax = Math.max(1, epochs);
  return (
    <div className="rare-cases-demo">
      <table className="rare-table">
        <caption>{fill(t.gallery, { n: rare.digits })}</caption>
        <thead><tr><th scope="col">{t.transform}</th><th scope="col">{t.acc}</th><th scope="col">{t.conf}</th><th scope="col">{t.cw}</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.transform} data-transform={r.transform}>
              <th scope="row">{t.t[r.transform]}</th>
              <td className="num">{pct(r.acc)}%</td><td className="num">{pct(r.conf)}%</td><td className="num">{pct(r.confidentWrong)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length ? (
        <>
          <p className="hint">{t.examples}</p>
          <div className="rare-examples">
            {rows.map((r) => {
              const e = r.examples[0];
              if (!e) return null;
              const label = `${t.t[r.transform]}: ${fill(t.pred, { p: e.pred, c: pct(e.conf) })}, ${fill(t.truth, { y: e.label })}`;
              return (
                <figure key={r.transform}>
                  <ImageCanvas data={e.image} size={56} label={label} />
                  <figcaption>
                    {t.t[r.transform]}<br />
                    <span className={e.pred === e.label ? '' : 'wrong'}>{fill(t.pred, { p: e.pred, c: pct(e.conf) })}</span>
                  </figcaption>
                </figure>
              );
            })}
          </div>
        </>
      ) : null}
      <h4 className="rare-sub">{fill(t.shortcut, { p: Math.round(mark * 100) })}</h4>
      <div className="demo-controls">
        <Slider label={fill(t.mark, { p: Math.round(mark * 100) })} value={mark} choices={RARECASES_PARAMS.mark.choices} control="mark" onChange={(v) => params.set('mark', v as typeof mark)} />
        <Slider label={fill(t.epochs, { e: epochs })} value={epochs} control="epochs" onChange={(v) => params.set('epochs', v)}
          min={RARECASES_PARAMS.epochs.min} max={RARECASES_PARAMS.epochs.max} step={RARECASES_PARAMS.epochs.step} />
      </div>
      <LineChart title={t.shortcutChart} xLabel={t.xLabel} yLabel={t.acc} xDomain={[0, xMax]}
        series={[
          { name: t.marked, points: curve.map((p) => ({ x: p.epoch, y: p.marked })) },
          { name: t.clean, className: 'group-b', points: curve.map((p) => ({ x: p.epoch, y: p.clean })) },
          { name: t.swapped, className: 'cls2', points: curve.map((p) => ({ x: p.epoch, y: p.swapped })) },
          { name: t.plainNet, className: 'control', points: curve.map((p) => ({ x: p.epoch, y: p.plain })) },
        ]} />
      <p className="verdict" aria-live="polite">
        {final
          ? fill(t.verdict, { m: pct(final.marked), c: pct(final.clean), s: pct(final.swapped), f: pct(final.followsMark), p: pct(final.plain) })
          : phase ? fill(t.running, { what: phase }) : t.notRun}
      </p>
    </div>
  );
}

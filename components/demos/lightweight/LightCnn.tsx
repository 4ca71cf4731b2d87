'use client';
/**
 * light-cnn: the site's standard digit CNN against a MobileNet-style copy with depthwise-separable
 * blocks (Howard et al. 2017), both trained live from the same seed on the same batches, step by
 * step. Parameters, multiply–adds and sizes come from the layers; latency per image is MEASURED on
 * this backend first (batch 1, warm-up, median of alternating repeats); then the two accuracy
 * curves grow side by side on a fixed subset, and the whole held-out set is scored at the end.
 * The maths is demos/lightweight/light-cnn.ts; this file wires the controls and draws.
 */
import { useEffect, useRef, useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { TableWrap } from '@/components/charts/TableWrap';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { mnistFromSite } from '@/demos/data/fetch';
import { uploadDigits, type Digits } from '@/demos/lightweight/cnn';
import { KINDS, LIGHTCNN_DEFAULTS, LIGHTCNN_QUICK, runLightCnn, staticRows, type Kind, type LightCnnPoint, type LightCnnStatic } from '@/demos/lightweight/light-cnn';
import { LIGHTCNN_PARAMS } from './params';
import { STRINGS } from './strings';

const fmt = (n: number) => n.toLocaleString('en-US');
const pct = (r: number) => `${(r * 100).toFixed(1)}%`;
const pc = (a: number) => (a * 100).toFixed(1);

interface Final { steps: number; acc: Record<Kind, number> }

export default function LightCnn({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang];
  const l = t.lightCnn;
  const params = useDemoParams(api, LIGHTCNN_PARAMS);
  const { steps, lr } = params.values;
  const sizes = api.quick ? LIGHTCNN_QUICK : LIGHTCNN_DEFAULTS;
  const data = useRef<{ train: Digits; test: Digits } | null>(null);
  const [rows, setRows] = useState<LightCnnStatic[] | null>(null);
  const [lat, setLat] = useState<Record<Kind, number> | null>(null);
  const [curve, setCurve] = useState<LightCnnPoint[]>([]);
  const [final, setFinal] = useState<Final | null>(null);
  const [busy, setBusy] = useState('');
  const inputs = useRef({ steps, lr });
  inputs.current = { steps, lr };

  function reset() { setLat(null); setCurve([]); setFinal(null); setBusy(''); params.reset(); }

  // the digits are uploaded once; the view is ready when they are, and frees them on unmount
  useEffect(() => {
    let alive = true;
    Promise.all([mnistFromSite('train'), mnistFromSite('test')]).then(([train, test]) => {
      if (!alive) return;
      data.current = { train: uploadDigits(train, sizes.trainDigits), test: uploadDigits(test, sizes.testDigits) };
      setRows(staticRows());
      api.register({ run, reset });
      api.ready();
    }, (e) => { if (alive) api.fail(e); });
    return () => {
      alive = false;
      data.current?.train.dispose();
      data.current?.test.dispose();
      data.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  async function run(signal: AbortSignal) {
    const d = data.current;
    if (!d) return;
    const { steps, lr } = inputs.current;
    const t0 = performance.now();
    let msFirst = 0, tTrain = 0;
    setLat(null); setCurve([]); setFinal(null);
    setBusy(fill(l.measuring, { w: sizes.warmup, r: sizes.repeats }));
    const pts: LightCnnPoint[] = [];
    try {
      const r = await runLightCnn(d.train, d.test, { ...sizes, steps, lr, seed: api.seed }, {
        signal,
        onLatency: (ms) => {
          msFirst = performance.now() - t0;
          tTrain = performance.now();
          setLat(ms);
          api.setMetrics({ 'latency-standard-ms': +ms.standard.toFixed(3), 'latency-light-ms': +ms.light.toFixed(3), 'ms-first': Math.round(msFirst) });
          setBusy(fill(l.training, { step: 0, steps, eta: '…' }));
        },
        onProgress: (f) => {
          api.setProgress(0.05 + 0.9 * f);
          const step = Math.round(f * steps);
          if (step % 5 === 0 || f === 1) {
            // time left from the measured rate so far (the final full-set scoring adds a little)
            const eta = f > 0 ? ((performance.now() - tTrain) / f) * (1 - f) / 1000 : 0;
            setBusy(f === 1 ? fill(l.final, { n: d.test.n }) : fill(l.training, { step, steps, eta: Math.ceil(eta) }));
          }
        },
        onPoint: (p) => { pts.push(p); setCurve([...pts]); },
      });
      setFinal({ steps, acc: { standard: r.standard, light: r.light } });
      const st = staticRows();
      const by = (k: Kind) => st.find((x) => x.kind === k)!;
      api.setMetrics({
        'acc-standard': +r.standard.toFixed(4), 'acc-light': +r.light.toFixed(4),
        'params-standard': by('standard').params, 'params-light': by('light').params,
        'kb-standard': +by('standard').kbF32.toFixed(2), 'kb-light': +by('light').kbF32.toFixed(2),
        'kb-int8-standard': +by('standard').kbInt8.toFixed(2), 'kb-int8-light': +by('light').kbInt8.toFixed(2),
        'latency-standard-ms': +r.latency.standard.toFixed(3), 'latency-light-ms': +r.latency.light.toFixed(3),
        'latency-ratio': +(r.latency.light / r.latency.standard).toFixed(4),
        'ms-first': Math.round(msFirst), 'ms-headline': Math.round(performance.now() - t0),
      });
      api.setProgress(1);
    } finally {
      setBusy('');
    }
  }

  const row = (k: Kind) => rows?.find((x) => x.kind === k);
  const last = curve[curve.length - 1];
  const accCell = (k: Kind) => final ? fill(l.full, { v: pc(final.acc[k]), n: sizes.testDigits }) : last ? fill(l.subset, { v: pc(last[k]), n: sizes.evalDigits }) : '—';
  const s = row('standard'), g = row('light');
  return (
    <div className="light-cnn-demo">
      <div className="demo-controls">
        <Slider label={fill(l.steps, { steps })} value={steps} control="steps" onChange={(v) => params.set('steps', v)}
          min={LIGHTCNN_PARAMS.steps.min} max={LIGHTCNN_PARAMS.steps.max} step={LIGHTCNN_PARAMS.steps.step} />
        <Choice label={LIGHTCNN_PARAMS.lr.label[api.lang]} value={lr} choices={LIGHTCNN_PARAMS.lr.choices} control="lr" onChange={(v) => params.set('lr', v)} />
      </div>
      <TableWrap label={l.table}>
        <table>
          <thead><tr>{l.col.map((h, i) => <th key={i} scope="col">{h}</th>)}</tr></thead>
          <tbody>
            {KINDS.map((k) => {
              const r = row(k);
              return (
                <tr key={k}>
                  <th scope="row">{l.names[k]}</th>
                  <td>{r ? fmt(r.params) : '—'}</td>
                  <td>{r ? fmt(r.madds) : '—'}</td>
                  <td>{r ? fill(l.kb, { f: r.kbF32.toFixed(1), i: r.kbInt8.toFixed(1) }) : '—'}</td>
                  <td>{lat ? fill(l.ms, { v: lat[k].toFixed(2) }) : '—'}</td>
                  <td>{accCell(k)}</td>
                </tr>
              );
            })}
            <tr>
              <th scope="row">{l.ratio}</th>
              <td>{s && g ? pct(g.params / s.params) : '—'}</td>
              <td>{s && g ? pct(g.madds / s.madds) : '—'}</td>
              <td>{s && g ? pct(g.kbF32 / s.kbF32) : '—'}</td>
              <td>{lat ? pct(lat.light / lat.standard) : '—'}</td>
              <td></td>
            </tr>
          </tbody>
        </table>
      </TableWrap>
      <LineChart title={l.chart} xLabel={l.xLabel} yLabel={fill(l.yLabel, { n: sizes.evalDigits })} xDomain={[0, Math.max(steps, last?.step ?? 0)]} yDomain={[0, 1]}
        series={KINDS.map((k) => ({ name: l.names[k], points: curve.map((p) => ({ x: p.step, y: p[k] })) }))} />
      <p className="hint" aria-live="polite">
        {final && lat && s && g
          ? fill(l.verdict, { backend: api.backend, params: pct(g.params / s.params), madds: pct(g.madds / s.madds), lat: pct(lat.light / lat.standard), steps: final.steps, n: sizes.testDigits, accStd: pc(final.acc.standard), accLight: pc(final.acc.light) })
          : lat ? fill(l.latFirst, { backend: api.backend, std: lat.standard.toFixed(2), light: lat.light.toFixed(2), lat: pct(lat.light / lat.standard) })
            : busy ? '' : t.common.notRun}
        {busy ? ` ${fill(lat ? t.common.stillRunning : t.common.running, { what: busy })}` : ''}
      </p>
    </div>
  );
}

'use client';
/**
 * fairness: trains a small "digit ≥ 5?" network on digits where group B is rare, draws each
 * group's error as it trains, then compares single / demographic-parity / equal-opportunity
 * thresholds, and lets the student move a threshold per group. Maths: demos/ethics/.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { mnistFromSite } from '@/demos/data/fetch';
import type { MnistSet } from '@/demos/data/mnist';
import { FAIRNESS_DEFAULTS, FAIRNESS_QUICK, trainFairness, uploadFairnessData, type FairnessPoint, type FairnessResult } from '@/demos/ethics/fairness';
import { outcome, type Outcome, type Strategy } from '@/demos/ethics/groups';
import { FAIRNESS_PARAMS } from './params';
import { STRINGS } from './strings';
import './ethics.css';

const pct = (v: number) => (v * 100).toFixed(1);
const pts = (v: number) => (v * 100).toFixed(1);
const STRATS: Strategy[] = ['single', 'parity', 'opportunity'];

export default function Fairness({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].fairness;
  const params = useDemoParams(api, FAIRNESS_PARAMS);
  const { share, epochs } = params.values;
  const sizes = api.quick ? FAIRNESS_QUICK : FAIRNESS_DEFAULTS;
  const digits = useRef<{ train: MnistSet; test: MnistSet } | null>(null);
  const [curve, setCurve] = useState<FairnessPoint[]>([]);
  const [result, setResult] = useState<(FairnessResult & { counts: number[] }) | null>(null);
  const [manual, setManual] = useState({ a: 0.5, b: 0.5 });
  const inputs = useRef({ share, epochs });
  inputs.current = { share, epochs };

  useEffect(() => {
    let alive = true;
    Promise.all([mnistFromSite('train'), mnistFromSite('test')]).then(([train, test]) => {
      if (!alive) return;
      digits.current = { train, test };
      api.register({ run, reset: () => { setCurve([]); setResult(null); params.reset(); } });
      api.ready();
    }, (e) => api.fail(e));
    return () => { alive = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  async function run(signal: AbortSignal) {
    if (!digits.current) return;
    const { share, epochs } = inputs.current;
    setCurve([]);
    setResult(null);
    const t0 = performance.now();
    let first = 0;
    // the grouped tensors live only for this run, so a changed share needs no re-upload bookkeeping
    const data = uploadFairnessData(digits.current.train, digits.current.test, sizes.trainDigits, sizes.testDigits, share);
    try {
      const points: FairnessPoint[] = [];
      const r = await trainFairness(data, { ...sizes, epochs, seed: api.seed }, {
        signal,
        onProgress: (f) => api.setProgress(f),
        onPoint: (p) => {
          points.push(p);
          setCurve([...points]);
          if (!first) { first = performance.now() - t0; api.setMetrics({ 'ms-first': Math.round(first) }); }
        },
      });
      const sum = (a: Uint8Array, m?: Uint8Array) => a.reduce((s, v, i) => s + (m ? (m[i] === 1 && v === 1 ? 1 : 0) : v), 0);
      const nbTrain = sum(data.train.g), nbTest = sum(data.test.g);
      const posB = sum(data.test.y, data.test.g);
      const posAll = sum(data.test.y);
      const counts = [data.train.n - nbTrain, nbTrain, data.test.n - nbTest, nbTest, (posAll - posB) / Math.max(1, data.test.n - nbTest), posB / Math.max(1, nbTest)];
      setResult({ ...r, counts });
      setManual({ ...r.outcomes.single.th });
      const o = r.outcomes;
      api.setMetrics({
        'err-gap-single': +o.single.errGap.toFixed(4),
        'err-gap-equal-opportunity': +o.opportunity.errGap.toFixed(4),
        'tpr-gap-single': +o.single.tprGap.toFixed(4),
        'tpr-gap-equal-opportunity': +o.opportunity.tprGap.toFixed(4),
        'tpr-gap-parity': +o.parity.tprGap.toFixed(4),
        'pos-gap-parity': +o.parity.posGap.toFixed(4),
        'acc-single': +o.single.acc.toFixed(4),
        'acc-parity': +o.parity.acc.toFixed(4),
        'acc-equal-opportunity': +o.opportunity.acc.toFixed(4),
        'ms-headline': Math.round(performance.now() - t0),
      });
    } finally {
      data.dispose();
    }
  }

  // the student's own thresholds, on the evaluation half: plain arithmetic over the read-back scores
  const mine: Outcome | null = useMemo(() => {
    if (!result) return null;
    return outcome(result.evScores, result.evY, result.evG, manual);
  }, [result, manual]);

  const o = result?.outcomes;
  const row = (s: Strategy) => {
    const x = o![s];
    return (
      <tr key={s} data-strategy={s}>
        <th scope="row">{t[s]}</th>
        <td className="num">{x.th.a.toFixed(3)} / {x.th.b.toFixed(3)}</td>
        <td className="num">{pct(x.a.err)} / {pct(x.b.err)}</td>
        <td className="num">{pct(x.a.tpr)} / {pct(x.b.tpr)}</td>
        <td className="num">{pct(x.a.fpr)} / {pct(x.b.fpr)}</td>
        <td className="num">{pct(x.a.pos)} / {pct(x.b.pos)}</td>
        <td className="num">{pct(x.a.ppv)} / {pct(x.b.ppv)}</td>
        <td className="num">{pct(x.acc)}</td>
      </tr>
    );
  };
  const last = curve[curve.length - 1];
  return (
    <div className="fairness-demo">
      <div className="demo-controls">
        <Slider label={fill(t.share, { p: Math.round(share * 100) })} value={share} choices={FAIRNESS_PARAMS.share.choices} control="share" onChange={(v) => params.set('share', v as typeof share)} />
        <Slider label={fill(t.epochs, { e: epochs })} value={epochs} control="epochs" onChange={(v) => params.set('epochs', v)}
          min={FAIRNESS_PARAMS.epochs.min} max={FAIRNESS_PARAMS.epochs.max} step={FAIRNESS_PARAMS.epochs.step} />
      </div>
      <LineChart title={t.chart} xLabel={t.xLabel} yLabel={t.yLabel} xDomain={[0, Math.max(1, epochs, curve.length)]} yDomain={[0, Math.max(0.5, ...curve.map((p) => Math.max(p.errA, p.errB)))]}
        series={[
          { name: t.seriesA, className: 'group-a', points: curve.map((p) => ({ x: p.epoch, y: p.errA })) },
          { name: t.seriesB, className: 'group-b', points: curve.map((p) => ({ x: p.epoch, y: p.errB })) },
        ]} />
      {result ? (
        <>
          <p className="hint">{fill(t.groups, { na: result.counts[0], nb: result.counts[1], ta: result.counts[2], tb: result.counts[3], ba: pct(result.counts[4]), bb: pct(result.counts[5]) })}</p>
          <table className="fair-table">
            <caption>{t.table}</caption>
            <thead><tr><th scope="col">{t.strategy}</th><th scope="col">{t.thresholds}</th><th scope="col">{t.err}</th><th scope="col">{t.tpr}</th><th scope="col">{t.fpr}</th><th scope="col">{t.pos}</th><th scope="col">{t.ppv}</th><th scope="col">{t.acc}</th></tr></thead>
            <tbody>{STRATS.map(row)}</tbody>
          </table>
          <p className="verdict">{fill(t.verdict, { eg1: pts(o!.single.errGap), tg1: pts(o!.single.tprGap), tg2: pts(o!.opportunity.tprGap), eg2: pts(o!.opportunity.errGap), acc1: pct(o!.single.acc), acc2: pct(o!.opportunity.acc), acc3: pct(o!.parity.acc) })}</p>
          <fieldset className="fair-manual">
            <legend>{t.manual}</legend>
            <Slider label={fill(t.ta, { t: manual.a.toFixed(2) })} value={manual.a} control="threshold-a" min={0.01} max={0.99} step={0.01} onChange={(v) => setManual((m) => ({ ...m, a: v }))} />
            <Slider label={fill(t.tb, { t: manual.b.toFixed(2) })} value={manual.b} control="threshold-b" min={0.01} max={0.99} step={0.01} onChange={(v) => setManual((m) => ({ ...m, b: v }))} />
            {mine ? <p className="hint" aria-live="polite">{fill(t.manualLine, { ea: pct(mine.a.err), eb: pct(mine.b.err), ra: pct(mine.a.tpr), rb: pct(mine.b.tpr), pa: pct(mine.a.pos), pb: pct(mine.b.pos), acc: pct(mine.acc) })}</p> : null}
          </fieldset>
        </>
      ) : (
        <p className="hint">{last ? fill(t.running, { e: last.epoch, n: epochs }) : t.notRun}</p>
      )}
    </div>
  );
}

'use client';
/**
 * Transfer learning, live: a CNN pre-trained on digits 0–4 meets digits 5–9 with k labelled
 * examples per class. Three ways to learn from those few images — frozen features + a new head,
 * fine-tuning everything, the same net from scratch — scored on every held-out digit 5–9, for
 * k = 1…50; the curve and the table grow as each (k, method) finishes. Maths in
 * demos/fewshot/transfer.ts.
 * Run (the default): the most instructive slice, k = 5, the draws one after another (draw 1 is
 * the headline; the others add the spread). "Full table": every k ∈ {1, 2, 5, 10, 20, 50} with
 * the same draws and steps (k = 5 reused when it was just run), its time estimated beforehand
 * from the rate the slice measured. `?quick=1` (browser tests): QUICK_WORKLOAD — k = 5 only, one
 * draw, 30 steps, 200 test digits.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { LineChart } from '@/components/charts/LineChart';
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import { fill } from '@/content/fill';
import { mnistFromSite } from '@/demos/data/fetch';
import { IMAGE_PIXELS, type MnistSet } from '@/demos/data/mnist';
import { loadExtractor, type Extractor } from '@/demos/fewshot/extractor';
import {
  FULL_WORKLOAD, METHODS, NEW_CLASSES, QUICK_WORKLOAD, createContext, drawCost, drawSeed, runTransfer, sampleSupport,
  type Method, type TransferCell, type TransferContext, type TransferDraw, type Workload,
} from '@/demos/fewshot/transfer';
import { fmtSeconds, secondsLeft } from './eta';
import { TRANSFER_PARAMS } from './params';
import { STRINGS } from './strings';
import './fewshot.css';

const DRAW_CHOICES = Array.from({ length: TRANSFER_PARAMS.draws.max }, (_, i) => i + 1);
const SERIES_CLASS: Record<Method, string> = { frozen: 'fed-s0', finetune: 'fed-s1', scratch: 'fed-s2' };
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
// the x axis is log₂ k, so 1, 2, 5, 10, 20, 50 are spread evenly enough to read
const xOf = (k: number) => Math.log2(k);
/** the slice the default run shows: k = 5 (where the methods differ most), all draws */
const SLICE_K = 5;
const key = (k: number, m: Method) => `${k}-${m}`;

export default function Transfer({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].fsTransfer;
  const base: Workload = api.quick ? QUICK_WORKLOAD : FULL_WORKLOAD;
  const params = useDemoParams(api, TRANSFER_PARAMS);
  const { steps, draws } = params.values;
  const [showK, setShowK] = useState(() => (base.ks.includes(5) ? 5 : base.ks[0]));
  const [cells, setCells] = useState<TransferCell[]>([]);
  // each draw's accuracy as it arrives, per (k, method): the table shows the mean so far and the spread
  const [draws_, setDraws] = useState<Record<string, number[]>>({});
  const [at, setAt] = useState<{ k: number; method: Method; draw: number; step: number; left: string } | null>(null);
  const [train, setTrain] = useState<MnistSet | null>(null);
  const [testCount, setTestCount] = useState<number | null>(null);
  const [estimate, setEstimate] = useState<number | null>(null);
  const data = useRef<{ extractor: Extractor; train: MnistSet; test: MnistSet; ctx: TransferContext } | null>(null);
  const inputs = useRef({ steps, draws });
  inputs.current = { steps, draws };
  // the next run is the full table (set by its button); what the shown cells were computed with;
  // the measured milliseconds per unit of drawCost, for the full table's estimate
  const mode = useRef<'slice' | 'full'>('slice');
  const shownWith = useRef('');
  const msPerCost = useRef<number | null>(null);
  // run() is registered once: it reads the shown results through refs, not the first render's state
  const shown = useRef<{ cells: TransferCell[]; draws: Record<string, number[]> }>({ cells: [], draws: {} });
  shown.current = { cells, draws: draws_ };

  useEffect(() => {
    let alive = true;
    api.register({ run: (s) => run(s), reset: () => { setCells([]); setDraws({}); setAt(null); shownWith.current = ''; } });
    Promise.all([loadExtractor(), mnistFromSite('train'), mnistFromSite('test')]).then(([extractor, tr, te]) => {
      if (!alive) { extractor.dispose(); return; }
      // the test digits' features do not depend on any setting: computed once, before the first run
      const ctx = createContext(extractor, te, base.testLimit);
      data.current = { extractor, train: tr, test: te, ctx };
      setTrain(tr);
      setTestCount(ctx.test.n);
      api.ready();
    }, (e) => { if (alive) api.fail(e); });
    return () => {
      alive = false;
      data.current?.ctx.dispose();
      data.current?.extractor.dispose();
      data.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const remainingCost = (w: Workload, reuse: boolean) =>
    w.ks.filter((k) => !(reuse && k === SLICE_K)).reduce((a, k) => a + w.draws * drawCost(k, w.budget, data.current?.ctx.test.n ?? 1000), 0);
  const settings = () => `${inputs.current.steps}/${inputs.current.draws}/${api.seed}`;

  async function run(signal: AbortSignal) {
    const d = data.current;
    if (!d) return;
    const full = mode.current === 'full';
    mode.current = 'slice';
    const work: Workload = { ...base, draws: inputs.current.draws, budget: { ...base.budget, steps: inputs.current.steps } };
    const headK = base.ks.includes(SLICE_K) ? SLICE_K : base.ks[0];
    // the full table reuses the slice's k = 5 when it was computed with the same steps, draws and seed
    const reuse = full && shownWith.current === settings() && shown.current.cells.some((c) => c.k === headK);
    const ks = full ? [...(reuse ? [] : [headK]), ...work.ks.filter((k) => k !== headK)] : [headK];
    const done: TransferCell[] = reuse ? shown.current.cells.filter((c) => c.k === headK) : [];
    const got: Record<string, number[]> = reuse ? { ...shown.current.draws } : {};
    setCells([...done]);
    setDraws({ ...got });
    shownWith.current = settings();
    const t0 = performance.now();
    const runCost = ks.reduce((a, k) => a + work.draws * drawCost(k, work.budget, d.ctx.test.n), 0);
    let first = 0, headline = 0;
    const m: Record<string, number> = {};
    const accMetrics = () => {
      for (const [k2, accs] of Object.entries(got)) {
        const [k, method] = k2.split('-');
        m[`acc-${method}-k${k}`] = +(accs.reduce((a, b) => a + b, 0) / accs.length).toFixed(4);
      }
    };
    try {
      await runTransfer(d.ctx, d.train, { ...work, ks }, api.seed, {
        signal,
        onProgress: (f, a) => { api.setProgress(f); setAt({ ...a, left: fmtSeconds(secondsLeft(t0, f), api.lang) }); },
        onDraw: (r: TransferDraw) => {
          (got[key(r.k, r.method)] ??= []).push(r.accuracy);
          setDraws({ ...got });
          // (a full table that reuses the slice keeps the slice's timings: they describe the default run)
          if (!first && !reuse) { first = performance.now() - t0; m['ms-first'] = Math.round(first); }
          // the headline: all three methods on the first draw of k = 5; later draws refine the means
          const headDone = r.k === headK && METHODS.every((mm) => (got[key(headK, mm)]?.length ?? 0) > r.draw);
          if (headDone && !headline) { headline = performance.now() - t0; m['ms-headline'] = Math.round(headline); }
          if (headline) { accMetrics(); api.setMetrics({ ...m, 'test-count': d.ctx.test.n, steps: work.budget.steps }); }
          else api.setMetrics(m);
        },
        onCell: (c) => { done.push(c); setCells([...done].sort((a, b) => a.k - b.k)); },
      });
      msPerCost.current = (performance.now() - t0) / runCost;
      accMetrics();
      api.setMetrics({ ...m, 'test-count': d.ctx.test.n, steps: work.budget.steps, draws: work.draws });
      setEstimate(full ? null : (msPerCost.current * remainingCost({ ...base, draws: work.draws, budget: work.budget }, true)) / 1000);
    } finally {
      setAt(null);
    }
  }

  function runFullTable() {
    mode.current = 'full';
    api.requestRun();
  }

  // the support set of the first draw for the k on show: exactly the images the methods learn from
  const support = useMemo(() => (train ? sampleSupport(train, showK, drawSeed(api.seed, 0)) : null), [train, showK, api.seed]);
  const names: Record<Method, string> = { frozen: t.frozen, finetune: t.finetune, scratch: t.scratch };
  const ks = base.ks;
  const cell = (k: number, m: Method) => cells.find((c) => c.k === k && c.method === m);
  // the sizes come from the loaded model, not from the text
  const headParams = ((data.current?.extractor.dim ?? 128) + 1) * NEW_CLASSES.length;
  const totalParams = (data.current?.extractor.model.countParams() ?? 0).toLocaleString(api.lang === 'zh' ? 'zh-CN' : 'en');
  // the k = 5 gap as soon as the first draw has both methods, refined as draws arrive
  const mean = (a?: number[]) => (a && a.length ? a.reduce((x, y) => x + y, 0) / a.length : null);
  const k5 = { frozen: mean(draws_[key(SLICE_K, 'frozen')]), scratch: mean(draws_[key(SLICE_K, 'scratch')]) };
  const fullShown = ks.every((k) => METHODS.every((m) => cell(k, m)));
  const headSteps = base.budget.headSteps ?? steps;

  return (
    <div className="fs-transfer">
      <p className="hint">{t.intro}</p>
      <ol className="hint">
        <li>{t.step1}</li>
        <li>{t.step2}</li>
        <li>{t.step3}</li>
      </ol>
      <div className="demo-controls">
        <Slider label={fill(t.stepsLabel, { steps })} value={steps} control="steps"
          min={TRANSFER_PARAMS.steps.min} max={TRANSFER_PARAMS.steps.max} step={TRANSFER_PARAMS.steps.step} onChange={(v) => params.set('steps', v)} />
        <Choice label={t.draws} value={draws} choices={DRAW_CHOICES} control="draws" onChange={(v) => params.set('draws', v)} />
        <Choice label={t.showK} value={showK} choices={ks} control="show-k" onChange={(k) => setShowK(k)} />
      </div>
      <figure className="fs-support" style={{ margin: '0.6rem 0' }}>
        <figcaption className="hint">{fill(t.supportCaption, { k: showK, n: showK * NEW_CLASSES.length })}</figcaption>
        {NEW_CLASSES.map((digit, c) => (
          <div key={digit} className="fs-support-row" data-class={c} style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 3, minHeight: 30 }}>
            <span className="hint" style={{ minWidth: '7.5em' }}>{fill(t.classLabel, { digit, label: c })}</span>
            {support
              ? Array.from({ length: showK }, (_, j) => {
                const i = c * showK + j;
                return <ImageCanvas key={j} data={support.x.subarray(i * IMAGE_PIXELS, (i + 1) * IMAGE_PIXELS)} size={showK > 20 ? 18 : 26} label={fill(t.thumb, { digit, i: j + 1 })} />;
              })
              : null}
          </div>
        ))}
      </figure>
      <LineChart
        title={t.chart} xLabel={t.xLabel} yLabel={t.yLabel}
        xDomain={[xOf(ks[0]) - 0.3, xOf(ks[ks.length - 1]) + 0.3]} yDomain={[0, 1]}
        xTicks={ks.map((k) => ({ value: xOf(k), label: String(k) }))}
        series={METHODS.map((m) => ({
          name: names[m], className: SERIES_CLASS[m],
          points: cells.filter((c) => c.method === m).sort((a, b) => a.k - b.k).map((c) => ({ x: xOf(c.k), y: c.accuracy })),
        }))}
      />
      <p className="demo-status" aria-live="polite">
        {at ? fill(t.progress, { k: at.k, method: names[at.method], draw: at.draw + 1, draws, step: at.step, steps: at.method === 'frozen' ? headSteps : steps, left: at.left }) : ''}
      </p>
      <table className="fed-table">
        <caption>{fill(t.tableCaption, { n: testCount ?? '…', draws })}</caption>
        <thead>
          <tr><th scope="col">k</th>{METHODS.map((m) => <th key={m} scope="col">{names[m]}</th>)}</tr>
        </thead>
        <tbody>
          {ks.map((k) => (
            <tr key={k} data-k={k}>
              <th scope="row">{k}</th>
              {METHODS.map((m) => {
                const accs = draws_[key(k, m)] ?? cell(k, m)?.accuracies;
                const v = mean(accs);
                const spread = accs && accs.length > 1 ? ` (${pct(Math.min(...accs))}–${pct(Math.max(...accs))})` : '';
                return <td key={m} data-method={m} data-draws={accs?.length ?? 0} title={accs && accs.length > 1 ? accs.map(pct).join(', ') : undefined}>{v === null ? '—' : pct(v) + spread}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {k5.frozen !== null && k5.scratch !== null ? (
        <p className="verdict">{fill(t.verdict, { frozen: pct(k5.frozen), scratch: pct(k5.scratch), gap: ((k5.frozen - k5.scratch) * 100).toFixed(1), n: draws_[key(SLICE_K, 'scratch')]?.length ?? 0 })}</p>
      ) : null}
      {ks.length > 1 && !fullShown ? (
        <p className="hint">
          <button type="button" data-action="full-table" onClick={runFullTable}>{t.fullTable}</button>{' '}
          {estimate !== null ? fill(t.fullTableTime, { time: fmtSeconds(estimate, api.lang), draws }) : t.fullTableNoRate}
        </p>
      ) : null}
      <p className="hint">{fill(t.why, { head: headParams, total: totalParams })}</p>
      <p className="hint">{t.honest}</p>
      <p className="hint">{fill(t.method, { steps, headSteps, lr: base.budget.lr, bodyLr: +(base.budget.lr * base.budget.bodyLrScale).toPrecision(3), ratio: Math.round(1 / base.budget.bodyLrScale) })}</p>
    </div>
  );
}

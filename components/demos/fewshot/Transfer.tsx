'use client';
/**
 * Transfer learning, live: a CNN pre-trained on digits 0–4 meets digits 5–9 with k labelled
 * examples per class. Three ways to learn from those few images — frozen features + a new head,
 * fine-tuning everything, the same net from scratch — scored on every held-out digit 5–9, for
 * k = 1…50; the curve and the table grow as each (k, method) finishes. Maths in
 * demos/fewshot/transfer.ts.
 * Full run: k ∈ {1, 2, 5, 10, 20, 50}, 3 support-set draws each, 100 full-batch steps per method.
 * `?quick=1` (browser tests): QUICK_WORKLOAD — k = 5 only, one draw, 30 steps, 200 test digits.
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
  FULL_WORKLOAD, METHODS, NEW_CLASSES, QUICK_WORKLOAD, createContext, drawSeed, runTransfer, sampleSupport,
  type Method, type TransferCell, type Workload,
} from '@/demos/fewshot/transfer';
import { TRANSFER_PARAMS } from './params';
import { STRINGS } from './strings';
import './fewshot.css';

const DRAW_CHOICES = Array.from({ length: TRANSFER_PARAMS.draws.max }, (_, i) => i + 1);
const SERIES_CLASS: Record<Method, string> = { frozen: 'fed-s0', finetune: 'fed-s1', scratch: 'fed-s2' };
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
// the x axis is log₂ k, so 1, 2, 5, 10, 20, 50 are spread evenly enough to read
const xOf = (k: number) => Math.log2(k);

export default function Transfer({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].fsTransfer;
  const base: Workload = api.quick ? QUICK_WORKLOAD : FULL_WORKLOAD;
  const params = useDemoParams(api, TRANSFER_PARAMS);
  const { steps, draws } = params.values;
  const [showK, setShowK] = useState(() => (base.ks.includes(5) ? 5 : base.ks[0]));
  const [cells, setCells] = useState<TransferCell[]>([]);
  const [at, setAt] = useState<{ k: number; method: Method; draw: number; step: number } | null>(null);
  const [train, setTrain] = useState<MnistSet | null>(null);
  const [testCount, setTestCount] = useState<number | null>(null);
  const data = useRef<{ extractor: Extractor; train: MnistSet; test: MnistSet } | null>(null);
  const inputs = useRef({ steps, draws });
  inputs.current = { steps, draws };

  useEffect(() => {
    let alive = true;
    api.register({ run: (s) => run(s), reset: () => { setCells([]); setAt(null); } });
    Promise.all([loadExtractor(), mnistFromSite('train'), mnistFromSite('test')]).then(([extractor, tr, te]) => {
      if (!alive) { extractor.dispose(); return; }
      data.current = { extractor, train: tr, test: te };
      setTrain(tr);
      api.ready();
    }, (e) => { if (alive) api.fail(e); });
    return () => {
      alive = false;
      data.current?.extractor.dispose();
      data.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function run(signal: AbortSignal) {
    const d = data.current;
    if (!d) return;
    const work: Workload = { ...base, draws: inputs.current.draws, budget: { ...base.budget, steps: inputs.current.steps } };
    setCells([]);
    const ctx = createContext(d.extractor, d.test, work.testLimit);
    setTestCount(ctx.test.n);
    try {
      const done: TransferCell[] = [];
      await runTransfer(ctx, d.train, work, api.seed, {
        signal,
        onProgress: (f, a) => { api.setProgress(f); setAt(a); },
        onCell: (c) => { done.push(c); setCells([...done]); },
      });
      const m: Record<string, number> = { 'test-count': ctx.test.n, steps: work.budget.steps, draws: work.draws };
      for (const c of done) m[`acc-${c.method}-k${c.k}`] = +c.accuracy.toFixed(4);
      api.setMetrics(m);
    } finally {
      ctx.dispose();
      setAt(null);
    }
  }

  // the support set of the first draw for the k on show: exactly the images the methods learn from
  const support = useMemo(() => (train ? sampleSupport(train, showK, drawSeed(api.seed, 0)) : null), [train, showK, api.seed]);
  const names: Record<Method, string> = { frozen: t.frozen, finetune: t.finetune, scratch: t.scratch };
  const ks = base.ks;
  const cell = (k: number, m: Method) => cells.find((c) => c.k === k && c.method === m);
  // the sizes come from the loaded model, not from the text
  const headParams = ((data.current?.extractor.dim ?? 128) + 1) * NEW_CLASSES.length;
  const totalParams = (data.current?.extractor.model.countParams() ?? 0).toLocaleString(api.lang === 'zh' ? 'zh-CN' : 'en');
  const k5 = { frozen: cell(5, 'frozen'), scratch: cell(5, 'scratch') };
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
          points: cells.filter((c) => c.method === m).map((c) => ({ x: xOf(c.k), y: c.accuracy })),
        }))}
      />
      <p className="demo-status" aria-live="polite">
        {at ? fill(t.progress, { k: at.k, method: names[at.method], draw: at.draw + 1, draws, step: at.step, steps: at.method === 'frozen' ? headSteps : steps }) : ''}
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
                const c = cell(k, m);
                return <td key={m} data-method={m} title={c && c.accuracies.length > 1 ? c.accuracies.map(pct).join(', ') : undefined}>{c ? pct(c.accuracy) : '—'}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {k5.frozen && k5.scratch ? (
        <p className="verdict">{fill(t.verdict, { frozen: pct(k5.frozen.accuracy), scratch: pct(k5.scratch.accuracy), gap: ((k5.frozen.accuracy - k5.scratch.accuracy) * 100).toFixed(1) })}</p>
      ) : null}
      <p className="hint">{fill(t.why, { head: headParams, total: totalParams })}</p>
      <p className="hint">{t.honest}</p>
      <p className="hint">{fill(t.method, { steps, headSteps, lr: base.budget.lr, bodyLr: +(base.budget.lr * base.budget.bodyLrScale).toPrecision(3), ratio: Math.round(1 / base.budget.bodyLrScale) })}</p>
    </div>
  );
}

'use client';
/**
 * Multi-task learning, live: one trunk shared by two heads (task A: the digit; task B: a second
 * label of the same image, chosen by the student) against two single-task networks with the same
 * parameter budget, trained on n = 100, 300, 1,000 labelled digits with the same optimiser and
 * steps, tested on the held-out digits. The table and the chart grow size by size; the sentence
 * under them is derived from the measured differences. Maths in demos/fewshot/multitask.ts.
 * Full run: FULL below — H = 32 (separate nets 16 wide), 300 Adam steps of 50, 3 seeds per n,
 * all 2,000 test digits. `?quick=1` (browser tests): QUICK — n ∈ {100, 300}, one seed, 150 steps,
 * 1,000 test digits.
 * Time to effect: the runs go seed by seed over all n, so every row appears after the first seed
 * and is refined (marked "k of 3 seeds") as the others finish; the status line shows both nets on
 * a fixed 500-digit subset every 100 steps (the first numbers, ~2 s), with the time left.
 */
import { useEffect, useRef, useState } from 'react';
import { Choice } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { LineChart } from '@/components/charts/LineChart';
import { fill } from '@/content/fill';
import { mnistFromSite } from '@/demos/data/fetch';
import type { MnistSet } from '@/demos/data/mnist';
import {
  MULTITASK_DEFAULTS, runMultiTaskSweep, separateParams, separateWidth, sharedParams, verdict,
  type MultiTaskConfig, type SweepResult, type SweepRow,
} from '@/demos/fewshot/multitask';
import { yieldToBrowser } from '@/demos/runtime/loop';
import { fmtSeconds, secondsLeft } from './eta';
import { MULTITASK_PARAMS } from './params';
import { STRINGS } from './strings';
import './fewshot.css';

interface Workload { sizes: number[]; seeds: number[]; cfg: MultiTaskConfig; testLimit?: number }
const FULL: Workload = { sizes: [100, 300, 1000], seeds: [1, 2, 3], cfg: MULTITASK_DEFAULTS };
const QUICK: Workload = { sizes: [100, 300], seeds: [1], cfg: { ...MULTITASK_DEFAULTS, steps: 150 }, testLimit: 1000 };
/** the size whose numbers become the headline metrics */
const HEADLINE_N = 300;
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const pts = (v: number) => `${v >= 0 ? '+' : '−'}${Math.abs(v * 100).toFixed(1)}`;

export default function MultiTask({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].fsMultitask;
  const work = api.quick ? QUICK : FULL;
  const params = useDemoParams(api, MULTITASK_PARAMS);
  const { task } = params.values;
  const [rows, setRows] = useState<SweepRow[]>([]);
  const [result, setResult] = useState<SweepResult | null>(null);
  const [status, setStatus] = useState('');
  const [live, setLive] = useState('');
  const data = useRef<{ train: MnistSet; test: MnistSet } | null>(null);
  const inputs = useRef({ task });
  inputs.current = { task };

  useEffect(() => {
    let alive = true;
    api.register({ run: (s) => run(s), reset: () => { setRows([]); setResult(null); } });
    Promise.all([mnistFromSite('train'), mnistFromSite('test')]).then(([train, test]) => {
      if (!alive) return;
      data.current = { train, test };
      api.ready();
    }, (e) => { if (alive) api.fail(e); });
    return () => { alive = false; data.current = null; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function run(signal: AbortSignal) {
    const d = data.current;
    if (!d) return;
    setRows([]); setResult(null); setLive('');
    let acc: SweepRow[] = [];
    const t0 = performance.now();
    let first = false;
    const markFirst = () => { if (!first) { first = true; api.setMetrics({ 'ms-first': Math.round(performance.now() - t0) }); } };
    const metricsOf = (head: SweepRow) => ({
      'acc-a-shared': +head.shared.a.toFixed(4), 'acc-a-separate': +head.separate.a.toFixed(4),
      'acc-b-shared': +head.shared.b.toFixed(4), 'acc-b-separate': +head.separate.b.toFixed(4),
      'params-shared': sharedParams(work.cfg.hidden), 'params-separate': separateParams(separateWidth(work.cfg.hidden)), n: head.n,
    });
    let lastStatus = 0;
    try {
      const r = await runMultiTaskSweep(d.train, d.test, {
        task: inputs.current.task, sizes: work.sizes, seeds: work.seeds.map((s) => s + api.seed), cfg: work.cfg, testLimit: work.testLimit, signal,
        onProgress: (f) => {
          api.setProgress(f);
          const now = performance.now();
          if (now - lastStatus > 500) { lastStatus = now; setStatus(fill(t.status, { done: Math.floor(f * work.sizes.length * work.seeds.length), of: work.sizes.length * work.seeds.length, left: fmtSeconds(secondsLeft(t0, f, now), api.lang) })); }
        },
        onLive: (p) => {
          setLive(fill(t.live, { n: p.n, seed: p.seed - api.seed, seeds: work.seeds.length, step: p.step, steps: work.cfg.steps, s: pct(p.shared.a), p: pct(p.separate.a) }));
          markFirst();
        },
        onRow: (row) => {
          // a row is refined in place as more seeds finish
          acc = [...acc.filter((r) => r.n !== row.n), row].sort((a, b) => a.n - b.n);
          setRows(acc);
          markFirst();
          // headline: the n the page's numbers are about, from its first seed on (refined after)
          if (row.n === HEADLINE_N) api.setMetrics({ ...metricsOf(row), ...(row.seeds === 1 ? { 'ms-headline': Math.round(performance.now() - t0) } : {}) });
        },
        yieldNow: () => yieldToBrowser(signal),
      });
      setResult(r);
      setLive('');
      const head = r.rows.find((x) => x.n === HEADLINE_N) ?? r.rows[r.rows.length - 1];
      api.setMetrics({
        ...metricsOf(head), 'params-shared': r.paramsShared, 'params-separate': r.paramsSeparate,
        ...(head.n !== HEADLINE_N ? { 'ms-headline': Math.round(performance.now() - t0) } : {}),
      });
    } finally {
      setStatus('');
    }
  }

  const H = work.cfg.hidden, h = separateWidth(H);
  const taskName = t.tasks[task];
  const xMax = work.sizes[work.sizes.length - 1];
  const series = (k: 'a' | 'b', which: 'shared' | 'separate', name: string, cls: string) => ({
    name, className: cls, points: rows.map((r) => ({ x: r.n, y: r[which][k] })),
  });

  /** "sharing helped task A at n = 100 (+2.0 points) …": one clause per task, from the verdicts */
  function summary(rs: SweepRow[]): string {
    const clauses = (['a', 'b'] as const).map((k) => {
      const name = k === 'a' ? t.taskA : fill(t.taskBNamed, { task: taskName });
      const by: Record<string, string[]> = { helped: [], hurt: [], same: [] };
      for (const r of rs) {
        const diffs = k === 'a' ? r.diffA : r.diffB;
        const m = diffs.reduce((s, x) => s + x, 0) / diffs.length;
        by[verdict(diffs)].push(fill(t.atN, { n: r.n, d: pts(m) }));
      }
      const parts = [
        by.helped.length ? fill(t.helped, { at: by.helped.join(t.sep) }) : '',
        by.hurt.length ? fill(t.hurt, { at: by.hurt.join(t.sep) }) : '',
        by.same.length ? fill(t.same, { at: by.same.join(t.sep) }) : '',
      ].filter(Boolean);
      return fill(t.clause, { task: name, parts: parts.join(t.sep2) });
    });
    return clauses.join(' ');
  }

  return (
    <div className="fs-multitask">
      <div className="demo-controls">
        <Choice label={t.taskB} value={task} choices={MULTITASK_PARAMS.task.choices} control="task"
          format={(k) => t.tasks[k]} onChange={(k) => params.set('task', k)} />
      </div>
      <p className="hint">{t.taskHelp[task]}</p>
      <p className="hint" data-params-shared={sharedParams(H)} data-params-separate={separateParams(h)}>
        {fill(t.params, { H, h, ps: sharedParams(H).toLocaleString(api.lang === 'zh' ? 'zh-CN' : 'en'), pp: separateParams(h).toLocaleString(api.lang === 'zh' ? 'zh-CN' : 'en'), steps: work.cfg.steps, batch: work.cfg.batch, seeds: work.seeds.length })}
      </p>
      <LineChart
        title={fill(t.chart, { task: taskName })} xLabel={t.xLabel} yLabel={t.yLabel}
        xDomain={[0, xMax]} yDomain={[0.5, 1]}
        series={rows.length ? [
          series('a', 'shared', `${t.a} · ${t.shared}`, 'fed-s0'),
          series('a', 'separate', `${t.a} · ${t.separate}`, 'fed-s4'),
          series('b', 'shared', `${t.b} · ${t.shared}`, 'fed-s1'),
          series('b', 'separate', `${t.b} · ${t.separate}`, 'fed-s3'),
        ] : []}
      />
      <table className="fed-table">
        <caption>{fill(t.tableCaption, { seeds: work.seeds.length, task: taskName })}</caption>
        <thead>
          <tr>
            <th scope="col">n</th>
            <th scope="col">{t.a} · {t.shared}</th><th scope="col">{t.a} · {t.separate}</th>
            <th scope="col">{t.b} · {t.shared}</th><th scope="col">{t.b} · {t.separate}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.n} data-n={r.n}>
              <th scope="row">{r.n}{r.seeds < work.seeds.length ? ` ${fill(t.partial, { k: r.seeds, of: work.seeds.length })}` : ''}</th>
              <td>{pct(r.shared.a)}</td><td>{pct(r.separate.a)}</td>
              <td>{pct(r.shared.b)}</td><td>{pct(r.separate.b)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="demo-status" aria-live="polite">{status}{status && live ? ' · ' : ''}{status ? live : ''}</p>
      {result ? <p className="verdict" data-summary="">{summary(result.rows)}</p> : null}
      <p className="hint">{t.slide}</p>
    </div>
  );
}

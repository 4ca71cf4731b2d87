'use client';
/**
 * pruning: magnitude pruning of the site's trained digit CNN (one global threshold or one per
 * layer). Run: accuracy right after one-shot pruning at the chosen sparsity (the first result),
 * then gradual pruning with fine-tuning to the same sparsity (the headline, on the whole held-out
 * set), then the one-shot accuracy over a range of sparsities; and the remaining weights' histogram.
 * The maths is demos/lightweight/compress.ts; this file wires the controls and draws.
 */
import { useRef, useState } from 'react';
import type * as tf from '@tensorflow/tfjs';
import { LineChart } from '@/components/charts/LineChart';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { accuracy, cloneWeights, countWeights, disposeWeights, uploadDigits, type CnnWeights } from '@/demos/lightweight/cnn';
import { applyMasks, PRUNE_TUNING, pruneGradually, pruneMasks, type PruneScope } from '@/demos/lightweight/compress';
import { binCounts, Histogram } from './Histogram';
import { PRUNE_PARAMS } from './params';
import { STRINGS } from './strings';
import { useCnn } from './useCnn';

const SWEEP = [0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95];
const pc = (a: number) => (a * 100).toFixed(1);

interface Result { s: number; scope: PruneScope; first: number; dense: number; before: number; after: number; steps: number; kept: number; total: number }

export default function Pruning({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang];
  const params = useDemoParams(api, PRUNE_PARAMS);
  const { sparsity, scope, steps } = params.values;
  const nTest = api.quick ? 500 : 2000;
  const nSweep = api.quick ? 200 : 500;
  const [res, setRes] = useState<Partial<Result> | null>(null);
  const [curve, setCurve] = useState<{ x: number; y: number }[]>([]);
  const [hist, setHist] = useState<{ counts: number[]; lim: number } | null>(null);
  const [busy, setBusy] = useState('');
  const denseAcc = useRef<number | null>(null);
  const inputs = useRef({ sparsity, scope, steps });
  inputs.current = { sparsity, scope, steps };
  const cnn = useCnn(api, { run: (s) => run(s), reset }, nTest);

  function reset() { setRes(null); setCurve([]); setHist(null); setBusy(''); params.reset(); }

  /** accuracy of the one-shot pruned copy (masks and copy freed here) */
  async function oneShot(w: CnnWeights, s: number, sc: PruneScope, n: number, signal: AbortSignal) {
    const m = await pruneMasks(w, s, sc);
    const p = applyMasks(w, m);
    try { return await accuracy(p, cnn.current!.test, n, signal); } finally { disposeWeights(p); for (const x of m) x.dispose(); }
  }

  async function run(signal: AbortSignal) {
    const m = cnn.current;
    if (!m) return;
    const { sparsity: s, scope: sc, steps: ft } = inputs.current;
    const t0 = performance.now();
    setRes(null); setCurve([]); setHist(null);
    const total = countWeights(m.weights);
    // first result: one-shot pruning scored on the fixed subset the sweep uses
    const first = await oneShot(m.weights, s, sc, nSweep, signal);
    const msFirst = performance.now() - t0;
    setRes({ s, scope: sc, first, steps: ft, total });
    setBusy(fill(t.prune.tuning, { steps: ft }));
    // gradual pruning + fine-tuning on a copy of the weights and 4,000 training digits
    const work: CnnWeights = cloneWeights(m.weights);
    const train = uploadDigits(m.train, api.quick ? 500 : 4000);
    let masks: tf.Tensor[] = [];
    let after = 0;
    try {
      masks = await pruneGradually(work, train, { ...PRUNE_TUNING, sparsity: s, scope: sc, steps: Math.max(ft, 5), seed: api.seed, signal, onProgress: (f) => api.setProgress(0.8 * f) });
      // the headline: the whole held-out set
      after = await accuracy(work, m.test, nTest, signal);
      setRes({ s, scope: sc, first, after, steps: ft, total });
      const metrics: Record<string, number> = { 'acc-pruned': +after.toFixed(4), 'ms-first': Math.round(msFirst), 'ms-headline': Math.round(performance.now() - t0) };
      if (Math.abs(s - 0.9) < 1e-9) metrics['acc-sparsity90'] = metrics['acc-pruned'];
      api.setMetrics(metrics);
      const kernels = await Promise.all(work.kernels.map((k) => k.data()));
      const flat = kernels.flatMap((k) => Array.from(k as Float32Array));
      const kept = flat.filter((v) => v !== 0).length;
      const lim = Math.max(...flat.map(Math.abs));
      setHist({ counts: binCounts(flat, -lim, lim, 61, true), lim: +lim.toFixed(2) });
      setRes({ s, scope: sc, first, after, steps: ft, kept, total });
    } finally {
      disposeWeights(work); train.dispose(); for (const x of masks) x.dispose();
    }
    // refinement after the headline: the references on the whole set (the unpruned score does not
    // depend on the settings: computed once), then the one-shot sweep on the subset
    setBusy(fill(t.prune.refs, { n: nTest }));
    const dense = denseAcc.current ?? (denseAcc.current = await accuracy(m.weights, m.test, nTest, signal));
    const before = await oneShot(m.weights, s, sc, nTest, signal);
    setRes((r) => ({ ...r, before, dense }));
    api.setMetrics({ 'acc-oneshot': +before.toFixed(4), 'acc-dense': +dense.toFixed(4) });
    setBusy(fill(t.prune.curve, { n: nSweep }));
    const pts: { x: number; y: number }[] = [];
    for (const [i, x] of SWEEP.entries()) {
      pts.push({ x, y: x === s ? first : await oneShot(m.weights, x, sc, nSweep, signal) });
      setCurve([...pts]);
      api.setProgress(0.8 + 0.2 * (i + 1) / SWEEP.length);
    }
    setBusy('');
  }

  const done = res && res.after !== undefined;
  return (
    <div className="pruning-demo">
      <div className="demo-controls">
        <Slider label={fill(t.prune.sparsityLabel, { v: Math.round(sparsity * 100) })} value={sparsity} control="sparsity" onChange={(v) => params.set('sparsity', v)}
          min={PRUNE_PARAMS.sparsity.min} max={PRUNE_PARAMS.sparsity.max} step={PRUNE_PARAMS.sparsity.step} />
        <Choice label={PRUNE_PARAMS.scope.label[api.lang]} value={scope} choices={PRUNE_PARAMS.scope.choices} format={(v) => t.prune.scopeNames[v]} control="scope" onChange={(v) => params.set('scope', v)} />
        <Slider label={`${PRUNE_PARAMS.steps.label[api.lang]} ${steps}`} value={steps} control="steps" onChange={(v) => params.set('steps', v)}
          min={PRUNE_PARAMS.steps.min} max={PRUNE_PARAMS.steps.max} step={PRUNE_PARAMS.steps.step} />
      </div>
      <LineChart title={t.prune.chart} xLabel={t.prune.xLabel} yLabel={t.prune.yLabel} xDomain={[0, 1]}
        series={[
          { name: t.prune.sNoFt, points: curve },
          ...(done ? [{ name: t.prune.sFt, points: [{ x: res.s!, y: res.after! }] }] : []),
        ]} />
      <p className="hint" aria-live="polite">
        {done && res.dense !== undefined
          ? fill(t.prune.result, { s: Math.round(res.s! * 100), scope: t.prune.scopeNames[res.scope!], before: pc(res.before!), after: pc(res.after!), steps: res.steps!, dense: pc(res.dense!), n: nTest, kept: (res.kept ?? 0).toLocaleString('en-US'), total: res.total!.toLocaleString('en-US') })
          : done ? fill(t.prune.headline, { s: Math.round(res.s! * 100), scope: t.prune.scopeNames[res.scope!], after: pc(res.after!), steps: res.steps!, n: nTest, first: pc(res.first!), m: nSweep })
            : res ? fill(t.prune.firstLine, { first: pc(res.first!), m: nSweep }) : busy ? '' : t.common.notRun}
        {busy ? ` ${fill(res ? t.common.stillRunning : t.common.running, { what: busy })}` : ''}
      </p>
      {hist && <Histogram counts={hist.counts} lo={-hist.lim} hi={hist.lim} title={t.prune.hist} />}
    </div>
  );
}

'use client';
/**
 * A GCN at scale, in the browser: a stochastic block model with up to 10,000 nodes and 100,000
 * edges, trained full-batch with sparse message passing (never an n × n matrix), the time per
 * epoch measured with one read-back per epoch, the same network without the graph as the
 * baseline, and a sweep over the number of edges at a fixed node count.
 * Full run: 10,000 nodes, 200 epochs (+ 200 for the baseline), sweep at degrees 5/10/20/40 with
 * 4 epochs each. `?quick=1` (browser tests): 1,000 nodes, 20 epochs, sweep 5/10/20 at 1,000 nodes.
 */
import { useEffect, useRef, useState } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { Choice } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { preferredFormat } from '@/demos/gnn/gcn';
import { createScaleRun, edgeSweep, runEpochs, SCALE_DEFAULTS, SCALE_EPOCHS, steadyEpochMs } from '@/demos/gnn/scale';
import { yieldToBrowser } from '@/demos/runtime/loop';
import { SCALE_PARAMS } from './params';
import { STRINGS } from './strings';
import './gnn.css';

const plan = (quick: boolean) =>
  quick ? { epochs: 20, sweepN: 1000, degrees: [5, 10, 20], sweepEpochs: 3 } : { epochs: SCALE_EPOCHS, sweepN: 10_000, degrees: [5, 10, 20, 40], sweepEpochs: 4 };

interface Result { nodes: number; edges: number; epochMs: number; acc: number; mlp: number; format: string }
interface SweepRow { avgDegree: number; edges: number; epochMs: number; propagationMs: number }

export default function GcnScale({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].gnnScale;
  const p = plan(api.quick);
  const params = useDemoParams(api, SCALE_PARAMS);
  const { nodes } = params.values;
  const [status, setStatus] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [sweep, setSweep] = useState<SweepRow[]>([]);
  const inputs = useRef({ nodes });
  inputs.current = { nodes };

  useEffect(() => {
    // reset clears the results but keeps the chosen size, as before
    api.register({ run: (s) => run(s), reset: () => { setResult(null); setSweep([]); setStatus(''); } });
    api.ready();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function run(signal: AbortSignal) {
    const n = inputs.current.nodes;
    const t0 = performance.now();
    const ms = () => Math.round(performance.now() - t0);
    let first = false;
    const total = 2 * p.epochs + p.degrees.length * (p.sweepEpochs + 2);
    let done = 0;
    const tick = () => api.setProgress(++done / total);
    setResult(null);
    setSweep([]);
    setStatus(t.building);
    await yieldToBrowser(signal);

    // 1. the GCN on the graph
    const gcn = createScaleRun({ ...SCALE_DEFAULTS, n, seed: api.seed });
    let epochMs = 0, acc = 0;
    try {
      const r = await runEpochs(gcn, p.epochs, {
        signal,
        onEpoch: async (e) => {
          tick();
          if (e.epoch % 5 === 0 || e.epoch === p.epochs) {
            if (!first) { first = true; api.setMetrics({ 'ms-first': ms() }); }
            setStatus(fill(t.status, { epoch: e.epoch, total: p.epochs, loss: e.loss.toFixed(3), ms: e.ms.toFixed(1) }));
            await yieldToBrowser(signal);
          }
        },
      });
      epochMs = steadyEpochMs(r.epochs);
      acc = r.test;
      api.setMetrics({ nodes: gcn.nodes, edges: gcn.edges, 'epoch-ms': +epochMs.toFixed(2), accuracy: +acc.toFixed(4) });
    } finally {
      gcn.dispose();
    }

    // 2. the same network blind to the edges (Â = I): what the neighbours add
    const mlp = createScaleRun({ ...SCALE_DEFAULTS, n, seed: api.seed, useGraph: false });
    let mlpAcc = 0, edges = 0;
    try {
      edges = mlp.edges;
      const r = await runEpochs(mlp, p.epochs, {
        signal,
        onEpoch: async (e) => {
          tick();
          if (e.epoch % 10 === 0) { setStatus(fill(t.noGraph, { epoch: e.epoch, total: p.epochs })); await yieldToBrowser(signal); }
        },
      });
      mlpAcc = r.test;
      api.setMetrics({ 'accuracy-no-graph': +mlpAcc.toFixed(4), 'ms-headline': ms() });
    } finally {
      mlp.dispose();
    }
    setResult({ nodes: n, edges, epochMs, acc, mlp: mlpAcc, format: preferredFormat() });

    // 3. more edges, same nodes: one graph per degree, timed
    const rows: SweepRow[] = [];
    for (const [i, d] of p.degrees.entries()) {
      setStatus(fill(t.sweeping, { i: i + 1, n: p.degrees.length, deg: d }));
      await yieldToBrowser(signal);
      const [row] = await edgeSweep({ n: p.sweepN, avgDegrees: [d], epochs: p.sweepEpochs, seed: api.seed, signal });
      rows.push(row);
      setSweep([...rows]);
      for (let i = 0; i < p.sweepEpochs + 2; i++) tick();
      await yieldToBrowser(signal);
    }
    setStatus('');
  }

  const maxE = Math.max(1, ...sweep.map((r) => r.edges));
  const maxMs = Math.max(1, ...sweep.map((r) => Math.max(r.epochMs, r.propagationMs)));
  const dense = nodes * nodes;

  return (
    <div className="gcn-scale">
      <div className="demo-controls">
        <Choice label={t.nodes} value={nodes} choices={SCALE_PARAMS.nodes.choices} control="nodes" format={(n) => n.toLocaleString('en-US')}
          onChange={(n) => params.set('nodes', n)} />
      </div>
      <p className="hint">{fill(t.denseNote, { n: nodes.toLocaleString('en-US'), entries: dense.toExponential(1), mb: Math.round((dense * 4) / 1e6), e: `≈ ${(2 * nodes * SCALE_DEFAULTS.avgDegree / 2 + nodes).toLocaleString('en-US')}` })}</p>
      <p className="hint" aria-live="polite">{status}</p>
      {result ? (
        <>
          <p className="verdict">{fill(t.summary, {
            nodes: result.nodes.toLocaleString('en-US'), edges: result.edges.toLocaleString('en-US'), ms: result.epochMs.toFixed(1),
            backend: api.backend, acc: `${(result.acc * 100).toFixed(1)}%`, mlp: `${(result.mlp * 100).toFixed(1)}%`,
          })}</p>
          <p className="hint">{fill(t.format, { format: t.formats[result.format] ?? result.format })}</p>
        </>
      ) : null}
      {sweep.length ? (
        <figure className="scale-sweep">
          <LineChart
            title={fill(t.chart, { n: p.sweepN.toLocaleString('en-US') })} xLabel={t.edges} yLabel={t.epochMs}
            xDomain={[0, maxE]} yDomain={[0, maxMs * 1.1]} yFormat={(v) => String(Math.round(v))}
            series={[
              { name: t.epochMs, className: 'sweep-epoch', points: sweep.map((r) => ({ x: r.edges, y: r.epochMs })) },
              { name: 'ÂX', className: 'sweep-prop', points: sweep.map((r) => ({ x: r.edges, y: r.propagationMs })) },
            ]}
          />
          <figcaption>{fill(t.chart, { n: p.sweepN.toLocaleString('en-US') })}</figcaption>
          <ul className="sweep-rows">
            {sweep.map((r) => (
              <li key={r.avgDegree}>{fill(t.sweepRow, { deg: r.avgDegree, edges: r.edges.toLocaleString('en-US'), ms: r.epochMs.toFixed(1), prop: r.propagationMs.toFixed(1) })}</li>
            ))}
          </ul>
        </figure>
      ) : null}
      <p className="hint">{t.method}</p>
    </div>
  );
}

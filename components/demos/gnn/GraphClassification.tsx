'use client';
/**
 * Graph classification from structure alone, trained live: small generated graphs of four
 * families (ring, star, two communities, grid), node inputs that are only one-hot degrees, and a
 * GCN → READOUT (mean or sum) → dense classifier. Run trains a fresh classifier and plots training
 * and test accuracy per epoch; a gallery shows one test graph per family and, after the run, a
 * few of the misclassified ones with their true and predicted classes.
 * Full run: 600 training and 200 test graphs, 20 epochs. `?quick=1` (browser tests): 200 + 100
 * graphs, 8 epochs.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Choice } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { LineChart, type Series } from '@/components/charts/LineChart';
import { fill } from '@/content/fill';
import {
  createClassificationRun, DEGREE_CAP, GRAPH_EPOCHS, GRAPH_TEST, GRAPH_TRAIN, makeGraphDataset, splitDataset,
  type LabelledGraph, type Readout,
} from '@/demos/gnn/graph-classification';
import { degrees, forceLayout, type Graph } from '@/demos/gnn/graph';
import { throwIfAborted, yieldToBrowser } from '@/demos/runtime/loop';
import { GRAPHS_PARAMS } from './params';
import { STRINGS } from './strings';
import './gnn.css';

const workloadFor = (quick: boolean) => (quick ? { train: 200, test: 100, epochs: 8 } : { train: GRAPH_TRAIN, test: GRAPH_TEST, epochs: GRAPH_EPOCHS });
const READOUTS: readonly Readout[] = GRAPHS_PARAMS.readout.choices;
const MAX_WRONG = 3;
/** degree colours: 0 … DEGREE_CAP−1, then one for DEGREE_CAP or more (as in the one-hot input) */
const DEGREE_KEYS = Array.from({ length: DEGREE_CAP + 1 }, (_, d) => d);

interface Point { epoch: number; train: number; test: number }
interface Curve { readout: Readout; points: Point[] }
interface Live { epoch: number; loss: number; train: number; test: number }
interface Result {
  readout: Readout;
  epochs: number;
  train: number;
  test: number;
  right: number;
  wrong: { graph: LabelledGraph; predicted: number }[];
  wrongCount: number;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export default function GraphClassification({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].gnnGraphs;
  const work = workloadFor(api.quick);
  const params = useDemoParams(api, GRAPHS_PARAMS);
  const { readout } = params.values;
  // the dataset is plain data, made once (milliseconds); nothing on the device between runs
  const [data] = useState(() => splitDataset(makeGraphDataset(work.train + work.test, api.seed), work.train));
  const [curve, setCurve] = useState<Curve | null>(null);
  const [live, setLive] = useState<Live | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  // the last finished run of each readout, so the two can be compared
  const [last, setLast] = useState<Partial<Record<Readout, { test: number; points: Point[] }>>>({});
  const inputs = useRef({ readout });
  inputs.current = { readout };

  useEffect(() => {
    api.register({ run: (s) => run(s), reset: () => reset() });
    api.ready();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function run(signal: AbortSignal) {
    const { readout } = inputs.current;
    const { train, test } = data;
    const { epochs } = work;
    setCurve({ readout, points: [] });
    setLive(null);
    setResult(null);
    const t0 = performance.now();
    const session = createClassificationRun({ train, test, readout, seed: api.seed });
    try {
      const perEpoch = session.batchesPerEpoch;
      const points: Point[] = [];
      let chunkStart = performance.now();
      for (let e = 1; e <= epochs; e++) {
        const s = await session.epoch(e, {
          signal,
          onBatch: async (i) => {
            api.setProgress((e - 1 + (i + 1) / perEpoch) / epochs);
            if (performance.now() - chunkStart > 30) {
              await yieldToBrowser(signal);
              chunkStart = performance.now();
            }
          },
        });
        const p = { epoch: e, train: s.train, test: s.test };
        points.push(p);
        if (e === 1) api.setMetrics({ 'ms-first': Math.round(performance.now() - t0) });
        setCurve({ readout, points: [...points] });
        setLive({ epoch: e, loss: s.loss, train: p.train, test: p.test });
        await yieldToBrowser(signal);
        chunkStart = performance.now();
      }
      throwIfAborted(signal);
      // the final classes of the test graphs (one more read-back) for the gallery of mistakes
      const predicted = await session.predictTest(signal);
      const wrongAll = test.flatMap((graph, i) => (predicted[i] !== graph.label ? [{ graph, predicted: predicted[i] }] : []));
      const testAcc = 1 - wrongAll.length / test.length;
      const trainAcc = points[points.length - 1].train;
      setResult({ readout, epochs, train: trainAcc, test: testAcc, right: test.length - wrongAll.length, wrong: wrongAll.slice(0, MAX_WRONG), wrongCount: wrongAll.length });
      setLast((l) => ({ ...l, [readout]: { test: testAcc, points } }));
      api.setMetrics({
        accuracy: +testAcc.toFixed(4), 'accuracy-train': +trainAcc.toFixed(4), epochs,
        readout: READOUTS.indexOf(readout), misclassified: wrongAll.length, 'test-graphs': test.length,
        'ms-headline': Math.round(performance.now() - t0),
      });
    } finally {
      session.dispose();
    }
  }

  function reset() {
    params.reset();
    setCurve(null);
    setLive(null);
    setResult(null);
    setLast({});
  }

  // one test graph of each family, drawn from the start
  const examples = useMemo(
    () => t.families.map((_, f) => data.test.find((g) => g.label === f)).filter((g): g is LabelledGraph => !!g),
    [data, t.families],
  );
  const familyName = (f: number) => t.families[f] ?? String(f);
  const sep = api.lang === 'zh' ? '' : ' '; // between sentences: Chinese needs no space

  const shown = curve?.readout ?? readout;
  const other = READOUTS.find((r) => r !== shown)!;
  const series: Series[] = [];
  if (curve) {
    series.push({ name: fill(t.trainSeries, { readout: shown }), points: curve.points.map((p) => ({ x: p.epoch, y: p.train })), className: 'gc-train' });
    series.push({ name: fill(t.testSeries, { readout: shown }), points: curve.points.map((p) => ({ x: p.epoch, y: p.test })), className: 'gc-test' });
  }
  const prev = last[other];
  if (prev) series.push({ name: fill(t.otherSeries, { readout: other }), points: prev.points.map((p) => ({ x: p.epoch, y: p.test })), className: 'control' });

  return (
    <div className="graph-classification">
      <div className="demo-controls">
        <Choice label={t.readout} value={readout} choices={READOUTS} control="readout" format={(r) => t.readouts[r]}
          onChange={(r) => params.set('readout', r)} />
        <span className="hint">{fill(t.data, { train: data.train.length, test: data.test.length, epochs: work.epochs })}</span>
      </div>
      {/* headroom above 100% (unlabelled) keeps the legend off the curves, which end near the top */}
      <LineChart series={series} xDomain={[1, work.epochs]} yDomain={[0, 1.25]} yFormat={(v) => (v > 1 ? '' : `${Math.round(v * 100)}%`)}
        xLabel={t.epochAxis} yLabel={t.accAxis} title={t.chart} />
      <p className="hint" aria-live="polite">
        {live ? fill(t.status, { epoch: live.epoch, total: work.epochs, loss: live.loss.toFixed(4), train: pct(live.train), test: pct(live.test) }) : t.notRun}
      </p>
      {result ? (
        <p className="verdict">
          {fill(t.result, { test: pct(result.test), right: result.right, total: data.test.length, train: pct(result.train), readout: result.readout, epochs: result.epochs })}
          {prev && curve?.readout === result.readout ? sep + fill(t.compare, { readout: other, test: pct(prev.test) }) : null}
        </p>
      ) : null}
      <p className="row-label">{t.examples}</p>
      <div className="gc-gallery">
        {examples.map((g, i) => (
          <GraphThumb key={i} g={g.graph} label={fill(t.graphLabel, { family: familyName(g.label), n: g.graph.n, e: g.graph.edges.length })}
            caption={fill(t.exampleCaption, { family: familyName(g.label), n: g.graph.n })} />
        ))}
      </div>
      <p className="chart-legend gc-degree-key">
        {t.degreeKey}
        {DEGREE_KEYS.map((d) => <span key={d} className="gc-deg"><svg viewBox="0 0 10 10" aria-hidden="true"><circle cx={5} cy={5} r={4} className={`deg-${d}`} /></svg>{d === DEGREE_CAP ? `≥${DEGREE_CAP}` : d}</span>)}
      </p>
      {result ? (
        <>
          <p className="row-label">{t.wrongTitle}</p>
          {result.wrong.length ? (
            <>
              <p className="hint">{fill(t.wrongCount, { n: result.wrongCount, total: data.test.length, shown: result.wrong.length })}</p>
              <div className="gc-gallery gc-wrong">
                {result.wrong.map((w, i) => {
                  const caption = fill(t.wrongCaption, { truth: familyName(w.graph.label), pred: familyName(w.predicted) });
                  return <GraphThumb key={i} g={w.graph.graph} caption={caption}
                    label={`${fill(t.graphLabel, { family: familyName(w.graph.label), n: w.graph.graph.n, e: w.graph.graph.edges.length })}; ${caption}`} />;
                })}
              </div>
            </>
          ) : <p className="hint gc-none-wrong">{fill(t.noneWrong, { total: data.test.length })}</p>}
        </>
      ) : null}
      <p className="hint">{t.method}</p>
    </div>
  );
}

/** One small graph: force layout, nodes coloured by degree (the model's only input). */
function GraphThumb({ g, label, caption }: { g: Graph; label: string; caption: string }) {
  const pos = useMemo(() => forceLayout(g), [g]);
  const deg = useMemo(() => degrees(g), [g]);
  const S = 120, m = 8;
  const at = (v: number) => [m + pos[v][0] * (S - 2 * m), m + pos[v][1] * (S - 2 * m)];
  return (
    <figure>
      <svg className="gc-graph" viewBox={`0 0 ${S} ${S}`} role="img" aria-label={label}>
        {g.edges.map(([i, j]) => {
          const [x1, y1] = at(i), [x2, y2] = at(j);
          return <line key={`${i}-${j}`} x1={x1} y1={y1} x2={x2} y2={y2} />;
        })}
        {Array.from({ length: g.n }, (_, v) => {
          const [x, y] = at(v);
          return <circle key={v} cx={x} cy={y} r={4} className={`deg-${Math.min(deg[v], DEGREE_CAP)}`} />;
        })}
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

'use client';
/**
 * Kipf & Welling's karate-club picture, trained live: a GCN 34 → 4 → 2 with no node features
 * (X = I) and one labelled member per faction. (Their appendix used a 3-layer GCN on 4 communities
 * from modularity-based clustering; here 2 layers, on the 2 factions the club really split into.) The 2-D hidden layer is plotted as it trains,
 * members coloured by the faction they really joined; the student can label or unlabel members.
 * Full run: 300 epochs, a snapshot every 10. `?quick=1` (browser tests): 100 epochs.
 */
import { useEffect, useRef, useState } from 'react';
import { scaleLinear } from 'd3-scale';
import type { DemoApi } from '@/components/demo/types';
import { fill } from '@/content/fill';
import { KARATE, KARATE_FACTION } from '@/demos/gnn/graph';
import { GnnInputError } from '@/demos/gnn/gcn';
import { checkKarateLabels, createKarateTrainer, KARATE_DEFAULTS, KARATE_EPOCHS, karateEpoch, type KarateSnapshot } from '@/demos/gnn/karate';
import { runLoop } from '@/demos/runtime/loop';
import { writeHashParams } from '@/demos/runtime/params';
import { readKarateLabels } from './params';
import { STRINGS } from './strings';
import './gnn.css';

const epochsFor = (quick: boolean) => (quick ? 100 : KARATE_EPOCHS);
const SHOW_EVERY = 10;

/** `#gcn-karate.labels=0,33`: not a schema parameter (a set of ids; see params.ts) */
const readLabels = (raw: string | undefined) => readKarateLabels(raw, KARATE.n, KARATE_DEFAULTS.labelled);

export default function GcnKarate({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].gnnKarate;
  const [labels, setLabels] = useState<number[]>(() => readLabels(api.hash.get('labels')).labels);
  const [snap, setSnap] = useState<(KarateSnapshot & { loss: number | null }) | null>(null);
  const [message, setMessage] = useState('');
  const epochs = epochsFor(api.quick);
  const inputs = useRef({ labels });
  inputs.current = { labels };

  /** the labels' problem in words, or '' */
  const problem = (ls: number[]) => {
    try {
      checkKarateLabels(ls);
      return '';
    } catch (e) {
      if (!(e instanceof GnnInputError)) throw e;
      const missing = [0, 1].find((f) => !ls.some((v) => KARATE_FACTION[v] === f)) ?? 0;
      return fill(t.needLabels, { faction: missing === 0 ? t.mrHi : t.officer });
    }
  };

  // the untrained picture: random weights, before any step (then nothing is kept)
  async function untrained(ls: number[]) {
    const t0 = performance.now();
    const trainer = createKarateTrainer({ labelled: ls, seed: api.seed });
    try {
      setSnap({ ...(await trainer.snapshot()), loss: null });
    } finally {
      trainer.dispose();
    }
  }

  useEffect(() => {
    const r = readLabels(api.hash.get('labels'));
    if (r.bad) api.notify({ key: 'badHash', values: {} });
    api.register({ run: (s) => run(s), reset: () => reset() });
    const p = problem(r.labels);
    setMessage(p);
    (p ? Promise.resolve() : untrained(r.labels)).then(() => api.ready(), (e) => api.fail(e));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function run(signal: AbortSignal) {
    const ls = inputs.current.labels;
    const p = problem(ls);
    setMessage(p);
    if (p) return; // a clear message instead of a model that cannot learn two classes
    const t0 = performance.now();
    const trainer = createKarateTrainer({ labelled: ls, seed: api.seed });
    try {
      setSnap({ ...(await trainer.snapshot()), loss: null });
      let last: KarateSnapshot | null = null;
      await runLoop({
        steps: epochs, signal,
        step: async (i) => {
          // one read-back every SHOW_EVERY epochs: the embedding moves, the loop never waits per step
          const s = await karateEpoch(trainer, (i + 1) % SHOW_EVERY === 0 || i + 1 === epochs);
          if (s) {
            if (!last) api.setMetrics({ 'ms-first': Math.round(performance.now() - t0) });
            last = s;
            setSnap(s);
          }
        },
        onProgress: (f) => api.setProgress(f),
      });
      const s = last as KarateSnapshot | null;
      if (s) api.setMetrics({ accuracy: +s.accuracy.toFixed(4), epochs, labelled: ls.length, 'ms-headline': Math.round(performance.now() - t0) });
    } finally {
      trainer.dispose();
    }
  }

  function reset() {
    const ls = [...KARATE_DEFAULTS.labelled];
    skipRun.current = true; // back to the start, not a new run
    setLabels(ls);
    setMessage('');
    void untrained(ls).catch((e) => api.fail(e));
  }

  // retrain when the labels change (debounced); keep the link in step
  const first = useRef(true);
  const skipRun = useRef(false);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    if (skipRun.current) { skipRun.current = false; return; }
    const h = setTimeout(() => api.requestRun(), 300);
    history.replaceState(null, '', writeHashParams(location.hash, 'gcn-karate', { labels: labels.join(',') }));
    return () => clearTimeout(h);
  }, [api, labels]);

  const toggle = (v: number) => setLabels((ls) => (ls.includes(v) ? ls.filter((u) => u !== v) : [...ls, v].sort((a, b) => a - b)));

  const W = 460, H = 460, m = 24;
  const sx = scaleLinear().domain([-1, 1]).range([m, W - m]);
  const sy = scaleLinear().domain([-1, 1]).range([H - m, m]);
  const pos = (v: number) => (snap ? [sx(snap.embedding[2 * v]), sy(snap.embedding[2 * v + 1])] : [W / 2, H / 2]);
  const unlabelled = KARATE.n - labels.length;
  const right = snap ? Math.round(snap.accuracy * unlabelled) : 0;
  const order = Array.from({ length: KARATE.n }, (_, v) => v).sort((a, b) => Number(labels.includes(a)) - Number(labels.includes(b)));
  const factionName = (v: number) => (KARATE_FACTION[v] === 0 ? t.mrHi : t.officer);

  return (
    <div className="gcn-karate">
      <div className="karate-layout">
        <svg className="karate-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t.chart}>
          <rect x={m} y={m} width={W - 2 * m} height={H - 2 * m} className="karate-frame" />
          <line x1={sx(0)} x2={sx(0)} y1={m} y2={H - m} className="karate-axis" />
          <line x1={m} x2={W - m} y1={sy(0)} y2={sy(0)} className="karate-axis" />
          <g className="karate-edges">
            {KARATE.edges.map(([a, b]) => {
              const [x1, y1] = pos(a), [x2, y2] = pos(b);
              return <line key={`${a}-${b}`} x1={x1} y1={y1} x2={x2} y2={y2} />;
            })}
          </g>
          {/* labelled members drawn last, so they stay on top where trained members pile up */}
          {order.map((v) => {
            const [x, y] = pos(v);
            const isLabelled = labels.includes(v);
            const wrong = snap && !isLabelled && snap.pred[v] !== KARATE_FACTION[v];
            return (
              <g key={v} transform={`translate(${x},${y})`} data-node={v} onClick={() => toggle(v)}
                className={`karate-node faction-${KARATE_FACTION[v]}${isLabelled ? ' labelled' : ''}${wrong ? ' wrong' : ''}`}>
                <circle r={isLabelled ? 11 : 8} />
                {isLabelled ? <text dy="0.35em" textAnchor="middle">{v}</text> : null}
              </g>
            );
          })}
        </svg>
        <div className="karate-side">
          <p className="chart-legend">
            <span className="key faction-0-key" /> {t.mrHi} <span className="key faction-1-key" /> {t.officer}
          </p>
          <p className="hint">{t.toggleHint}</p>
          {/* the same toggles as buttons: trained members overlap on the chart, and keyboards need a target */}
          <div className="karate-members" role="group" aria-label={t.labelsParam}>
            {Array.from({ length: KARATE.n }, (_, v) => (
              <button key={v} type="button" data-member={v} aria-pressed={labels.includes(v)}
                className={`member faction-${KARATE_FACTION[v]}${snap && !labels.includes(v) && snap.epoch > 0 && snap.pred[v] !== KARATE_FACTION[v] ? ' wrong' : ''}`}
                aria-label={fill(t.member, { n: v, faction: factionName(v), state: labels.includes(v) ? t.labelled : t.unlabelled })}
                onClick={() => toggle(v)}>{v}</button>
            ))}
          </div>
          <p className="hint">{fill(t.labelsParam + ': {l}', { l: labels.join(', ') || '—' })}</p>
          {message ? <p className="demo-notice" role="alert">{message}</p> : null}
          <p className="hint" aria-live="polite">
            {snap ? (snap.epoch === 0 ? t.untrained : fill(t.epoch, { epoch: snap.epoch, total: epochs, loss: snap.loss?.toFixed(4) ?? '—' })) : ''}
          </p>
          {snap && snap.epoch > 0 ? (
            <p className="verdict">{fill(t.accuracy, { acc: `${(snap.accuracy * 100).toFixed(1)}%`, right, total: unlabelled })}</p>
          ) : null}
          <button type="button" data-action="default-labels" onClick={reset}>{t.reset}</button>
        </div>
      </div>
      <p className="hint">{t.method}</p>
    </div>
  );
}

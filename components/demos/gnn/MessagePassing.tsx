'use client';
/**
 * The message-passing explorer: the 12-node graph of EXPLORER_GRAPH, each node drawn in the
 * colour of its 3-D feature, after k = 0…3 rounds of
 *   a_v^k = AGGREGATE({ h_u^{k−1} : u ∈ N(v) }),   h_v^k = ReLU(α h_v^{k−1} + (1−α) a_v^k).
 * Selecting a node highlights its k-hop receptive field and the edges that feed it, and a panel
 * lists the numbers of its last update. Plain numbers, no tensors: everything is recomputed on
 * every change (12 nodes, 3 rounds). Run animates rounds 1 → 3 and reports how alike neighbours
 * have become (over-smoothing under mean). `?quick=1` (browser tests): 150 ms per round instead
 * of 700 ms; the numbers are the same.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { scaleLinear } from 'd3-scale';
import { Choice, Slider } from '@/components/controls';
import type { DemoApi } from '@/components/demo/types';
import { useDemoParams } from '@/components/demo/useDemoParams';
import { fill } from '@/content/fill';
import { EXPLORER_GRAPH, khop, neighbours } from '@/demos/gnn/graph';
import { aggregate, neighbourSpread, propagate, type AggregateKind } from '@/demos/gnn/message-passing';
import { AbortedError, throwIfAborted, yieldToBrowser } from '@/demos/runtime/loop';
import { MP_LAYERS as LAYERS, MP_PARAMS } from './params';
import { STRINGS, type Strings } from './strings';
import './gnn.css';

const AGGS: readonly AggregateKind[] = MP_PARAMS.agg.choices;
const stepMsFor = (quick: boolean) => (quick ? 150 : 700);

const { graph: G, features: INPUT, positions: POS } = EXPLORER_GRAPH;
const NBRS = neighbours(G);

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const rgb = (h: number[]) => `rgb(${h.map((x) => Math.round(255 * clamp01(x))).join(',')})`;
/** dark text on light fills, white on dark ones (relative luminance of the clamped colour) */
const ink = (h: number[]) => (0.2126 * clamp01(h[0]) + 0.7152 * clamp01(h[1]) + 0.0722 * clamp01(h[2]) > 0.45 ? '#111' : '#fff');
const num = (x: number) => x.toFixed(2);

/** Resolves after `ms` (or throws at once on abort); a paused run waits here too. */
async function pause(ms: number, signal: AbortSignal) {
  await new Promise<void>((resolve, reject) => {
    if (signal.aborted) { reject(new AbortedError()); return; }
    const onAbort = () => { clearTimeout(h); reject(new AbortedError()); };
    const h = setTimeout(() => { signal.removeEventListener('abort', onAbort); resolve(); }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  await yieldToBrowser(signal);
  throwIfAborted(signal);
}

export default function MessagePassing({ api }: { api: DemoApi }) {
  const t = STRINGS[api.lang].gnnMp;
  const params = useDemoParams(api, MP_PARAMS);
  const { k, agg, alpha, node } = params.values;
  const setK = (v: number) => params.set('k', v);
  const [played, setPlayed] = useState<{ agg: AggregateKind; alpha: number; d0: number; d: number } | null>(null);
  const inputs = useRef({ agg, alpha });
  inputs.current = { agg, alpha };
  const markerId = `mp-arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  useEffect(() => {
    api.register({ run: (s) => run(s), reset: () => reset() });
    api.ready(); // nothing to load
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function run(signal: AbortSignal) {
    const { agg, alpha } = inputs.current;
    setPlayed(null);
    setK(0);
    api.setProgress(0);
    const t0 = performance.now();
    for (let layer = 1; layer <= LAYERS; layer++) {
      await pause(stepMsFor(api.quick), signal);
      setK(layer);
      if (layer === 1) api.setMetrics({ 'ms-first': Math.round(performance.now() - t0) });
      api.setProgress(layer / LAYERS);
    }
    const h = propagate(G, INPUT, { kind: agg, alpha, layers: LAYERS });
    const d0 = neighbourSpread(G, h[0]), d = neighbourSpread(G, h[LAYERS]);
    setPlayed({ agg, alpha, d0, d });
    // spread: mean ‖h_u − h_v‖ over the 17 edges at layer 3; spread-0 the same at the input
    api.setMetrics({ layer: LAYERS, spread: +d.toFixed(4), 'spread-0': +d0.toFixed(4), agg: AGGS.indexOf(agg), alpha, 'ms-headline': Math.round(performance.now() - t0) });
  }

  function reset() {
    params.reset();
    setPlayed(null);
  }

  // every layer at once: 12 nodes × 3 rounds is nothing
  const h = useMemo(() => propagate(G, INPUT, { kind: agg, alpha, layers: LAYERS }), [agg, alpha]);
  const a = useMemo(() => h.slice(0, LAYERS).map((prev) => aggregate(prev, NBRS, agg)), [h, agg]); // a[k−1] = a^k
  const spread = useMemo(() => h.map((x) => neighbourSpread(G, x)), [h]);
  const field = khop(G, node, k, NBRS);

  const W = 480, H = 400, pad = 30, R = 17;
  const sx = scaleLinear().domain([0, 1]).range([pad, W - pad]);
  const sy = scaleLinear().domain([0, 1]).range([pad, H - pad]);
  const xy = (v: number) => [sx(POS[v][0]), sy(POS[v][1])] as const;
  const select = (v: number) => params.set('node', v);
  const fieldList = [...field.keys()].sort((p, q) => p - q);

  return (
    <div className="message-passing">
      <div className="demo-controls">
        <Choice label={t.agg} value={agg} choices={AGGS} control="agg" format={(g) => t.aggNames[g]} onChange={(g) => params.set('agg', g)} />
        <Slider label={fill(t.layer, { k })} value={k} control="k" min={MP_PARAMS.k.min} max={MP_PARAMS.k.max} step={MP_PARAMS.k.step}
          onChange={setK} />
        <Slider label={fill(t.alpha, { alpha: alpha.toFixed(2) })} value={alpha} control="alpha" min={MP_PARAMS.alpha.min} max={MP_PARAMS.alpha.max}
          step={MP_PARAMS.alpha.step} valueText={alpha.toFixed(2)} onChange={(v) => params.set('alpha', v)} />
      </div>
      <div className="mp-layout">
        <svg className="mp-graph" viewBox={`0 0 ${W} ${H}`} role="group" aria-label={fill(t.graph, { k })}>
          <defs>
            <marker id={markerId} viewBox="0 0 10 10" refX={9} refY={5} markerWidth={7} markerHeight={7} orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className="mp-arrow-head" />
            </marker>
          </defs>
          {/* the receptive field: a halo per node within k hops, fainter further out */}
          {fieldList.map((v) => {
            const [x, y] = xy(v);
            return <circle key={v} className={`mp-halo hop-${field.get(v)}`} cx={x} cy={y} r={R + 9} />;
          })}
          <g className="mp-edges">
            {G.edges.map(([i, j]) => {
              const di = field.get(i), dj = field.get(j);
              // an edge a message crossed within k rounds on its way to the selected node
              const used = di !== undefined && dj !== undefined && Math.min(di, dj) < k;
              const [x1, y1] = xy(i), [x2, y2] = xy(j);
              return <line key={`${i}-${j}`} className={used ? 'in-field' : undefined} x1={x1} y1={y1} x2={x2} y2={y2} />;
            })}
          </g>
          {/* the messages into the selected node: one arrow per neighbour */}
          <g className="mp-incoming">
            {NBRS[node].map((u) => {
              const [x1, y1] = xy(u), [x2, y2] = xy(node);
              const len = Math.hypot(x2 - x1, y2 - y1), ux = (x2 - x1) / len, uy = (y2 - y1) / len;
              return <line key={u} x1={x1 + ux * R} y1={y1 + uy * R} x2={x2 - ux * (R + 3)} y2={y2 - uy * (R + 3)} markerEnd={`url(#${markerId})`} />;
            })}
          </g>
          {Array.from({ length: G.n }, (_, v) => {
            const [x, y] = xy(v);
            const hv = h[k][v];
            const d = field.get(v);
            const label = fill(t.node, { n: v, f: hv.map(num).join(', ') }) + (d !== undefined && d > 0 ? fill(t.inField, { d }) : '');
            return (
              <g key={v} transform={`translate(${x},${y})`} role="button" tabIndex={0} data-node={v}
                aria-pressed={v === node} aria-label={label}
                className={`mp-node${v === node ? ' selected' : ''}${d !== undefined ? ' in-field' : ''}`}
                onClick={() => select(v)}
                onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(v); } }}>
                <circle className="mp-dot" r={R} style={{ fill: rgb(hv) }} />
                <text dy="0.35em" textAnchor="middle" style={{ fill: ink(hv) }} aria-hidden="true">{v}</text>
              </g>
            );
          })}
        </svg>
        <div className="mp-panel">
          <h4>{fill(t.panelTitle, { v: node, k })}</h4>
          <p className="hint">{fill(t.field, { k, count: field.size, list: fieldList.join(', ') })}</p>
          {k === 0 ? (
            <>
              <p className="hint">{t.layerZero}</p>
              <FeatureTable caption={fill(t.panelTitle, { v: node, k })} t={t} rows={[
                { key: 'own', label: <>{t.own} <Sym v={node} k={0} /></>, h: h[0][node] },
              ]} />
            </>
          ) : (
            <FeatureTable caption={fill(t.tableCaption, { v: node, k })} t={t} rows={[
              ...NBRS[node].map((u) => ({ key: `n${u}`, label: <>{fill(t.neighbour, { u })} <Sym v={u} k={k - 1} /></>, h: h[k - 1][u] })),
              { key: 'agg', label: <>{fill(t.aggregate, { agg })} <Sym v={node} k={k} name="a" /></>, h: a[k - 1][node], cls: 'mp-agg' },
              { key: 'own', label: <>{t.own} <Sym v={node} k={k - 1} /></>, h: h[k - 1][node] },
              { key: 'new', label: <>{t.updated} <Sym v={node} k={k} /></>, h: h[k][node], cls: 'mp-new' },
            ]} />
          )}
          {k > 0 ? (
            <p className="mp-combine">
              <Sym v={node} k={k} /> = ReLU({alpha.toFixed(2)} · <Sym v={node} k={k - 1} /> + {(1 - alpha).toFixed(2)} · <Sym v={node} k={k} name="a" />)
            </p>
          ) : null}
        </div>
      </div>
      <p className="hint">{fill(t.selectHint, { k })}</p>
      <p className="hint">{t.colourNote}</p>
      <p className="hint" aria-live="polite">{fill(t.spread, { k, d: spread[k].toFixed(3), d0: spread[0].toFixed(3) })}</p>
      {played ? (
        <p className="verdict">
          {fill(t.result, { agg: played.agg, alpha: played.alpha.toFixed(2), d0: played.d0.toFixed(3), d: played.d.toFixed(3) })}
          {api.lang === 'zh' ? '' : ' '}{played.d < played.d0 ? t.closer : t.apart}
        </p>
      ) : null}
      <p className="hint">{t.method}</p>
    </div>
  );
}

/** h_v^k (or a_v^k) in the lecture's notation */
function Sym({ v, k, name = 'h' }: { v: number; k: number; name?: string }) {
  return <span className="mp-sym"><i>{name}</i><span className="mp-scripts"><sup>{k}</sup><sub>{v}</sub></span></span>;
}

function FeatureTable({ caption, rows, t }: {
  caption: string;
  rows: { key: string; label: React.ReactNode; h: number[]; cls?: string }[];
  t: Strings['gnnMp'];
}) {
  return (
    <table className="mp-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr><th scope="col">{t.quantity}</th>{t.channels.map((c) => <th key={c} scope="col" className="num">{c}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className={r.cls}>
            <th scope="row"><span className="mp-swatch" style={{ background: rgb(r.h) }} aria-hidden="true" /> {r.label}</th>
            {r.h.map((x, f) => <td key={f} className="num">{num(x)}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

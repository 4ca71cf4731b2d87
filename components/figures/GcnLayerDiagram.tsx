/**
 * One message-passing layer of a graph neural network, around one node v, as a schematic:
 *
 *   left:   a small graph; node v in the middle, its neighbours u1 … u4 inside the dashed circle
 *           N(v), each sending its feature h_u^{k−1} along its edge to v (arrows); three faded
 *           nodes two hops away, which reach v in this layer only through their neighbours'
 *           h_u^{k−1}
 *   middle: the multiset {h_u^{k−1} : u ∈ N(v)} → AGGREGATE^k → a_v^k
 *   right:  COMBINE^k(h_v^{k−1}, a_v^k) → h_v^k, the new feature of v
 *
 * Every feature is a 3-D vector, drawn as three cells (red, green, blue channel; the cell's
 * opacity is the value) and, on the nodes, as the RGB colour it makes — the same convention as
 * the message-passing demo. The numbers are made up, but a_v^k really is their mean and h_v^k
 * really is ReLU(0.5·h_v^{k−1} + 0.5·a_v^k), so the picture is arithmetically honest.
 *
 * Server component: no hooks, no 'use client'. Text uses currentColor and the theme's CSS
 * variables, so it follows light and dark themes. Symbols are math-like and the same in both
 * languages; only the prose labels change with `lang`.
 */
import type { CSSProperties, ReactElement } from 'react';
import { ArrowMarker, FigureSvg, mutedFill, accentFill, accentStroke } from './frame';

type Lang = 'zh' | 'en';

const LABELS: Record<Lang, {
  aria: string; node: string; neighbours: string; twoHop: string[]; messages: string;
  aggregateNote: string; own: string; out: string; example: string;
}> = {
  zh: {
    aria: '图神经网络一层的示意图，以节点 v 为中心。左侧：一个小图，v 在中间，虚线圆内是它的邻居 u1 到 u4，即 N(v)；每个邻居沿着边把自己上一层的特征 h_u^(k−1) 发给 v（箭头）。圆外的淡色节点离 v 两跳，在这一层只能通过邻居的 h_u^(k−1) 间接影响 v。中间：邻居特征的多重集合 {h_u^(k−1) : u ∈ N(v)} 经过 AGGREGATE^k 得到 a_v^k。右侧：COMBINE^k 把 v 自己上一层的特征 h_v^(k−1) 与 a_v^k 结合，得到 v 在第 k 层的新特征 h_v^k。每个特征是一个三维向量，画成红、绿、蓝三格，节点的颜色就是这个向量对应的 RGB 颜色。图中数值是示意：AGGREGATE 取平均，COMBINE 取 ReLU(0.5·h_v^(k−1) + 0.5·a_v^k)。',
    node: '节点 v',
    neighbours: '邻居 N(v)',
    twoHop: ['淡色：两跳之外的节点，', '只能通过 h_u^(k−1) 间接影响 v'],
    messages: '邻居的特征（多重集合）',
    aggregateNote: '例：取平均',
    own: 'v 自己上一层的特征',
    out: 'v 的新特征，送入第 k+1 层',
    example: '示意数值：AGGREGATE = mean，COMBINE = ReLU(0.5·h_v + 0.5·a_v)',
  },
  en: {
    aria: 'One layer of a graph neural network, around node v, schematic. Left: a small graph with v in the middle; inside the dashed circle are its neighbours u1 to u4, the set N(v); each neighbour sends its previous-layer feature h_u^(k−1) along its edge to v (arrows). The faded nodes outside the circle are two hops from v; in this layer they can influence v only indirectly, through their neighbours’ h_u^(k−1). Middle: the multiset of neighbour features {h_u^(k−1) : u ∈ N(v)} goes through AGGREGATE^k to give a_v^k. Right: COMBINE^k combines v’s own previous feature h_v^(k−1) with a_v^k into v’s new feature at layer k, h_v^k. Each feature is a 3-D vector, drawn as a red, a green and a blue cell, and a node’s colour is the RGB colour of its vector. The numbers are illustrative: AGGREGATE takes the mean, COMBINE is ReLU(0.5·h_v^(k−1) + 0.5·a_v^k).',
    node: 'node v',
    neighbours: 'neighbours N(v)',
    twoHop: ['faded: two hops away, they reach v', 'only through their neighbours’ h_u^(k−1)'],
    messages: 'neighbours’ features (a multiset)',
    aggregateNote: 'here: the mean',
    own: 'v’s own previous feature',
    out: 'v’s new feature, input to layer k+1',
    example: 'illustrative numbers: AGGREGATE = mean, COMBINE = ReLU(0.5·h_v + 0.5·a_v)',
  },
};

// ---- the numbers ---------------------------------------------------------------------------
type Vec = [number, number, number];
const NEIGHBOURS: { name: string; h: Vec; angle: number }[] = [
  { name: 'u1', h: [0.9, 0.2, 0.1], angle: 225 },
  { name: 'u2', h: [0.8, 0.7, 0.1], angle: 160 },
  { name: 'u3', h: [0.1, 0.3, 0.9], angle: 95 },
  { name: 'u4', h: [0.2, 0.8, 0.3], angle: 330 },
];
const H_V_PREV: Vec = [0.3, 0.2, 0.7];
const ALPHA = 0.5;
const A_V: Vec = [0, 1, 2].map((c) => NEIGHBOURS.reduce((s, u) => s + u.h[c], 0) / NEIGHBOURS.length) as Vec;
const H_V: Vec = [0, 1, 2].map((c) => Math.max(0, ALPHA * H_V_PREV[c] + (1 - ALPHA) * A_V[c])) as Vec;

// ---- the picture, in viewBox units ---------------------------------------------------------
const W = 840;
const H = 366;
const V = { x: 160, y: 178 };
const R_NB = 92; // distance of the neighbours from v
const R_HOOD = 124; // the dashed circle N(v)
const R_NODE = 13;
const R_V = 16;
const pos = (angle: number, r: number) => ({ x: V.x + r * Math.cos((angle * Math.PI) / 180), y: V.y + r * Math.sin((angle * Math.PI) / 180) });
const NB_POS = NEIGHBOURS.map((u) => pos(u.angle, R_NB));
/** nodes two hops away, and which neighbours they hang off */
const TWO_HOP: { x: number; y: number; links: number[] }[] = [
  { x: 52, y: 52, links: [0] },
  { x: 62, y: 300, links: [1, 2] },
  { x: 278, y: 48, links: [3] },
];
/** edges among the neighbours themselves (allowed; not used by v in this layer) */
const NB_EDGES: [number, number][] = [[0, 1]];

// vectors: three cells
const CELL_W = 24;
const CELL_H = 17;
const VEC_W = 3 * CELL_W;
const CHANNEL = ['#d62728', '#2ca02c', '#1f77b4'];

// the pipeline
const COL_X = 338; // left edge of the multiset column
const ROW_Y = [104, 144, 184, 224]; // centre lines of the four neighbour vectors
const MID_Y = (ROW_Y[0] + ROW_Y[3]) / 2;
const AGG = { x0: 452, x1: 570, y0: MID_Y - 30, y1: MID_Y + 30 };
const AV_X = 598;
const COMB = { x0: 700, x1: 826, y0: MID_Y - 30, y1: MID_Y + 30 };
const COMB_CX = (COMB.x0 + COMB.x1) / 2;
const HPREV_Y = 70;
const HOUT_Y = 262;

const rgb = (h: Vec) => `rgb(${h.map((c) => Math.round(255 * Math.min(1, Math.max(0, c)))).join(',')})`;
const fmt = (v: number) => (Math.round(v * 100) / 100).toFixed(2).replace(/^0/, '');

/** A math-like label: base text with optional subscript and superscript, e.g. h, v, k−1. */
function Sym({ x, y, base, sub, sup, size = 14, anchor = 'start', bold = true, style }: {
  x: number; y: number; base: string; sub?: string; sup?: string; size?: number; anchor?: 'start' | 'middle' | 'end'; bold?: boolean; style?: CSSProperties;
}): ReactElement {
  const small = size * 0.7;
  return (
    <text x={x} y={y} textAnchor={anchor} fontSize={size} fill="currentColor" style={style}>
      <tspan fontStyle="italic" fontWeight={bold ? 700 : 400}>{base}</tspan>
      {sub ? <tspan fontSize={small} fontStyle="italic" dy={size * 0.3}>{sub}</tspan> : null}
      {sup ? <tspan fontSize={small} fontStyle="italic" dy={sub ? -size * 0.75 : -size * 0.45}>{sup}</tspan> : null}
    </text>
  );
}

/** A 3-D feature vector: three cells, channel colour with the value as opacity, value written in. */
function Vector({ x, y, h, outline }: { x: number; y: number; h: Vec; outline?: boolean }): ReactElement {
  return (
    <g>
      {h.map((v, c) => (
        <g key={c}>
          <rect x={x + c * CELL_W} y={y - CELL_H / 2} width={CELL_W} height={CELL_H} fill={CHANNEL[c]} fillOpacity={0.12 + 0.6 * v} stroke="currentColor" strokeOpacity={0.35} strokeWidth={0.8} />
          <text x={x + c * CELL_W + CELL_W / 2} y={y + 3.5} textAnchor="middle" fontSize={9.5} fill="currentColor">{fmt(v)}</text>
        </g>
      ))}
      {outline ? <rect x={x - 2} y={y - CELL_H / 2 - 2} width={VEC_W + 4} height={CELL_H + 4} rx={2} fill="none" strokeWidth={1.8} style={accentStroke} /> : null}
    </g>
  );
}

/** the end of a segment from a to b, pulled back by r from b */
const shorten = (a: { x: number; y: number }, b: { x: number; y: number }, ra: number, rb: number) => {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy);
  return { x1: a.x + (dx / len) * ra, y1: a.y + (dy / len) * ra, x2: b.x - (dx / len) * rb, y2: b.y - (dy / len) * rb };
};

export function GcnLayerDiagram({ lang = 'zh' }: { lang?: Lang }): ReactElement {
  const t = LABELS[lang] ?? LABELS.zh;
  const arrow = 'url(#gcn-layer-diagram-arrow)';
  return (
    <FigureSvg width={W} height={H} label={t.aria}>
      <defs>
        <ArrowMarker id="gcn-layer-diagram-arrow" />
      </defs>

      {/* ---- the graph ---- */}
      <circle cx={V.x} cy={V.y} r={R_HOOD} fill="none" stroke="currentColor" strokeOpacity={0.45} strokeDasharray="5 4" />
      <text x={V.x + R_HOOD * 0.74} y={V.y + R_HOOD * 0.74 + 16} fontSize={12.5} style={accentFill}>{t.neighbours}</text>

      {/* edges to the two-hop nodes, and among neighbours */}
      {TWO_HOP.map((w, i) =>
        w.links.map((j) => {
          const s = shorten(w, NB_POS[j], 9, R_NODE);
          return <line key={`w${i}-${j}`} {...s} stroke="currentColor" strokeOpacity={0.22} strokeWidth={1.2} />;
        }),
      )}
      {NB_EDGES.map(([a, b]) => {
        const s = shorten(NB_POS[a], NB_POS[b], R_NODE, R_NODE);
        return <line key={`nb${a}-${b}`} {...s} stroke="currentColor" strokeOpacity={0.3} strokeWidth={1.2} />;
      })}
      {/* messages: neighbour → v */}
      {NB_POS.map((p, i) => {
        const s = shorten(p, V, R_NODE + 2, R_V + 4);
        return <line key={`m${i}`} {...s} stroke="currentColor" strokeOpacity={0.75} strokeWidth={1.6} markerEnd={arrow} />;
      })}
      {/* the message label on u4's edge */}
      <Sym x={(NB_POS[3].x + V.x) / 2 + 8} y={(NB_POS[3].y + V.y) / 2 + 20} base="h" sub="u" sup="k−1" size={13} />

      {TWO_HOP.map((w, i) => (
        <circle key={`wn${i}`} cx={w.x} cy={w.y} r={9} fill="currentColor" fillOpacity={0.12} stroke="currentColor" strokeOpacity={0.3} />
      ))}
      {NEIGHBOURS.map((u, i) => (
        <g key={u.name}>
          <circle cx={NB_POS[i].x} cy={NB_POS[i].y} r={R_NODE} fill={rgb(u.h)} stroke="currentColor" strokeWidth={1.2} />
          <text x={NB_POS[i].x + (i === 1 ? -18 : 17)} y={NB_POS[i].y + (i === 2 ? 16 : -10)} textAnchor={i === 1 ? 'end' : 'start'} fontSize={12} fontStyle="italic" fill="currentColor">{u.name}</text>
        </g>
      ))}
      <circle cx={V.x} cy={V.y} r={R_V} fill={rgb(H_V_PREV)} strokeWidth={3} style={accentStroke} />
      <text x={V.x} y={V.y - R_V - 8} textAnchor="middle" fontSize={15} fontStyle="italic" fontWeight={700} fill="currentColor">v</text>
      <text x={V.x - R_V - 6} y={V.y + 30} textAnchor="end" fontSize={11.5} style={mutedFill}>{t.node}</text>

      {t.twoHop.map((line, i) => (
        <text key={i} x={8} y={H - 24 + i * 15} fontSize={11} style={mutedFill}>{line}</text>
      ))}

      {/* ---- the multiset of neighbour features ---- */}
      <text x={COL_X + VEC_W / 2} y={ROW_Y[0] - 38} textAnchor="middle" fontSize={12} style={mutedFill}>{t.messages}</text>
      <Sym x={COL_X + VEC_W / 2} y={ROW_Y[0] - 18} base="h" sub="u" sup="k−1" size={14} anchor="middle" />
      {NEIGHBOURS.map((u, i) => (
        <g key={`row-${u.name}`}>
          <circle cx={COL_X - 14} cy={ROW_Y[i]} r={6} fill={rgb(u.h)} stroke="currentColor" strokeWidth={0.8} />
          <text x={COL_X - 24} y={ROW_Y[i] + 4} textAnchor="end" fontSize={11} fontStyle="italic" fill="currentColor">{u.name}</text>
          <Vector x={COL_X} y={ROW_Y[i]} h={u.h} />
          <line x1={COL_X + VEC_W + 4} y1={ROW_Y[i]} x2={AGG.x0 - 3} y2={MID_Y + (i - 1.5) * 10} stroke="currentColor" strokeOpacity={0.55} strokeWidth={1.2} markerEnd={arrow} />
        </g>
      ))}
      {/* a curly brace would be nicer; a bracket line marks the set */}
      <path d={`M${COL_X - 32} ${ROW_Y[0] - 12}h-5V${ROW_Y[3] + 12}h5`} fill="none" stroke="currentColor" strokeOpacity={0.4} />

      {/* ---- AGGREGATE ---- */}
      <rect x={AGG.x0} y={AGG.y0} width={AGG.x1 - AGG.x0} height={AGG.y1 - AGG.y0} rx={8} fill="none" stroke="currentColor" strokeWidth={1.5} />
      <Sym x={(AGG.x0 + AGG.x1) / 2} y={MID_Y - 3} base="AGGREGATE" sup="k" size={13} anchor="middle" bold={false} />
      <text x={(AGG.x0 + AGG.x1) / 2} y={MID_Y + 17} textAnchor="middle" fontSize={11} style={mutedFill}>sum · mean · max</text>
      <text x={(AGG.x0 + AGG.x1) / 2} y={AGG.y1 + 18} textAnchor="middle" fontSize={11} style={mutedFill}>{t.aggregateNote}</text>
      <line x1={AGG.x1 + 3} y1={MID_Y} x2={AV_X - 4} y2={MID_Y} stroke="currentColor" strokeWidth={1.4} markerEnd={arrow} />

      {/* a_v^k */}
      <Sym x={AV_X + VEC_W / 2} y={MID_Y - 18} base="a" sub="v" sup="k" size={15} anchor="middle" />
      <Vector x={AV_X} y={MID_Y} h={A_V} />
      <line x1={AV_X + VEC_W + 4} y1={MID_Y} x2={COMB.x0 - 3} y2={MID_Y} stroke="currentColor" strokeWidth={1.4} markerEnd={arrow} />

      {/* ---- COMBINE ---- */}
      <text x={COMB_CX} y={HPREV_Y - 34} textAnchor="middle" fontSize={11.5} style={mutedFill}>{t.own}</text>
      <Sym x={COMB_CX} y={HPREV_Y - 15} base="h" sub="v" sup="k−1" size={15} anchor="middle" />
      <Vector x={COMB_CX - VEC_W / 2} y={HPREV_Y} h={H_V_PREV} />
      <line x1={COMB_CX} y1={HPREV_Y + CELL_H / 2 + 3} x2={COMB_CX} y2={COMB.y0 - 3} stroke="currentColor" strokeWidth={1.4} markerEnd={arrow} />

      <rect x={COMB.x0} y={COMB.y0} width={COMB.x1 - COMB.x0} height={COMB.y1 - COMB.y0} rx={8} fill="none" stroke="currentColor" strokeWidth={1.5} />
      <Sym x={COMB_CX} y={MID_Y + 5} base="COMBINE" sup="k" size={13} anchor="middle" bold={false} />

      <line x1={COMB_CX} y1={COMB.y1 + 3} x2={COMB_CX} y2={HOUT_Y - CELL_H / 2 - 5} strokeWidth={1.8} style={accentStroke} markerEnd={arrow} />
      <Vector x={COMB_CX - VEC_W / 2} y={HOUT_Y} h={H_V} outline />
      <Sym x={COMB_CX} y={HOUT_Y + 34} base="h" sub="v" sup="k" size={15} anchor="middle" style={accentFill} />
      <text x={W - 4} y={HOUT_Y + 54} textAnchor="end" fontSize={11.5} style={mutedFill}>{t.out}</text>

      <text x={W - 4} y={H - 8} textAnchor="end" fontSize={11} style={mutedFill}>{t.example}</text>
    </FigureSvg>
  );
}

export default GcnLayerDiagram;

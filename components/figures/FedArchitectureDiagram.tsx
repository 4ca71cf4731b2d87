/**
 * The basic architecture of federated learning (McMahan et al. 2017), one round, as a schematic:
 *
 *   top:    the server, holding the global model w_t; step ④ averages what comes back,
 *           w_{t+1} = w_t + Σ_k (n_k/n) Δ_k, the sum over this round's clients
 *   bottom: K clients — two hospitals and three phones — each with its local data D_k (n_k
 *           examples) behind a lock; one phone is not selected this round (a fraction C is)
 *   arrows: ① the server sends w_t down to each selected client; ② each trains locally for
 *           E epochs with batch size B; ③ each sends its update Δ_k = w_{t+1}^k − w_t up, and the
 *           label on the arrow is its weight n_k/n; a dashed line marks what never leaves a
 *           client: the raw data (one crossed-out arrow makes the point)
 *   top left: a legend for the two kinds of arrow, the weights and the data store
 *
 * The n_k are made up, but the weights on the arrows really are n_k / Σ n_k over the selected
 * clients, so the picture is arithmetically honest.
 *
 * Server component: no hooks, no 'use client'. Text uses currentColor and the theme's CSS
 * variables, so it follows light and dark themes. Symbols are the same in both languages; only
 * the prose labels change with `lang`.
 */
import type { ReactElement } from 'react';
import { ArrowMarker, FigureSvg, Formula, mutedFill, accentFill, accentStroke, softFill, halo } from './frame';

type Lang = 'zh' | 'en';

interface Labels {
  aria: string;
  server: string;
  global: string;
  aggregate: string;
  clients: string[];
  client: (k: string) => string;
  notSelected: string[];
  local: string[];
  localDetail: string;
  data: string;
  dataDetail: [string, string];
  weight: string;
  send: string;
  update: string;
  boundary: string;
  raw: string;
  footer: string[];
}

const LABELS: Record<Lang, Labels> = {
  zh: {
    aria: '联邦学习基本架构示意图，画的是一轮训练。上方是中心服务器，保存全局模型 w_t。下方是 K 个客户端：两家医院和三部手机，每个客户端都有自己的本地数据 D_k（n_k 个样本），数据上了锁，留在本地。本轮只选中了一部分客户端（比例 C），其中一部手机没有被选中，画成淡色。第①步，服务器把 w_t 下发给被选中的客户端；第②步，每个客户端在本地数据上训练 E 轮（epoch），批大小为 B；第③步，每个客户端把更新 Δ_k = w_{t+1}^k − w_t 上传给服务器，箭头上标的是它的权重 n_k/n；第④步，服务器做加权平均 w_{t+1} = w_t + Σ_k (n_k/n) Δ_k，n 是本轮被选中客户端的样本总数。一条虚线标出原始数据的边界：原始数据从不越过它，一支被打叉的箭头表示数据不上传。图中的样本数是示意：3000、1800、120、80，权重 0.60、0.36、0.024、0.016 由它们算出。',
    server: '中心服务器',
    global: '全局模型',
    aggregate: '④ 加权平均',
    clients: ['医院 A', '医院 B', '手机', '手机', '手机'],
    client: (k) => `客户端 ${k}`,
    notSelected: ['本轮未被选中'],
    local: ['② 本地训练'],
    localDetail: 'E 轮 · 批大小 B',
    data: '本地数据',
    dataDetail: ['（', ' 个样本），上锁，不离开客户端'],
    weight: '权重',
    send: '① 下发全局模型',
    update: '③ 上传更新',
    boundary: '原始数据留在本地，从不越过这条线',
    raw: '原始数据',
    footer: ['传输的只有模型参数或更新，从不是数据。每轮只选一部分客户端（比例 C）；n = 本轮被选中客户端的样本总数。'],
  },
  en: {
    aria: 'The basic architecture of federated learning, one round, schematic. At the top is the central server, holding the global model w_t. Below are K clients: two hospitals and three phones, each with its own local data D_k (n_k examples), locked, staying on the client. Only a fraction C of the clients is selected this round; one phone is not selected and is drawn faded. Step 1: the server sends w_t down to the selected clients. Step 2: each client trains on its local data for E epochs with batch size B. Step 3: each client sends its update Δ_k = w_{t+1}^k − w_t up to the server; the label on the arrow is its weight n_k/n. Step 4: the server takes the weighted average w_{t+1} = w_t + Σ_k (n_k/n) Δ_k, where n is the total number of examples on this round’s selected clients. A dashed line marks the boundary of the raw data: raw data never crosses it, and a crossed-out arrow shows that data is not uploaded. The example sizes are illustrative: 3000, 1800, 120 and 80, which give the weights 0.60, 0.36, 0.024 and 0.016.',
    server: 'central server',
    global: 'global model',
    aggregate: '④ weighted average',
    clients: ['hospital A', 'hospital B', 'phone', 'phone', 'phone'],
    client: (k) => `client ${k}`,
    notSelected: ['not selected', 'this round'],
    local: ['② local', 'training'],
    localDetail: 'E epochs, batch B',
    data: 'local data',
    dataDetail: [': ', ' examples, locked, stays local'],
    weight: 'weight',
    send: '① send the global model',
    update: '③ upload the update',
    boundary: 'raw data stays local: it never crosses this line',
    raw: 'raw data',
    footer: ['Only model parameters or updates travel, never data. Each round a fraction C of the clients takes part;', 'n = the total number of examples on this round’s selected clients.'],
  },
};

// ---- the numbers ---------------------------------------------------------------------------
const CLIENTS: { idx: string; kind: 'hospital' | 'phone'; n: number; selected: boolean }[] = [
  { idx: '1', kind: 'hospital', n: 3000, selected: true },
  { idx: '2', kind: 'hospital', n: 1800, selected: true },
  { idx: '3', kind: 'phone', n: 120, selected: true },
  { idx: '4', kind: 'phone', n: 90, selected: false },
  { idx: 'K', kind: 'phone', n: 80, selected: true },
];
const N_SELECTED = CLIENTS.filter((c) => c.selected).reduce((s, c) => s + c.n, 0);
const weight = (n: number) => n / N_SELECTED;
const fmtWeight = (w: number) => (w >= 0.1 ? w.toFixed(2) : w.toFixed(3)).replace(/^0/, '0');

// ---- the picture, in viewBox units ---------------------------------------------------------
const W = 840;
const H = 440;
const SERVER = { x0: 330, x1: 650, y0: 14, y1: 118 };
const LEGEND_Y = [26, 50, 70, 94, 120];
const SERVER_CX = (SERVER.x0 + SERVER.x1) / 2;
const CLIENT_W = 154;
const CLIENT_Y0 = 262;
const CLIENT_Y1 = 392;
const CLIENT_CX = [85, 252.5, 420, 587.5, 755];
const BOUNDARY_Y = 240;
const ARROW_DX = 13; // half the gap between the down and the up arrow of one client
const RAW_X = CLIENT_CX[1] - 52; // the crossed-out raw-data arrow


function Hospital({ x, y }: { x: number; y: number }): ReactElement {
  return (
    <g>
      <rect x={x} y={y + 6} width={26} height={20} fill="none" stroke="currentColor" strokeWidth={1.3} />
      <path d={`M${x - 2} ${y + 7}L${x + 13} ${y - 2}L${x + 28} ${y + 7}`} fill="none" stroke="currentColor" strokeWidth={1.3} />
      <path d={`M${x + 13} ${y + 9}v10M${x + 8} ${y + 14}h10`} stroke="#d62728" strokeWidth={2.4} />
      <rect x={x + 10} y={y + 20} width={6} height={6} fill="currentColor" fillOpacity={0.5} />
    </g>
  );
}

function Phone({ x, y }: { x: number; y: number }): ReactElement {
  return (
    <g>
      <rect x={x + 5} y={y - 2} width={16} height={28} rx={3} fill="none" stroke="currentColor" strokeWidth={1.3} />
      <line x1={x + 8} y1={y + 3} x2={x + 18} y2={y + 3} stroke="currentColor" strokeOpacity={0.5} />
      <circle cx={x + 13} cy={y + 21} r={1.8} fill="currentColor" />
    </g>
  );
}

/** A data store D_k: a cylinder with a small lock on it. */
function DataStore({ cx, y }: { cx: number; y: number }): ReactElement {
  const rx = 22;
  const ry = 6;
  const h = 26;
  return (
    <g>
      <path d={`M${cx - rx} ${y}v${h}a${rx} ${ry} 0 0 0 ${2 * rx} 0v${-h}`} style={softFill} stroke="currentColor" strokeWidth={1.1} />
      <ellipse cx={cx} cy={y} rx={rx} ry={ry} style={softFill} stroke="currentColor" strokeWidth={1.1} />
      <Formula x={cx - 2} y={y + 20} anchor="middle" parts={[{ t: 'D', italic: true, sub: 'k' }]} size={12} />
      {/* the lock */}
      <rect x={cx + rx - 4} y={y + h - 9} width={12} height={9} rx={1.5} fill="currentColor" />
      <path d={`M${cx + rx - 1} ${y + h - 9}v-3a3 3 0 0 1 6 0v3`} fill="none" stroke="currentColor" strokeWidth={1.4} />
    </g>
  );
}

export function FedArchitectureDiagram({ lang = 'zh' }: { lang?: Lang }): ReactElement {
  const t = LABELS[lang] ?? LABELS.zh;
  const down = 'url(#fed-architecture-diagram-arrow)';
  const up = 'url(#fed-architecture-diagram-arrow-accent)';
  const LEG_X = 10;
  return (
    <FigureSvg width={W} height={H} label={t.aria}>
      <defs>
        <ArrowMarker id="fed-architecture-diagram-arrow" />
        <ArrowMarker id="fed-architecture-diagram-arrow-accent" style={accentFill} />
      </defs>

      {/* ---- legend (top left) ---- */}
      <g>
        <line x1={LEG_X} y1={LEGEND_Y[0] - 4} x2={LEG_X + 30} y2={LEGEND_Y[0] - 4} stroke="currentColor" strokeOpacity={0.75} strokeWidth={1.5} markerEnd={down} />
        <Formula x={LEG_X + 38} y={LEGEND_Y[0]} parts={[{ t: t.send + ' ' }, { t: 'w', italic: true, sub: 't' }]} size={12} />
        <line x1={LEG_X} y1={LEGEND_Y[1] - 4} x2={LEG_X + 30} y2={LEGEND_Y[1] - 4} strokeWidth={2} style={accentStroke} markerEnd={up} />
        <Formula x={LEG_X + 38} y={LEGEND_Y[1]} parts={[{ t: t.update + ' ' }, { t: 'Δ', sub: 'k' }]} size={12} style={accentFill} />
        <Formula x={LEG_X + 38} y={LEGEND_Y[2]} parts={[{ t: 'Δ', sub: 'k' }, { t: ' = ' }, { t: 'w', italic: true, sub: 't+1', sup: 'k' }, { t: ' − ' }, { t: 'w', italic: true, sub: 't' }]} size={12} style={accentFill} />
        <Formula x={LEG_X + 38} y={LEGEND_Y[3]} parts={[{ t: '×0.60 … ' }, { t: t.weight + ' ' }, { t: 'n', italic: true, sub: 'k' }, { t: '\u2009/\u2009' }, { t: 'n', italic: true }]} size={11.5} style={accentFill} />
        <g transform={`translate(${LEG_X + 15} ${LEGEND_Y[4] - 14}) scale(0.55)`}>
          <path d="M-22 0v26a22 6 0 0 0 44 0v-26" style={softFill} stroke="currentColor" strokeWidth={1.6} />
          <ellipse cx={0} cy={0} rx={22} ry={6} style={softFill} stroke="currentColor" strokeWidth={1.6} />
        </g>
        <Formula x={LEG_X + 38} y={LEGEND_Y[4]} parts={[{ t: t.data + ' ' }, { t: 'D', italic: true, sub: 'k' }, { t: t.dataDetail[0] }, { t: 'n', italic: true, sub: 'k' }, { t: t.dataDetail[1] }]} size={11.5} style={mutedFill} />
      </g>

      {/* ---- the server ---- */}
      <rect x={SERVER.x0} y={SERVER.y0} width={SERVER.x1 - SERVER.x0} height={SERVER.y1 - SERVER.y0} rx={10} fill="none" stroke="currentColor" strokeWidth={1.8} />
      <text x={SERVER.x0 + 12} y={SERVER.y0 + 21} fontSize={13} fontWeight={600} fill="currentColor">{t.server}</text>
      {/* a small server glyph */}
      <g>
        {[0, 1, 2].map((i) => (
          <g key={i}>
            <rect x={SERVER.x1 - 40} y={SERVER.y0 + 10 + i * 10} width={28} height={8} rx={1.5} fill="none" stroke="currentColor" strokeOpacity={0.6} />
            <circle cx={SERVER.x1 - 17} cy={SERVER.y0 + 14 + i * 10} r={1.3} fill="currentColor" />
          </g>
        ))}
      </g>
      <Formula x={SERVER.x0 + 12} y={SERVER.y0 + 46} parts={[{ t: t.global + ' ' }, { t: 'w', italic: true, sub: 't' }]} size={13} />
      <text x={SERVER.x0 + 12} y={SERVER.y0 + 74} fontSize={12} style={mutedFill}>{t.aggregate}</text>
      <Formula
        x={SERVER_CX}
        y={SERVER.y0 + 96}
        anchor="middle"
        size={13.5}
        style={accentFill}
        parts={[
          { t: 'w', italic: true, sub: 't+1' },
          { t: ' = ' },
          { t: 'w', italic: true, sub: 't' },
          { t: ' + Σ', sub: 'k' },
          { t: ' (' },
          { t: 'n', italic: true, sub: 'k' },
          { t: '\u2009/\u2009' },
          { t: 'n', italic: true },
          { t: ') Δ', sub: 'k' },
        ]}
      />

      {/* ---- arrows between server and clients ---- */}
      {CLIENTS.map((c, i) => {
        if (!c.selected) return null;
        const cx = CLIENT_CX[i];
        // where the arrows meet the server's bottom edge: spread out along it
        const sx = SERVER.x0 + 30 + (i * (SERVER.x1 - SERVER.x0 - 60)) / (CLIENTS.length - 1);
        const top = SERVER.y1 + 3;
        const bottom = CLIENT_Y0 - 3;
        const ux0 = cx + ARROW_DX;
        const ux1 = sx + 6;
        return (
          <g key={`arrows-${c.idx}`}>
            {/* ① down: w_t */}
            <line x1={sx - 6} y1={top} x2={cx - ARROW_DX} y2={bottom} stroke="currentColor" strokeOpacity={0.75} strokeWidth={1.5} markerEnd={down} />
            {/* ③ up: Δ_k, weighted n_k/n */}
            <line x1={ux0} y1={bottom} x2={ux1} y2={top} strokeWidth={2} style={accentStroke} markerEnd={up} />
            <text x={(ux0 + ux1) / 2 + 7} y={(top + bottom) / 2 + 4} fontSize={11.5} fontWeight={600} style={{ ...accentFill, ...halo }}>
              ×{fmtWeight(weight(c.n))}
            </text>
          </g>
        );
      })}

      {/* ---- the boundary of the raw data ---- */}
      <line x1={8} y1={BOUNDARY_Y} x2={W - 8} y2={BOUNDARY_Y} stroke="#d62728" strokeOpacity={0.7} strokeWidth={1.3} strokeDasharray="6 4" />
      {/* the label sits over client 4's column, which has no arrows this round */}
      <text x={CLIENT_CX[3]} y={BOUNDARY_Y - 7} textAnchor="middle" fontSize={11.5} fill="#d62728" style={halo}>{t.boundary}</text>
      {/* one crossed-out attempt to upload raw data, from hospital B */}
      <g>
        <line x1={RAW_X} y1={CLIENT_Y0 + 52} x2={RAW_X} y2={BOUNDARY_Y + 8} stroke="#d62728" strokeOpacity={0.8} strokeWidth={1.4} strokeDasharray="3 3" />
        <path d={`M${RAW_X - 7} ${BOUNDARY_Y - 7}l14 14M${RAW_X + 7} ${BOUNDARY_Y - 7}l-14 14`} stroke="#d62728" strokeWidth={2.4} />
        <text x={RAW_X - 11} y={BOUNDARY_Y - 8} textAnchor="end" fontSize={11} fill="#d62728" style={halo}>{t.raw}</text>
      </g>

      {/* ---- the clients ---- */}
      {CLIENTS.map((c, i) => {
        const cx = CLIENT_CX[i];
        const x0 = cx - CLIENT_W / 2;
        const dataX = x0 + 36;
        const trainX = x0 + 106;
        return (
          <g key={`client-${c.idx}`} opacity={c.selected ? 1 : 0.4}>
            <rect x={x0} y={CLIENT_Y0} width={CLIENT_W} height={CLIENT_Y1 - CLIENT_Y0} rx={8} fill="none" stroke="currentColor" strokeWidth={1.4} strokeDasharray={c.selected ? undefined : '5 4'} />
            {c.kind === 'hospital' ? <Hospital x={x0 + 10} y={CLIENT_Y0 + 12} /> : <Phone x={x0 + 10} y={CLIENT_Y0 + 12} />}
            <text x={x0 + 44} y={CLIENT_Y0 + 22} fontSize={11.5} fontWeight={600} fill="currentColor">{t.client(c.idx)}</text>
            <text x={x0 + 44} y={CLIENT_Y0 + 37} fontSize={11} style={mutedFill}>{t.clients[i]}</text>
            <DataStore cx={dataX} y={CLIENT_Y0 + 58} />
            <Formula x={x0 + 10} y={CLIENT_Y0 + 108} parts={[{ t: 'n', italic: true, sub: 'k' }, { t: ` = ${c.n}` }]} size={10.5} />
            {c.selected ? (
              <g>
                {/* ② local training: a loop arrow */}
                <path d={`M${trainX + 4} ${CLIENT_Y0 + 58}a14 14 0 1 1 -10 -4`} fill="none" stroke="currentColor" strokeWidth={1.4} markerEnd={down} />
                {t.local.map((line, j) => (
                  <text key={j} x={trainX} y={CLIENT_Y0 + 94 + j * 13} textAnchor="middle" fontSize={10.5} fill="currentColor">{line}</text>
                ))}
                <text x={trainX} y={CLIENT_Y0 + 94 + t.local.length * 13} textAnchor="middle" fontSize={10} style={mutedFill}>{t.localDetail}</text>
              </g>
            ) : (
              <text x={trainX} y={CLIENT_Y0 + 70} textAnchor="middle" fontSize={10.5} style={mutedFill}>
                {t.notSelected.map((line, j) => (
                  <tspan key={j} x={trainX} dy={j === 0 ? 0 : 13}>{line}</tspan>
                ))}
              </text>
            )}
          </g>
        );
      })}

      {t.footer.map((line, i) => (
        <text key={i} x={W / 2} y={H - 10 - (t.footer.length - 1 - i) * 15} textAnchor="middle" fontSize={11.5} style={mutedFill}>{line}</text>
      ))}
    </FigureSvg>
  );
}

export default FedArchitectureDiagram;

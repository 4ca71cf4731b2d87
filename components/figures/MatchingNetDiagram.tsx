/**
 * A matching network (Vinyals et al. 2016) predicting one query, as a schematic:
 *
 *   left:   the support set S = {(x_i, y_i)}, k = 4 handwritten-looking digits (6, 7, 7, 9), each
 *           through g to an embedding g(x_i); below, the query x̂ (a 7) through f to f(x̂)
 *   middle: c(f(x̂), g(x_i)), the cosine similarity to each support example; a softmax over the
 *           k similarities gives the attention a(x̂, x_i), drawn as bars
 *   right:  each one-hot label y_i weighted by a(x̂, x_i); their sum is ŷ, a probability over
 *           the classes {6, 7, 9}, drawn as a bar chart
 *
 * The cosines are made up, but a really is their softmax and ŷ really is Σ a_i y_i, so the
 * picture is arithmetically honest (and shows how flat a softmax of raw cosines is).
 *
 * Server component: no hooks, no 'use client'. Text uses currentColor and the theme's CSS
 * variables, so it follows light and dark themes. Symbols are the same in both languages; only
 * the prose labels change with `lang`.
 */
import type { ReactElement } from 'react';
import { ArrowMarker, FigureSvg, Formula, mutedFill, accentFill, accentStroke, softFill, panelFill } from './frame';

type Lang = 'zh' | 'en';

interface Labels {
  aria: string;
  support: string;
  query: string;
  cosine: string;
  attention: string;
  weighted: string;
  prediction: string;
  classes: string;
  note: string;
}

// ---- the numbers ---------------------------------------------------------------------------
const CLASSES = ['6', '7', '9'];
const SUPPORT: { digit: string; cos: number }[] = [
  { digit: '6', cos: 0.2 },
  { digit: '7', cos: 0.9 },
  { digit: '7', cos: 0.7 },
  { digit: '9', cos: 0.1 },
];
const QUERY = '7';
const EXPS = SUPPORT.map((s) => Math.exp(s.cos));
const Z = EXPS.reduce((a, b) => a + b, 0);
const ATTN = EXPS.map((e) => e / Z);
const YHAT = CLASSES.map((c) => SUPPORT.reduce((acc, s, i) => acc + (s.digit === c ? ATTN[i] : 0), 0));
const f2 = (v: number) => v.toFixed(2);

const LABELS: Record<Lang, Labels> = {
  zh: {
    aria: `匹配网络对一个查询的预测示意图。左侧是支撑集 S，共 k = 4 个带标签的样本：手写的 6、7、7、9，每个样本 x_i 经过特征提取器 g 得到特征 g(x_i)；下方是查询 x̂（一个手写的 7），经过 f 得到 f(x̂)。中间：计算 f(x̂) 与每个 g(x_i) 的余弦相似度 c，依次为 ${SUPPORT.map((s) => f2(s.cos)).join('、')}；对这 k 个相似度取 softmax，得到注意力权重 a(x̂, x_i)，依次为 ${ATTN.map(f2).join('、')}，画成条形。右侧：每个 one-hot 标签 y_i 乘以它的权重后求和，得到 ŷ，是类别 6、7、9 上的概率分布：${YHAT.map(f2).join('、')}，预测为 7。相似度是示意，权重和 ŷ 由公式算出。`,
    support: '支撑集 S（k = 4）',
    query: '查询',
    cosine: '余弦相似度',
    attention: '注意力权重',
    weighted: '加权的标签',
    prediction: '预测',
    classes: '类别',
    note: '相似度为示意；a 与 ŷ 按公式由它们算出。余弦只在 −1 到 1 之间，直接取 softmax 时权重相当平缓。',
  },
  en: {
    aria: `A matching network predicting one query, schematic. On the left is the support set S, k = 4 labelled examples: handwritten 6, 7, 7 and 9; each example x_i goes through the feature extractor g to give its feature g(x_i). Below is the query x̂ (a handwritten 7), which goes through f to give f(x̂). Middle: the cosine similarity c between f(x̂) and each g(x_i), namely ${SUPPORT.map((s) => f2(s.cos)).join(', ')}; a softmax over these k similarities gives the attention weights a(x̂, x_i), namely ${ATTN.map(f2).join(', ')}, drawn as bars. Right: each one-hot label y_i is multiplied by its weight and the results are summed, giving ŷ, a probability distribution over the classes 6, 7 and 9: ${YHAT.map(f2).join(', ')}; the prediction is 7. The similarities are illustrative; the weights and ŷ are computed from them by the formulas.`,
    support: 'support set S (k = 4)',
    query: 'query',
    cosine: 'cosine similarity',
    attention: 'attention',
    weighted: 'weighted labels',
    prediction: 'prediction',
    classes: 'class',
    note: 'The similarities are illustrative; a and ŷ are computed from them. A cosine lies between −1 and 1, so a softmax of raw cosines is rather flat.',
  },
};

// ---- the picture, in viewBox units ---------------------------------------------------------
const W = 880;
const H = 430;
const ROW_Y = [78, 140, 202, 264]; // centres of the support rows
const QUERY_Y = 352;
const IMG = 44; // digit tile size
const IMG_X = 40;
const NET_X = 112; // f / g boxes
const NET_W = 34;
const EMB_X = 172; // embedding cells
const CELL = 10;
const COS_X = 330; // cosine circles
const SOFT_X0 = 386;
const SOFT_X1 = 430;
const BAR_X = 452;
const BAR_MAX = 110; // length for a = 0.5
const LABEL_X = 600; // one-hot labels
const YHAT_X = 770; // ŷ bar chart
const YHAT_BASE = 300;
const YHAT_HMAX = 180; // height for probability 1


/** A "handwritten" digit tile: the digit in a serif italic on a panel. */
function Digit({ x, y, d, query }: { x: number; y: number; d: string; query?: boolean }): ReactElement {
  return (
    <g>
      <rect x={x} y={y - IMG / 2} width={IMG} height={IMG} rx={4} style={query ? softFill : panelFill} stroke={query ? 'var(--accent, #0b5cad)' : 'currentColor'} strokeWidth={query ? 1.8 : 1.1} />
      <text x={x + IMG / 2} y={y + 11} textAnchor="middle" fontSize={31} fontStyle="italic" fontFamily="var(--font-serif, Georgia, serif)" fill="currentColor">{d}</text>
    </g>
  );
}

/** An embedding drawn as four cells whose opacities are made-up feature values. */
function Embedding({ x, y, values, accent }: { x: number; y: number; values: number[]; accent?: boolean }): ReactElement {
  return (
    <g>
      {values.map((v, i) => (
        <rect key={i} x={x + i * CELL} y={y - CELL / 2} width={CELL} height={CELL} fill={accent ? 'var(--accent, #0b5cad)' : 'currentColor'} fillOpacity={0.15 + 0.7 * v} stroke="currentColor" strokeOpacity={0.5} strokeWidth={0.6} />
      ))}
    </g>
  );
}

const EMB: Record<string, number[]> = {
  '6': [0.2, 0.9, 0.4, 0.7],
  '7': [0.9, 0.1, 0.7, 0.2],
  '9': [0.5, 0.6, 0.1, 0.9],
};
const EMB_ALT_7 = [0.8, 0.3, 0.6, 0.1];

export function MatchingNetDiagram({ lang = 'zh' }: { lang?: Lang }): ReactElement {
  const t = LABELS[lang] ?? LABELS.zh;
  const arrow = 'url(#matching-net-diagram-arrow)';
  const arrowAccent = 'url(#matching-net-diagram-arrow-accent)';
  const embW = 4 * CELL;
  const qEmbX = EMB_X;
  return (
    <FigureSvg width={W} height={H} label={t.aria}>
      <defs>
        <ArrowMarker id="matching-net-diagram-arrow" />
        <ArrowMarker id="matching-net-diagram-arrow-accent" style={accentFill} />
      </defs>

      {/* ---- column headers ---- */}
      <text x={IMG_X - 6} y={30} fontSize={12.5} fontWeight={600} fill="currentColor">{t.support}</text>
      <text x={COS_X} y={30} textAnchor="middle" fontSize={11.5} style={mutedFill}>{t.cosine}</text>
      <Formula x={COS_X} y={46} anchor="middle" parts={[{ t: 'c(f(x̂), g(x', italic: false }, { t: '', sub: 'i' }, { t: '))' }]} size={11} style={mutedFill} />
      <text x={BAR_X} y={30} fontSize={11.5} style={mutedFill}>{t.attention}</text>
      <Formula x={BAR_X} y={46} parts={[{ t: 'a(x̂, x' }, { t: '', sub: 'i' }, { t: ')' }]} size={11} style={mutedFill} />
      <text x={LABEL_X} y={30} fontSize={11.5} style={mutedFill}>{t.weighted}</text>
      <Formula x={LABEL_X} y={46} parts={[{ t: 'a(x̂, x' }, { t: '', sub: 'i' }, { t: ') y' }, { t: '', sub: 'i' }]} size={11} style={mutedFill} />
      <text x={YHAT_X + 40} y={30} textAnchor="middle" fontSize={12.5} fontWeight={600} style={accentFill}>{t.prediction}</text>
      <Formula x={YHAT_X + 40} y={48} anchor="middle" parts={[{ t: 'ŷ = Σ' }, { t: '', sub: 'i' }, { t: ' a(x̂, x' }, { t: '', sub: 'i' }, { t: ') y' }, { t: '', sub: 'i' }]} size={12} style={accentFill} />

      {/* ---- softmax block spanning the support rows ---- */}
      <rect x={SOFT_X0} y={ROW_Y[0] - 22} width={SOFT_X1 - SOFT_X0} height={ROW_Y[3] - ROW_Y[0] + 44} rx={6} fill="none" stroke="currentColor" strokeWidth={1.3} />
      <text transform={`translate(${(SOFT_X0 + SOFT_X1) / 2 + 4} ${(ROW_Y[0] + ROW_Y[3]) / 2}) rotate(-90)`} textAnchor="middle" fontSize={12} fill="currentColor">softmax</text>

      {/* ---- the support rows ---- */}
      {SUPPORT.map((s, i) => {
        const y = ROW_Y[i];
        const emb = i === 2 ? EMB_ALT_7 : EMB[s.digit];
        const a = ATTN[i];
        const classIdx = CLASSES.indexOf(s.digit);
        return (
          <g key={i}>
            <Digit x={IMG_X} y={y} d={s.digit} />
            <Formula x={IMG_X - 6} y={y + 4} anchor="end" parts={[{ t: 'x', italic: true, sub: String(i + 1) }]} size={12} />
            <line x1={IMG_X + IMG + 2} y1={y} x2={NET_X - 3} y2={y} stroke="currentColor" strokeWidth={1.2} markerEnd={arrow} />
            <rect x={NET_X} y={y - 13} width={NET_W} height={26} rx={4} fill="none" stroke="currentColor" strokeWidth={1.3} />
            <text x={NET_X + NET_W / 2} y={y + 5} textAnchor="middle" fontSize={14} fontStyle="italic" fill="currentColor">g</text>
            <line x1={NET_X + NET_W + 2} y1={y} x2={EMB_X - 3} y2={y} stroke="currentColor" strokeWidth={1.2} markerEnd={arrow} />
            <Embedding x={EMB_X} y={y} values={emb} />
            <Formula x={EMB_X + embW / 2} y={y + 20} anchor="middle" parts={[{ t: 'g(x' }, { t: '', sub: String(i + 1) }, { t: ')' }]} size={10.5} style={mutedFill} />
            {/* from g(x_i) to the cosine */}
            <line x1={EMB_X + embW + 2} y1={y} x2={COS_X - 15} y2={y} stroke="currentColor" strokeOpacity={0.6} strokeWidth={1.1} />
            <circle cx={COS_X} cy={y} r={14} fill="var(--bg, #fff)" stroke="currentColor" strokeWidth={1.2} />
            <text x={COS_X} y={y + 4} textAnchor="middle" fontSize={10.5} fill="currentColor">{f2(s.cos)}</text>
            <line x1={COS_X + 15} y1={y} x2={SOFT_X0 - 3} y2={y} stroke="currentColor" strokeWidth={1.1} markerEnd={arrow} />
            {/* attention bar */}
            <line x1={SOFT_X1 + 2} y1={y} x2={BAR_X - 3} y2={y} stroke="currentColor" strokeWidth={1.1} markerEnd={arrow} />
            <rect x={BAR_X} y={y - 8} width={(a / 0.5) * BAR_MAX} height={16} rx={2} style={softFill} stroke="var(--accent, #0b5cad)" strokeWidth={1.2} />
            <text x={BAR_X + (a / 0.5) * BAR_MAX + 6} y={y + 4} fontSize={11} style={accentFill}>{f2(a)}</text>
            {/* the weighted one-hot label */}
            <g>
              {CLASSES.map((c, j) => (
                <rect key={c} x={LABEL_X + j * 16} y={y - 8} width={16} height={16} fill="var(--accent, #0b5cad)" fillOpacity={j === classIdx ? Math.min(1, a * 1.6) : 0} stroke="currentColor" strokeOpacity={0.55} strokeWidth={0.8} />
              ))}
              <text x={LABEL_X + 3 * 16 + 6} y={y + 4} fontSize={10.5} style={mutedFill}>
                {`${f2(a)} × [${CLASSES.map((c) => (c === s.digit ? '1' : '0')).join(' ')}]`}
              </text>
            </g>
            {/* into ŷ */}
            <line x1={LABEL_X + 3 * 16 + 86} y1={y} x2={YHAT_X - 8} y2={YHAT_BASE - 60 + i * 12} stroke="currentColor" strokeOpacity={0.35} strokeWidth={1} />
          </g>
        );
      })}
      {CLASSES.map((c, j) => (
        <text key={c} x={LABEL_X + j * 16 + 8} y={ROW_Y[0] - 13} textAnchor="middle" fontSize={10} style={mutedFill}>{c}</text>
      ))}

      {/* ---- the query ---- */}
      <text x={IMG_X - 6} y={QUERY_Y - 32} fontSize={12.5} fontWeight={600} style={accentFill}>{t.query}</text>
      <Digit x={IMG_X} y={QUERY_Y} d={QUERY} query />
      <Formula x={IMG_X - 6} y={QUERY_Y + 4} anchor="end" parts={[{ t: 'x̂', italic: true }]} size={13} style={accentFill} />
      <line x1={IMG_X + IMG + 2} y1={QUERY_Y} x2={NET_X - 3} y2={QUERY_Y} strokeWidth={1.4} style={accentStroke} markerEnd={arrowAccent} />
      <rect x={NET_X} y={QUERY_Y - 13} width={NET_W} height={26} rx={4} fill="none" strokeWidth={1.6} style={accentStroke} />
      <text x={NET_X + NET_W / 2} y={QUERY_Y + 5} textAnchor="middle" fontSize={14} fontStyle="italic" style={accentFill}>f</text>
      <line x1={NET_X + NET_W + 2} y1={QUERY_Y} x2={qEmbX - 3} y2={QUERY_Y} strokeWidth={1.4} style={accentStroke} markerEnd={arrowAccent} />
      <Embedding x={qEmbX} y={QUERY_Y} values={[0.85, 0.2, 0.65, 0.15]} accent />
      <Formula x={qEmbX + embW / 2} y={QUERY_Y + 20} anchor="middle" parts={[{ t: 'f(x̂)' }]} size={10.5} style={accentFill} />
      {/* f(x̂) is compared with every g(x_i) */}
      {ROW_Y.map((y, i) => (
        <line key={i} x1={qEmbX + embW + 2} y1={QUERY_Y - 2} x2={COS_X - 8} y2={y + 11} strokeWidth={1.1} strokeDasharray="4 3" style={accentStroke} strokeOpacity={0.7} />
      ))}

      {/* ---- ŷ bar chart ---- */}
      <line x1={YHAT_X} y1={YHAT_BASE} x2={YHAT_X + 92} y2={YHAT_BASE} stroke="currentColor" strokeWidth={1.2} />
      {CLASSES.map((c, j) => {
        const h = YHAT[j] * YHAT_HMAX;
        const x = YHAT_X + 8 + j * 28;
        return (
          <g key={c}>
            <rect x={x} y={YHAT_BASE - h} width={20} height={h} style={softFill} stroke="var(--accent, #0b5cad)" strokeWidth={1.4} />
            <text x={x + 10} y={YHAT_BASE - h - 5} textAnchor="middle" fontSize={10.5} style={accentFill}>{f2(YHAT[j])}</text>
            <text x={x + 10} y={YHAT_BASE + 15} textAnchor="middle" fontSize={12} fill="currentColor">{c}</text>
          </g>
        );
      })}
      <text x={YHAT_X + 46} y={YHAT_BASE + 31} textAnchor="middle" fontSize={10.5} style={mutedFill}>{t.classes}</text>

      <text x={W / 2} y={H - 12} textAnchor="middle" fontSize={11} style={mutedFill}>{t.note}</text>
    </FigureSvg>
  );
}

export default MatchingNetDiagram;

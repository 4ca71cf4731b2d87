/**
 * Class activation mapping (Zhou et al. 2016) as a schematic:
 *
 *   top:    input → conv layers → feature maps f_1 … f_K → GAP → F_1 … F_K —w_k^c→ S_c
 *   bottom: w_1^c · f_1 + w_2^c · f_2 + … + w_K^c · f_K = M_c  (→ upsampled over the input)
 *
 * The feature maps are made-up 7 × 7 grids (sums of Gaussian bumps), and M_c is really computed
 * from them with the weights shown, so the picture is arithmetically honest: channel 1 fires on
 * the digit, channel 2 on a clutter fragment and carries a negative weight, channel K fires on
 * part of the digit. The maps are non-negative (post-ReLU) and drawn in greys; M_c is signed and
 * drawn in a diverging red (+) / blue (−) map.
 *
 * Server component: no hooks, no 'use client'. Text uses currentColor and the theme's CSS
 * variables, so it follows light and dark themes.
 */
import type { ReactElement } from 'react';
import { ArrowMarker, FigureSvg } from './frame';

type Lang = 'zh' | 'en';

const LABELS: Record<Lang, {
  aria: string; input: string; conv: string; maps: string; gap: string; score: string;
  weighted: string; cam: string; overlay: string; upsample: string;
}> = {
  zh: {
    aria: '类激活图（CAM）示意图。上方：输入图像经卷积层得到最后一层的特征图 f₁、f₂ … f_K，全局平均池化（GAP）把每个特征图变成一个数 F₁ … F_K，再用权重 w₁ᶜ … w_Kᶜ 加权求和，得到类别 c 的 pre-softmax 得分 S_c。下方：用同一组权重对特征图本身加权求和，w₁ᶜ·f₁ + w₂ᶜ·f₂ + … + w_Kᶜ·f_K = M_c，即类激活图；其中一个通道落在干扰碎片上，权重为负，被减掉。M_c 上采样后叠加在输入图像上，高亮的是数字所在的区域。',
    input: '输入图像', conv: '卷积层', maps: '最后卷积层的特征图', gap: 'GAP', score: 'pre-softmax 得分',
    weighted: '同一组权重 × 特征图，逐位置相加', cam: '类激活图', overlay: '叠加在输入上', upsample: '上采样',
  },
  en: {
    aria: 'Class activation mapping (CAM), schematic. Top: the input image passes through convolutional layers to the last layer’s feature maps f₁, f₂ … f_K; global average pooling (GAP) turns each map into one number F₁ … F_K, and their sum weighted by w₁ᶜ … w_Kᶜ is the pre-softmax score S_c of class c. Bottom: the same weights applied to the feature maps themselves, w₁ᶜ·f₁ + w₂ᶜ·f₂ + … + w_Kᶜ·f_K = M_c, the class activation map; one channel fires on a clutter fragment, has a negative weight and is subtracted. M_c, upsampled and laid over the input, highlights where the digit is.',
    input: 'input image', conv: 'conv layers', maps: 'last conv layer’s feature maps', gap: 'GAP', score: 'pre-softmax score',
    weighted: 'same weights × feature maps, added position by position', cam: 'class activation map', overlay: 'over the input', upsample: 'upsample',
  },
};

// ---- the numbers ---------------------------------------------------------------------------
const N = 7; // feature-map side in the schematic

type Bump = [cx: number, cy: number, sigma: number, amp: number];

/** A non-negative "feature map": a sum of Gaussian bumps sampled at cell centres. */
function map(bumps: Bump[]): number[][] {
  return Array.from({ length: N }, (_, r) =>
    Array.from({ length: N }, (_, c) =>
      bumps.reduce((s, [cx, cy, sg, a]) => s + a * Math.exp(-((c + 0.5 - cx) ** 2 + (r + 0.5 - cy) ** 2) / (2 * sg * sg)), 0),
    ),
  );
}

// Cell coordinates: the digit sits around (2.4, 2.6); fragments around (5.3, 5.2) and (4.8, 2.0).
const F1 = map([[2.4, 2.6, 1.2, 1]]); // fires on the digit
const F2 = map([[5.3, 5.2, 0.9, 1], [4.8, 2.0, 0.8, 0.55]]); // fires on the fragments
const FK = map([[2.0, 3.6, 0.9, 0.85], [4.8, 2.0, 0.8, 0.35]]); // fires on the digit's lower part (and a little on a fragment)
const MAPS = [F1, F2, FK];
const WEIGHTS = [0.9, -0.7, 0.6];
const M: number[][] = F1.map((row, r) => row.map((_, c) => MAPS.reduce((s, f, k) => s + WEIGHTS[k] * f[r][c], 0)));
const M_MAX = Math.max(...M.flat().map(Math.abs));
const F_MAX = Math.max(...MAPS.flat(2));

// ---- the picture, in viewBox units ---------------------------------------------------------
const W = 760;
const H = 390;
const IMG = 112; // input panel side (a 56 × 56 canvas at 2×)
const IMG_X = 16;
const IMG_Y = 54;
const STACK_X = 214; // front feature map
const STACK_Y = 42;
const FM = 84; // feature-map panel side in the top row
const NODE_X = 436;
const NODE_YS = [56, 96, 168];
const SC_X = 640;
const SC_Y = 110;

const ROW2_Y = 244; // top of the bottom-row panels
const SM = 76; // panel side in the bottom row

const mutedFill = { fill: 'var(--muted, currentColor)' } as const;
const accentFill = { fill: 'var(--accent, #0b5cad)' } as const;
const accentStroke = { stroke: 'var(--accent, #0b5cad)' } as const;
const posFill = { fill: 'var(--pos, #b2182b)' } as const;
const negFill = { fill: 'var(--neg, #2166ac)' } as const;

const f1 = (v: number) => +v.toFixed(1);

/** A grey, non-negative feature map drawn as cells of currentColor with varying opacity. */
function GreyMap({ m, x, y, size }: { m: number[][]; x: number; y: number; size: number }): ReactElement {
  const cell = size / N;
  return (
    <g>
      <rect x={x} y={y} width={size} height={size} style={{ fill: 'var(--bg, #fdfcf9)' }} />
      {m.flatMap((row, r) =>
        row.map((v, c) => (
          <rect key={`${r}-${c}`} x={f1(x + c * cell)} y={f1(y + r * cell)} width={f1(cell + 0.3)} height={f1(cell + 0.3)} fill="currentColor" fillOpacity={f1((0.05 + 0.85 * (v / F_MAX)) * 100) / 100} />
        )),
      )}
      <rect x={x} y={y} width={size} height={size} fill="none" stroke="currentColor" strokeOpacity={0.5} />
    </g>
  );
}

/** A signed map: red for positive, blue for negative, opacity by magnitude. */
function SignedMap({ m, x, y, size, positiveOnly = false }: { m: number[][]; x: number; y: number; size: number; positiveOnly?: boolean }): ReactElement {
  const cell = size / N;
  return (
    <g>
      {m.flatMap((row, r) =>
        row.map((v, c) => {
          if (positiveOnly && v <= 0) return null;
          const a = Math.min(1, Math.abs(v) / M_MAX);
          return (
            <rect key={`${r}-${c}`} x={f1(x + c * cell)} y={f1(y + r * cell)} width={f1(cell + 0.3)} height={f1(cell + 0.3)} style={v >= 0 ? posFill : negFill} fillOpacity={f1(a * 90) / 100} />
          );
        }),
      )}
    </g>
  );
}

/** The cluttered input: a light-on-dark canvas with a "2" and three stroke fragments. */
function InputCanvas({ x, y, size }: { x: number; y: number; size: number }): ReactElement {
  const s = size / 112; // drawn in a 112-unit box
  return (
    <g transform={`translate(${x} ${y}) scale(${s})`}>
      <rect width={112} height={112} fill="#111418" />
      <g stroke="#f4f4f0" strokeWidth={5} strokeLinecap="round" strokeLinejoin="round" fill="none">
        {/* the digit, in cells ~1–4 */}
        <path d="M22 28 q 14 -16 28 -3 q 6 11 -7 24 l -21 20 h 32" />
        {/* fragments */}
        <path d="M80 78 q 8 -7 14 3 q 2 8 -6 12" strokeWidth={4} />
        <path d="M72 26 l 10 9" strokeWidth={4} />
        <path d="M24 94 q 6 -7 13 0" strokeWidth={4} />
      </g>
    </g>
  );
}

/** w with subscript k and superscript c, e.g. w₁ᶜ, as one <text>. */
function Wkc({ x, y, k, size = 14, anchor = 'middle' }: { x: number; y: number; k: string; size?: number; anchor?: 'start' | 'middle' | 'end' }): ReactElement {
  const small = Math.round(size * 0.7);
  return (
    <text x={x} y={y} fontSize={size} textAnchor={anchor} fill="currentColor" fontStyle="italic">
      w<tspan fontSize={small} dy={4}>{k}</tspan><tspan fontSize={small} dy={-10} dx={-small * 0.55}>c</tspan><tspan dy={6}>{'\u200b'}</tspan>
    </text>
  );
}

/** A symbol with a subscript, e.g. f_K or F_1. */
function Sub({ x, y, base, sub, size = 14, anchor = 'middle', italic = true }: { x: number; y: number; base: string; sub: string; size?: number; anchor?: 'start' | 'middle' | 'end'; italic?: boolean }): ReactElement {
  return (
    <text x={x} y={y} fontSize={size} textAnchor={anchor} fill="currentColor" fontStyle={italic ? 'italic' : undefined}>
      {base}<tspan fontSize={Math.round(size * 0.7)} dy={4}>{sub}</tspan>
    </text>
  );
}

function Arrow({ x1, y1, x2, y2, accent = false }: { x1: number; y1: number; x2: number; y2: number; accent?: boolean }): ReactElement {
  return (
    <line x1={x1} y1={y1} x2={x2} y2={y2} stroke="currentColor" strokeOpacity={accent ? 1 : 0.6} strokeWidth={1.5} markerEnd="url(#cam-diagram-arrow)" style={accent ? accentStroke : undefined} />
  );
}

export function CamDiagram({ lang = 'zh' }: { lang?: Lang }): ReactElement {
  const t = LABELS[lang] ?? LABELS.zh;
  const labels = ['1', '2', 'K'];
  // the three maps of the stack, back to front: f_K, f_2, f_1
  const stack = [2, 1, 0].map((k, i) => ({ k, x: STACK_X + (2 - i) * 14, y: STACK_Y + (2 - i) * 14 }));
  const front = stack[2];

  // bottom row layout: [w·f1] + [w·f2] + … + [w·fK] = [M_c]  → overlay
  const termX = [60, 200, 378]; // left edge of each bottom map
  const mX = 520;
  const ovX = 650;

  return (
    <FigureSvg width={W} height={H} label={t.aria}>
      <defs>
        <ArrowMarker id="cam-diagram-arrow" />
        <filter id="cam-diagram-blur" x="-10%" y="-10%" width="120%" height="120%">
          <feGaussianBlur stdDeviation={7} />
        </filter>
        <clipPath id="cam-diagram-clip">
          <rect x={ovX} y={ROW2_Y} width={SM + 20} height={SM + 20} />
        </clipPath>
      </defs>

      {/* ---------- top row: the network ---------- */}
      <InputCanvas x={IMG_X} y={IMG_Y} size={IMG} />
      <text x={IMG_X + IMG / 2} y={IMG_Y + IMG + 20} textAnchor="middle" fontSize={13} style={mutedFill}>{t.input}</text>

      <Arrow x1={IMG_X + IMG + 8} y1={IMG_Y + IMG / 2} x2={STACK_X - 10} y2={IMG_Y + IMG / 2} />
      <text x={(IMG_X + IMG + STACK_X) / 2} y={IMG_Y + IMG / 2 - 10} textAnchor="middle" fontSize={13} fill="currentColor">{t.conv}</text>

      {stack.map(({ k, x, y }) => (
        <g key={k}>
          <GreyMap m={MAPS[k]} x={x} y={y} size={FM} />
        </g>
      ))}
      {/* one label for the stack: f_1 (front) … f_K (back) */}
      <text x={front.x + FM / 2} y={front.y - 10} textAnchor="middle" fontSize={14} fill="currentColor" fontStyle="italic">
        f<tspan fontSize={10} dy={4}>1</tspan><tspan dy={-4}>, f</tspan><tspan fontSize={10} dy={4}>2</tspan><tspan dy={-4}>, …, f</tspan><tspan fontSize={10} dy={4}>K</tspan>
      </text>
      <text x={STACK_X + 56} y={front.y + FM + 40} textAnchor="middle" fontSize={12} style={mutedFill}>{t.maps}</text>

      {/* GAP: each map → one number */}
      {NODE_YS.map((ny, i) => (
        <Arrow key={i} x1={STACK_X + FM + 48} y1={STACK_Y + 14 + i * 30 + 14} x2={NODE_X - 20} y2={ny} />
      ))}
      <text x={STACK_X + FM + 76} y={STACK_Y + 2} textAnchor="middle" fontSize={13} fontWeight={600} fill="currentColor">{t.gap}</text>

      {NODE_YS.map((ny, i) => (
        <g key={i}>
          <circle cx={NODE_X} cy={ny} r={16} fill="none" stroke="currentColor" strokeOpacity={0.7} strokeWidth={1.5} />
          <Sub x={NODE_X} y={ny + 5} base="F" sub={labels[i]} size={13} />
        </g>
      ))}
      <text x={NODE_X} y={(NODE_YS[1] + NODE_YS[2]) / 2 + 6} textAnchor="middle" fontSize={16} fill="currentColor">⋮</text>

      {/* weights → S_c */}
      {NODE_YS.map((ny, i) => {
        // label each weight a third of the way along its line, where the lines are still apart
        const mx = NODE_X + 16 + 0.36 * (SC_X - 24 - NODE_X - 16);
        const my = ny + 0.36 * (SC_Y - ny);
        return (
          <g key={i}>
            <line x1={NODE_X + 16} y1={ny} x2={SC_X - 24} y2={SC_Y} stroke="currentColor" strokeOpacity={0.7} strokeWidth={1.5} />
            <Wkc x={mx} y={my - 6} k={labels[i]} />
          </g>
        );
      })}
      <circle cx={SC_X} cy={SC_Y} r={24} fill="none" strokeWidth={2} style={accentStroke} />
      <Sub x={SC_X} y={SC_Y + 6} base="S" sub="c" size={17} />
      <text x={SC_X} y={SC_Y + 48} textAnchor="middle" fontSize={12} style={mutedFill}>{t.score}</text>
      <text x={SC_X} y={SC_Y + 66} textAnchor="middle" fontSize={12} style={mutedFill}>
        S<tspan fontSize={9} dy={3}>c</tspan><tspan dy={-3}> = Σ</tspan><tspan fontSize={9} dy={3}>k</tspan><tspan dy={-3}> w</tspan><tspan fontSize={9} dy={3}>k</tspan><tspan fontSize={9} dy={-8} dx={-5}>c</tspan><tspan dy={5}> F</tspan><tspan fontSize={9} dy={3}>k</tspan>
      </text>

      {/* divider between the rows */}
      <line x1={16} y1={ROW2_Y - 34} x2={W - 16} y2={ROW2_Y - 34} stroke="currentColor" strokeOpacity={0.2} strokeDasharray="4 4" />
      <text x={16} y={ROW2_Y - 14} fontSize={13} style={mutedFill}>{t.weighted}</text>

      {/* ---------- bottom row: the same weights on the maps ---------- */}
      {[0, 1, 2].map((k) => {
        const x = termX[k];
        return (
          <g key={k}>
            <Wkc x={x - 8} y={ROW2_Y + SM / 2 + 5} k={labels[k]} size={15} anchor="end" />
            <GreyMap m={MAPS[k]} x={x} y={ROW2_Y} size={SM} />
            <Sub x={x + SM / 2} y={ROW2_Y + SM + 20} base="f" sub={labels[k]} />
            {k < 2 ? (
              <text x={x + SM + 18} y={ROW2_Y + SM / 2 + 6} textAnchor="middle" fontSize={20} fill="currentColor">+</text>
            ) : null}
          </g>
        );
      })}
      <text x={termX[2] - 48} y={ROW2_Y + SM / 2 + 6} textAnchor="middle" fontSize={16} fill="currentColor">… +</text>
      <text x={termX[2] + SM + 24} y={ROW2_Y + SM / 2 + 7} textAnchor="middle" fontSize={22} fill="currentColor">=</text>

      {/* M_c */}
      <rect x={mX} y={ROW2_Y} width={SM} height={SM} fill="none" stroke="currentColor" strokeOpacity={0.5} />
      <SignedMap m={M} x={mX} y={ROW2_Y} size={SM} />
      <rect x={mX} y={ROW2_Y} width={SM} height={SM} fill="none" strokeWidth={2} style={accentStroke} />
      <Sub x={mX + SM / 2} y={ROW2_Y + SM + 20} base="M" sub="c" size={15} />
      <text x={mX + SM / 2} y={ROW2_Y + SM + 38} textAnchor="middle" fontSize={12} style={accentFill}>{t.cam}</text>

      {/* upsample and overlay */}
      <Arrow x1={mX + SM + 8} y1={ROW2_Y + SM / 2} x2={ovX - 8} y2={ROW2_Y + SM / 2} />
      <text x={(mX + SM + ovX) / 2} y={ROW2_Y + SM / 2 - 8} textAnchor="middle" fontSize={11} style={mutedFill}>{t.upsample}</text>
      <InputCanvas x={ovX} y={ROW2_Y} size={SM + 20} />
      <g clipPath="url(#cam-diagram-clip)">
        <g filter="url(#cam-diagram-blur)" opacity={0.75}>
          <SignedMap m={M} x={ovX} y={ROW2_Y} size={SM + 20} positiveOnly />
        </g>
      </g>
      <text x={ovX + (SM + 20) / 2} y={ROW2_Y + SM + 38} textAnchor="middle" fontSize={12} style={mutedFill}>{t.overlay}</text>
    </FigureSvg>
  );
}

export default CamDiagram;

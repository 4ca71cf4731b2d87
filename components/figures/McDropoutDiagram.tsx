/**
 * MC dropout (Gal & Ghahramani 2016) as a schematic:
 *
 *   left:  one input x* → T forward passes through the same trained weights, dropout left on;
 *          each pass drops a different set of hidden units (dashed circles, their connections
 *          removed) — one sample ŵ_t ~ q(w) per pass — and gives one output ŷ_t
 *   right: the T outputs on a number line; their mean is the prediction and their spread
 *          (mean ± 2σ, σ the sample standard deviation) the uncertainty
 *
 * The outputs are made-up numbers, but the mean and the ±2σ bracket are really computed from the
 * dots drawn, so the picture is arithmetically honest.
 *
 * Server component: no hooks, no 'use client'. Text uses currentColor and the theme's CSS
 * variables, so it follows light and dark themes.
 */
import type { ReactElement } from 'react';
import { ArrowMarker, FigureSvg } from './frame';

type Lang = 'zh' | 'en';

const LABELS: Record<Lang, {
  aria: string; input: string; passes: string; estimate: string; pass: (k: string) => string;
  dropped: string; sample: string; mean: string; band: string; variance: string; classify: string[]; axis: string;
}> = {
  zh: {
    aria: 'MC dropout 示意图。左侧：同一个输入 x* 经过同一组训练好的权重做 T 次前向传播，dropout 保持打开；每次随机丢弃不同的隐藏单元（虚线圆，连同它们的连接一起去掉），相当于从 q(w) 中采样一组参数 ŵ_t，得到一个输出 ŷ_t。右侧：T 个输出画在数轴上，它们的平均值 E[y*] ≈ (1/T) Σ ŷ_t 是预测，均值 ± 2σ 的区间表示不确定性，σ² ≈ (1/T) Σ ŷ_t² − E[y*]²。分类时则先对 T 个 softmax 取平均，再计算熵。',
    input: '输入',
    passes: 'T 次随机前向传播（dropout 保持打开）',
    estimate: '蒙特卡洛估计',
    pass: (k) => `第 ${k} 次`,
    dropped: '被丢弃的单元',
    sample: '每次 = 一个样本 ŵₜ ~ q(w)',
    mean: '均值 E[y*] ≈ (1/T) Σₜ ŷₜ',
    band: '±2σ',
    variance: 'σ² ≈ (1/T) Σₜ ŷₜ² − E[y*]²',
    classify: ['分类：先平均 T 个 softmax，再求熵'],
    axis: 'ŷ',
  },
  en: {
    aria: 'MC dropout, schematic. Left: the same input x* goes T times through the same trained weights with dropout left on; each pass drops a different set of hidden units at random (dashed circles, removed together with their connections), which amounts to sampling one set of parameters ŵ_t from q(w), and gives one output ŷ_t. Right: the T outputs on a number line; their mean E[y*] ≈ (1/T) Σ ŷ_t is the prediction, and the interval mean ± 2σ shows the uncertainty, with σ² ≈ (1/T) Σ ŷ_t² − E[y*]². For classification the T softmax vectors are averaged first, then the entropy is taken.',
    input: 'input',
    passes: 'T stochastic forward passes (dropout on)',
    estimate: 'Monte Carlo estimate',
    pass: (k) => `pass ${k}`,
    dropped: 'dropped unit',
    sample: 'each pass = one sample ŵₜ ~ q(w)',
    mean: 'mean E[y*] ≈ (1/T) Σₜ ŷₜ',
    band: '±2σ',
    variance: 'σ² ≈ (1/T) Σₜ ŷₜ² − E[y*]²',
    classify: ['classification: average the T softmaxes,', 'then take the entropy'],
    axis: 'ŷ',
  },
};

// ---- the numbers ---------------------------------------------------------------------------
/** T = 12 made-up outputs; the first three are the passes drawn on the left (1, 2, T). */
const SAMPLES = [0.62, 0.35, 0.81, 0.55, 0.48, 0.7, 0.58, 0.42, 0.66, 0.52, 0.74, 0.6];
const MEAN = SAMPLES.reduce((s, v) => s + v, 0) / SAMPLES.length;
const SD = Math.sqrt(SAMPLES.reduce((s, v) => s + v * v, 0) / SAMPLES.length - MEAN * MEAN);

/** Layer sizes of the little network: input, hidden 1, hidden 2, output. */
const SIZES = [3, 5, 5, 1];
/** Per pass, the dropped units of hidden layers 1 and 2 (dropout after each hidden layer). */
const PASSES: { label: string; drop: [number[], number[]]; sample: number }[] = [
  { label: '1', drop: [[1, 3], [0, 4]], sample: SAMPLES[0] },
  { label: '2', drop: [[0, 2, 4], [2]], sample: SAMPLES[1] },
  { label: 'T', drop: [[2, 4], [1, 3]], sample: SAMPLES[2] },
];

// ---- the picture, in viewBox units ---------------------------------------------------------
const W = 760;
const H = 356;
const PANEL_CY = [78, 172, 290];
const DOTS_CY = 232; // where the vertical ellipsis between pass 2 and pass T sits
const PANEL_X0 = 124;
const PANEL_X1 = 400;
const LAYER_X = [158, 222, 286, 350];
const NODE_DY = 14;
const R = 5;
const IN_X = 28;
const IN_Y = 184;

// number line on the right
const NL_X0 = 486;
const NL_X1 = 736;
const NL_Y = 176;
const V0 = 0.15; // value at the left end of the line
const V1 = 1; // value at the right end
const nx = (v: number) => NL_X0 + ((v - V0) / (V1 - V0)) * (NL_X1 - NL_X0);

const mutedFill = { fill: 'var(--muted, currentColor)' } as const;
const accentFill = { fill: 'var(--accent, #0b5cad)' } as const;
const accentStroke = { stroke: 'var(--accent, #0b5cad)' } as const;
const softFill = { fill: 'var(--accent-soft, #dbe9f7)' } as const;

const nodeYs = (n: number, cy: number) => Array.from({ length: n }, (_, i) => cy + (i - (n - 1) / 2) * NODE_DY);

function Network({ cy, drop }: { cy: number; drop: [number[], number[]] }): ReactElement {
  const dropped = (layer: number, i: number) => (layer === 1 || layer === 2) && drop[layer - 1].includes(i);
  const ys = SIZES.map((n) => nodeYs(n, cy));
  const edges: ReactElement[] = [];
  for (let l = 0; l + 1 < SIZES.length; l++) {
    ys[l].forEach((ya, i) => {
      ys[l + 1].forEach((yb, j) => {
        if (dropped(l, i) || dropped(l + 1, j)) return;
        edges.push(
          <line key={`${l}-${i}-${j}`} x1={LAYER_X[l] + R} y1={ya} x2={LAYER_X[l + 1] - R} y2={yb} stroke="currentColor" strokeOpacity={0.32} strokeWidth={0.8} />,
        );
      });
    });
  }
  return (
    <g>
      {edges}
      {ys.map((col, l) =>
        col.map((y, i) =>
          dropped(l, i) ? (
            <g key={`${l}-${i}`} style={mutedFill}>
              <circle cx={LAYER_X[l]} cy={y} r={R} fill="none" stroke="currentColor" strokeOpacity={0.55} strokeDasharray="2 2" />
              <path d={`M${LAYER_X[l] - 3} ${y - 3}L${LAYER_X[l] + 3} ${y + 3}M${LAYER_X[l] + 3} ${y - 3}L${LAYER_X[l] - 3} ${y + 3}`} stroke="currentColor" strokeOpacity={0.55} strokeWidth={1} />
            </g>
          ) : (
            <circle key={`${l}-${i}`} cx={LAYER_X[l]} cy={y} r={R} fill="currentColor" fillOpacity={l === 3 ? 1 : 0.8} style={l === 3 ? accentFill : undefined} />
          ),
        ),
      )}
    </g>
  );
}

export function McDropoutDiagram({ lang = 'zh' }: { lang?: Lang }): ReactElement {
  const t = LABELS[lang] ?? LABELS.zh;
  const lo = MEAN - 2 * SD;
  const hi = MEAN + 2 * SD;
  // a little vertical jitter so that close dots stay visible
  const jitter = [0, 0, 0, -7, 7, -7, 7, -14, 0, 14, 0, -7];
  return (
    <FigureSvg width={W} height={H} label={t.aria}>
      <defs>
        <ArrowMarker id="mc-dropout-diagram-arrow" />
      </defs>

      {/* headers */}
      <text x={(PANEL_X0 + PANEL_X1) / 2} y={22} textAnchor="middle" fontSize={13} fontWeight={600} fill="currentColor">{t.passes}</text>
      <text x={(NL_X0 + NL_X1) / 2} y={22} textAnchor="middle" fontSize={13} fontWeight={600} fill="currentColor">{t.estimate}</text>

      {/* the input */}
      <rect x={IN_X - 22} y={IN_Y - 18} width={44} height={36} rx={6} fill="none" stroke="currentColor" strokeWidth={1.5} />
      <text x={IN_X} y={IN_Y + 5} textAnchor="middle" fontSize={15} fontStyle="italic" fill="currentColor">x*</text>
      <text x={IN_X} y={IN_Y + 36} textAnchor="middle" fontSize={12} style={mutedFill}>{t.input}</text>

      {/* T passes */}
      {PASSES.map((ps, k) => {
        const cy = PANEL_CY[k];
        return (
          <g key={ps.label}>
            <line x1={IN_X + 24} y1={IN_Y} x2={PANEL_X0 - 4} y2={cy} stroke="currentColor" strokeOpacity={0.6} strokeWidth={1.3} markerEnd="url(#mc-dropout-diagram-arrow)" />
            <rect x={PANEL_X0} y={cy - 40} width={PANEL_X1 - PANEL_X0} height={80} rx={8} fill="none" stroke="currentColor" strokeOpacity={0.25} />
            <text x={PANEL_X0 + 8} y={cy - 26} fontSize={11} style={mutedFill}>{t.pass(ps.label)}</text>
            <Network cy={cy} drop={ps.drop} />
            <text x={LAYER_X[3] + 12} y={cy + 5} fontSize={14} fontStyle="italic" style={accentFill}>
              ŷ<tspan fontSize={10} dy={4}>{ps.label}</tspan>
            </text>
            {/* to the number line */}
            <line x1={PANEL_X1 + 4} y1={cy} x2={nx(ps.sample)} y2={NL_Y - 20} stroke="currentColor" strokeOpacity={0.35} strokeWidth={1} strokeDasharray="3 3" markerEnd="url(#mc-dropout-diagram-arrow)" />
          </g>
        );
      })}
      <text x={(PANEL_X0 + PANEL_X1) / 2} y={DOTS_CY + 6} textAnchor="middle" fontSize={18} fill="currentColor">⋮</text>
      <text x={(PANEL_X0 + PANEL_X1) / 2} y={H - 10} textAnchor="middle" fontSize={12} style={mutedFill}>{t.sample}</text>

      {/* legend for the dropped units */}
      <g>
        <circle cx={PANEL_X0 + 190} cy={DOTS_CY} r={R} fill="none" stroke="currentColor" strokeOpacity={0.55} strokeDasharray="2 2" />
        <text x={PANEL_X0 + 200} y={DOTS_CY + 4} fontSize={11} style={mutedFill}>{t.dropped}</text>
      </g>

      {/* the number line with the T outputs */}
      <rect x={nx(lo)} y={NL_Y + 8} width={nx(hi) - nx(lo)} height={10} style={softFill} />
      <line x1={nx(lo)} y1={NL_Y + 6} x2={nx(lo)} y2={NL_Y + 20} strokeWidth={1.5} style={accentStroke} />
      <line x1={nx(hi)} y1={NL_Y + 6} x2={nx(hi)} y2={NL_Y + 20} strokeWidth={1.5} style={accentStroke} />
      <text x={(nx(lo) + nx(hi)) / 2} y={NL_Y + 36} textAnchor="middle" fontSize={12} style={accentFill}>{t.band}</text>

      <line x1={NL_X0} y1={NL_Y} x2={NL_X1 + 6} y2={NL_Y} stroke="currentColor" strokeWidth={1.2} markerEnd="url(#mc-dropout-diagram-arrow)" />
      <text x={NL_X1 + 4} y={NL_Y + 18} textAnchor="end" fontSize={13} fontStyle="italic" style={mutedFill}>{t.axis}</text>

      {SAMPLES.map((v, i) => (
        <circle key={i} cx={nx(v)} cy={NL_Y - 12 + jitter[i]} r={4} fill="currentColor" fillOpacity={i < 3 ? 1 : 0.45} />
      ))}

      {/* the mean */}
      <line x1={nx(MEAN)} y1={NL_Y - 30} x2={nx(MEAN)} y2={NL_Y + 22} strokeWidth={2} style={accentStroke} />

      <text x={(NL_X0 + NL_X1) / 2} y={NL_Y + 62} textAnchor="middle" fontSize={13} style={accentFill}>{t.mean}</text>
      <text x={(NL_X0 + NL_X1) / 2} y={NL_Y + 86} textAnchor="middle" fontSize={12.5} fill="currentColor">{t.variance}</text>
      {t.classify.map((line, i) => (
        <text key={i} x={(NL_X0 + NL_X1) / 2} y={NL_Y + 116 + i * 16} textAnchor="middle" fontSize={11.5} style={mutedFill}>{line}</text>
      ))}
    </FigureSvg>
  );
}

export default McDropoutDiagram;

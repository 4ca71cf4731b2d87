/**
 * FGSM in one dimension: a loss curve L(x) around the input x, its tangent at x (the first-order
 * Taylor expansion L(x) + (x̃ − x)·L′(x)), and the box |x̃ − x| ≤ ε. Over the box the tangent is
 * highest at one of its two edges — the edge on the side of the slope's sign — so the linearised
 * problem's optimum is x̃ = x + ε·sign(L′(x)). The true loss there is marked too, to show the
 * linearisation is only an approximation.
 *
 * Server component, plain computed path strings (no d3); colours follow the theme.
 */
import type { ReactElement } from 'react';
import { ArrowMarker, FigureSvg } from './frame';

type Lang = 'zh' | 'en';

const LABELS: Record<Lang, {
  aria: string; axisX: string; axisY: string; curve: string; tangent: string; box: string;
  opt: string; trueLoss: string;
}> = {
  zh: {
    aria: 'FGSM 的一维示意：损失曲线 L(x)、它在 x 处的切线（一阶泰勒展开），以及约束区间 |x̃ − x| ≤ ε。切线在区间内的最高点位于斜率符号一侧的端点，即 x̃ = x + ε·sign(L′(x))。',
    axisX: '输入', axisY: '损失 L',
    curve: '损失 L', tangent: '切线：L(x) + (x̃ − x)·L′(x)', box: '|x̃ − x| ≤ ε',
    opt: 'x̃ = x + ε·sign(L′(x))', trueLoss: '真实损失',
  },
  en: {
    aria: 'FGSM in one dimension: a loss curve L(x), its tangent at x (the first-order Taylor expansion), and the box |x̃ − x| ≤ ε. Over the box the tangent is highest at the edge on the side of the slope’s sign, x̃ = x + ε·sign(L′(x)).',
    axisX: 'input', axisY: 'loss L',
    curve: 'loss L', tangent: 'tangent: L(x) + (x̃ − x)·L′(x)', box: '|x̃ − x| ≤ ε',
    opt: 'x̃ = x + ε·sign(L′(x))', trueLoss: 'true loss',
  },
};

// ---- the maths, in data units ----------------------------------------------------------------
/** A smooth loss that bends down to the right of x, so the tangent visibly overestimates it. */
const loss = (t: number) => 1.3 + 0.9 * Math.sin(0.8 * t) + 0.1 * t;
const dloss = (t: number) => 0.72 * Math.cos(0.8 * t) + 0.1;

const T_MIN = -3.2;
const T_MAX = 3.2;
const L_MIN = -0.1;
const L_MAX = 3.4;
const X0 = 0.6; // the clean input x
const EPS = 1.1; // ε
const SLOPE = dloss(X0);
const SIGN = SLOPE >= 0 ? 1 : -1;
const X_ADV = X0 + EPS * SIGN;
const X_OTHER = X0 - EPS * SIGN;
const tangent = (t: number) => loss(X0) + (t - X0) * SLOPE;

// ---- the picture, in viewBox units -----------------------------------------------------------
const W = 560;
const H = 348;
const PX0 = 56; // plot left
const PX1 = 540; // plot right
const PY0 = 34; // plot top
const PY1 = 292; // plot bottom (the x axis)

const sx = (t: number) => PX0 + ((t - T_MIN) / (T_MAX - T_MIN)) * (PX1 - PX0);
const sy = (l: number) => PY1 - ((l - L_MIN) / (L_MAX - L_MIN)) * (PY1 - PY0);
const f1 = (v: number) => v.toFixed(1);

const CURVE_PATH = (() => {
  const n = 160;
  let d = '';
  for (let i = 0; i <= n; i++) {
    const t = T_MIN + ((T_MAX - T_MIN) * i) / n;
    d += `${i === 0 ? 'M' : 'L'}${f1(sx(t))} ${f1(sy(loss(t)))}`;
  }
  return d;
})();

// the tangent, drawn a little beyond the box on both sides
const TAN_A = X0 - EPS - 0.8;
const TAN_B = X0 + EPS + 0.7;
const TANGENT_PATH = `M${f1(sx(TAN_A))} ${f1(sy(tangent(TAN_A)))}L${f1(sx(TAN_B))} ${f1(sy(tangent(TAN_B)))}`;

const accentFill = { fill: 'var(--accent, #c2410c)' } as const;
const accentStroke = { stroke: 'var(--accent, #c2410c)' } as const;
const mutedFill = { fill: 'var(--muted, currentColor)' } as const;

export function LinearisedLoss({ lang = 'zh' }: { lang?: Lang }): ReactElement {
  const t = LABELS[lang] ?? LABELS.zh;
  const bx0 = sx(X0 - EPS);
  const bx1 = sx(X0 + EPS);
  const xPx = sx(X0);
  const advPx = sx(X_ADV);
  const otherPx = sx(X_OTHER);
  const yClean = sy(loss(X0));
  const yTan = sy(tangent(X_ADV));
  const yTrue = sy(loss(X_ADV));
  const yOther = sy(tangent(X_OTHER));
  const legendX = PX0 + 14;
  return (
    <FigureSvg width={W} height={H} label={t.aria}>
      <defs>
        <ArrowMarker id="linearised-loss-arrow" />
      </defs>

      {/* the box |x̃ − x| ≤ ε */}
      <rect x={bx0} y={PY0} width={bx1 - bx0} height={PY1 - PY0} style={accentFill} fillOpacity={0.1} />
      <line x1={bx0} y1={PY0} x2={bx0} y2={PY1} style={accentStroke} strokeOpacity={0.6} strokeDasharray="3 3" />
      <line x1={bx1} y1={PY0} x2={bx1} y2={PY1} style={accentStroke} strokeOpacity={0.6} strokeDasharray="3 3" />
      <text x={(bx0 + bx1) / 2} y={PY0 - 8} textAnchor="middle" fontSize={14} style={accentFill}>{t.box}</text>

      {/* axes */}
      <line x1={PX0} y1={PY1} x2={PX1 + 8} y2={PY1} stroke="currentColor" strokeWidth={1.2} markerEnd="url(#linearised-loss-arrow)" />
      <line x1={PX0} y1={PY1} x2={PX0} y2={PY0 - 10} stroke="currentColor" strokeWidth={1.2} markerEnd="url(#linearised-loss-arrow)" />
      <text x={PX1 + 4} y={PY1 + 34} textAnchor="end" fontSize={13} style={mutedFill}>{t.axisX}</text>
      <text x={PX0 - 8} y={PY0 + 4} textAnchor="end" fontSize={13} style={mutedFill}>{t.axisY}</text>

      {/* legend */}
      <line x1={legendX} y1={PY0 + 14} x2={legendX + 26} y2={PY0 + 14} stroke="currentColor" strokeWidth={2.2} />
      <text x={legendX + 32} y={PY0 + 18} fontSize={13} fill="currentColor">{t.curve}</text>
      <line x1={legendX} y1={PY0 + 34} x2={legendX + 26} y2={PY0 + 34} style={accentStroke} strokeWidth={2} strokeDasharray="7 4" />
      <text x={legendX + 32} y={PY0 + 38} fontSize={13} style={accentFill}>{t.tangent}</text>

      {/* ε on either side of x, under the axis */}
      <line x1={xPx} y1={PY1 + 12} x2={bx0 + 1} y2={PY1 + 12} stroke="currentColor" strokeWidth={1} markerEnd="url(#linearised-loss-arrow)" />
      <line x1={xPx} y1={PY1 + 12} x2={bx1 - 1} y2={PY1 + 12} stroke="currentColor" strokeWidth={1} markerEnd="url(#linearised-loss-arrow)" />
      <text x={(xPx + bx0) / 2} y={PY1 + 27} textAnchor="middle" fontSize={13} fontStyle="italic" fill="currentColor">ε</text>
      <text x={(xPx + bx1) / 2} y={PY1 + 27} textAnchor="middle" fontSize={13} fontStyle="italic" fill="currentColor">ε</text>

      {/* the loss curve and its tangent at x */}
      <path d={CURVE_PATH} fill="none" stroke="currentColor" strokeWidth={2.2} />
      <path d={TANGENT_PATH} fill="none" style={accentStroke} strokeWidth={2} strokeDasharray="7 4" />

      {/* x on the axis and on the curve */}
      <line x1={xPx} y1={yClean} x2={xPx} y2={PY1} stroke="currentColor" strokeOpacity={0.5} strokeDasharray="2 3" />
      <circle cx={xPx} cy={yClean} r={4.5} fill="currentColor" />
      <text x={xPx} y={PY1 + 46} textAnchor="middle" fontSize={15} fontStyle="italic" fontWeight={700} fill="currentColor">x</text>

      {/* the other edge of the box: the tangent is lowest there */}
      <circle cx={otherPx} cy={yOther} r={3.5} fill="none" style={accentStroke} strokeWidth={1.5} />

      {/* x̃: the edge where the tangent is highest, and the true loss there */}
      <line x1={advPx} y1={yTan} x2={advPx} y2={yTrue} stroke="currentColor" strokeOpacity={0.6} strokeDasharray="2 2" />
      <circle cx={advPx} cy={yTan} r={5.5} style={accentFill} />
      <circle cx={advPx} cy={yTrue} r={4} fill="none" stroke="currentColor" strokeWidth={1.5} />
      <text x={advPx - 10} y={yTan - 10} textAnchor="end" fontSize={14} fontWeight={600} style={accentFill}>{t.opt}</text>
      <text x={advPx + 8} y={yTrue + 18} fontSize={12} style={mutedFill}>{t.trueLoss}</text>
      <text x={advPx} y={PY1 + 46} textAnchor="middle" fontSize={15} fontStyle="italic" fontWeight={700} style={accentFill}>x̃</text>
    </FigureSvg>
  );
}

export default LinearisedLoss;

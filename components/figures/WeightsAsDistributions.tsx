/**
 * The slides' picture of Bayesian deep learning, redrawn: the same small network twice. Left, every
 * weight is one number (ordinary training); right, every weight is a distribution — a bell curve
 * on each edge, its width the uncertainty about that weight. Static SVG, no JavaScript.
 */
import type { Lang } from '@/content/lectures';
import { FigureSvg, accentStroke, mutedFill } from './frame';

const TEXT = {
  zh: {
    label: '两个相同结构的小网络。左：普通深度学习，每个权重是一个确定的数（如 0.42）。右：贝叶斯深度学习，每个权重是一个概率分布，连线上画出它的钟形曲线，曲线越宽表示对这个权重越不确定。',
    left: '普通（非贝叶斯）：每个权重一个值', right: '贝叶斯：每个权重一个分布',
  },
  en: {
    label: 'Two small networks with the same structure. Left: ordinary deep learning, every weight is one number (such as 0.42). Right: Bayesian deep learning, every weight is a probability distribution, drawn as a bell curve on its edge; the wider the curve, the less sure we are of that weight.',
    left: 'ordinary (non-Bayesian): one value per weight', right: 'Bayesian: one distribution per weight',
  },
};

const LAYERS = [[60, 110], [40, 90, 140], [85]];
const WEIGHTS = ['0.42', '-1.3', '0.07', '0.9', '-0.2', '1.1', '0.6', '-0.8', '0.3'];
const WIDTHS = [0.5, 1.4, 0.8, 0.6, 1.2, 0.7, 1.0, 0.5, 1.3];

function Net({ x0, bayes }: { x0: number; bayes: boolean }) {
  const xs = [x0, x0 + 110, x0 + 220];
  const edges: { a: [number, number]; b: [number, number] }[] = [];
  for (let l = 0; l < 2; l++) for (const ya of LAYERS[l]) for (const yb of LAYERS[l + 1]) edges.push({ a: [xs[l], ya], b: [xs[l + 1], yb] });
  return (
    <g>
      {edges.map((e, i) => {
        const mx = (e.a[0] + e.b[0]) / 2, my = (e.a[1] + e.b[1]) / 2;
        const w = WIDTHS[i % WIDTHS.length] * 7;
        // a bell curve centred on the edge's midpoint, its spread the weight's uncertainty
        const bell = Array.from({ length: 21 }, (_, k) => {
          const u = (k - 10) / 10 * 2.5 * w;
          return `${k ? 'L' : 'M'}${(mx + u).toFixed(1)} ${(my - 2 - 11 * Math.exp(-(u * u) / (2 * w * w))).toFixed(1)}`;
        }).join('');
        return (
          <g key={i}>
            <line x1={e.a[0]} y1={e.a[1]} x2={e.b[0]} y2={e.b[1]} style={{ stroke: 'var(--line, #ccc)' }} strokeWidth={1.2} />
            {bayes
              ? <path d={bell} fill="none" style={accentStroke} strokeWidth={1.4} />
              : <text x={mx} y={my - 3} fontSize={9} textAnchor="middle" style={mutedFill}>{WEIGHTS[i % WEIGHTS.length]}</text>}
          </g>
        );
      })}
      {LAYERS.map((ys, l) => ys.map((y) => (
        <circle key={`${l}-${y}`} cx={xs[l]} cy={y} r={9} style={{ fill: 'var(--bg, #fff)', stroke: 'var(--fg, #222)' }} strokeWidth={1.3} />
      )))}
    </g>
  );
}

export function WeightsAsDistributions({ lang }: { lang: Lang }) {
  const t = TEXT[lang];
  return (
    <FigureSvg width={620} height={200} label={t.label}>
      <Net x0={40} bayes={false} />
      <Net x0={360} bayes />
      <text x={150} y={185} fontSize={12} textAnchor="middle">{t.left}</text>
      <text x={470} y={185} fontSize={12} textAnchor="middle">{t.right}</text>
    </FigureSvg>
  );
}

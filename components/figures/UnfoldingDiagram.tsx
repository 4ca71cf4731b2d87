/**
 * Deep unfolding (algorithm unrolling), after the MS/HS fusion example on the slide
 * (Xie et al., CVPR 2019), as a schematic:
 *
 *   top:    one iteration k of the proximal-gradient algorithm as four boxes — synthesise
 *           X = YA + ŶB; degrade and compare E = CX − Z; back-project G = ηCᵀEBᵀ; gradient step
 *           and proximal step Ŷ ← prox(Ŷ − G) — with the observations Y and Z coming in from
 *           above and a loop arrow back (k ← k + 1)
 *   middle: the same computation unrolled into K stages in a row (1, 2, …, K); the observations
 *           𝒴 and 𝒵 run along two buses and enter every stage; inside each stage the modules
 *           are drawn as fixed (outlined: subtract the observation 𝒵, the additions, the data
 *           flow) or learned (accent: the spectral bases ×₃Aᵀ, ×₃Bᵀ, ×₃B, downSample θ_d,
 *           upSample with η, proxNet θ_p^(k))
 *   bottom: the lecture's demo, the extreme case — the degradation D is known and fixed, each
 *           stage learns only η_k and λ_k (ALISTA-like)
 *
 * Server component: no hooks, no 'use client'. Text uses currentColor and the theme's CSS
 * variables, so it follows light and dark themes. Symbols are the same in both languages; only
 * the prose labels change with `lang`.
 */
import type { ReactElement } from 'react';
import { ArrowMarker, FigureSvg, Formula, mutedFill, accentFill, accentStroke, softFill, type Part } from './frame';

type Lang = 'zh' | 'en';

interface Labels {
  aria: string;
  iteration: string;
  steps: [string, string, string, string];
  loop: string;
  network: string;
  stage: (k: string) => string;
  input: string;
  output: string;
  legendFixed: string;
  legendLearned: string;
  demo: string;
  demoFixed: string;
  demoLearned: [string, string, string];
  observations: string;
}

const LABELS: Record<Lang, Labels> = {
  zh: {
    aria: '深度展开示意图。上：迭代优化算法的第 k 次迭代，由四个方框组成：合成 X = YA + ŶB；退化并与观测比较 E = CX − Z；把残差反投影为梯度 G = ηCᵀEBᵀ；梯度步加近端步 Ŷ ← prox(Ŷ − G)。观测 Y 和 Z 从上方送入，一支回环箭头表示 k ← k + 1，重复 K 次。中：把 K 次迭代展开成 K 个阶段排成一行（阶段 1、2、……、K），初值 Ŷ(1) 从左边进入，最后输出高分辨率高光谱图像 𝒳。观测 𝒴 和 𝒵 沿两条总线送入每一个阶段。每个阶段内部的模块分两种：实线框是由物理模型和算法固定下来的运算（减去观测 𝒵、加法、数据流），彩色框是从数据中学习的模块（光谱基 ×₃Aᵀ、×₃Bᵀ、×₃B，降采样 θ_d，带步长 η 的上采样，近端网络 proxNet θ_p(k)）。下：本讲演示中的极端情形，退化算子 D 已知且固定，每个阶段只学步长 η_k 和阈值 λ_k（与 ALISTA 相近）。',
    iteration: '迭代算法：第 k 次迭代（重复 K 次）',
    steps: ['① 合成', '② 退化并与观测比较', '③ 把残差反投影', '④ 梯度步 + 近端步'],
    loop: 'k ← k + 1',
    network: '展开的网络：K 个阶段，每个阶段做一次“迭代”',
    stage: (k) => `阶段 ${k}`,
    input: '初值',
    output: '输出',
    legendFixed: '由物理模型和算法固定',
    legendLearned: '从数据中学习',
    demo: '本讲演示（与 ALISTA 相近）：每个阶段',
    demoFixed: 'D 已知，固定',
    demoLearned: ['每个阶段学 ', '、', '（没有别的可学参数）'],
    observations: '观测',
  },
  en: {
    aria: 'Deep unfolding, schematic. Top: iteration k of the iterative optimisation algorithm, as four boxes: synthesise X = YA + ŶB; degrade and compare with the observation, E = CX − Z; back-project the residual into the gradient G = ηCᵀEBᵀ; a gradient step plus a proximal step, Ŷ ← prox(Ŷ − G). The observations Y and Z come in from above, and a loop arrow marks k ← k + 1, repeated K times. Middle: the K iterations unrolled into K stages in a row (stage 1, 2, …, K); the initial Ŷ(1) enters on the left and the high-resolution hyperspectral image 𝒳 comes out at the end. The observations 𝒴 and 𝒵 run along two buses and enter every stage. The modules inside each stage are of two kinds: outlined boxes are operations fixed by the physical model and the algorithm (subtracting the observation 𝒵, the additions, the data flow); coloured boxes are modules learned from data (the spectral bases ×₃Aᵀ, ×₃Bᵀ, ×₃B, the down-sampling θ_d, the up-sampling with step size η, the proximal network proxNet θ_p(k)). Bottom: the extreme case used in this lecture’s demo: the degradation D is known and fixed, and each stage learns only a step size η_k and a threshold λ_k (close to ALISTA).',
    iteration: 'the algorithm: iteration k (repeated K times)',
    steps: ['① synthesise', '② degrade, compare with Z', '③ back-project the residual', '④ gradient + proximal step'],
    loop: 'k ← k + 1',
    network: 'the unrolled network: K stages, each one “iteration”',
    stage: (k) => `stage ${k}`,
    input: 'initial',
    output: 'output',
    legendFixed: 'fixed by the physics and the algorithm',
    legendLearned: 'learned from data',
    demo: 'this lecture’s demo (ALISTA-like), every stage:',
    demoFixed: 'D known, fixed',
    demoLearned: ['each stage learns ', ', ', ' (nothing else is learned)'],
    observations: 'observations',
  },
};

// ---- the picture, in viewBox units ---------------------------------------------------------
const W = 900;
const H = 560;
const TOP_Y = 74; // top of the four iteration boxes
const BOX_H = 58;
const BOX_W = 186;
const BOX_X = [24, 244, 464, 684];
const NET_TITLE_Y = 214;
const BUS_Y = [246, 264]; // 𝒴 bus, 𝒵 bus
const STAGE_Y = 288;
const STAGE_H = 178;
const STAGE_W = 206;
const STAGE_X = [70, 312, 620]; // stage 1, stage 2, stage K
const MOD_H = 24;
const MOD_GAP = 8;


// the four lines of the algorithm (matrix form), bold letters as on the slide
const B = (t: string, sup?: string): Part => ({ t, bold: true, sup });
const ITER: Part[][] = [
  [B('X', '(k)'), { t: ' = ' }, B('YA'), { t: ' + ' }, B('Ŷ', '(k)'), B('B')],
  [B('E', '(k)'), { t: ' = ' }, B('CX', '(k)'), { t: ' − ' }, B('Z')],
  [B('G', '(k)'), { t: ' = ' }, { t: 'η', italic: true }, B('C', 'T'), B('E', '(k)'), B('B', 'T')],
  [B('Ŷ', '(k+1)'), { t: ' = prox' }, { t: '', sub: 'λη' }, { t: '(' }, B('Ŷ', '(k)'), { t: ' − ' }, B('G', '(k)'), { t: ')' }],
];

/** The modules of one network stage, top to bottom; `learned` ones are drawn in the accent. */
const MODULES: { parts: Part[]; learned: boolean }[] = [
  { parts: [{ t: '𝒴 ×' }, { t: '', sub: '3' }, { t: ' A' }, { t: '', sup: 'T' }, { t: ' + Ŷ ×' }, { t: '', sub: '3' }, { t: ' B' }, { t: '', sup: 'T' }], learned: true },
  { parts: [{ t: 'downSample' }, { t: '', sub: 'θd' }], learned: true },
  { parts: [{ t: '− 𝒵' }], learned: false },
  { parts: [{ t: 'η · upSample(ℰ) ×' }, { t: '', sub: '3' }, { t: ' B' }], learned: true },
  { parts: [{ t: 'proxNet' }, { t: '', sub: 'θp' }, { t: '', sup: '(k)' }, { t: '(Ŷ − 𝒢)' }], learned: true },
];

function Stage({ x, label }: { x: number; label: string }): ReactElement {
  const y0 = STAGE_Y;
  const inner = x + 12;
  const innerW = STAGE_W - 40;
  return (
    <g>
      <rect x={x} y={y0} width={STAGE_W} height={STAGE_H} rx={8} fill="none" stroke="currentColor" strokeWidth={1.5} />
      <text x={x + STAGE_W / 2} y={y0 + 16} textAnchor="middle" fontSize={11.5} fontWeight={600} fill="currentColor">{label}</text>
      {MODULES.map((m, i) => {
        const my = y0 + 26 + i * (MOD_H + MOD_GAP);
        return (
          <g key={i}>
            <rect
              x={inner}
              y={my}
              width={innerW}
              height={MOD_H}
              rx={4}
              style={m.learned ? softFill : { fill: 'var(--bg, #fff)' }}
              stroke={m.learned ? 'var(--accent, #0b5cad)' : 'currentColor'}
              strokeWidth={m.learned ? 1.5 : 1.2}
            />
            <Formula x={inner + innerW / 2} y={my + 16} anchor="middle" parts={m.parts} size={11} style={m.learned ? accentFill : undefined} />
            {i < MODULES.length - 1 ? (
              <line x1={inner + innerW / 2} y1={my + MOD_H} x2={inner + innerW / 2} y2={my + MOD_H + MOD_GAP - 1} stroke="currentColor" strokeWidth={1.1} markerEnd="url(#unfolding-diagram-arrow)" />
            ) : null}
          </g>
        );
      })}
      {/* 𝒴 enters the first module, 𝒵 the third */}
      <line x1={x + 22} y1={BUS_Y[0]} x2={x + 22} y2={y0 + 25} stroke="currentColor" strokeOpacity={0.6} strokeWidth={1.1} markerEnd="url(#unfolding-diagram-arrow)" />
      <path d={`M${x + STAGE_W - 14} ${BUS_Y[1]}V${y0 + 26 + 2 * (MOD_H + MOD_GAP) + MOD_H / 2}H${inner + innerW + 2}`} fill="none" stroke="currentColor" strokeOpacity={0.6} strokeWidth={1.1} markerEnd="url(#unfolding-diagram-arrow)" />
      <circle cx={x + 22} cy={BUS_Y[0]} r={2.5} fill="currentColor" />
      <circle cx={x + STAGE_W - 14} cy={BUS_Y[1]} r={2.5} fill="currentColor" />
    </g>
  );
}

export function UnfoldingDiagram({ lang = 'zh' }: { lang?: Lang }): ReactElement {
  const t = LABELS[lang] ?? LABELS.zh;
  const arrow = 'url(#unfolding-diagram-arrow)';
  const midY = STAGE_Y + STAGE_H / 2;
  const demoY = STAGE_Y + STAGE_H + 40;
  return (
    <FigureSvg width={W} height={H} label={t.aria}>
      <defs>
        <ArrowMarker id="unfolding-diagram-arrow" />
        <ArrowMarker id="unfolding-diagram-arrow-accent" style={accentFill} />
      </defs>

      {/* ---- top: one iteration ---- */}
      <text x={12} y={20} fontSize={13} fontWeight={600} fill="currentColor">{t.iteration}</text>
      {/* observations from above */}
      <Formula x={BOX_X[0] + BOX_W / 2} y={44} anchor="middle" parts={[{ t: t.observations + ' ' }, B('Y')]} size={11.5} style={mutedFill} />
      <line x1={BOX_X[0] + BOX_W / 2} y1={50} x2={BOX_X[0] + BOX_W / 2} y2={TOP_Y - 3} stroke="currentColor" strokeOpacity={0.6} strokeWidth={1.2} markerEnd={arrow} />
      <Formula x={BOX_X[1] + BOX_W / 2} y={44} anchor="middle" parts={[{ t: t.observations + ' ' }, B('Z')]} size={11.5} style={mutedFill} />
      <line x1={BOX_X[1] + BOX_W / 2} y1={50} x2={BOX_X[1] + BOX_W / 2} y2={TOP_Y - 3} stroke="currentColor" strokeOpacity={0.6} strokeWidth={1.2} markerEnd={arrow} />
      {BOX_X.map((x, i) => (
        <g key={i}>
          <rect x={x} y={TOP_Y} width={BOX_W} height={BOX_H} rx={7} fill="none" stroke="currentColor" strokeWidth={1.4} />
          <text x={x + BOX_W / 2} y={TOP_Y + 20} textAnchor="middle" fontSize={11.5} style={mutedFill}>{t.steps[i]}</text>
          <Formula x={x + BOX_W / 2} y={TOP_Y + 44} anchor="middle" parts={ITER[i]} size={13} />
          {i < BOX_X.length - 1 ? (
            <line x1={x + BOX_W + 2} y1={TOP_Y + BOX_H / 2} x2={BOX_X[i + 1] - 3} y2={TOP_Y + BOX_H / 2} stroke="currentColor" strokeWidth={1.4} markerEnd={arrow} />
          ) : null}
        </g>
      ))}
      {/* loop back */}
      <path
        d={`M${BOX_X[3] + BOX_W / 2} ${TOP_Y + BOX_H + 2}v22H${BOX_X[0] + BOX_W / 2}v-20`}
        fill="none"
        stroke="currentColor"
        strokeWidth={1.3}
        strokeDasharray="5 3"
        markerEnd={arrow}
      />
      <text x={(BOX_X[1] + BOX_X[2] + BOX_W) / 2} y={TOP_Y + BOX_H + 20} textAnchor="middle" fontSize={11.5} fill="currentColor" style={{ stroke: 'var(--bg, #fff)', strokeWidth: 4, paintOrder: 'stroke' }}>{t.loop}</text>

      {/* ---- middle: the unrolled network ---- */}
      <text x={12} y={NET_TITLE_Y} fontSize={13} fontWeight={600} fill="currentColor">{t.network}</text>
      {/* the buses */}
      <Formula x={20} y={BUS_Y[0] + 4} parts={[{ t: '𝒴' }]} size={13} />
      <line x1={36} y1={BUS_Y[0]} x2={STAGE_X[2] + STAGE_W} y2={BUS_Y[0]} stroke="currentColor" strokeOpacity={0.6} strokeWidth={1.2} />
      <Formula x={20} y={BUS_Y[1] + 4} parts={[{ t: '𝒵' }]} size={13} />
      <line x1={36} y1={BUS_Y[1]} x2={STAGE_X[2] + STAGE_W} y2={BUS_Y[1]} stroke="currentColor" strokeOpacity={0.6} strokeWidth={1.2} />

      {/* initial Ŷ(1) */}
      <Formula x={10} y={midY - 14} parts={[{ t: t.input }]} size={11} style={mutedFill} />
      <Formula x={10} y={midY + 4} parts={[{ t: 'Ŷ' }, { t: '', sup: '(1)' }]} size={13} />
      <line x1={34} y1={midY + 12} x2={STAGE_X[0] - 3} y2={midY + 12} stroke="currentColor" strokeWidth={1.4} markerEnd={arrow} />

      <Stage x={STAGE_X[0]} label={t.stage('1')} />
      <line x1={STAGE_X[0] + STAGE_W + 2} y1={midY + 12} x2={STAGE_X[1] - 3} y2={midY + 12} stroke="currentColor" strokeWidth={1.4} markerEnd={arrow} />
      <Formula x={(STAGE_X[0] + STAGE_W + STAGE_X[1]) / 2} y={midY + 2} anchor="middle" parts={[{ t: 'Ŷ' }, { t: '', sup: '(2)' }]} size={11} />
      <Stage x={STAGE_X[1]} label={t.stage('2')} />
      <line x1={STAGE_X[1] + STAGE_W + 2} y1={midY + 12} x2={STAGE_X[1] + STAGE_W + 22} y2={midY + 12} stroke="currentColor" strokeWidth={1.4} />
      <text x={(STAGE_X[1] + STAGE_W + STAGE_X[2]) / 2} y={midY + 17} textAnchor="middle" fontSize={18} fill="currentColor">⋯</text>
      <line x1={STAGE_X[2] - 24} y1={midY + 12} x2={STAGE_X[2] - 3} y2={midY + 12} stroke="currentColor" strokeWidth={1.4} markerEnd={arrow} />
      <Stage x={STAGE_X[2]} label={t.stage('K')} />
      <line x1={STAGE_X[2] + STAGE_W + 2} y1={midY + 12} x2={W - 34} y2={midY + 12} strokeWidth={1.8} style={accentStroke} markerEnd="url(#unfolding-diagram-arrow-accent)" />
      <text x={W - 12} y={midY - 14} textAnchor="end" fontSize={11} style={mutedFill}>{t.output}</text>
      <Formula x={W - 12} y={midY + 4} anchor="end" parts={[{ t: '𝒳' }]} size={14} style={accentFill} />

      {/* ---- legend ---- */}
      <g transform={`translate(${STAGE_X[0]} ${STAGE_Y + STAGE_H + 14})`}>
        <rect x={0} y={0} width={22} height={12} rx={2} fill="var(--bg, #fff)" stroke="currentColor" strokeWidth={1.2} />
        <text x={30} y={10} fontSize={11.5} fill="currentColor">{t.legendFixed}</text>
        <rect x={250} y={0} width={22} height={12} rx={2} style={softFill} stroke="var(--accent, #0b5cad)" strokeWidth={1.5} />
        <text x={280} y={10} fontSize={11.5} style={accentFill}>{t.legendLearned}</text>
      </g>

      {/* ---- bottom: the demo's ALISTA-like special case ---- */}
      <line x1={12} y1={demoY - 6} x2={W - 12} y2={demoY - 6} stroke="currentColor" strokeOpacity={0.25} />
      <text x={12} y={demoY + 16} fontSize={12} fontWeight={600} fill="currentColor">{t.demo}</text>
      <Formula
        x={12}
        y={demoY + 42}
        size={13}
        parts={[
          { t: 'x', italic: true },
          { t: '', sup: '(k+1)' },
          { t: ' = ' },
          { t: 'S', italic: true, sub: 'λk ηk' },
          { t: '( ' },
          { t: 'x', italic: true },
          { t: '', sup: '(k)' },
          { t: ' − ' },
          { t: 'η', italic: true, sub: 'k' },
          { t: ' D' },
          { t: '', sup: 'T' },
          { t: '(D' },
          { t: 'x', italic: true },
          { t: '', sup: '(k)' },
          { t: ' − ' },
          { t: 'y', italic: true },
          { t: ') )' },
        ]}
      />
      <g transform={`translate(400 ${demoY + 31})`}>
        <rect x={0} y={0} width={22} height={12} rx={2} fill="var(--bg, #fff)" stroke="currentColor" strokeWidth={1.2} />
        <text x={30} y={10} fontSize={11.5} fill="currentColor">{t.demoFixed}</text>
        <rect x={150} y={0} width={22} height={12} rx={2} style={softFill} stroke="var(--accent, #0b5cad)" strokeWidth={1.5} />
        <Formula x={180} y={10} size={11.5} style={accentFill} parts={[{ t: t.demoLearned[0] }, { t: 'η', italic: true, sub: 'k' }, { t: t.demoLearned[1] }, { t: 'λ', italic: true, sub: 'k' }, { t: t.demoLearned[2] }]} />
      </g>
    </FigureSvg>
  );
}

export default UnfoldingDiagram;

/**
 * Transfer learning in three steps (the slide's 一般步骤), as a schematic:
 *
 *   top row:    ① a big source dataset D_s trains the whole network: four layers (the feature
 *               extractor φ_θ, low → middle) and the source head; a bar above the layers shades
 *               from "general" (edges, strokes, textures) to "specific" (the source classes),
 *               after Yosinski et al. 2014
 *   middle:     ② the low and middle layers are copied down; the source head is crossed out
 *   bottom row: ③ a small target dataset (k examples per class) trains a new, randomly
 *               initialised head h_W (accent); the copied layers carry a lock: frozen, or
 *               fine-tuned with a small learning rate
 *   legend:     copied/kept layers, the new head, the lock
 *
 * Server component: no hooks, no 'use client'. Text uses currentColor and the theme's CSS
 * variables, so it follows light and dark themes. Symbols are the same in both languages; only
 * the prose labels change with `lang`.
 */
import type { ReactElement } from 'react';
import { ArrowMarker, FigureSvg, Formula, mutedFill, accentFill, accentStroke, softFill, panelFill, halo } from './frame';

type Lang = 'zh' | 'en';

interface Labels {
  aria: string;
  step1: string;
  step2: [string, string];
  step3: string;
  bigData: [string, string];
  smallData: [string, string];
  layer: (i: number) => string;
  low: string;
  middle: string;
  sourceHead: [string, string];
  discard: string;
  newHead: [string, string];
  general: string;
  specific: string;
  kept: [string, string];
  frozen: [string, string];
  legendKept: string;
  legendNew: string;
  legendLock: string;
}

const LABELS: Record<Lang, Labels> = {
  zh: {
    aria: '迁移学习的三个步骤示意图。上面一行：第①步，在源任务的大数据集 D_s 上预训练整个网络，网络由四层特征提取部分 φ_θ（低层到中层）和源任务的输出层组成；层的上方有一条从“通用”到“专门”的渐变条：低层的特征（边缘、笔画、纹理）通用，越往上越专门针对源任务的类别。中间：第②步，保留低层和中层，把参数复制到新网络，源任务的输出层被打叉丢弃。下面一行：第③步，在目标任务的小数据集（每类 k 个样本）上训练；复制来的层带一把锁，表示可以冻结，也可以用较小的学习率微调；新建的输出层 h_W 随机初始化并训练，用强调色画出。',
    step1: '① 在其它大数据集上预训练',
    step2: ['② 保留中低层，', '输出端换为当前任务的'],
    step3: '③ 在当前小数据集上训练 / 微调',
    bigData: ['大数据集', '如 ImageNet、数字 0–4'],
    smallData: ['小数据集', '每类 k 个，如数字 5–9'],
    layer: (i) => `第 ${i} 层`,
    low: '低层',
    middle: '中层',
    sourceHead: ['源任务', '输出层'],
    discard: '丢弃',
    newHead: ['新输出层', '随机初始化'],
    general: '通用：边缘、笔画、纹理',
    specific: '专门：源任务的类别',
    kept: ['特征提取部分 ', '（复制参数）'],
    frozen: ['冻结（只训练新输出层），', '或以较小的学习率一起微调'],
    legendKept: '保留的层（来自预训练）',
    legendNew: '新建并训练的层',
    legendLock: '可冻结',
  },
  en: {
    aria: 'The three steps of transfer learning, schematic. Top row: step 1, the whole network is pre-trained on a big source dataset D_s; the network consists of four layers of feature extractor φ_θ (low to middle) and the source task’s output layer. Above the layers a bar shades from “general” to “specific”: the features of the low layers (edges, strokes, textures) are general, and the higher they are the more specific to the source classes. Middle: step 2, the low and middle layers are kept and their parameters copied into a new network; the source output layer is crossed out and discarded. Bottom row: step 3, training on the small target dataset (k examples per class); the copied layers carry a lock, meaning they can be frozen, or fine-tuned with a small learning rate; the new output layer h_W is randomly initialised and trained, drawn in the accent colour.',
    step1: '① pre-train on another, large dataset',
    step2: ['② keep the low and middle layers,', 'replace the output end'],
    step3: '③ train / fine-tune on the small current dataset',
    bigData: ['large dataset', 'e.g. ImageNet, digits 0–4'],
    smallData: ['small dataset', 'k per class, e.g. digits 5–9'],
    layer: (i) => `layer ${i}`,
    low: 'low',
    middle: 'middle',
    sourceHead: ['source', 'head'],
    discard: 'discarded',
    newHead: ['new output', 'layer, random init'],
    general: 'general: edges, strokes, textures',
    specific: 'specific: the source classes',
    kept: ['feature extractor ', ' (parameters copied)'],
    frozen: ['frozen (train only the new output layer),', 'or fine-tuned together with a small learning rate'],
    legendKept: 'kept layers (pre-trained)',
    legendNew: 'new layer, trained',
    legendLock: 'may be frozen',
  },
};

// ---- the picture, in viewBox units ---------------------------------------------------------
const W = 840;
const H = 490;
const ROW1 = 130; // vertical centre of the source network
const ROW2 = 360; // vertical centre of the target network
const LAYER_X = [190, 282, 374, 466]; // left edges of the four kept layers
const LAYER_W = 64;
const LAYER_H = [112, 98, 84, 70];
const HEAD_X = 578;
const HEAD_W = 74;
const HEAD_H = 54;


function Lock({ x, y, s = 1 }: { x: number; y: number; s?: number }): ReactElement {
  return (
    <g transform={`translate(${x} ${y}) scale(${s})`}>
      <rect x={-6} y={0} width={12} height={9} rx={1.5} fill="currentColor" />
      <path d="M-3.5 0v-3a3.5 3.5 0 0 1 7 0v3" fill="none" stroke="currentColor" strokeWidth={1.5} />
    </g>
  );
}

/** A stack of image tiles: many for the big dataset, a few for the small one. */
function Dataset({ x, y, cols, rows, label }: { x: number; y: number; cols: number; rows: number; label: [string, string] }): ReactElement {
  const size = 12;
  const gap = 3;
  const tiles: ReactElement[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      tiles.push(<rect key={`${r}-${c}`} x={x + c * (size + gap)} y={y + r * (size + gap)} width={size} height={size} rx={1.5} style={softFill} stroke="currentColor" strokeOpacity={0.55} strokeWidth={0.8} />);
    }
  }
  const h = rows * (size + gap);
  return (
    <g>
      {tiles}
      <text x={x} y={y + h + 14} fontSize={11.5} fontWeight={600} fill="currentColor">{label[0]}</text>
      <text x={x} y={y + h + 28} fontSize={10.5} style={mutedFill}>{label[1]}</text>
    </g>
  );
}

function Layers({ cy, locked }: { cy: number; locked: boolean }): ReactElement {
  return (
    <g>
      {LAYER_X.map((x, i) => (
        <g key={i}>
          <rect x={x} y={cy - LAYER_H[i] / 2} width={LAYER_W} height={LAYER_H[i]} rx={5} style={panelFill} stroke="currentColor" strokeWidth={1.4} />
          {locked ? <Lock x={x + LAYER_W / 2} y={cy - 6} /> : null}
          {i < LAYER_X.length - 1 ? (
            <line x1={x + LAYER_W + 2} y1={cy} x2={LAYER_X[i + 1] - 3} y2={cy} stroke="currentColor" strokeWidth={1.3} markerEnd="url(#transfer-diagram-arrow)" />
          ) : null}
        </g>
      ))}
      <line x1={LAYER_X[3] + LAYER_W + 2} y1={cy} x2={HEAD_X - 3} y2={cy} stroke="currentColor" strokeWidth={1.3} markerEnd="url(#transfer-diagram-arrow)" />
    </g>
  );
}

export function TransferDiagram({ lang = 'zh' }: { lang?: Lang }): ReactElement {
  const t = LABELS[lang] ?? LABELS.zh;
  const arrow = 'url(#transfer-diagram-arrow)';
  const arrowAccent = 'url(#transfer-diagram-arrow-accent)';
  const keptX0 = LAYER_X[0];
  const keptX1 = LAYER_X[3] + LAYER_W;
  const barY = ROW1 - LAYER_H[0] / 2 - 26;
  return (
    <FigureSvg width={W} height={H} label={t.aria}>
      <defs>
        <ArrowMarker id="transfer-diagram-arrow" />
        <ArrowMarker id="transfer-diagram-arrow-accent" style={accentFill} />
        <linearGradient id="transfer-diagram-general-specific" x1="0" x2="1" y1="0" y2="0">
          <stop offset="0%" style={{ stopColor: 'var(--accent-soft, #dbe9f7)' }} />
          <stop offset="100%" style={{ stopColor: 'var(--accent, #0b5cad)' }} />
        </linearGradient>
      </defs>

      {/* ---- ① the source network ---- */}
      <text x={12} y={20} fontSize={13} fontWeight={600} fill="currentColor">{t.step1}</text>
      <Dataset x={24} y={ROW1 - 40} cols={7} rows={5} label={t.bigData} />
      <Formula x={24 + 7 * 15 + 8} y={ROW1 - 44} parts={[{ t: 'D', italic: true, sub: 's' }]} size={13} />
      <line x1={24 + 7 * 15 + 4} y1={ROW1} x2={keptX0 - 4} y2={ROW1} stroke="currentColor" strokeWidth={1.3} markerEnd={arrow} />

      {/* general → specific */}
      <rect x={keptX0} y={barY} width={HEAD_X + HEAD_W - keptX0} height={8} rx={4} fill="url(#transfer-diagram-general-specific)" />
      <text x={keptX0} y={barY - 6} fontSize={11} style={mutedFill}>{t.general}</text>
      <text x={HEAD_X + HEAD_W} y={barY - 6} fontSize={11} textAnchor="end" style={mutedFill}>{t.specific}</text>

      <Layers cy={ROW1} locked={false} />
      {/* the source head, crossed out */}
      <rect x={HEAD_X} y={ROW1 - HEAD_H / 2} width={HEAD_W} height={HEAD_H} rx={5} fill="none" stroke="currentColor" strokeWidth={1.4} strokeDasharray="4 3" />
      <text x={HEAD_X + HEAD_W / 2} y={ROW1 - 3} textAnchor="middle" fontSize={11} fill="currentColor">{t.sourceHead[0]}</text>
      <text x={HEAD_X + HEAD_W / 2} y={ROW1 + 11} textAnchor="middle" fontSize={11} fill="currentColor">{t.sourceHead[1]}</text>
      <path d={`M${HEAD_X + 8} ${ROW1 - HEAD_H / 2 + 6}L${HEAD_X + HEAD_W - 8} ${ROW1 + HEAD_H / 2 - 6}M${HEAD_X + HEAD_W - 8} ${ROW1 - HEAD_H / 2 + 6}L${HEAD_X + 8} ${ROW1 + HEAD_H / 2 - 6}`} stroke="var(--bad, #b3261e)" strokeWidth={2.2} />
      <text x={HEAD_X + HEAD_W + 10} y={ROW1 + 4} fontSize={11.5} fill="var(--bad, #b3261e)">{t.discard}</text>

      {/* layer names under the source network */}
      {LAYER_X.map((x, i) => (
        <text key={i} x={x + LAYER_W / 2} y={ROW1 + LAYER_H[0] / 2 + 16} textAnchor="middle" fontSize={10.5} style={mutedFill}>
          {t.layer(i + 1)}
        </text>
      ))}
      <text x={(LAYER_X[0] + LAYER_X[1] + LAYER_W) / 2} y={ROW1 + LAYER_H[0] / 2 + 30} textAnchor="middle" fontSize={10.5} style={mutedFill}>{t.low}</text>
      <text x={(LAYER_X[2] + LAYER_X[3] + LAYER_W) / 2} y={ROW1 + LAYER_H[0] / 2 + 30} textAnchor="middle" fontSize={10.5} style={mutedFill}>{t.middle}</text>

      {/* ---- ② copy the kept layers down ---- */}
      {LAYER_X.map((x, i) => (
        <line key={i} x1={x + LAYER_W / 2} y1={ROW1 + LAYER_H[0] / 2 + 36} x2={x + LAYER_W / 2} y2={ROW2 - LAYER_H[0] / 2 - 26} stroke="currentColor" strokeOpacity={0.55} strokeWidth={1.3} strokeDasharray="5 3" markerEnd={arrow} />
      ))}
      {t.step2.map((line, i) => (
        <text key={i} x={keptX1 + 16} y={(ROW1 + ROW2) / 2 - 4 + i * 16} fontSize={12.5} fontWeight={600} fill="currentColor" style={halo}>{line}</text>
      ))}

      {/* ---- ③ the target network ---- */}
      <text x={12} y={ROW2 - LAYER_H[0] / 2 - 8} fontSize={13} fontWeight={600} fill="currentColor">{t.step3}</text>
      <Dataset x={24} y={ROW2 - 14} cols={3} rows={2} label={t.smallData} />
      <line x1={24 + 3 * 15 + 4} y1={ROW2 - 6} x2={keptX0 - 4} y2={ROW2 - 6} stroke="currentColor" strokeWidth={1.3} markerEnd={arrow} />
      <Layers cy={ROW2} locked />
      <rect x={HEAD_X} y={ROW2 - HEAD_H / 2} width={HEAD_W} height={HEAD_H} rx={5} style={softFill} stroke="var(--accent, #0b5cad)" strokeWidth={2} />
      <Formula x={HEAD_X + HEAD_W / 2} y={ROW2 + 5} anchor="middle" parts={[{ t: 'h', italic: true, sub: 'W' }]} size={15} style={accentFill} />
      <text x={HEAD_X + HEAD_W + 10} y={ROW2 - 4} fontSize={11.5} fontWeight={600} style={accentFill}>{t.newHead[0]}</text>
      <text x={HEAD_X + HEAD_W + 10} y={ROW2 + 10} fontSize={11} style={accentFill}>{t.newHead[1]}</text>

      {/* bracket under the kept layers */}
      <path d={`M${keptX0} ${ROW2 + LAYER_H[0] / 2 + 8}v6H${keptX1}v-6`} fill="none" stroke="currentColor" strokeWidth={1.2} />
      <Formula x={(keptX0 + keptX1) / 2} y={ROW2 + LAYER_H[0] / 2 + 30} anchor="middle" size={11.5} parts={[{ t: t.kept[0] }, { t: 'φ', italic: true, sub: 'θ' }, { t: t.kept[1] }]} />
      <g>
        <Lock x={keptX0 + 6} y={ROW2 + LAYER_H[0] / 2 + 40} s={0.9} />
        <text x={keptX0 + 18} y={ROW2 + LAYER_H[0] / 2 + 48} fontSize={11} style={mutedFill}>{t.frozen[0]}</text>
        <text x={keptX0 + 18} y={ROW2 + LAYER_H[0] / 2 + 62} fontSize={11} style={mutedFill}>{t.frozen[1]}</text>
      </g>

      {/* ---- legend (bottom right) ---- */}
      <g transform={`translate(${W - 200} ${H - 58})`}>
        <rect x={0} y={0} width={18} height={12} rx={2} style={panelFill} stroke="currentColor" strokeWidth={1.2} />
        <text x={26} y={10} fontSize={11} fill="currentColor">{t.legendKept}</text>
        <rect x={0} y={20} width={18} height={12} rx={2} style={softFill} stroke="var(--accent, #0b5cad)" strokeWidth={1.6} />
        <text x={26} y={30} fontSize={11} style={accentFill}>{t.legendNew}</text>
        <Lock x={9} y={42} s={0.9} />
        <text x={26} y={50} fontSize={11} fill="currentColor">{t.legendLock}</text>
      </g>
    </FigureSvg>
  );
}

export default TransferDiagram;

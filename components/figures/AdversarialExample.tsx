/**
 * The panda → gibbon figure of Goodfellow, Shlens & Szegedy (ICLR 2015), redrawn as inline SVG:
 *
 *     x  +  .007 × sign(∇ₓL(θ, x, y))  =  x̃
 *   "panda" 57.7%                          "gibbon" 99.3%
 *
 * Everything is drawn here: a stylised panda face made of shapes, and a noise panel made of a
 * deterministic pseudo-random grid (seeded PRNG, so the server render is identical every time).
 * The noise imitates the real sign-gradient image: each cell has three colour channels whose
 * gradient signs are ±1; the panel shows their mean, (s_r + s_g + s_b) / 3 ∈ {−1, −⅓, ⅓, 1},
 * in a diverging blue–red colour map. x̃ is the same panda with that noise laid over it at a
 * faint opacity — it is there, and it is (almost) invisible, which is the point.
 *
 * Server component: no hooks, no 'use client', no external images. Text uses currentColor and
 * the theme's CSS variables, so it follows light and dark themes.
 */
import type { ReactElement } from 'react';
import { mulberry32 } from '@/demos/runtime/rng';

type Lang = 'zh' | 'en';

const LABELS: Record<Lang, {
  aria: string;
  clean: string; cleanClass: string; cleanConf: string;
  noise: string; noiseSub: string;
  adv: string; advClass: string; advConf: string;
}> = {
  zh: {
    aria: '对抗样本示意图：正常图像 x（模型以 57.7% 的置信度判为“熊猫”）加上 0.007 倍的对抗噪音 sign(∇ₓL)，得到看起来完全一样的对抗样本 x̃，模型却以 99.3% 的置信度判为“长臂猿”。',
    clean: '正常图像', cleanClass: '“熊猫”', cleanConf: '置信度 57.7%',
    noise: '对抗噪音', noiseSub: '（每个像素 ±ε）',
    adv: '对抗样本', advClass: '“长臂猿”', advConf: '置信度 99.3%',
  },
  en: {
    aria: 'Adversarial example: the clean image x, classified as “panda” with 57.7% confidence, plus 0.007 times the adversarial noise sign(∇ₓL), gives x̃, which looks identical but is classified as “gibbon” with 99.3% confidence.',
    clean: 'clean image', cleanClass: '“panda”', cleanConf: '57.7% confidence',
    noise: 'adversarial noise', noiseSub: '(±ε per pixel)',
    adv: 'adversarial example', advClass: '“gibbon”', advConf: '99.3% confidence',
  },
};

const PANEL = 150; // panel side, in viewBox units
const GRID = 20; // noise cells per side
const CELL = PANEL / GRID;

/** Diverging map for the four possible channel means −1, −⅓, ⅓, 1 (blue → red). */
const NOISE_COLOURS = ['#2c5fa8', '#8fb3e0', '#eea08c', '#c0392b'];

/**
 * The noise, as one SVG path per colour (four paths instead of 400 rectangles keeps the HTML
 * small). Computed once at module load; same seed, same picture, on every render.
 */
const NOISE_PATHS: string[] = (() => {
  const rand = mulberry32(20150320);
  const parts: string[][] = NOISE_COLOURS.map(() => []);
  for (let r = 0; r < GRID; r++) {
    for (let c = 0; c < GRID; c++) {
      let positives = 0;
      for (let ch = 0; ch < 3; ch++) if (rand() < 0.5) positives++;
      // positives ∈ {0,1,2,3} ↔ mean sign ∈ {−1, −⅓, ⅓, 1}
      const x = +(c * CELL).toFixed(2);
      const y = +(r * CELL).toFixed(2);
      parts[positives].push(`M${x} ${y}h${CELL}v${CELL}h-${CELL}z`);
    }
  }
  return parts.map((p) => p.join(''));
})();

const NOISE_ID = 'adversarial-example-noise';

/** The noise cells, defined once per figure and drawn twice with <use>. */
function NoiseDef(): ReactElement {
  return (
    <g id={NOISE_ID}>
      {NOISE_PATHS.map((d, i) => (
        <path key={i} d={d} fill={NOISE_COLOURS[i]} />
      ))}
    </g>
  );
}

/** A stylised panda face in a PANEL × PANEL box with a bamboo-green background. */
function Panda(): ReactElement {
  const black = '#1d1d1f';
  const white = '#f7f7f2';
  return (
    <g>
      <rect width={PANEL} height={PANEL} fill="#a9c98f" />
      {/* bamboo stalks and leaves behind the head */}
      <rect x={12} y={0} width={9} height={PANEL} fill="#7ea566" />
      <rect x={12} y={48} width={9} height={3} fill="#5f8a4b" />
      <rect x={12} y={104} width={9} height={3} fill="#5f8a4b" />
      <rect x={128} y={0} width={8} height={PANEL} fill="#7ea566" />
      <rect x={128} y={70} width={8} height={3} fill="#5f8a4b" />
      <path d="M21 40 q 18 -14 30 -6 q -16 6 -30 6z" fill="#5f8a4b" />
      <path d="M128 100 q -18 -12 -28 -2 q 14 4 28 2z" fill="#5f8a4b" />
      {/* body */}
      <path d="M23 150A52 30 0 0 1 127 150Z" fill={black} />
      {/* ears */}
      <circle cx={38} cy={40} r={17} fill={black} />
      <circle cx={112} cy={40} r={17} fill={black} />
      {/* head */}
      <ellipse cx={75} cy={78} rx={50} ry={45} fill={white} stroke={black} strokeWidth={1.5} />
      {/* eye patches, tilted outward */}
      <ellipse cx={55} cy={74} rx={13} ry={18} fill={black} transform="rotate(35 55 74)" />
      <ellipse cx={95} cy={74} rx={13} ry={18} fill={black} transform="rotate(-35 95 74)" />
      {/* eyes */}
      <circle cx={57} cy={72} r={5} fill={white} />
      <circle cx={93} cy={72} r={5} fill={white} />
      <circle cx={58} cy={73} r={2.6} fill={black} />
      <circle cx={92} cy={73} r={2.6} fill={black} />
      {/* nose and mouth */}
      <ellipse cx={75} cy={95} rx={8} ry={5.5} fill={black} />
      <path d="M75 100 v6 M75 106 q -7 7 -13 1 M75 106 q 7 7 13 1" stroke={black} strokeWidth={2} fill="none" strokeLinecap="round" />
    </g>
  );
}

/** Where things go, in viewBox units. */
const W = 700;
const H = 262;
const TOP = 14;
const X1 = 20; // clean panel
const X2 = 275; // noise panel
const X3 = 530; // adversarial panel
const MID = TOP + PANEL / 2;

const muted = { fill: 'var(--muted, currentColor)' } as const;
const accent = { fill: 'var(--accent, #c2410c)' } as const;

function Frame({ x }: { x: number }): ReactElement {
  return <rect x={x - 0.75} y={TOP - 0.75} width={PANEL + 1.5} height={PANEL + 1.5} fill="none" stroke="currentColor" strokeOpacity={0.45} strokeWidth={1.5} />;
}

function Caption({ cx, symbol, lines, strong }: { cx: number; symbol: ReactElement; lines: [string, string]; strong?: boolean }): ReactElement {
  const y0 = TOP + PANEL + 24;
  return (
    <g textAnchor="middle">
      {symbol}
      <text x={cx} y={y0 + 22} fontSize={15} fontWeight={600} style={strong ? accent : undefined} fill={strong ? undefined : 'currentColor'}>
        {lines[0]}
      </text>
      <text x={cx} y={y0 + 40} fontSize={13} style={muted}>
        {lines[1]}
      </text>
    </g>
  );
}

export function AdversarialExample({ lang = 'zh' }: { lang?: Lang }): ReactElement {
  const t = LABELS[lang] ?? LABELS.zh;
  const c1 = X1 + PANEL / 2;
  const c2 = X2 + PANEL / 2;
  const c3 = X3 + PANEL / 2;
  const ySym = TOP + PANEL + 24;
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      role="img"
      aria-label={t.aria}
      style={{ maxWidth: '100%', height: 'auto', display: 'block', fontFamily: 'inherit' }}
    >
      {/* x */}
      <g transform={`translate(${X1} ${TOP})`}>
        <Panda />
      </g>
      <Frame x={X1} />

      {/* + .007 × */}
      <text x={(X1 + PANEL + X2) / 2} y={MID - 6} textAnchor="middle" fontSize={26} fill="currentColor">+</text>
      <text x={(X1 + PANEL + X2) / 2} y={MID + 22} textAnchor="middle" fontSize={17} fill="currentColor">.007 ×</text>

      {/* sign(∇ₓL) */}
      <defs>
        <NoiseDef />
      </defs>
      <use href={`#${NOISE_ID}`} x={X2} y={TOP} />
      <Frame x={X2} />

      {/* = */}
      <text x={(X2 + PANEL + X3) / 2} y={MID + 9} textAnchor="middle" fontSize={28} fill="currentColor">=</text>

      {/* x̃: the same panda, with the noise at a barely visible opacity */}
      <g transform={`translate(${X3} ${TOP})`}>
        <Panda />
        <use href={`#${NOISE_ID}`} opacity={0.03} />
      </g>
      <Frame x={X3} />

      <Caption
        cx={c1}
        symbol={<text x={c1} y={ySym} fontSize={18} fontStyle="italic" fontWeight={700} fill="currentColor">x</text>}
        lines={[t.cleanClass, t.cleanConf]}
      />
      <text x={c1} y={ySym + 58} textAnchor="middle" fontSize={12} style={muted}>{t.clean}</text>

      <Caption
        cx={c2}
        symbol={
          <text x={c2} y={ySym} fontSize={17} fill="currentColor">
            sign(∇<tspan fontSize={12} dy={4}>x</tspan><tspan dy={-4}> L(θ, </tspan><tspan fontStyle="italic" fontWeight={700}>x</tspan>, y))
          </text>
        }
        lines={[t.noise, t.noiseSub]}
      />

      <Caption
        cx={c3}
        symbol={<text x={c3} y={ySym} fontSize={18} fontStyle="italic" fontWeight={700} fill="currentColor">x̃</text>}
        lines={[t.advClass, t.advConf]}
        strong
      />
      <text x={c3} y={ySym + 58} textAnchor="middle" fontSize={12} style={muted}>{t.adv}</text>
    </svg>
  );
}

export default AdversarialExample;

'use client';
/**
 * One child network drawn as a row of blocks (input → conv → pool → conv (+skip) → dense), sized
 * by its kernel and filter count, as it arrives from the controller or from random search.
 */
import type { Arch } from '@/demos/automl/space';

export function ArchSketch({ arch, reward, alt, method }: { arch: Arch; reward: number; alt: string; method: 'controller' | 'random' }) {
  const blocks: { label: string; w: number; h: number; kind: string }[] = [{ label: 'in', w: 14, h: 26, kind: 'in' }];
  blocks.push({ label: `${arch.k1}×${arch.k1}`, w: 8 + arch.f1 * 2, h: 10 + arch.k1 * 4, kind: 'conv' });
  if (arch.pool) blocks.push({ label: 'pool', w: 16, h: 14, kind: 'pool' });
  if (arch.k2) blocks.push({ label: `${arch.k2}×${arch.k2}`, w: 8 + arch.f1 * 2, h: 10 + arch.k2 * 4, kind: 'conv' });
  blocks.push({ label: '10', w: 12, h: 20, kind: 'dense' });
  const gap = 10;
  let x = 4;
  const placed = blocks.map((b) => { const p = { ...b, x }; x += b.w + gap; return p; });
  const W = Math.max(x, 150), H = 58, mid = 30;
  const conv2 = arch.k2 ? placed[placed.length - 2] : null;
  const before = arch.k2 ? placed[placed.length - 3] : null;
  return (
    <figure className={`nas-arch nas-arch-${method}`}>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={alt}>
        <line x1={4} x2={x - gap} y1={mid} y2={mid} className="nas-wire" />
        {arch.skip && conv2 && before ? (
          <path d={`M${before.x + before.w / 2},${mid - before.h / 2} C${before.x + before.w / 2},4 ${conv2.x + conv2.w + 4},4 ${conv2.x + conv2.w + 4},${mid}`} className="nas-skip" />
        ) : null}
        {placed.map((b, i) => (
          <g key={i}>
            <rect x={b.x} y={mid - b.h / 2} width={b.w} height={b.h} rx={2} className={`nas-block nas-${b.kind}`} />
            <text x={b.x + b.w / 2} y={H - 2} textAnchor="middle" className="nas-label">{b.label}</text>
          </g>
        ))}
      </svg>
      <figcaption>{(reward * 100).toFixed(1)}% · lr {arch.lr}</figcaption>
    </figure>
  );
}

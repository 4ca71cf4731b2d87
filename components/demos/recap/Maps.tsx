'use client';
/** Small grids of kernels and feature maps, shared by the recap views. */
import { ImageCanvas } from '@/components/charts/ImageCanvas';
import { diverging, hot } from '@/components/charts/colormap';
import { fill } from '@/content/fill';

/** Channel j of a channel-last array of n channels (kernels [k,k,1,n], maps [1,h,w,n]). */
export function channel(data: Float32Array, n: number, j: number): Float32Array {
  const out = new Float32Array(data.length / n);
  for (let p = 0; p < out.length; p++) out[p] = data[p * n + j];
  return out;
}

const scaled = (a: Float32Array, signed: boolean) => {
  let m = 1e-6;
  for (const v of a) m = Math.max(m, Math.abs(v));
  return a.map((v) => (signed ? v / m : Math.max(0, v) / m));
};

/** Kernels in blue–white–red (each scaled by its own largest |w|), maps in "hot". */
export function Grid({ items, side, signed, size, alt, onPick }: {
  items: Float32Array[];
  side: number;
  signed: boolean;
  size: number;
  alt: string;
  onPick?: (j: number, row: number, col: number) => void;
}) {
  return (
    <div className="recap-grid" style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
      {items.map((a, j) => (
        <figure key={j} style={{ margin: 0 }}
          onClick={onPick ? (e) => {
            const r = (e.target as HTMLElement).getBoundingClientRect();
            onPick(j, Math.min(side - 1, Math.floor(((e.clientY - r.top) / r.height) * side)), Math.min(side - 1, Math.floor(((e.clientX - r.left) / r.width) * side)));
          } : undefined}>
          <ImageCanvas data={scaled(a, signed)} width={side} height={side} size={size} map={signed ? diverging : hot} label={fill(alt, { j: j + 1 })} />
          <figcaption style={{ fontSize: '0.75rem', textAlign: 'center' }}>{j + 1}</figcaption>
        </figure>
      ))}
    </div>
  );
}

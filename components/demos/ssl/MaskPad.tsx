'use client';
/**
 * A small digit the student paints a mask on (pointer events: mouse, pen or finger; the buttons
 * beside it are the keyboard's way). Hidden pixels show in orange; `onMask` fires when a stroke ends.
 */
import { useEffect, useRef } from 'react';

const HOLE: [number, number, number] = [234, 88, 12];

export function MaskPad({ x, mask, side, size = 224, label, onMask }: {
  x: Float32Array;
  mask: Float32Array;
  side: number;
  size?: number;
  label: string;
  onMask(m: Float32Array): void;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const painting = useRef<Float32Array | null>(null);

  const draw = (m: Float32Array) => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(side, side);
    for (let p = 0; p < side * side; p++) {
      const g = Math.round(255 * (1 - x[p]));
      img.data.set(m[p] > 0 ? [...HOLE, 255] : [g, g, g, 255], p * 4);
    }
    ctx.putImageData(img, 0, 0);
  };
  useEffect(() => draw(mask));

  const paint = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const m = painting.current;
    if (!m) return;
    const r = e.currentTarget.getBoundingClientRect();
    const c = Math.floor(((e.clientX - r.left) / r.width) * side);
    const row = Math.floor(((e.clientY - r.top) / r.height) * side);
    if (c < 0 || row < 0 || c >= side || row >= side) return;
    m[row * side + c] = 1;
    draw(m);
  };
  const finish = () => {
    if (!painting.current) return;
    const m = painting.current;
    painting.current = null;
    onMask(m);
  };

  return (
    <canvas ref={ref} width={side} height={side} className="pixel-canvas mask-pad" role="img" aria-label={label}
      style={{ width: size, height: size, touchAction: 'none', cursor: 'crosshair' }}
      onPointerDown={(e) => { e.currentTarget.setPointerCapture(e.pointerId); painting.current = Float32Array.from(mask); paint(e); }}
      onPointerMove={paint}
      onPointerUp={finish}
      onPointerCancel={finish} />
  );
}

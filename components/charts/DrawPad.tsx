'use client';
/**
 * A canvas to draw a digit on with mouse, pen or finger (pointer events; touch-action: none so the
 * page does not scroll while drawing). `onChange` receives the ink as values in [0, 1].
 */
import { useEffect, useRef } from 'react';

const SIZE = 280;

export function DrawPad({ onChange, clearSignal, label }: {
  onChange: (ink: Float32Array, w: number, h: number) => void;
  /** change this number to clear the pad */
  clearSignal: number;
  label: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const last = useRef<{ x: number; y: number } | null>(null);

  useEffect(() => {
    const ctx = ref.current?.getContext('2d', { willReadFrequently: true });
    if (!ctx) return;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, SIZE, SIZE);
  }, [clearSignal]);

  const pos = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - r.left) / r.width) * SIZE, y: ((e.clientY - r.top) / r.height) * SIZE };
  };
  const stroke = (p: { x: number; y: number }) => {
    const ctx = ref.current?.getContext('2d', { willReadFrequently: true });
    if (!ctx) return;
    ctx.strokeStyle = '#000';
    ctx.lineWidth = 22;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    const from = last.current ?? p;
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(p.x + 0.01, p.y);
    ctx.stroke();
    last.current = p;
  };
  const finish = () => {
    if (!drawing.current) return;
    drawing.current = false;
    last.current = null;
    const ctx = ref.current?.getContext('2d', { willReadFrequently: true });
    if (!ctx) return;
    const { data } = ctx.getImageData(0, 0, SIZE, SIZE);
    const ink = new Float32Array(SIZE * SIZE);
    for (let i = 0; i < ink.length; i++) ink[i] = 1 - data[i * 4] / 255;
    onChange(ink, SIZE, SIZE);
  };

  return (
    <canvas
      ref={ref}
      width={SIZE}
      height={SIZE}
      className="draw-pad"
      aria-label={label}
      onPointerDown={(e) => { e.currentTarget.setPointerCapture(e.pointerId); drawing.current = true; stroke(pos(e)); }}
      onPointerMove={(e) => { if (drawing.current) stroke(pos(e)); }}
      onPointerUp={finish}
      onPointerCancel={finish}
      onPointerLeave={finish}
    />
  );
}

'use client';
import { useEffect, useRef } from 'react';
import { grey, hot } from './colormap';

type Box = [number, number, number, number];

/**
 * A grey image with a heat map laid over it (values in [0, 1], same grid, alpha rising with
 * heat), plus optional boxes and cross marks in image pixels. Drawn pixel-exact, scaled up by CSS.
 */
export function HeatmapCanvas({ base, heat, width, height = width, size = 224, boxes = [], marks = [], label, opacity = 0.7 }: {
  base: Float32Array | null;
  heat: Float32Array | null;
  width: number;
  height?: number;
  size?: number;
  boxes?: { box: Box; color: string }[];
  marks?: { x: number; y: number; color: string }[];
  label: string;
  opacity?: number;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const scale = 4; // canvas pixels per image pixel, so outlines stay thin when scaled
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(width, height);
    for (let i = 0; i < width * height; i++) {
      const [gr, gg, gb] = base ? grey(base[i]) : [240, 240, 240];
      let rgb = [gr, gg, gb];
      if (heat) {
        const h = Math.min(1, Math.max(0, heat[i]));
        const a = opacity * h;
        const c = hot(h);
        rgb = rgb.map((v, k) => Math.round((1 - a) * v + a * c[k]));
      }
      img.data.set([rgb[0], rgb[1], rgb[2], 255], i * 4);
    }
    const off = document.createElement('canvas');
    off.width = width;
    off.height = height;
    off.getContext('2d')!.putImageData(img, 0, 0);
    ctx.imageSmoothingEnabled = false;
    ctx.clearRect(0, 0, width * scale, height * scale);
    ctx.drawImage(off, 0, 0, width * scale, height * scale);
    ctx.lineWidth = 2;
    for (const { box, color } of boxes) {
      ctx.strokeStyle = color;
      ctx.strokeRect(box[0] * scale, box[1] * scale, (box[2] - box[0] + 1) * scale, (box[3] - box[1] + 1) * scale);
    }
    for (const { x, y, color } of marks) {
      const cx = (x + 0.5) * scale, cy = (y + 0.5) * scale;
      ctx.strokeStyle = color;
      ctx.beginPath();
      ctx.moveTo(cx - 7, cy); ctx.lineTo(cx + 7, cy);
      ctx.moveTo(cx, cy - 7); ctx.lineTo(cx, cy + 7);
      ctx.stroke();
    }
  }, [base, heat, width, height, boxes, marks, opacity]);
  return <canvas ref={ref} width={width * scale} height={height * scale} className="pixel-canvas" style={{ width: size, height: size * (height / width) }} role="img" aria-label={label} />;
}

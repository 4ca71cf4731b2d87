'use client';
import { useEffect, useRef } from 'react';
import { grey, type Rgb } from './colormap';

/** A small image (e.g. 28×28) drawn pixel-exact and scaled up crisply by CSS. */
export function ImageCanvas({ data, width = 28, height = 28, size = 140, map = grey, label }: {
  data: Float32Array | null;
  width?: number;
  height?: number;
  size?: number;
  map?: (v: number) => Rgb;
  label: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(width, height);
    for (let i = 0; i < width * height; i++) {
      const [r, g, b] = data ? map(data[i]) : [240, 240, 240];
      img.data.set([r, g, b, 255], i * 4);
    }
    ctx.putImageData(img, 0, 0);
  }, [data, width, height, map]);
  return <canvas ref={ref} width={width} height={height} className="pixel-canvas" style={{ width: size, height: size * (height / width) }} role="img" aria-label={label} />;
}

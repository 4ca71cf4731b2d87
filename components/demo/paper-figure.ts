/** How the frame shows a demo's own number beside a paper's: plain maths, no bibliography. */
import type { PaperFigure } from './types';

/** The page's number as shown: a fraction as a percent, or a number with its unit. */
export function pageFigure(f: PaperFigure, value: number): string {
  const digits = f.format?.digits ?? 1;
  if (f.format?.percent) return `${(value * 100).toFixed(digits)}%`;
  return `${value.toFixed(digits)}${f.format?.unit ?? ''}`;
}

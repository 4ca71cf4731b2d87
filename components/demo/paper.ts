/**
 * A topic's papers.ts declares its PaperFigures; `withPaper` attaches the bibliography entry, so the
 * bibliography travels with the view's lazy chunk, not in the page's first load.
 */
import { PAPERS, isPaperId, type Paper } from '@/content/bibliography';
import type { PaperFigure } from './types';

export function withPaper(f: PaperFigure): PaperFigure & { paper: Paper } {
  if (!isPaperId(f.ref)) throw new Error(`unknown paper id “${f.ref}” (content/bibliography.ts)`);
  return { ...f, paper: PAPERS[f.ref] };
}

/** The page's number as shown: a fraction as a percent, or a number with its unit. */
export function pageFigure(f: PaperFigure, value: number): string {
  const digits = f.format?.digits ?? 1;
  if (f.format?.percent) return `${(value * 100).toFixed(digits)}%`;
  return `${value.toFixed(digits)}${f.format?.unit ?? ''}`;
}

/**
 * A topic's papers.ts declares its PaperFigures; `withPaper` attaches the bibliography entry, so the
 * bibliography travels with the view's lazy chunk, not in the page's first load (so nothing in
 * the frame may import this file: the frame uses ./paper-figure.ts).
 */
import { PAPERS, isPaperId, type Paper } from '@/content/bibliography';
import type { PaperFigure } from './types';

export function withPaper(f: PaperFigure): PaperFigure & { paper: Paper } {
  if (!isPaperId(f.ref)) throw new Error(`unknown paper id “${f.ref}” (content/bibliography.ts)`);
  return { ...f, paper: PAPERS[f.ref] };
}

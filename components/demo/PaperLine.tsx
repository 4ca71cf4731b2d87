'use client';
/**
 * "Paper vs this page": the published figure with its setting beside the number this demo measured
 * (with its own setting), and why they differ. Fed from data (a topic's papers.ts, loaded with its
 * view); the page's number is the demo's own data-metric, so the two cannot drift apart.
 */
import { useEffect, useState } from 'react';
import type { Paper } from '@/content/bibliography';
import type { Dict } from '@/content/i18n';
import type { Lang } from '@/content/lectures';
import { pageFigure } from './paper-figure';
import type { PaperFigure } from './types';

export function PaperLine({ load, metrics, lang, t }: {
  load: () => Promise<PaperFigure & { paper: Paper }>; metrics: Record<string, number>; lang: Lang; t: Dict['demo']['paperLine'];
}) {
  const [f, setF] = useState<(PaperFigure & { paper: Paper }) | null>(null);
  useEffect(() => {
    let alive = true;
    load().then((x) => { if (alive) setF(x); }, () => {});
    return () => { alive = false; };
  }, [load]);
  if (!f) return null;
  const l = t;
  const value = metrics[f.metric];
  const shown = value != null && Number.isFinite(value) ? pageFigure(f, value) : null;
  const cite = `${f.paper.authors.split(',')[0].trim()}${f.paper.authors.includes(',') ? l.etAl : ''}, ${f.paper.venue} ${f.paper.year}`;
  return (
    <aside className="paper-line" data-paper-figure={f.figure ?? ''} data-page-figure={shown ?? ''} data-page-metric={f.metric}>
      <p>
        <span className="paper-line-label">{l.paper}</span>{' '}
        {f.paper.href ? <a href={f.paper.href} rel="noopener noreferrer">{cite}</a> : cite}
        {' · '}{f.setting[lang]}{f.figure ? <>: <strong>{f.figure}</strong></> : null}
      </p>
      <p>
        <span className="paper-line-label">{l.page}</span>{' '}
        {f.pageSetting[lang]}: <strong>{shown ?? l.notYet}</strong>
      </p>
      <p className="paper-line-why">{f.figure ? l.why : l.checks}{f.why[lang]}</p>
    </aside>
  );
}

/**
 * The MDX tag registry: every tag a lecture may use, bound to the page's language. Server
 * components only; <Demo> is the one client island (it loads its view lazily).
 */
import type { MDXComponents } from 'mdx/types';
import type { ReactNode } from 'react';
import { TableWrap } from '@/components/charts/TableWrap';
import { Demo } from '@/components/demo/Demo';
import { AdversarialExample } from '@/components/figures/AdversarialExample';
import { CamDiagram } from '@/components/figures/CamDiagram';
import { FedArchitectureDiagram } from '@/components/figures/FedArchitectureDiagram';
import { GcnLayerDiagram } from '@/components/figures/GcnLayerDiagram';
import { LinearisedLoss } from '@/components/figures/LinearisedLoss';
import { MatchingNetDiagram } from '@/components/figures/MatchingNetDiagram';
import { McDropoutDiagram } from '@/components/figures/McDropoutDiagram';
import { Reflection } from '@/components/figures/Reflection';
import { TransferDiagram } from '@/components/figures/TransferDiagram';
import { UnfoldingDiagram } from '@/components/figures/UnfoldingDiagram';
import { WeightsAsDistributions } from '@/components/figures/WeightsAsDistributions';
import { PAPERS, isPaperId, type Paper } from '@/content/bibliography';
import { DICT } from '@/content/i18n';
import { ISLAND } from './prose';
import type { Lang } from '@/content/lectures';

type Width = 'body' | 'outset' | 'page';

export function Figure({ width = 'body', caption, children }: { width?: Width; caption?: string; children: ReactNode }) {
  return (
    <figure className={`figure figure-${width}`}>
      <div className="figure-body">{children}</div>
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}

export function Callout({ kind = 'note', title, children }: { kind?: 'note' | 'key' | 'warning'; title?: string; children: ReactNode }) {
  return (
    <aside className={`callout callout-${kind}`} role="note">
      {title ? <p className="callout-title">{title}</p> : null}
      {children}
    </aside>
  );
}

/** A question from the slides. <details> reveals the answer on click, with or without JavaScript. */
function question(lang: Lang) {
  return function Question({ prompt, children }: { prompt: string; children: ReactNode }) {
    const t = DICT[lang];
    return (
      <div className="question">
        <p className="question-prompt">
          <span className="question-label">{t.question}</span> {prompt}
        </p>
        <details>
          <summary>{t.showAnswer}</summary>
          <div className="question-answer">{children}</div>
        </details>
      </div>
    );
  };
}

/** <PaperRef id="…" />: one entry of content/bibliography.ts, the same in both languages. */
function paperRef(lang: Lang) {
  return function PaperRef({ id }: { id: string }) {
    const t = DICT[lang];
    if (!isPaperId(id)) return <cite className="paper-ref">{t.paper} “{id}”?</cite>;
    const p: Paper = PAPERS[id];
    return (
      <cite className="paper-ref">
        <span className="paper-label">{t.paper}</span>{' '}
        <span className="paper-authors">{p.authors}</span>{' '}
        {p.href ? (
          <a className="paper-title" href={p.href} rel="noopener noreferrer">{p.title}</a>
        ) : (
          <span className="paper-title">{p.title}</span>
        )}
        . <span className="paper-venue">{p.venue} {p.year}</span>
      </cite>
    );
  };
}

/**
 * Speaker notes for presenter mode: hidden in the reading view, shown in the presenter window
 * beside the slide they follow (see components/present/slides.ts).
 */
export function Notes(_: { children?: ReactNode }) {
  return null;
}

/** The notes as the presenter window shows them. */
export function PresenterNotes({ children }: { children?: ReactNode }) {
  return <div className="speaker-notes">{children}</div>;
}

/**
 * What the projector shows for a section: bullets, at most one formula, a figure. Nothing in the
 * reading view — the prose already says it all, and a second, terser copy would only repeat it; in
 * presenter mode each <Slide> is a slide and the section's prose becomes the speaker's script.
 */
export function Slide(_: { children?: ReactNode; title?: string; kind?: 'summary' }) {
  return null;
}

/** A hand-placed slide break inside a long section (nothing in the reading view). */
export function SlideBreak() {
  return null;
}

/** <Demo id="…" />: the client island, marked so the page hydrates it and nothing around it */
function demoTag(lang: Lang, lecture: string) {
  const DemoTag = ({ id }: { id: string }) => <Demo id={id} lecture={lecture} lang={lang} t={DICT[lang]} />;
  return Object.assign(DemoTag, { [ISLAND]: true });
}

/** `lecture`: the page's slug, whose topic holds the demos its <Demo> tags name */
export function mdxComponents(lang: Lang, lecture: string): MDXComponents {
  return {
    Figure,
    Callout,
    Notes,
    SlideBreak,
    Slide,
    Question: question(lang),
    PaperRef: paperRef(lang),
    Demo: demoTag(lang, lecture),
    AdversarialExample,
    CamDiagram,
    FedArchitectureDiagram,
    GcnLayerDiagram,
    LinearisedLoss,
    MatchingNetDiagram,
    McDropoutDiagram,
    Reflection,
    TransferDiagram,
    UnfoldingDiagram,
    WeightsAsDistributions,
    // wide tables scroll on a phone instead of breaking the layout
    table: (props) => <TableWrap><table {...props} /></TableWrap>,
    // a display formula wider than the column scrolls; tabIndex lets keyboard users scroll it too
    span: (props) => (typeof props.className === 'string' && props.className.includes('katex-display') ? <span {...props} tabIndex={0} /> : <span {...props} />),
  };
}

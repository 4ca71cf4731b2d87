/**
 * A lecture becomes slides without extra work: the rendered MDX is a flat list of top-level
 * elements (headings, paragraphs, figures, demos…), and this cuts that list into slides.
 *
 *   - everything before the first `##` is the title slide (with the lecture's title);
 *   - every `##` starts a slide (a section divider when a `###` follows at once);
 *   - every `###` starts a slide, with its section's title above it;
 *   - every <Demo> gets a slide of its own, sized for the projector; the text after it
 *     continues on the next slide;
 *   - <SlideBreak /> splits a long stretch by hand; <Notes> go to the presenter, not the slide.
 *
 * A lecture with <Slide> blocks is cut differently (slide mode): each <Slide> is one slide (what the
 * projector shows), each <Demo> one slide, and everything else — the reading prose, figures — is
 * the speaker's script for the slide before it, shown in the presenter window. A lecture without
 * any <Slide> keeps the cutting above, so nothing breaks while one is being written.
 *
 * Runs on the server over React elements, so the slides carry the same rendered KaTeX, figures
 * and demo islands as the reading page.
 */
import { createElement, Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';

export type SlideKind = 'title' | 'section' | 'sub' | 'demo' | 'summary';

export interface SlideData {
  kind: SlideKind;
  title: string;
  /** the enclosing `##` section's title, for `###` and demo slides */
  kicker?: string;
  /** a continuation of the slide before (after a demo or a <SlideBreak />) */
  cont?: boolean;
  body: ReactNode[];
  notes: ReactNode[];
  /** slide mode: the reading prose under this slide, the speaker's script */
  script: ReactNode[];
  /** ids of the demos on this slide */
  demos: string[];
}

/** The element types the splitter must recognise, as the MDX components map binds them. */
export interface SlideMarkers {
  Demo: unknown;
  Notes: unknown;
  SlideBreak: unknown;
  Slide: unknown;
}

type El = ReactElement<{ children?: ReactNode; id?: string; title?: string; kind?: string }>;

/** The plain text of a heading (no maths in headings, by house rule). */
export function textOf(node: ReactNode): string {
  if (node == null || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement(node)) return textOf((node as El).props.children);
  return '';
}

/** `Content(props)` returns a fragment; its children are the lecture's top-level elements. */
export function topLevel(rendered: ReactNode): ReactNode[] {
  if (isValidElement(rendered) && typeof rendered.type !== 'string') {
    const children = (rendered as El).props.children;
    return Array.isArray(children) ? children : [children];
  }
  return Array.isArray(rendered) ? rendered : [rendered];
}

const isBlank = (n: ReactNode) => n == null || typeof n === 'boolean' || (typeof n === 'string' && n.trim() === '');

type Opts = { lectureTitle: string; demoTitle: (id: string) => string };

export function splitSlides(nodes: ReactNode[], markers: SlideMarkers, opts: Opts): SlideData[] {
  if (nodes.some((n) => isValidElement(n) && n.type === markers.Slide)) return slideMode(nodes, markers, opts);
  const slides: SlideData[] = [{ kind: 'title', title: opts.lectureTitle, body: [], notes: [], script: [], demos: [] }];
  let section = '';
  let heading = opts.lectureTitle;
  let headingKicker: string | undefined;
  const current = () => slides[slides.length - 1];
  const start = (s: Omit<SlideData, 'body' | 'notes' | 'script' | 'demos'>) => {
    const last = current();
    // a continuation with nothing on it is dropped; its notes (if any) stay with the slide before
    if (last.cont && last.body.length === 0 && slides.length > 1) {
      slides.pop();
      current().notes.push(...last.notes);
    }
    slides.push({ ...s, body: [], notes: [], script: [], demos: [] });
  };

  for (const node of nodes) {
    if (isBlank(node)) continue;
    if (!isValidElement(node)) {
      current().body.push(node);
      continue;
    }
    const el = node as El;
    if (el.type === 'h2') {
      section = heading = textOf(el.props.children);
      headingKicker = undefined;
      start({ kind: 'section', title: section });
    } else if (el.type === 'h3') {
      heading = textOf(el.props.children);
      headingKicker = section || undefined;
      start({ kind: 'sub', title: heading, kicker: headingKicker });
    } else if (el.type === markers.Notes) {
      current().notes.push(el);
    } else if (el.type === markers.SlideBreak) {
      start({ kind: current().kind === 'title' ? 'title' : 'sub', title: heading, kicker: headingKicker, cont: true });
    } else if (el.type === markers.Demo) {
      const id = String(el.props.id);
      const here = current();
      if (here.kind !== 'title' && here.body.length === 0) {
        // a heading with nothing under it but the demo: that slide is the demo's
        Object.assign(here, { kind: 'demo', title: opts.demoTitle(id), kicker: heading, cont: false });
      } else {
        start({ kind: 'demo', title: opts.demoTitle(id), kicker: heading });
      }
      current().body.push(el);
      current().demos.push(id);
      start({ kind: 'sub', title: heading, kicker: headingKicker, cont: true });
    } else {
      current().body.push(el);
    }
  }
  // a trailing empty continuation
  const last = current();
  if (last.cont && last.body.length === 0) {
    slides.pop();
    current().notes.push(...last.notes);
  }
  return slides;
}

/** Slide mode: <Slide> blocks and demos are the slides; the prose is the script under them. */
function slideMode(nodes: ReactNode[], markers: SlideMarkers, opts: Opts): SlideData[] {
  const slides: SlideData[] = [{ kind: 'title', title: opts.lectureTitle, body: [], notes: [], script: [], demos: [] }];
  let section = '';
  let heading = opts.lectureTitle;
  let depth = 1;
  const current = () => slides[slides.length - 1];
  for (const node of nodes) {
    if (isBlank(node)) continue;
    if (!isValidElement(node)) {
      current().script.push(node);
      continue;
    }
    const el = node as El;
    if (el.type === 'h2') {
      section = heading = textOf(el.props.children);
      depth = 2;
    } else if (el.type === 'h3') {
      heading = textOf(el.props.children);
      depth = 3;
    } else if (el.type === markers.Slide) {
      const kind: SlideKind = el.props.kind === 'summary' ? 'summary' : depth === 3 ? 'sub' : 'section';
      const kicker = depth === 3 ? section || undefined : undefined;
      const c = el.props.children;
      // the block's children as static children of one fragment (no list to key)
      const body = createElement(Fragment, null, ...(Array.isArray(c) ? c : [c]));
      slides.push({ kind, title: el.props.title ?? heading, kicker, body: [body], notes: [], script: [], demos: [] });
    } else if (el.type === markers.Demo) {
      const id = String(el.props.id);
      slides.push({ kind: 'demo', title: opts.demoTitle(id), kicker: heading, body: [el], notes: [], script: [], demos: [id] });
    } else if (el.type === markers.Notes) {
      current().notes.push(el);
    } else if (el.type !== markers.SlideBreak) {
      // the heading itself is on the slide; what follows it is said, not shown
      current().script.push(el);
    }
  }
  return slides;
}

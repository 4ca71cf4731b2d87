'use client';
import { use, useContext } from 'react';
import { DemoRemote, DemoStill } from '@/components/present/DemoRemote';
import { PresentContext } from '@/components/present/context';
import { DemoFrame } from './DemoFrame';
import { topicOf } from './lazy';
import type { Dict } from '@/content/i18n';
import type { Lang } from '@/content/lectures';

/**
 * The MDX tag <Demo id="…" />: a frame around a lazily loaded view. The server passes this
 * language's strings (`t`), so the dictionary travels in the page's data, not in its JavaScript,
 * and the page's lecture, whose topic (descriptors only: titles, sizes, loaders) is the one chunk
 * this island waits for (./lazy.ts: no Suspense boundary here, so the static HTML never holds a
 * fallback in a demo's place). In presenter mode the demo runs only in the audience window: the
 * presenter window shows a remote control for it (keyed by demo: the presenter's one slide view
 * reuses its tree from slide to slide, and a remote must not show the last demo's state), slide
 * previews and handouts a still.
 */
export function Demo({ id, lecture, lang, t }: { id: string; lecture: string; lang: Lang; t: Dict }) {
  const present = useContext(PresentContext);
  const spec = use(topicOf(lecture))?.demos.find((d) => d.id === id);
  if (!spec) return <p className="demo-missing">Unknown demo “{id}”.</p>;
  if (present?.role === 'presenter') return <DemoRemote key={id} id={id} title={spec.title[lang]} t={t} bus={present.bus} />;
  if (present?.role === 'preview' || present?.role === 'print') return <DemoStill title={spec.title[lang]} t={t} />;
  return <DemoFrame id={id} lang={lang} t={t} spec={spec} />;
}

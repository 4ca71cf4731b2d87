'use client';
import { DemoFrame } from './DemoFrame';
import { DEMOS } from './registry';
import type { Lang } from '@/content/lectures';

/** The MDX tag <Demo id="…" />: a frame around a lazily loaded view. */
export function Demo({ id, lang }: { id: string; lang: Lang }) {
  const spec = DEMOS[id];
  if (!spec) return <p className="demo-missing">Unknown demo “{id}”.</p>;
  return <DemoFrame id={id} lang={lang} spec={spec} />;
}

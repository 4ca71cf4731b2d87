'use client';
import { DemoFrame } from './DemoFrame';
import { DEMOS } from './registry';
import type { Dict } from '@/content/i18n';
import type { Lang } from '@/content/lectures';

/**
 * The MDX tag <Demo id="…" />: a frame around a lazily loaded view. The server passes this
 * language's strings (`t`), so the dictionary travels in the page's data, not in its JavaScript.
 */
export function Demo({ id, lang, t }: { id: string; lang: Lang; t: Dict }) {
  const spec = DEMOS[id];
  if (!spec) return <p className="demo-missing">Unknown demo “{id}”.</p>;
  return <DemoFrame id={id} lang={lang} t={t} spec={spec} />;
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cloneElement, isValidElement, type ComponentType, type ReactNode } from 'react';
import { mdxComponents, PresenterNotes } from '@/components/mdx';
import { PresentApp, type ClientSlide } from '@/components/present/PresentApp';
import { splitSlides, topLevel } from '@/components/present/slides';
import { DICT } from '@/content/i18n';
import '@/components/present/present.css';
import { LANGS, findLecture, isLang, readyLectures } from '@/content/lectures';

type Params = Promise<{ lang: string; slug: string }>;

export const dynamicParams = false;
export const generateStaticParams = () => LANGS.flatMap((lang) => readyLectures().map((l) => ({ lang, slug: l.slug })));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, slug } = await params;
  const l = findLecture(slug);
  const t = DICT[isLang(lang) ? lang : 'en'];
  return { title: l && isLang(lang) ? `${l.title[lang]} · ${t.present.open}` : slug };
}

const keyed = (nodes: ReactNode[]) => nodes.map((n, k) => (isValidElement(n) ? cloneElement(n, { key: k }) : n));

/** The lecture as slides: the same MDX as the reading page, cut at its headings and demos. */
export default async function PresentPage({ params }: { params: Params }) {
  const { lang, slug } = await params;
  const lecture = findLecture(slug);
  if (!isLang(lang) || !lecture?.ready) notFound();
  const t = DICT[lang];
  const { default: Content } = (await import(`@/content/${lang}/${slug}.mdx`)) as { default: ComponentType<{ components?: object }> };
  const components = { ...mdxComponents(lang, slug), Notes: PresenterNotes };
  // MDXContent is a plain function of its props: calling it gives the top-level elements
  const rendered = (Content as unknown as (p: { components: object }) => ReactNode)({ components });
  const slides: ClientSlide[] = splitSlides(topLevel(rendered), components as never, {
    lectureTitle: lecture.title[lang],
    demoTitle: (id) => id, // the client puts the demo's title in (PresentApp)
  }).map((s) => ({
    kind: s.kind, title: s.title, kicker: s.kicker, cont: s.cont, demos: s.demos,
    body: keyed(s.body), notes: keyed(s.notes), hasNotes: s.notes.length > 0,
    script: keyed(s.script), hasScript: s.script.length > 0,
  }));
  return (
    <PresentApp
      lang={lang}
      slug={slug}
      lectureTitle={lecture.title[lang]}
      part={t.parts[lecture.part]}
      course={`${t.courseName} · ${t.university}`}
      readingHref={`/${lang}/lectures/${slug}/`}
      t={t}
      slides={slides}
    />
  );
}

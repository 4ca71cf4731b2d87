/**
 * Build-time only: the static runs of a lecture's prose, each in a <template>, for
 * scripts/prose-inline.ts to copy into the lecture page's holes. The script deletes this route's
 * output after the build, so no student ever loads it.
 */
import { notFound } from 'next/navigation';
import type { ComponentType } from 'react';
import { mdxComponents } from '@/components/mdx';
import { ProseSource } from '@/components/mdx/prose';
import { LANGS, findLecture, isLang, readyLectures } from '@/content/lectures';

type Params = Promise<{ lang: string; slug: string }>;

export const dynamicParams = false;
export const generateStaticParams = () => LANGS.flatMap((lang) => readyLectures().map((l) => ({ lang, slug: l.slug })));
export const metadata = { robots: { index: false } };

export default async function ProseSourcePage({ params }: { params: Params }) {
  const { lang, slug } = await params;
  if (!isLang(lang) || !findLecture(slug)?.ready) notFound();
  const { default: Content } = (await import(`@/content/${lang}/${slug}.mdx`)) as { default: ComponentType<{ components?: object }> };
  return <main><ProseSource Content={Content} components={mdxComponents(lang, slug)} /></main>;
}

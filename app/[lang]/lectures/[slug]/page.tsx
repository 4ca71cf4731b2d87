import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ComponentType } from 'react';
import { OfflineSave } from '@/components/site/OfflineSave';
import { Shell } from '@/components/site/Shell';
import { lectureToc } from '@/components/site/toc';
import { mdxComponents } from '@/components/mdx';
import { ProseWithHoles } from '@/components/mdx/prose';
import { DICT } from '@/content/i18n';
import { LANGS, findLecture, isLang, neighbours, readyLectures, type Lang } from '@/content/lectures';

type Params = Promise<{ lang: string; slug: string }>;

export const dynamicParams = false;
export const generateStaticParams = () => LANGS.flatMap((lang) => readyLectures().map((l) => ({ lang, slug: l.slug })));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, slug } = await params;
  const l = findLecture(slug);
  return { title: l && isLang(lang) ? l.title[lang] : slug };
}

export default async function LecturePage({ params }: { params: Params }) {
  const { lang, slug } = await params;
  const lecture = findLecture(slug);
  if (!isLang(lang) || !lecture?.ready) notFound();
  const t = DICT[lang];
  const { default: Content } = (await import(`@/content/${lang}/${slug}.mdx`)) as { default: ComponentType<{ components?: object }> };
  const toc = lectureToc(lang, slug);
  const { prev, next } = neighbours(slug);
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const tocList = (
    <ol>
      {toc.map((h) => (
        <li key={h.id} className={`toc-${h.depth}`}>
          <a href={`#${h.id}`}>{h.text}</a>
        </li>
      ))}
    </ol>
  );
  return (
    <Shell
      lang={lang}
      current={slug}
      otherLangHref={`/${other}/lectures/${slug}/`}
      aside={<nav className="toc" aria-label={t.onThisPage}><h2>{t.onThisPage}</h2>{tocList}</nav>}
    >
      <article className="prose lecture">
        <p className="kicker">
          {t.parts[lecture.part]}
          <a className="present-link" href={`/${lang}/lectures/${slug}/present/`} title={t.present.openHint}>{t.present.open} ▸</a>
        </p>
        <h1>{lecture.title[lang]}</h1>
        {/* narrow screens have no side column: the contents fold open above the text */}
        <details className="toc toc-inline">
          <summary>{t.onThisPage}</summary>
          {tocList}
        </details>
        {/* prose arrives as static HTML (scripts/prose-inline.ts); only the islands hydrate */}
        <ProseWithHoles Content={Content} components={mdxComponents(lang, slug)} />
      </article>
      <OfflineSave slug={slug} t={t.offline} />
      <nav className="prev-next" aria-label={`${t.prev} / ${t.next}`}>
        {prev ? <a rel="prev" href={`/${lang}/lectures/${prev.slug}/`}>← {t.prev}: {prev.title[lang]}</a> : <span />}
        {next ? <a rel="next" href={`/${lang}/lectures/${next.slug}/`}>{t.next}: {next.title[lang]} →</a> : <a href={`/${lang}/`}>{t.home} →</a>}
      </nav>
    </Shell>
  );
}

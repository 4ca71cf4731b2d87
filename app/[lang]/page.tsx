import { notFound } from 'next/navigation';
import { Shell } from '@/components/site/Shell';
import { lectureDemoIds } from '@/components/site/toc';
import { DICT } from '@/content/i18n';
import { LANGS, LECTURES, PARTS, isLang } from '@/content/lectures';

export const dynamicParams = false;
export const generateStaticParams = () => LANGS.map((lang) => ({ lang }));

export default async function Home({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const t = DICT[lang];
  return (
    <Shell lang={lang} otherLangHref={`/${lang === 'zh' ? 'en' : 'zh'}/`}>
      <article className="prose home">
        <h1>{t.siteTitle}</h1>
        <p className="lede">{t.courseName} · {t.university}</p>
        <h2 id="overview">{t.overviewTitle}</h2>
        <p>{t.overviewIntro}</p>
        <ol className="six-ws">
          {t.sixWs.map(([w, text], i) => (
            <li key={w} className={i >= 3 ? 'this-course' : undefined}>
              <strong>{w}</strong>
              <span>{text}</span>
            </li>
          ))}
        </ol>
        {PARTS.map((part) => (
          <section key={part} className="lecture-map">
            <h2 id={part}>{t.parts[part]}</h2>
            <p className="part-intro">{t.partIntros[part]}</p>
            <ul>
              {LECTURES.filter((l) => l.part === part).map((l) => (
                <li key={l.slug} className={l.ready ? 'ready' : 'soon'}>
                  {l.ready ? <a href={`/${lang}/lectures/${l.slug}/`}>{l.title[lang]}</a> : <span>{l.title[lang]}</span>}
                  <span className="meta">
                    {l.ready ? `${t.ready} · ${lectureDemoIds(l.slug).length} ${t.liveDemos}` : t.comingSoon}
                  </span>
                  <span className="slides">{l.slides}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </article>
    </Shell>
  );
}

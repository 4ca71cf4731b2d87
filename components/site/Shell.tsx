import type { ReactNode } from 'react';
import { DICT } from '@/content/i18n';
import { LECTURES, PARTS, type Lang } from '@/content/lectures';

/**
 * The site chrome, rendered on the server: header, language toggle and the lecture sidebar.
 * It ships no JavaScript of its own (plain links, no prefetching;
 * on a phone the lecture list follows the text), which keeps first-load JS at the React + Next floor.
 */
export function Shell({ lang, current, otherLangHref, children, aside }: {
  lang: Lang;
  /** slug of the lecture being read, if any */
  current?: string;
  /** the same page in the other language */
  otherLangHref: string;
  children: ReactNode;
  aside?: ReactNode;
}) {
  const t = DICT[lang];
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return (
    <>
      <a className="skip" href="#content">{t.skipToContent}</a>
      <header className="site-header">
        <a href={`/${lang}/`} className="brand">
          <span className="brand-title">{t.siteTitle}</span>
          <span className="brand-sub">{t.courseName}</span>
        </a>
        <a className="menu-link" href="#lectures">{t.menu}</a>
        <a className="lang-toggle" href={otherLangHref} hrefLang={other} lang={other} title={t.switchLang}>
          {t.otherLang}
        </a>
      </header>
      <div className="site-body">
        <nav className="sidebar" id="lectures" aria-label={t.lectures}>
            <a href={`/${lang}/`} className="sidebar-home">{t.home}</a>
            {PARTS.map((part) => (
              <section key={part}>
                <h2 className="sidebar-part">{t.parts[part]}</h2>
                <ul>
                  {LECTURES.filter((l) => l.part === part).map((l) => (
                    <li key={l.slug}>
                      {l.ready ? (
                        <a href={`/${lang}/lectures/${l.slug}/`} aria-current={l.slug === current ? 'page' : undefined}>
                          {l.title[lang]}
                        </a>
                      ) : (
                        <span className="soon" title={t.comingSoon}>{l.title[lang]}</span>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
        </nav>
        <main id="content" className="content">{children}</main>
        {aside ? <aside className="toc-col">{aside}</aside> : null}
      </div>
    </>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { DICT } from '@/content/i18n';
import { LANGS, isLang } from '@/content/lectures';
import 'katex/dist/katex.min.css';
import '../globals.css';

export const dynamicParams = false;
export const generateStaticParams = () => LANGS.map((lang) => ({ lang }));

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  const t = DICT[isLang(lang) ? lang : 'en'];
  return { title: { default: t.siteTitle, template: `%s · ${t.siteTitle}` }, description: `${t.courseName}, ${t.university}`, icons: { icon: '/favicon.svg' } };
}

const SW_REGISTER = "if('serviceWorker' in navigator)addEventListener('load',function(){navigator.serviceWorker.register('/sw.js').then(function(){return navigator.serviceWorker.ready}).then(function(r){var u=[location.pathname].concat(performance.getEntriesByType('resource').map(function(e){return e.name}));if(r.active)r.active.postMessage({type:'cache',urls:u})}).catch(function(){})});";

export default async function LangLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return (
    <html lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <body>
        {children}
        {/* offline for what the student opens: public/sw.js caches as they go; once it is active, this
            page hands it the files it loaded before the worker took control (an inline script, no bundle) */}
        <script dangerouslySetInnerHTML={{ __html: SW_REGISTER }} />
      </body>
    </html>
  );
}

import { DICT } from '@/content/i18n';

// Chooses the language from the browser; without JavaScript the two links do the job.
// `/?stay` keeps the chooser (for checking the page itself).
const redirect = `(function(){try{if(/[?&]stay/.test(location.search))return;var l=(navigator.languages&&navigator.languages[0])||navigator.language||'';location.replace(/^zh/i.test(l)?'zh/':'en/');}catch(e){}})();`;

export default function ChooseLanguage() {
  return (
    <main className="chooser">
      <script dangerouslySetInnerHTML={{ __html: redirect }} />
      <h1>
        {DICT.zh.siteTitle} · {DICT.en.siteTitle}
      </h1>
      <p>
        {DICT.zh.courseName} · {DICT.zh.university}
      </p>
      <p className="chooser-links">
        <a href="zh/" lang="zh">中文</a>
        <a href="en/" lang="en">English</a>
      </p>
    </main>
  );
}

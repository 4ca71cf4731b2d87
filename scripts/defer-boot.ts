/**
 * After `next build`: every exported page starts its scripts after its first paint, not before.
 *
 * Next writes its bootstrap as <script src async> in the <head>, so a phone downloads the ~140 KB
 * of React and the runtime alongside the HTML and CSS, and may run them (module set-up, then
 * hydration) before it has painted a word. On a lecture the text is static HTML (prose.tsx): it
 * needs none of that to show. This swaps those tags (and their preloads) for one inline script at
 * the end of <body> that adds the same scripts, in the same order, one frame after the document
 * is parsed — after the first paint (or after a second, in a background tab that does not paint).
 * Hydration and the demos start a little later; the words arrive with the whole bandwidth and CPU.
 *
 * The loader names its scripts in data-boot, which scripts/page-weight.ts reads. The build fails
 * when a page has a script tag of another shape, so a Next upgrade that changes them is noticed.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const TAG = /<script src="([^"]+)" async=""><\/script>/g;
const PRELOAD = /<link rel="preload" as="script"[^>]*?href="([^"]+)"[^>]*\/>/g;
const LOADER =
  "(function(s){var d=0;function go(){if(d)return;d=1;s.forEach(function(u){var e=document.createElement('script');e.src=u;e.async=true;document.head.appendChild(e)})}" +
  "requestAnimationFrame(function(){setTimeout(go,0)});setTimeout(go,1000)})(document.currentScript.dataset.boot.split(' '))";

export function deferBoot(html: string): { html: string; scripts: string[] } {
  const scripts: string[] = [];
  let out = html.replace(TAG, (_, src: string) => {
    scripts.push(src);
    return '';
  });
  out = out.replace(PRELOAD, (tag, href: string) => (scripts.includes(href) ? '' : tag));
  const left = [...out.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].filter((m) => !/\bnoModule\b/i.test(m[0]));
  if (left.length) throw new Error(`a script tag of an unknown shape: ${left[0][0]}`);
  if (!scripts.length) return { html, scripts };
  if (scripts.some((s) => /[\s"<>]/.test(s))) throw new Error(`a script path that cannot go in data-boot: ${scripts.join(' ')}`);
  const i = out.lastIndexOf('</body>');
  if (i < 0) throw new Error('no </body>');
  out = `${out.slice(0, i)}<script data-boot="${scripts.join(' ')}">${LOADER}</script>${out.slice(i)}`;
  return { html: out, scripts };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (f === '_next') return [];
    return statSync(p).isDirectory() ? htmlFiles(p) : f.endsWith('.html') ? [p] : [];
  });
}

function main() {
  const out = path.resolve(import.meta.dirname, '../out');
  let pages = 0;
  for (const file of htmlFiles(out)) {
    try {
      const { html, scripts } = deferBoot(readFileSync(file, 'utf8'));
      if (scripts.length) {
        writeFileSync(file, html);
        pages++;
      }
    } catch (e) {
      console.error(`defer-boot: ${path.relative(out, file)}: ${(e as Error).message}`);
      process.exit(1);
    }
  }
  if (pages === 0) {
    console.error('defer-boot: no page with Next scripts found in out/ — run `next build` first');
    process.exit(1);
  }
  console.log(`defer-boot: ${pages} pages start their scripts after the first paint`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();

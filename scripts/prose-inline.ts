/**
 * After `next build`: fills each lecture page's prose holes (<div class="prose-seg" data-prose="k">)
 * with the static HTML the hidden route …/[slug]/prose/ rendered for them, cut into chunks
 * (prose-chunks.ts), then deletes that route's output. See components/mdx/prose.tsx for why.
 * Fails the build when a page's holes and
 * its prose runs do not match one to one.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chunkRun } from './prose-chunks';

const out = path.resolve(import.meta.dirname, '../out');
const HOLE = /<div class="prose-seg" data-prose="(\d+)"><\/div>/g;
const SOURCE = /<template data-prose-src="(\d+)">([\s\S]*?)<\/template>/g;

export function inline(page: string, source: string): { html: string; holes: number } {
  const runs = new Map<string, string>();
  for (const m of source.matchAll(SOURCE)) runs.set(m[1], m[2]);
  let holes = 0;
  const html = page.replace(HOLE, (_, k: string) => {
    const run = runs.get(k);
    if (run === undefined) throw new Error(`no prose run ${k}`);
    holes++;
    // cut into chunks the browser can skip while off screen (prose-chunks.ts)
    return `<div class="prose-seg" data-prose="${k}">${chunkRun(run)}</div>`;
  });
  if (holes !== runs.size) throw new Error(`${holes} holes but ${runs.size} prose runs`);
  return { html, holes };
}

function main() {
  let pages = 0, before = 0, after = 0;
for (const lang of readdirSync(out)) {
  const lectures = path.join(out, lang, 'lectures');
  if (!existsSync(lectures)) continue;
  for (const slug of readdirSync(lectures)) {
    const dir = path.join(lectures, slug);
    const src = path.join(dir, 'prose', 'index.html');
    if (!existsSync(src)) continue;
    const pageFile = path.join(dir, 'index.html');
    const page = readFileSync(pageFile, 'utf8');
    try {
      const { html } = inline(page, readFileSync(src, 'utf8'));
      writeFileSync(pageFile, html);
      pages++;
      before += Buffer.byteLength(page);
      after += Buffer.byteLength(html);
    } catch (e) {
      console.error(`prose-inline: /${lang}/lectures/${slug}/: ${(e as Error).message}`);
      process.exit(1);
    }
    rmSync(path.join(dir, 'prose'), { recursive: true });
  }
}
if (pages === 0) {
  console.error('prose-inline: no lecture page found in out/ — run `next build` first');
  process.exit(1);
}
console.log(`prose-inline: ${pages} lecture pages, ${(before / pages / 1024).toFixed(0)} KB → ${(after / pages / 1024).toFixed(0)} KB of HTML each on average`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();

/**
 * The table of contents, read from the MDX source at build time. Ids come from github-slugger,
 * the same slugger rehype-slug uses on the rendered headings, so the links match.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';

export interface TocEntry {
  depth: 2 | 3;
  text: string;
  id: string;
}

export function headingsOf(source: string): TocEntry[] {
  const slugger = new GithubSlugger();
  const out: TocEntry[] = [];
  let inFence = false;
  for (const line of source.split('\n')) {
    if (/^```/.test(line)) inFence = !inFence;
    const m = !inFence && /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    // the text rehype-slug sees: markup removed
    const text = m[2].replace(/\*\*|__|`|\*|_(?=\S)|(?<=\S)_/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    out.push({ depth: m[1].length as 2 | 3, text, id: slugger.slug(text) });
  }
  return out;
}

export function lectureToc(lang: string, slug: string): TocEntry[] {
  return headingsOf(readFileSync(path.join(process.cwd(), 'content', lang, `${slug}.mdx`), 'utf8'));
}

/** The ids of the live demos a lecture's MDX places, in order: the one list of a page's demos. */
export function demoIdsIn(source: string): string[] {
  return [...source.matchAll(/<Demo\s+id="([^"]+)"/g)].map((m) => m[1]);
}

export function lectureDemoIds(slug: string, lang = 'zh'): string[] {
  return demoIdsIn(readFileSync(path.join(process.cwd(), 'content', lang, `${slug}.mdx`), 'utf8'));
}

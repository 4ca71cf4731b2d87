/**
 * Checks every lecture's MDX before the build does:
 *
 *   npx tsx scripts/check-content.ts
 *
 * 1. Compiles each content/{zh,en}/*.mdx with @mdx-js/mdx and the site's own plugins
 *    (remark-math; rehype-slug; rehype-katex with { strict: true, throwOnError: true }).
 *    rehype-katex 7 does not throw on a bad formula: it reports a VFile message and renders the
 *    formula with strict checks off (or as red text). So every message from rehype-katex counts
 *    as an error here — a formula KaTeX rejects fails this check even where the build would
 *    only warn.
 * 2. Checks that each zh file has an en twin (and vice versa) with the same number of ## and
 *    ### headings, the same <Demo id="…" /> tags in the same order, and the same number of
 *    display-math blocks; and the house rules: no # title (the page renders it), no maths in
 *    headings, no import/export, every Demo id is registered by a topic (once per page), and the
 *    same <Slide> blocks in the same order in both languages.
 *
 * Prints one line per lecture and exits 1 on any problem.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import remarkMath from 'remark-math';
import { DEMOS } from '../components/demo/registry';
import { isPaperId } from '../content/bibliography';
import { LECTURES, type Lang } from '../content/lectures';

const root = path.resolve(import.meta.dirname, '..');
const LANG_DIRS: Lang[] = ['zh', 'en'];

/** What we learn about one file's structure, read off its mdast. */
interface Stats {
  h1: number;
  h2: number;
  h3: number;
  displayMath: number;
  inlineMath: number;
  demos: string[];
  /** the <Slide> blocks in order (their kind: 'slide' or 'summary'), the same in zh and en */
  slides: string[];
  /** <PaperRef id> ids, checked against content/bibliography.ts */
  papers: string[];
  mathInHeadings: number;
  esm: number;
  /** {expressions} in the prose (not comments): the MDX here carries no logic */
  expressions: number;
}

/** A minimal mdast node: enough to walk the tree without depending on @types/mdast. */
interface Node {
  type: string;
  depth?: number;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/** `{/* … *\/}` is how MDX writes a comment; anything else in braces is code. */
const isComment = (v: unknown) => typeof v === 'string' && /^\s*(\/\*[\s\S]*?\*\/\s*)*$/.test(v);

function collect(tree: Node, stats: Stats) {
  const walk = (node: Node, inHeading: boolean) => {
    if (node.type === 'heading') {
      if (node.depth === 1) stats.h1++;
      if (node.depth === 2) stats.h2++;
      if (node.depth === 3) stats.h3++;
    }
    if (node.type === 'math') stats.displayMath++;
    if (node.type === 'inlineMath') {
      stats.inlineMath++;
      if (inHeading) stats.mathInHeadings++;
    }
    if (node.type === 'mdxjsEsm') stats.esm++;
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(node.value)) stats.expressions++;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Slide') {
      const kind = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'kind')?.value;
      stats.slides.push(typeof kind === 'string' ? kind : 'slide');
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'PaperRef') {
      const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      stats.papers.push(typeof id === 'string' ? id : '<non-literal id>');
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Demo') {
      const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      stats.demos.push(typeof id === 'string' ? id : '<non-literal id>');
    }
    for (const child of node.children ?? []) walk(child, inHeading || node.type === 'heading');
  };
  walk(tree, false);
}

interface Checked {
  file: string;
  /** false if the MDX did not compile, so its stats are incomplete */
  compiled: boolean;
  stats: Stats;
  errors: string[];
  warnings: string[];
}

async function checkFile(file: string): Promise<Checked> {
  const rel = path.relative(root, file);
  const stats: Stats = { h1: 0, h2: 0, h3: 0, displayMath: 0, inlineMath: 0, demos: [], slides: [], papers: [], mathInHeadings: 0, esm: 0, expressions: 0 };
  const errors: string[] = [];
  const warnings: string[] = [];
  let vfile: Awaited<ReturnType<typeof compile>>;
  try {
    vfile = await compile({ path: file, value: await readFile(file, 'utf8') }, {
      remarkPlugins: [remarkMath, () => (tree: Node) => collect(tree, stats)],
      // exactly the options the site uses (next.config.ts)
      rehypePlugins: [rehypeSlug, [rehypeKatex, { strict: true, throwOnError: true }]],
    });
  } catch (err) {
    const e = err as { message?: string; line?: number; column?: number; place?: { line?: number; column?: number } };
    const line = e.line ?? e.place?.line;
    const column = e.column ?? e.place?.column;
    errors.push(`${rel}${line ? `:${line}:${column ?? 1}` : ''} MDX does not compile: ${e.message ?? String(err)}`);
    return { file, compiled: false, stats, errors, warnings };
  }
  for (const m of vfile.messages) {
    const where = m.line ? `${rel}:${m.line}:${m.column ?? 1}` : rel;
    const cause = m.cause instanceof Error ? m.cause.message : '';
    const text = `${where} ${m.reason}${cause ? ` — ${cause}` : ''}`;
    if (m.source === 'rehype-katex' || m.fatal) errors.push(text);
    else warnings.push(text);
  }
  if (stats.h1 > 0) errors.push(`${rel}: has ${stats.h1} '#' heading(s); the page renders the title itself, start with prose and '##'`);
  if (stats.mathInHeadings > 0) errors.push(`${rel}: ${stats.mathInHeadings} formula(s) inside headings; headings must be plain text`);
  if (stats.esm > 0) errors.push(`${rel}: has import/export statements; MDX here uses only the global components`);
  if (stats.expressions > 0) errors.push(`${rel}: ${stats.expressions} {expression}(s) in the text; escape braces as \\{ \\} or put them in maths`);
  if (stats.h2 === 0) errors.push(`${rel}: no '##' sections`);
  return { file, compiled: true, stats, errors, warnings };
}

async function mdxFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort();
  } catch {
    return [];
  }
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

async function main() {
  const [zhNames, enNames] = await Promise.all(LANG_DIRS.map((l) => mdxFiles(path.join(root, 'content', l))));
  const slugs = [...new Set([...zhNames, ...enNames].map((f) => f.replace(/\.mdx$/, '')))].sort((a, b) => {
    const ia = LECTURES.findIndex((l) => l.slug === a);
    const ib = LECTURES.findIndex((l) => l.slug === b);
    return (ia < 0 ? 1e9 : ia) - (ib < 0 ? 1e9 : ib) || a.localeCompare(b);
  });
  let problems = 0;
  let warnings = 0;

  for (const lecture of LECTURES) {
    if (lecture.ready && !slugs.includes(lecture.slug)) {
      console.log(`✗ ${lecture.slug}: marked ready in content/lectures.ts but has no MDX`);
      problems++;
    }
  }

  for (const slug of slugs) {
    const errors: string[] = [];
    const found: Partial<Record<Lang, Checked>> = {};
    for (const lang of LANG_DIRS) {
      const names = lang === 'zh' ? zhNames : enNames;
      if (!names.includes(`${slug}.mdx`)) {
        errors.push(`content/${lang}/${slug}.mdx is missing (every lecture exists in zh and en)`);
        continue;
      }
      const checked = await checkFile(path.join(root, 'content', lang, `${slug}.mdx`));
      found[lang] = checked;
      errors.push(...checked.errors);
      for (const w of checked.warnings) console.log(`  warning: ${w}`);
      warnings += checked.warnings.length;
    }

    const zh = found.zh?.stats;
    const en = found.en?.stats;
    if (zh && en && found.zh!.compiled && found.en!.compiled) {
      if (zh.h2 !== en.h2) errors.push(`'##' headings: zh has ${zh.h2}, en has ${en.h2}`);
      if (zh.h3 !== en.h3) errors.push(`'###' headings: zh has ${zh.h3}, en has ${en.h3}`);
      if (zh.displayMath !== en.displayMath) errors.push(`display-math blocks: zh has ${zh.displayMath}, en has ${en.displayMath}`);
      if (!sameList(zh.demos, en.demos)) errors.push(`<Demo> tags differ: zh [${zh.demos.join(', ')}], en [${en.demos.join(', ')}]`);
      if (!sameList(zh.slides, en.slides)) errors.push(`<Slide> blocks differ: zh has ${zh.slides.length} [${zh.slides.join(', ')}], en has ${en.slides.length} [${en.slides.join(', ')}]`);
    }

    const lecture = LECTURES.find((l) => l.slug === slug);
    if (!lecture) errors.push(`'${slug}' is not in content/lectures.ts`);
    for (const lang of LANG_DIRS) {
      const s = found[lang]?.stats;
      if (!lecture || !s || !found[lang]!.compiled) continue;
      const badRefs = s.papers.filter((id) => !isPaperId(id));
      if (badRefs.length) errors.push(`${lang}: <PaperRef> ids not in content/bibliography.ts: ${badRefs.join(', ')}`);
      const unknown = s.demos.filter((d) => !DEMOS[d]);
      if (unknown.length) errors.push(`${lang}: <Demo> ids no topic registers (components/demos/<topic>/index.ts): ${unknown.join(', ')}`);
      const dupes = s.demos.filter((d, i) => s.demos.indexOf(d) !== i);
      if (dupes.length) errors.push(`${lang}: <Demo> placed more than once: ${[...new Set(dupes)].join(', ')}`);
    }

    const s = zh ?? en;
    const summary = s
      ? `${s.h2} sections, ${s.h3} subsections, ${s.displayMath} display + ${s.inlineMath} inline formulas (zh), ${s.slides.length} slides, demos [${s.demos.join(', ')}]`
      : 'no files compiled';
    if (errors.length) {
      console.log(`✗ ${slug}: ${summary}`);
      for (const e of errors) console.log(`    ${e}`);
      problems += errors.length;
    } else {
      console.log(`✓ ${slug}: ${summary}`);
    }
  }

  if (slugs.length === 0) console.log('no lectures found under content/{zh,en}/');
  console.log(problems ? `\n${problems} problem(s)${warnings ? `, ${warnings} warning(s)` : ''}` : `\nall ${slugs.length} lecture(s) OK${warnings ? ` (${warnings} warning(s))` : ''}`);
  process.exit(problems ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

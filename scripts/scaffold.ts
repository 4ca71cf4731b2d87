/**
 * The skeleton of a new lecture or demo, on the house's shape:
 *
 *   npm run new:lecture -- <slug> [--topic <name>] [--demo <id>]
 *   npm run new:demo -- <topic> <id>
 *
 * A lecture: its two MDX files; components/demos/<topic>/ (descriptor, strings, parameter schema,
 * view) and demos/<topic>/ (maths, bench workload, unit test) with a working demo that trains a
 * tiny model on real digits; and one line in components/demo/topics.ts. The contract test, the
 * hostile-link test, the bench and the content check pick it up with no other edit.
 * A demo: the same files for one more demo in an existing topic, its <Demo> placed at the end of
 * both MDX files.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LECTURES } from '../content/lectures';
import { benchFile, mathsFile, unitTest, type Names } from './scaffold/maths';
import { descriptorEntry, mdxLecture, mdxSection, paramsFile, stringsFile, topicIndex, viewFile } from './scaffold/views';

const root = path.resolve(import.meta.dirname, '..');
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

function fail(msg: string): never {
  console.error(`scaffold: ${msg}`);
  process.exit(1);
}

function names(topic: string, id: string, slug: string): Names {
  if (!KEBAB.test(topic)) fail(`the topic "${topic}" must be kebab-case (letters, digits, -)`);
  if (!KEBAB.test(id)) fail(`the demo id "${id}" must be kebab-case (letters, digits, -)`);
  const stem = id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return { topic, id, stem, view: stem[0].toUpperCase() + stem.slice(1), slug };
}

/** Writes a new file; never overwrites one. */
function create(rel: string, text: string) {
  const file = path.join(root, rel);
  if (existsSync(file)) fail(`${rel} exists already; nothing was changed after the files listed above`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`  wrote ${rel}`);
}

function edit(rel: string, change: (text: string) => string) {
  const file = path.join(root, rel);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) fail(`could not place the new lines in ${rel}: is it still in the scaffold's form?`);
  writeFileSync(file, after);
  console.log(`  edited ${rel}`);
}

const insertBefore = (text: string, marker: string, add: string, last = true) => {
  const i = last ? text.lastIndexOf(marker) : text.indexOf(marker);
  return i < 0 ? text : text.slice(0, i) + add + text.slice(i);
};

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

function newDemoFiles(n: Names) {
  create(`components/demos/${n.topic}/${n.view}.tsx`, viewFile(n));
  create(`demos/${n.topic}/${n.id}.ts`, mathsFile(n));
  create(`demos/${n.topic}/${n.id}.test.ts`, unitTest(n));
}

function newLecture(args: string[]) {
  const slug = args[0];
  if (!slug || slug.startsWith('--')) fail('usage: npm run new:lecture -- <slug> [--topic <name>] [--demo <id>]');
  const lecture = LECTURES.find((l) => l.slug === slug);
  if (!lecture) fail(`"${slug}" is not in the course plan (content/lectures.ts): ${LECTURES.map((l) => l.slug).join(', ')}`);
  const n = names(flag(args, 'topic') ?? slug, flag(args, 'demo') ?? `${slug}-intro`, slug);
  if (existsSync(path.join(root, 'components/demos', n.topic))) fail(`components/demos/${n.topic}/ exists: use new:demo to add to it`);
  console.log(`new lecture ${slug} (topic ${n.topic}, demo ${n.id}):`);
  for (const lang of ['zh', 'en'] as const) create(`content/${lang}/${slug}.mdx`, mdxLecture(lang, n.id));
  create(`components/demos/${n.topic}/index.ts`, topicIndex(n, descriptorEntry(n, { zh: `${lecture.title.zh}：实时演示`, en: `${lecture.title.en}: a live demo` })));
  create(`components/demos/${n.topic}/params.ts`, paramsFile(n));
  create(`components/demos/${n.topic}/strings.ts`, stringsFile(n));
  create(`demos/${n.topic}/index.ts`, `/** The ${n.topic} topic's maths, as the bench (and anything else outside the views) sees it. */
import type { BenchWorkload } from '../bench/types';
import { ${n.stem}Workloads } from './${n.id}.bench';

export const workloads: BenchWorkload[] = [
  ...${n.stem}Workloads,
];
`);
  create(`demos/${n.topic}/${n.id}.bench.ts`, benchFile(n));
  newDemoFiles(n);
  const key = /^[a-z]\w*$/.test(slug) ? slug : `'${slug}'`;
  edit('components/demo/topics.ts', (t) => t.replace(/\n};\s*$/, `\n  ${key}: () => import('@/components/demos/${n.topic}'),\n};\n`));
  console.log(`done: npm run dev, then open /zh/lectures/${slug}/ and /en/lectures/${slug}/`);
}

function newDemo(args: string[]) {
  const [topic, id] = args;
  if (!topic || !id) fail('usage: npm run new:demo -- <topic> <id>');
  const index = `components/demos/${topic}/index.ts`;
  if (!existsSync(path.join(root, index))) fail(`no topic "${topic}" (${index} is missing): use new:lecture first`);
  const slug = /lecture: '([^']+)'/.exec(readFileSync(path.join(root, index), 'utf8'))?.[1];
  if (!slug) fail(`${index} names no lecture`);
  const n = names(topic, id, slug);
  console.log(`new demo ${id} in topic ${topic} (lecture ${slug}):`);
  newDemoFiles(n);
  create(`demos/${n.topic}/${n.id}.bench.ts`, benchFile(n));
  const P = `${n.stem.toUpperCase()}_PARAMS`;
  const schema = paramsFile(n).split('\n').slice(2).join('\n'); // the schema without its header
  if (existsSync(path.join(root, `components/demos/${topic}/params.ts`))) {
    edit(`components/demos/${topic}/params.ts`, (t) => `${t.trimEnd()}\n\n${schema}`);
  } else {
    create(`components/demos/${topic}/params.ts`, paramsFile(n));
  }
  // the template's one section (from its `  stem: {` to its `  },`), for each language
  const section = (lang: 'zh' | 'en') => {
    const lines = stringsFile(n).split(`const ${lang}`)[1].split('\n');
    return lines.slice(1, lines.indexOf('  },') + 1).join('\n') + '\n';
  };
  edit(`components/demos/${topic}/strings.ts`, (t) => {
    const enAt = t.indexOf('const en');
    const zhPart = insertBefore(t.slice(0, enAt), '};', section('zh'));
    const enPart = insertBefore(t.slice(enAt), '};', section('en'), false);
    return zhPart + enPart;
  });
  edit(index, (t) => insertBefore(t, '  ],\n};', descriptorEntry(n, { zh: `实时演示：${id}`, en: `Live demo: ${id}` })));
  edit(`demos/${topic}/index.ts`, (t) => insertBefore(
    insertBefore(t, '\nexport const workloads', `import { ${n.stem}Workloads } from './${n.id}.bench';\n`),
    '];', `  ...${n.stem}Workloads,\n`,
  ));
  for (const lang of ['zh', 'en'] as const) edit(`content/${lang}/${slug}.mdx`, (t) => `${t.trimEnd()}\n${mdxSection(lang, id)}`);
  console.log('done: edit the titles in the descriptor and the text around the new <Demo> in both MDX files');
}

const [kind, ...rest] = process.argv.slice(2);
if (kind === 'lecture') newLecture(rest);
else if (kind === 'demo') newDemo(rest);
else fail('usage: tsx scripts/scaffold.ts lecture <slug> … | demo <topic> <id>');

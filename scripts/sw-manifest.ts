/**
 * After `next build` (and scripts/compress.ts): lists every file of the static export a student
 * may keep offline into out/sw-manifest.json — per file its content hash and download size (the
 * Brotli sibling's when there is one), and which pages make up each lecture — and stamps the
 * build's version into out/sw.js, so the browser installs the new worker exactly when something
 * changed. public/sw.js caches as the student goes and drops only what changed; "Save for offline"
 * (components/site/OfflineSave.tsx) reads the lists and sizes from here.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const out = path.resolve(import.meta.dirname, '../out');
const SKIP = [/\.(br|gz)$/, /^sw\.js$/, /^sw-manifest\.json$/, /\.txt$/, /^bench\//, /^404/, /^_not-found\//, /\.ttf$/, /\.woff$/];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [path.relative(out, p).replace(/\\/g, '/')];
  });
}

const names = walk(out).filter((f) => !SKIP.some((re) => re.test(f))).sort();
const all = createHash('sha256');
const files: Record<string, [string, number]> = {};
const lectures: Record<string, string[]> = {};
let bytes = 0;
for (const f of names) {
  const data = readFileSync(path.join(out, f));
  const hash = createHash('sha256').update(data).digest('hex').slice(0, 12);
  all.update(f).update(hash);
  const br = path.join(out, f + '.br');
  const size = existsSync(br) ? statSync(br).size : data.length;
  // pages are requested as /zh/ not /zh/index.html
  const url = '/' + f.replace(/(^|\/)index\.html$/, '$1');
  files[url] = [hash, size];
  bytes += size;
  const page = /^\/(zh|en)\/lectures\/([^/]+)\//.exec(url);
  if (page) (lectures[page[2]] ??= []).push(url);
}
const version = all.digest('hex').slice(0, 12);
writeFileSync(path.join(out, 'sw-manifest.json'), JSON.stringify({ version, files, lectures }) + '\n');
const sw = path.join(out, 'sw.js');
writeFileSync(sw, readFileSync(sw, 'utf8').replace('__SW_VERSION__', version));
console.log(`sw-manifest: ${names.length} files, ${(bytes / 1e6).toFixed(1)} MB to download, version ${version}`);

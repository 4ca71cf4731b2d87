/**
 * After `next build`: lists every file of the static export that the site needs offline into
 * out/sw-manifest.json, with a version that changes whenever any of them changes, for
 * public/sw.js to precache. The training split of MNIST is left out: no page loads it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const out = path.resolve(import.meta.dirname, '../out');
const SKIP = [/^data\/mnist\/train-/, /^sw\.js$/, /^sw-manifest\.json$/, /\.txt$/, /^bench\//, /^404/, /^_not-found\//, /\.ttf$/, /\.woff$/];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [path.relative(out, p).replace(/\\/g, '/')];
  });
}

const files = walk(out).filter((f) => !SKIP.some((re) => re.test(f))).sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(path.join(out, f)));
const version = hash.digest('hex').slice(0, 12);
// pages are requested as /zh/ not /zh/index.html
const urls = files.map((f) => '/' + f.replace(/(^|\/)index\.html$/, '$1'));
writeFileSync(path.join(out, 'sw-manifest.json'), JSON.stringify({ version, files: urls }) + '\n');
const bytes = files.reduce((s, f) => s + statSync(path.join(out, f)).size, 0);
console.log(`sw-manifest: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB, version ${version}`);

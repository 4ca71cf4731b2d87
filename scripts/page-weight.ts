/**
 * First-load JavaScript of every exported page, gzip: the <script src> tags of its HTML (without
 * noModule) and the scripts its bootstrap loader adds (data-boot), as a browser loads them before
 * any interaction. Next 16's build no longer prints this.
 * Fails when a lecture page passes the budget or its first-load bundle contains TensorFlow.js.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const out = path.resolve(import.meta.dirname, '../out');
const BUDGET_KB = 150;
// strings that only appear in TensorFlow.js bundles
const TFJS_MARKERS = [/Initialization of backend/, /WEBGL_VERSION/, /Tensor is disposed/];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (f === '_next') return [];
    return statSync(p).isDirectory() ? htmlFiles(p) : f.endsWith('.html') ? [p] : [];
  });
}

let failed = false;
const rows: string[] = [];
for (const file of htmlFiles(out).sort()) {
  const html = readFileSync(file, 'utf8');
  const srcs = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1])
    .filter((attrs) => !/\bnoModule\b/i.test(attrs))
    // a src, or the bootstrap scripts the page adds after its first paint (scripts/defer-boot.ts)
    .flatMap((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1] ?? /\bdata-boot="([^"]+)"/.exec(attrs)?.[1].split(' ') ?? []);
  let total = 0;
  let tf = false;
  for (const src of new Set(srcs)) {
    const js = readFileSync(path.join(out, src.split('?')[0]));
    total += gzipSync(js, { level: 9 }).length;
    if (TFJS_MARKERS.some((re) => re.test(js.toString('utf8')))) tf = true;
  }
  const route = '/' + path.relative(out, file).replace(/index\.html$/, '').replace(/\\/g, '/');
  const kb = total / 1024;
  const isLecture = route.includes('/lectures/');
  const over = isLecture && kb > BUDGET_KB;
  if (over || (isLecture && tf)) failed = true;
  rows.push(`${route.padEnd(48)} ${kb.toFixed(1).padStart(7)} KB gzip${tf ? '  CONTAINS TensorFlow.js' : ''}${over ? `  OVER ${BUDGET_KB} KB` : ''}`);
}
console.log('First-load JavaScript per page (gzip):');
console.log(rows.join('\n'));
if (failed) {
  console.error(`page-weight: a lecture page is over ${BUDGET_KB} KB or loads TensorFlow.js up front`);
  process.exit(1);
}
console.log(`page-weight: every lecture page is under ${BUDGET_KB} KB and free of TensorFlow.js`);

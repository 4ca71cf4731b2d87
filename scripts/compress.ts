/**
 * After the build: a Brotli (.br) and a gzip (.gz) sibling for every compressible file in out/,
 * so scripts/serve.ts (and any static host that serves precompressed files) sends the small one.
 * Brotli at its best quality for scripts and styles; faster qualities for pages and big files.
 * A sibling that saves less than 10% is not written (float weights hardly compress).
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const out = path.resolve(import.meta.dirname, '../out');
const COMPRESSIBLE = /\.(html|js|css|json|txt|svg|wasm|u8|bin|map|xml|ttf)$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

let raw = 0, br = 0, n = 0;
const t0 = performance.now();
// sw.js is stamped and the manifest written after this step (scripts/sw-manifest.ts): served as they are
const LATER = /[/\\]sw(-manifest)?\.js(on)?$/;
for (const file of walk(out).filter((f) => COMPRESSIBLE.test(f) && !LATER.test(f))) {
  const data = readFileSync(file);
  if (data.length < 512) continue;
  // best for the hashed scripts and styles (compressed once, cached for a year), good for the rest
  const quality = /\.(js|css)$/.test(file) ? constants.BROTLI_MAX_QUALITY : data.length < 1_000_000 ? 9 : 5;
  const b = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
  if (b.length > data.length * 0.9) continue;
  writeFileSync(file + '.br', b);
  writeFileSync(file + '.gz', gzipSync(data, { level: 9 }));
  raw += data.length;
  br += b.length;
  n++;
}
console.log(`compress: ${n} files, ${(raw / 1e6).toFixed(1)} MB → ${(br / 1e6).toFixed(1)} MB Brotli, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

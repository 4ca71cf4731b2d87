/**
 * Serves the static export in out/ the way a real static host or CDN should — what `npm start`
 * runs after the build, and what the browser tests, the benchmark and Lighthouse drive:
 *   - precompressed Brotli / gzip siblings (out/**.br, .gz, written by scripts/compress.ts) when
 *     the browser accepts them, through sirv (a maintained static-file server), with ETags;
 *   - hashed assets (/_next/static/) cached for a year as immutable; everything else (HTML, the
 *     service worker, models, data, WASM) revalidated on each use (no-cache + ETag → 304);
 *   - correct types (WASM must be application/wasm), /zh → /zh/, the export's 404 page.
 *
 *   npm run serve            # http://localhost:3000
 *   PORT=4000 npm run serve
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

const root = path.resolve(import.meta.dirname, '../out');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(path.join(root, 'index.html'))) {
  console.error('serve: out/index.html is missing — run `npm run build` first.');
  process.exit(1);
}

/** the headers a deployment should set, by path (README "Deploying") */
export function cacheControl(pathname: string): string {
  return pathname.startsWith('/_next/static/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

const BINARY = /\.(u8|bin)$/;
const notFound = readFileSync(path.join(root, '404.html'));

const files = sirv(root, {
  dev: false,
  etag: true,
  brotli: true,
  gzip: true,
  extensions: ['html'],
  setHeaders(res: ServerResponse, pathname: string) {
    res.setHeader('Cache-Control', cacheControl(pathname));
    if (BINARY.test(pathname)) res.setHeader('Content-Type', 'application/octet-stream');
  },
  onNoMatch(_req, res) {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(notFound);
  },
});

createServer((req, res) => {
  const url = req.url ?? '/';
  const [pathname, query] = url.split('?');
  // /zh → /zh/ like a static host with trailingSlash: pages link with the slash
  if (!pathname.endsWith('/') && !path.extname(pathname) && existsSync(path.join(root, decodeSafe(pathname), 'index.html'))) {
    res.writeHead(308, { Location: pathname + '/' + (query !== undefined ? `?${query}` : '') });
    return res.end();
  }
  files(req, res);
}).listen(port, host, () => console.log(`serving out/ on http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`));

function decodeSafe(p: string): string {
  try {
    return path.normalize(decodeURIComponent(p)).replace(/^(\.\.[/\\])+/, '');
  } catch {
    return '/nonexistent';
  }
}

/**
 * Serves the static export in out/ on localhost — what `npm start` runs after the build, and what
 * the browser tests and the benchmark drive. Plain node:http: correct MIME types (WASM must be
 * application/wasm), directory index.html, the export's 404 page.
 *
 *   npm run serve            # http://localhost:3000
 *   PORT=4000 npm run serve
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../out');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.bin': 'application/octet-stream', '.u8': 'application/octet-stream',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf',
};

if (!existsSync(path.join(root, 'index.html'))) {
  console.error('serve: out/index.html is missing — run `npm run build` first.');
  process.exit(1);
}

function resolveFile(urlPath: string): string | null {
  let p: string;
  try {
    p = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const full = path.normalize(path.join(root, p));
  if (!full.startsWith(root)) return null;
  if (existsSync(full) && statSync(full).isFile()) return full;
  if (existsSync(path.join(full, 'index.html'))) return path.join(full, 'index.html');
  if (existsSync(full + '.html')) return full + '.html';
  return null;
}

createServer((req, res) => {
  const url = req.url ?? '/';
  const file = resolveFile(url);
  // /zh → /zh/ like a static host with trailingSlash
  if (file && !url.split('?')[0].endsWith('/') && file.endsWith('index.html') && !url.endsWith('.html')) {
    res.writeHead(308, { Location: url.split('?')[0] + '/' + (url.includes('?') ? url.slice(url.indexOf('?')) : '') });
    return res.end();
  }
  const status = file ? 200 : 404;
  const target = file ?? path.join(root, '404.html');
  res.writeHead(status, {
    'Content-Type': TYPES[path.extname(target)] ?? 'application/octet-stream',
    'Cache-Control': target.includes(`${path.sep}_next${path.sep}static${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(target).pipe(res);
}).listen(port, host, () => console.log(`serving out/ on http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`));

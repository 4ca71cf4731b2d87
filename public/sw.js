/*
 * The course site's service worker: what a student has opened keeps working offline, and nothing
 * is downloaded that they did not ask for.
 *   - Cache as the student goes: every same-origin file the site fetches (pages, scripts, a demo's
 *     model, data and WASM when the demo runs) is kept; the page that registered this worker sends
 *     the files it loaded before the worker took control.
 *   - "Save for offline" (components/site/OfflineSave.tsx) asks for a lecture's files or the whole
 *     course's, listed with their sizes in /sw-manifest.json (scripts/sw-manifest.ts).
 *   - A new version (scripts/sw-manifest.ts stamps VERSION below, so this file changes with every
 *     build that changes the site) drops only the cached files whose content changed or that are
 *     gone; hashed assets and unchanged models and pages stay.
 */
const VERSION = '__SW_VERSION__';
const CACHE = 'course-files';
const HASH = 'x-course-hash';

let manifestPromise = null;
/** the build's file list: from the network, else the copy kept in the cache */
function manifest() {
  if (!manifestPromise) {
    manifestPromise = (async () => {
      const cache = await caches.open(CACHE);
      try {
        const res = await fetch('/sw-manifest.json', { cache: 'no-store' });
        if (!res.ok) throw new Error(String(res.status));
        await cache.put('/sw-manifest.json', res.clone());
        return await res.json();
      } catch {
        const kept = await cache.match('/sw-manifest.json');
        return kept ? kept.json() : { version: VERSION, files: {}, lectures: {} };
      }
    })();
  }
  return manifestPromise;
}

/** the cache key: a page without its query (?backend=…) and hash */
function keyOf(request) {
  const url = new URL(request.url);
  return request.mode === 'navigate' || url.pathname.endsWith('/') ? url.origin + url.pathname : request.url;
}

async function store(key, response) {
  if (!response.ok || response.type !== 'basic') return;
  const { files } = await manifest();
  const entry = files[new URL(key).pathname];
  const headers = new Headers(response.headers);
  if (entry) headers.set(HASH, entry[0]);
  const body = await response.blob();
  await (await caches.open(CACHE)).put(key, new Response(body, { status: response.status, statusText: response.statusText, headers }));
}

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    // caches of the old precache-everything worker
    for (const k of await caches.keys()) if (k !== CACHE && k.startsWith('course-')) await caches.delete(k);
    const { files } = await manifest();
    const cache = await caches.open(CACHE);
    for (const req of await cache.keys()) {
      const path = new URL(req.url).pathname;
      if (path === '/sw-manifest.json') continue;
      const res = await cache.match(req);
      const entry = files[path];
      if (!entry || res.headers.get(HASH) !== entry[0]) await cache.delete(req);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || url.pathname === '/sw-manifest.json') return;
  event.respondWith((async () => {
    const key = keyOf(req);
    const hit = await caches.match(key);
    if (hit) return hit;
    const res = await fetch(req);
    event.waitUntil(store(key, res.clone()).catch(() => {}));
    return res;
  })());
});

/** { type: 'cache', urls } → caches what is missing, reporting { type: 'progress', done, total, failed } */
self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type !== 'cache' || !Array.isArray(data.urls)) return;
  const port = event.ports && event.ports[0];
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const urls = [...new Set(data.urls.map((u) => new URL(u, self.location.origin)).filter((u) => u.origin === self.location.origin).map((u) => (u.pathname.endsWith('/') ? u.origin + u.pathname : u.href)))];
    let done = 0, failed = 0;
    for (let i = 0; i < urls.length; i += 6) {
      // a few at a time: a classroom laptop on a slow network should not open 100 requests at once
      await Promise.all(urls.slice(i, i + 6).map(async (u) => {
        try {
          if (!(await cache.match(u))) await store(u, await fetch(u));
        } catch {
          failed++;
        }
        done++;
      }));
      if (port) port.postMessage({ type: 'progress', done, total: urls.length, failed });
    }
  })());
});

/*
 * The course site's service worker: after one visit the site works offline — every page, the
 * data, the trained models and the WASM binaries. On install it precaches the files listed in
 * /sw-manifest.json (written by scripts/sw-manifest.ts after each build); afterwards it answers
 * same-origin GETs from the cache first and caches anything new it fetches.
 */
const PREFIX = 'course-';

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const res = await fetch('/sw-manifest.json', { cache: 'no-store' });
    const { version, files } = await res.json();
    const cache = await caches.open(PREFIX + version);
    // in small groups: a classroom laptop on a slow network should not open 100 requests at once
    for (let i = 0; i < files.length; i += 8) await cache.addAll(files.slice(i, i + 8));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    const res = await fetch('/sw-manifest.json', { cache: 'no-store' }).catch(() => null);
    const current = res ? PREFIX + (await res.json()).version : null;
    if (current) await Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== current).map((k) => caches.delete(k)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || url.pathname === '/sw-manifest.json') return;
  event.respondWith((async () => {
    // pages are cached without their query (?backend=…) and hash
    const hit = await caches.match(req, { ignoreSearch: req.mode === 'navigate' });
    if (hit) return hit;
    const res = await fetch(req);
    if (res.ok && res.type === 'basic') {
      const keys = await caches.keys();
      const name = keys.find((k) => k.startsWith(PREFIX));
      if (name) (await caches.open(name)).put(req, res.clone());
    }
    return res;
  })());
});

/*
 * Lindung's service worker: the app shell offline, nothing personal ever cached.
 *
 * - Pages (navigations): the network first, else the cached index.html, so the app opens offline.
 * - The built files (/assets/*, hashed names): from the cache, else the network (then cached).
 *   On install every file the build lists (asset-manifest.json) is cached, so the lazily loaded
 *   screens (the screening wizard among them) are there even if never opened online; not the
 *   fonts for Burmese, Thai and Khmer names, fetched when a name needs them.
 * - The screening instruments (published reference text, no personal data): the network first,
 *   else the cached copy.
 * - Every other /api/ request goes to the network untouched: victims' data never enters a cache.
 *   Drafts made offline live encrypted in IndexedDB (see web/src/features/screening).
 */
const shell = 'lindung-shell-v1';
const instruments = '/api/screening-instruments';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(shell);
      await cache.addAll(['/', '/manifest.webmanifest', '/icon-192.png', '/icon-512.png']);
      try {
        const manifest = await (await fetch('/asset-manifest.json', { cache: 'no-store' })).json();
        const files = new Set();
        for (const entry of Object.values(manifest)) {
          for (const file of [entry.file, ...(entry.css ?? []), ...(entry.assets ?? [])]) {
            // The script fonts load (and are then cached) only when a page shows such a name.
            if (file && !file.endsWith('.woff2')) files.add(`/${file}`);
          }
        }
        await cache.addAll([...files]);
      } catch {
        // A development server has no asset manifest: files are cached as they load.
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== shell) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

async function networkFirst(request, fallbackUrl) {
  const cache = await caches.open(shell);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(fallbackUrl ?? request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(fallbackUrl ?? request);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(shell);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, '/'));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  } else if (url.pathname === instruments) {
    event.respondWith(networkFirst(request));
  }
});

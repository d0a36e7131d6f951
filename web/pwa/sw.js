// Platewise's service worker: the app shell cached so that the app opens
// offline. The build (pwa_plugin.mjs) writes it to dist/sw.js with SHELL (the
// files of this build) and VERSION (a hash of their names) filled in; the
// server sends it with Cache-Control: no-cache, so a new build's worker is
// found on the next visit and replaces this one (its caches with it).
//
// What it caches: the app shell (index.html, the hashed scripts and styles,
// the manifest and icons), at install. Hashed files answer from the cache (a
// name never changes content); pages and the other files of the shell from
// the network first, the cache only when the network fails. It never
// touches /api/: the few answers the app needs offline are kept by the page
// (web/src/kept_answers.ts), the person's own and used only offline.
/* global self, caches */
const VERSION = '__VERSION__';
const SHELL = __SHELL__;
const SHELL_CACHE = `platewise-shell-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('platewise-shell-') && name !== SHELL_CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin) return;
  const path = url.pathname;
  if (path.startsWith('/api/')) return;
  if (event.request.method !== 'GET') return;
  if (path.startsWith('/assets/')) {
    event.respondWith(caches.match(event.request).then((hit) => hit || fetch(event.request)));
    return;
  }
  if (event.request.mode === 'navigate') {
    event.respondWith(networkOr(event.request, () => caches.match('/', { cacheName: SHELL_CACHE })));
    return;
  }
  if (SHELL.includes(path)) event.respondWith(networkOr(event.request, () => caches.match(event.request)));
});

// The network's answer, else (offline) what `fallback` finds, else the
// network's failure.
async function networkOr(request, fallback) {
  try {
    return await fetch(request);
  } catch (e) {
    const kept = await fallback();
    if (kept) return kept;
    throw e;
  }
}

// clausecalc's service worker: after the first visit the app works without a network.
//
// - The version below is set by the build (a hash of the built files' names), so a new deploy is
//   a new worker: it installs beside the old one, and on activation the old caches are deleted.
// - Pages (navigations) come from the network first, so a new build is seen as soon as there is a
//   network, and from the cache when there is none.
// - Every other file of the app's own origin is named by content hash (or is a small script):
//   from the cache first, else from the network and then kept.
// - Requests to any other origin are never handled or cached.
// - The shell (the page and its app files) is cached on install; the page tells the worker which
//   of the app's files it has already fetched (a calculator's page module), so the bundles
//   visited before the worker took over are kept too.
const VERSION = 'clausecalc-__BUILD__';
const SHELL = ['./', './index.html' /*__SHELL__*/];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(VERSION).then((c) => c.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('clausecalc-') && k !== VERSION).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

const own = (url) => new URL(url, self.location.href).origin === self.location.origin;

self.addEventListener('message', (event) => {
  const urls = (event.data && Array.isArray(event.data.keep) ? event.data.keep : []).filter((u) => typeof u === 'string' && own(u));
  if (urls.length) event.waitUntil(caches.open(VERSION).then((c) => Promise.all(urls.map((u) => c.match(u).then((hit) => hit || c.add(u).catch(() => {}))))));
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || !own(req.url)) return;
  const url = new URL(req.url);
  if (req.mode === 'navigate') {
    // The case is in the address (query or fragment): the page itself is one file.
    const page = url.origin + url.pathname;
    event.respondWith(
      fetch(req)
        .then((res) => {
          if (res.ok) caches.open(VERSION).then((c) => c.put(page, res.clone()));
          return res;
        })
        .catch(() => caches.match(page).then((hit) => hit || caches.match('./index.html'))),
    );
    return;
  }
  event.respondWith(
    caches.match(req).then((hit) => hit || fetch(req).then((res) => {
      if (res.ok && res.type === 'basic') {
        const copy = res.clone();
        caches.open(VERSION).then((c) => c.put(req, copy));
      }
      return res;
    })),
  );
});

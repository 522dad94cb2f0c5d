// A calculator opened directly (a shared link, an embed) starts fetching its contract's page
// module at once, beside the app, instead of after the app has started: a preload the app's own
// fetch reuses. The module names (content-hashed) are in <meta name="clausecalc-modules">.
// A file of its own (not inline), so the app runs under a strict Content-Security-Policy.
(function () {
  var c = (new URLSearchParams(location.search).get('p') || '').slice(0, 3);
  var meta = document.querySelector('meta[name=clausecalc-modules]');
  if (!meta || (c !== 'ru-' && c !== 'se-')) return;
  var f = meta.content.split(' ').filter(function (e) { return e.indexOf(c.slice(0, 2) + '=') === 0; })[0];
  if (!f) return;
  var l = document.createElement('link');
  l.rel = 'preload'; l.as = 'fetch'; l.crossOrigin = 'anonymous'; l.href = './' + f.slice(3);
  document.head.appendChild(l);
})();

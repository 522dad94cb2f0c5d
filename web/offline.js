// Registers clausecalc's service worker (sw.js: after the first visit the app works offline) and
// tells it which of the app's files this page has already fetched, so they are kept too.
(function () {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  addEventListener('load', function () {
    navigator.serviceWorker.register('./sw.js').then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (reg) {
      var keep = function () {
        var urls = performance.getEntriesByType('resource').map(function (e) { return e.name; })
          .filter(function (u) { return u.indexOf(location.origin + '/') === 0; });
        if (reg.active) reg.active.postMessage({ keep: urls });
      };
      keep();
      // A page module fetched later (a calculator opened after the start page) is cached by the
      // worker itself once it controls the page; before that, tell it again.
      setTimeout(keep, 3000);
    }).catch(function () {});
  });
})();

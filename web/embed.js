// clausecalc's embed script, loaded by the snippet on a provider's page (from the app's own
// origin, so a host with a strict Content-Security-Policy allows it by naming that origin in
// script-src; no inline script or style is needed on the host).
//
// For each calculator frame (<iframe data-clausecalc="id">) on the page it:
// - introduces itself to the frame ({clausecalc: "hello", id, events}), posted only to the app's
//   origin; the frame learns its host's origin from that message and posts only to it (never
//   "*"); a frame that was never greeted posts nothing;
// - sets the frame's height from the frame's "height" messages (the fixed 900 px of the snippet
//   is what a host without scripts keeps);
// - hides the snippet's "open the calculator" link (the frame offers its own);
// - re-dispatches every message of the frame as a DOM event on the <iframe> element:
//   "clausecalc:ready", "clausecalc:height", and with data-events="result" "clausecalc:result"
//   ({calculator, kind: "date" | "amount", value}: the headline's deadline or amount, no
//   personal data).
// Messages are accepted only from the app's origin, only from the frame they name, and only with
// the id that frame was given, so several widgets on one page never mix.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__clausecalcEmbed) return;
  window.__clausecalcEmbed = true;
  var app = new URL(script.src, location.href).origin;
  var frames = [];

  function greet(entry) {
    var w = entry.frame.contentWindow;
    if (!w) return;
    // Still the frame's initial empty document (readable: it has this page's origin)? Then the
    // app has not loaded yet; greet it later.
    try { if (w.location.href) return; } catch (e) { /* the app's origin: go on */ }
    w.postMessage({ clausecalc: 'hello', id: entry.id, events: entry.events }, app);
  }

  function adopt(frame) {
    if (frame.__clausecalc) return;
    var src;
    try { src = new URL(frame.src, location.href); } catch (e) { return; }
    if (src.origin !== app) return;
    var base = frame.getAttribute('data-clausecalc') || 'clausecalc';
    var id = base, n = 1;
    while (frames.some(function (f) { return f.id === id; })) id = base + '-' + (++n);
    var entry = { frame: frame, id: id, events: frame.getAttribute('data-events') || '', ready: false, tries: 0 };
    frame.__clausecalc = entry;
    frames.push(entry);
    var link = frame.nextElementSibling;
    if (link && link.classList && link.classList.contains('clausecalc-open')) link.hidden = true;
    // The app starts a moment after its document has loaded: greet until it answers.
    var again = function () {
      if (entry.ready || entry.tries++ > 40) return;
      greet(entry);
      setTimeout(again, 250);
    };
    frame.addEventListener('load', function () { entry.ready = false; entry.tries = 0; again(); });
    again();
  }

  addEventListener('message', function (e) {
    var d = e.data;
    if (e.origin !== app || !d || typeof d.clausecalc !== 'string') return;
    frames.forEach(function (entry) {
      if (entry.frame.contentWindow !== e.source || d.id !== entry.id) return;
      if (d.clausecalc === 'ready') entry.ready = true;
      if (d.clausecalc === 'height' && typeof d.height === 'number' && d.height > 0 && d.height < 100000) {
        entry.ready = true;
        entry.frame.style.height = Math.ceil(d.height) + 'px';
      }
      entry.frame.dispatchEvent(new CustomEvent('clausecalc:' + d.clausecalc, { detail: d }));
    });
  });

  function scan() {
    var list = document.querySelectorAll('iframe[data-clausecalc]');
    for (var i = 0; i < list.length; i++) adopt(list[i]);
  }
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();

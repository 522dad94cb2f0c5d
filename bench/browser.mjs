// Browser benchmarks (issue 2): first-load transfer of app vs Leptos baseline, cold load times
// (unthrottled and slow-4G + 4x CPU), and a batch of 10 000 engine evaluations in wasm.
// Prints a readable report and writes bench/output/browser.json for scripts/bench.sh.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, serve, launch, firstLoadTransfer } from '../tests/e2e/support.mjs';

const LOADS = Number(process.env.BENCH_LOADS || 15);
const out = { transfer: {}, load: {}, batch: null };
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

// Slow 4G as Chrome DevTools defines it (RTT 150 ms × 3.75, 1.6 Mbps × 0.9 down, 750 kbps × 0.9 up).
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };

async function coldLoad(browser, url, throttled) {
  const context = await browser.newContext(); // a new context: empty cache, cold
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__ready = null;
    new MutationObserver((_, obs) => {
      if (document.body && document.body.dataset.ready === '1' && window.__ready === null) { window.__ready = performance.now(); obs.disconnect(); }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
    // A calculator page: when its first answer is on screen (page module fetched and run).
    window.__answer = null;
    new MutationObserver((_, obs) => {
      if (window.__answer === null && document.querySelector('.result p.headline')) { window.__answer = performance.now(); obs.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  if (throttled) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  await page.goto(url);
  await page.waitForFunction(() => window.__ready !== null, null, { timeout: 120000 });
  if (url.includes('p=')) await page.waitForFunction(() => window.__answer !== null, null, { timeout: 120000 });
  const r = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    ready: window.__ready,
    answer: window.__answer,
  }));
  await context.close();
  return r;
}

const browser = await launch();
try {
  for (const [name, dir] of [['app', path.join(ROOT, 'dist')], ['baseline', path.join(ROOT, 'dist-baseline')]]) {
    out.transfer[name] = await firstLoadTransfer(browser, dir);
  }
  // Each calculator opened directly (a shared link, an embed): the first load plus its contract's
  // page module.
  out.pages = {};
  for (const p of ['ru-refund', 'ru-deadlines', 'ru-late-interest', 'ru-group', 'se-withdrawal', 'se-billing', 'se-deadlines']) {
    out.pages[p] = await firstLoadTransfer(browser, path.join(ROOT, 'dist'), `?p=${p}&l=en`);
  }
  const app = await serve(path.join(ROOT, 'dist'));
  const base = await serve(path.join(ROOT, 'dist-baseline'));
  try {
    for (const throttled of [false, true]) {
      const mode = throttled ? 'slow4g_cpu4x' : 'unthrottled';
      const samples = { app: [], baseline: [], calculator: [] };
      // The RU worked example (RULES.md §4) opened directly, as a shared link or an embed does.
      const calc = `${app.url}?p=ru-refund&l=en&as_of=2026-03-29&payments.n=2&payments.0.amount=850&payments.0.date=2026-03-01`
        + '&payments.1.amount=5950&payments.1.date=2026-03-02&refusal_sent=2026-03-28T20:00&channel=e-mail';
      for (let i = 0; i < LOADS; i++) { // interleaved: app, baseline, calculator, app, …
        samples.app.push(await coldLoad(browser, app.url, throttled));
        samples.baseline.push(await coldLoad(browser, base.url, throttled));
        samples.calculator.push(await coldLoad(browser, calc, throttled));
      }
      out.load[mode] = Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, {
        n: xs.length,
        fcp_ms: median(xs.map((x) => x.fcp ?? x.ready)),
        ready_ms: median(xs.map((x) => x.ready)),
        answer_ms: xs[0].answer === null ? null : median(xs.map((x) => x.answer)),
      }]));
    }
  } finally { await app.close(); await base.close(); }

  // The engine batch in wasm.
  const evalDir = path.join(ROOT, 'bench', 'output', 'wasm-eval');
  if (fs.existsSync(path.join(evalDir, 'engine_wasm_eval.js'))) {
    const goldenDir = path.join(ROOT, 'engine', 'tests', 'golden');
    const scenarios = fs.readdirSync(goldenDir).filter((f) => f.endsWith('.json')).sort()
      .map((f) => JSON.parse(fs.readFileSync(path.join(goldenDir, f), 'utf8')))
      .filter((g) => !(g.expect && g.expect.error_fields && g.expect.error_fields.length))
      .map((g) => g.scenario);
    fs.writeFileSync(path.join(evalDir, 'index.html'), '<!doctype html><title>batch</title>');
    const srv = await serve(evalDir);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(srv.url);
    const N = 10000;
    out.batch = await page.evaluate(async ({ json, N }) => {
      const m = await import('./engine_wasm_eval.js');
      await m.default();
      m.batch(json, 200); // warm-up
      const t0 = performance.now();
      const ok = m.batch(json, N);
      const ms = performance.now() - t0;
      return { n: N, ok, ms, us_per_eval: (ms * 1000) / N };
    }, { json: JSON.stringify(scenarios), N });
    out.batch.scenarios = scenarios.length;
    await context.close();
    await srv.close();
  }
} finally {
  await browser.close();
}

fs.mkdirSync(path.join(ROOT, 'bench', 'output'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'bench', 'output', 'browser.json'), JSON.stringify(out, null, 2));
console.log(JSON.stringify(out, null, 2));

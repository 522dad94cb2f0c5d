// The size budget is a hard test (issue 2): the first page load's transfer, brotli-compressed,
// must stay within the budget. Every file the first load actually fetched counts.
//
// The calculator pages are split off (docs/DESIGN.md, "The size budget"): each contract's rules,
// forms and texts are a page module fetched when one of its calculators opens. So this also checks
// that the start page fetches no page module and a page fetches only its own contract's, and it
// prints what opening each calculator directly (a shared link, an embed) costs in all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ROOT, launch, firstLoadTransfer } from './support.mjs';

// 100 KB brotli fails the run (goal ≤ 80 KB). Override to see the test fail:
//   CLAUSECALC_SIZE_BUDGET=20000 make test
const BUDGET = Number(process.env.CLAUSECALC_SIZE_BUDGET || 100_000);
const GOAL = 80_000;
// A calculator opened directly: the first load plus its contract's page module. Not the issue's
// budget but a guard against regressions (measured 2026-11-22: ≈ 200 KB; 2026-11-30, with the
// embed look, host messages, offline worker and the rule revisions: see docs/PERFORMANCE.md).
const PAGE_CEILING = Number(process.env.CLAUSECALC_PAGE_CEILING || 255_000);
const DIST = path.join(ROOT, 'dist');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Page modules are named `calc-<contract>-<content hash>.wasm`: any fetched `calc-…` file counts
// as one (so a renamed module cannot slip past), and its name must have that form.
const modules = (files) => files.filter((f) => f.file.startsWith('calc-')).map((f) => {
  const m = f.file.match(/^calc-(ru|se)-[0-9a-f]{16}\.wasm$/);
  assert.ok(m, `unexpected page-module file name ${f.file}`);
  return m[1];
});

test(`first-load transfer is within ${BUDGET} bytes brotli`, async () => {
  const { files, total } = await firstLoadTransfer(browser, DIST);
  for (const f of files) console.log(`  ${f.file}: ${f.raw} raw, ${f.brotli} brotli, ${f.gzip} gzip`);
  console.log(`  first load: ${total.brotli} bytes brotli (budget ${BUDGET}, goal ${GOAL}), ${total.gzip} gzip`);
  assert.ok(files.some((f) => f.file.endsWith('.wasm')), 'the first load fetched the wasm');
  assert.deepEqual(modules(files), [], 'the start page fetched a page module');
  assert.ok(total.brotli <= BUDGET, `first-load transfer ${total.brotli} B brotli exceeds the budget of ${BUDGET} B`);
});

for (const [p, contract] of [['ru-refund', 'ru'], ['ru-deadlines', 'ru'], ['ru-late-interest', 'ru'], ['ru-group', 'ru'],
  ['se-withdrawal', 'se'], ['se-billing', 'se'], ['se-deadlines', 'se']]) {
  test(`${p} opened directly fetches only the ${contract} page module`, async () => {
    const { files, total } = await firstLoadTransfer(browser, DIST, `?p=${p}&l=en`);
    const mod = files.find((f) => f.file.startsWith(`calc-${contract}-`));
    assert.deepEqual(modules(files), [contract]);
    console.log(`  ${p} opened directly: ${total.brotli} bytes brotli (page module ${mod.brotli}), ${total.gzip} gzip`);
    assert.ok(total.brotli <= PAGE_CEILING, `${p}: ${total.brotli} B brotli exceeds the ceiling of ${PAGE_CEILING} B`);
  });
}

// The size budget is a hard test (issue 2): the first page load's transfer, brotli-compressed,
// must stay within the budget. Every file the first load actually fetched counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, launch, firstLoadTransfer } from './support.mjs';

// 100 KB brotli fails the run (goal ≤ 80 KB). Override to see the test fail:
//   CLAUSECALC_SIZE_BUDGET=20000 make test
const BUDGET = Number(process.env.CLAUSECALC_SIZE_BUDGET || 100_000);
const GOAL = 80_000;

test(`first-load transfer is within ${BUDGET} bytes brotli`, async () => {
  const browser = await launch();
  try {
    const { files, total } = await firstLoadTransfer(browser, path.join(ROOT, 'dist'));
    for (const f of files) console.log(`  ${f.file}: ${f.raw} raw, ${f.brotli} brotli, ${f.gzip} gzip`);
    console.log(`  first load: ${total.brotli} bytes brotli (budget ${BUDGET}, goal ${GOAL}), ${total.gzip} gzip`);
    assert.ok(files.some((f) => f.file.endsWith('.wasm')), 'the first load fetched the wasm');
    assert.ok(total.brotli <= BUDGET, `first-load transfer ${total.brotli} B brotli exceeds the budget of ${BUDGET} B`);
    // The calculators preview is not shipped because it does not fit yet: its figure is printed
    // so every run shows how far it is from the budget (not asserted).
    const preview = path.join(ROOT, 'dist-preview');
    if (fs.existsSync(path.join(preview, 'index.html'))) {
      const p = await firstLoadTransfer(browser, preview);
      console.log(`  calculators preview (not shipped): ${p.total.brotli} bytes brotli, ${p.total.gzip} gzip — ${(p.total.brotli / BUDGET).toFixed(2)}× the budget`);
    }
  } finally {
    await browser.close();
  }
});

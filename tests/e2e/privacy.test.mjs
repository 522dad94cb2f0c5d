// Privacy, measured: a person's figures never leave their browser. After a calculator has
// loaded, using it (typing, choosing, adding rows) makes no network request; no page loads
// anything from another origin; no cookie is set; "Clear my data" removes every stored draft,
// the embedded calculators' included.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp } from './support.mjs';
import { DIST, CASES, PAGES, fid } from './calc-support.mjs';

let srv, browser;
before(async () => { srv = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

test('using every calculator makes no network request, loads nothing from another origin, sets no cookie', async () => {
  const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
  const origin = new URL(srv.url).origin;
  const foreign = [];
  context.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  for (const p of PAGES) {
    const page = await openApp(context, `${srv.url}?p=${p}&l=en&${CASES[p]}`);
    await page.waitForSelector('.result p.headline, .result .incomplete');
    await page.waitForLoadState('networkidle');
    const during = [];
    // The icon is the one exception: the browser asks for it again when the address changes
    // (the case is written into it), and the test server forbids caching. It carries nothing.
    page.on('request', (r) => { if (!r.url().endsWith('/favicon.svg')) during.push(r.url()); });
    // Use it: type into every text field of the form (each an answer), then change every choice.
    const fields = await page.locator('section.calc form input[type="text"]:visible').evaluateAll((els) => els.map((e) => e.id).slice(0, 8));
    for (const id of fields) {
      await page.locator(`#${id}`).pressSequentially('12');
    }
    const selects = await page.locator('section.calc form select:visible').evaluateAll((els) => els.map((e) => [e.id, [...e.options].map((o) => o.value)]));
    for (const [id, values] of selects.slice(0, 6)) {
      if (values.length > 1) await page.selectOption(`#${id}`, values[1]);
    }
    await page.waitForTimeout(300);
    assert.deepEqual(during, [], `${p}: using the calculator made requests`);
    assert.equal(await page.evaluate(() => document.cookie), '', `${p}: a cookie was set`);
    await page.close();
  }
  assert.deepEqual(foreign, [], 'a request left the app\'s origin');
  assert.deepEqual(await context.cookies(), []);
  await context.close();
});

test('"Clear my data" removes every stored draft (counted in localStorage)', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openApp(context, `${srv.url}?p=ru-refund&l=en&${CASES['ru-refund']}`);
  await page.waitForSelector('.result p.headline');
  // An embedded calculator of this origin kept a visitor's draft too (in a frame, e=1).
  await page.evaluate((src) => new Promise((resolve) => {
    const f = document.createElement('iframe');
    f.src = src;
    f.onload = resolve;
    document.body.appendChild(f);
  }), `${srv.url}?p=se-withdrawal&l=en&e=1`);
  const frame = page.frameLocator('body > iframe');
  await frame.locator(fid('concluded')).fill('2025-06-06');
  await frame.locator('.result p.headline').waitFor();
  const drafts = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('clausecalc')).length);
  await page.waitForFunction(() => Object.keys(localStorage).filter((k) => k.startsWith('clausecalc')).length >= 2);
  assert.ok(await drafts() >= 2);
  await page.locator('.actions button').nth(2).click();
  await page.waitForFunction(() => Object.keys(localStorage).filter((k) => k.startsWith('clausecalc')).length === 0);
  assert.equal(await drafts(), 0);
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing else is stored either');
  await context.close();
});

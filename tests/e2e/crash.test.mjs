// A panic never leaves a dead page: the test build (dist-test/, feature `test-hooks`) panics on
// `__panic=1`; the visitor sees a short message in their language with a way to reload, the panic
// is logged, and the case comes back on reload (it is in the address and the draft).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ROOT, serve, launch, screenshot } from './support.mjs';
import { CASES, headline } from './calc-support.mjs';

let srv, browser;
before(async () => { srv = await serve(path.join(ROOT, 'dist-test')); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

for (const [l, text] of [['sv', /Något gick fel/], ['ru', /Что-то пошло не так/], ['en', /Something went wrong/]]) {
  test(`a panic shows a message in ${l} with a reload link, and the case comes back`, async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const logged = [];
    page.on('console', (m) => { if (m.type() === 'error') logged.push(m.text()); });
    page.on('pageerror', (e) => logged.push(String(e)));
    const url = `${srv.url}?p=se-withdrawal&l=${l}&${CASES['se-withdrawal']}&__panic=1`;
    await page.goto(url);
    const alert = page.locator('.crashed[role="alert"]');
    await alert.waitFor();
    assert.match(await alert.textContent(), text);
    assert.ok(logged.some((m) => /clausecalc stopped: [\s\S]*test-only panic/.test(m)), logged.join('\n'));
    const href = await alert.locator('a').getAttribute('href');
    assert.match(href, /concluded=2025-06-06/, 'the reload link keeps the case');
    await screenshot(page, `crash-${l}`);
    // Reload without the test trigger: the case is back and answers.
    await page.goto(href.replace('&__panic=1', ''));
    await page.waitForSelector('.result p.headline');
    assert.equal(await page.inputValue('#f-concluded'), '2025-06-06');
    assert.ok((await headline(page)).length > 0);
    await context.close();
  });
}

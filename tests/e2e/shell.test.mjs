// The built app starts in real Chromium, shows the start page, links to every calculator and
// switches language. (Catches a broken wasm-opt: the page would stay blank.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, screenshot } from './support.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

test('start page renders in the browser language with links to all calculators', async () => {
  const context = await browser.newContext({ locale: 'sv-SE' });
  const page = await openApp(context, srv.url);
  assert.equal(await page.getAttribute('html', 'lang'), 'sv');
  const links = await page.locator('.questions a').evaluateAll((as) => as.map((a) => new URL(a.href).searchParams.get('p')));
  assert.deepEqual(links.sort(), ['ru-data', 'ru-deadlines', 'ru-group', 'ru-late-interest', 'ru-refund', 'se-billing', 'se-deadlines', 'se-withdrawal']);
  await screenshot(page, 'start-sv');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('language switch changes the texts and the URL', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openApp(context, srv.url);
  await page.selectOption('#lang', 'ru');
  await page.waitForFunction(() => document.documentElement.lang === 'ru');
  assert.match(await page.textContent('h1'), /калькулятор/);
  assert.match(page.url(), /[?&]l=ru/);
  await screenshot(page, 'start-ru');
  await context.close();
});

/** From the start page to se-withdrawal, where a date of conclusion is typed. */
async function typedOnWithdrawal() {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openApp(context, `${srv.url}?l=en`);
  await page.click('.questions a[href="?p=se-withdrawal"]');
  await page.waitForSelector('#f-concluded');
  await page.fill('#f-concluded', '2026-03-02');
  await page.waitForFunction(() => /concluded=2026-03-02/.test(location.search));
  return { context, page };
}

test('Back returns to the start page and Forward to the calculator with what was typed', async () => {
  const { context, page } = await typedOnWithdrawal();
  await page.goBack();
  await page.waitForSelector('section.start');
  assert.equal(new URL(page.url()).searchParams.get('p'), null);
  await page.goForward();
  await page.waitForSelector('#f-concluded');
  assert.equal(await page.inputValue('#f-concluded'), '2026-03-02');
  assert.equal(new URL(page.url()).searchParams.get('p'), 'se-withdrawal');
  // Typing made no entries of its own: one Back from the calculator leaves the app's first page.
  await page.goBack();
  await page.waitForSelector('section.start');
  // Going back loses nothing: the draft still holds the case.
  assert.match(await page.evaluate(() => localStorage.getItem('clausecalc.draft.v1')), /concluded=2026-03-02/);
  await page.click('.questions a[href="?p=se-withdrawal"]');
  await page.waitForSelector('#f-concluded');
  assert.equal(await page.inputValue('#f-concluded'), '2026-03-02');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('after "Clear my data", Back brings none of it back', async () => {
  const { context, page } = await typedOnWithdrawal();
  await page.click('.foot button');
  await page.waitForSelector('section.start');
  assert.doesNotMatch(page.url(), /concluded/);
  // Clearing added no entry: one Back reaches the first start page, still inside the app.
  await page.goBack();
  await page.waitForSelector('section.start');
  await page.waitForTimeout(150);
  assert.doesNotMatch(page.url(), /concluded/);
  assert.doesNotMatch((await page.evaluate(() => localStorage.getItem('clausecalc.draft.v1'))) || '', /concluded/);
  await page.click('.questions a[href="?p=se-withdrawal"]');
  await page.waitForSelector('#f-concluded');
  assert.equal(await page.inputValue('#f-concluded'), '');
  assert.deepEqual(page.errors, []);
  await context.close();
});

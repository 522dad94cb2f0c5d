// The embed snippet as a provider's web developer uses it: copied from a calculator page,
// pasted into a page of another origin, where the calculator opens in a frame with the case
// (but "as of" the day it is opened), grows to its content's height, keeps what a visitor
// typed over a reload of the host page, and links out to the full page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, openApp, screenshot } from './support.mjs';
import { DIST, openCase } from './calc-support.mjs';

let srv, host, hostDir, browser;
before(async () => {
  srv = await serve(DIST);
  hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausecalc-host-'));
  host = await serve(hostDir); // another port: another origin
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await srv?.close();
  await host?.close();
  fs.rmSync(hostDir, { recursive: true, force: true });
});

test('embed: the snippet copied from a page opens the case in a frame on another site', async () => {
  const context = await browser.newContext({ locale: 'sv-SE', permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await openCase(context, srv.url, 'se-withdrawal', 'sv');
  await page.waitForSelector('.result p.headline');
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await page.click('.embed-code summary');
  const code = await page.inputValue('#embed-code');
  await screenshot(page, 'embed-code-se-withdrawal');
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?p=se-withdrawal&amp;l=sv&amp;channel=distance&amp;concluded=2025-06-06&amp;information=given-same-day(&amp;[^"]*)?&amp;e=1"/);
  assert.ok(!code.includes(`=${today}`), `today's "as of" is left out of the snippet:\n${code}`);
  assert.match(code, /title="clausecalc: Ångerrätt"/);
  await page.focus('.embed-code button');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.embed-code button').textContent.includes('kopierad'));
  assert.equal(await page.evaluate(() => document.activeElement.dataset.copyCode), '1', 'the focus stays on the button');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  assert.deepEqual(page.errors, []);

  // The provider's page, on another origin.
  fs.writeFileSync(path.join(hostDir, 'index.html'),
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Elbolaget</title></head>
     <body style="margin:0"><h1 style="margin:0;padding:1rem">Elbolaget: ångerrätt</h1>${code}<p id="after">Sidfot</p></body></html>`);
  const hostPage = await context.newPage();
  hostPage.errors = [];
  hostPage.on('pageerror', (e) => hostPage.errors.push(String(e)));
  await hostPage.goto(host.url);
  const frame = hostPage.frameLocator('iframe');
  await frame.locator('.result p.headline').waitFor();
  const drafts = () => frame.locator('html').evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('clausecalc.draft.v1|')));
  await hostPage.waitForTimeout(100);
  assert.deepEqual(await drafts(), [], 'a visit without typing leaves no draft');
  assert.equal(await frame.locator('#f-concluded').inputValue(), '2025-06-06');
  assert.ok(!(await frame.locator('.brand').isVisible()), 'no brand link inside the frame');
  assert.ok(!(await frame.locator('.embed-code details').isVisible()), 'no snippet inside the frame');
  // The frame grows to the app's height (sent by the app, set by the snippet's listener).
  await hostPage.waitForFunction(() => document.querySelector('iframe').style.height !== '900px');
  const [frameHeight, appHeight] = await Promise.all([
    hostPage.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height),
    frame.locator('html').evaluate((h) => h.offsetHeight),
  ]);
  assert.ok(Math.abs(frameHeight - appHeight) <= 2, `frame ${frameHeight}px, app ${appHeight}px`);
  await screenshot(hostPage, 'embed-host-se-withdrawal');

  // A visitor types; a reload of the host page brings it back.
  await frame.locator('#f-concluded').fill('2025-06-09');
  await frame.locator('.result p.headline').waitFor();
  await hostPage.waitForTimeout(100);
  await hostPage.reload();
  await frame.locator('.result p.headline').waitFor();
  assert.equal(await frame.locator('#f-concluded').inputValue(), '2025-06-09');
  assert.equal((await drafts()).length, 1);
  // "Open in a new tab": the same case on the full page (no embed flag).
  const href = await frame.locator('.embed-code a[target="_blank"]').getAttribute('href');
  const full = new URL(href);
  assert.equal(full.origin, new URL(srv.url).origin);
  assert.equal(full.searchParams.get('concluded'), '2025-06-09');
  assert.equal(full.searchParams.get('e'), null);
  // "Copy link" inside the frame also gives the full page.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(srv.url).origin });
  await frame.locator('.actions button').first().click();
  await frame.locator('.actions button', { hasText: 'kopierad' }).waitFor();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(copied.searchParams.get('concluded'), '2025-06-09');
  assert.equal(copied.searchParams.get('e'), null);
  // "Clear my data" inside the frame: back to the snippet's case (the preset stays), no draft.
  await frame.locator('.actions button').nth(2).click();
  await hostPage.waitForTimeout(300);
  assert.equal(await frame.locator('#f-concluded').inputValue(), '2025-06-06');
  assert.deepEqual(await drafts(), []);
  await hostPage.reload();
  await frame.locator('.result p.headline').waitFor();
  assert.equal(await frame.locator('#f-concluded').inputValue(), '2025-06-06');
  assert.deepEqual(hostPage.errors, []);

  // The height follows the content: a language switch inside the frame changes it, and the
  // frame follows.
  await frame.locator('#lang').selectOption('en');
  await frame.locator('html[lang="en"]').waitFor();
  const again = await frame.locator('html').evaluate((h) => h.offsetHeight);
  await hostPage.waitForFunction((h) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - h) <= 2, again);
  await context.close();
});

test('embed: only the page\'s own fields go into the snippet; a message from another origin does not resize the frame', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  // A case that also holds fields typed on Swedish pages earlier in this browser.
  const page = await openApp(context, `${srv.url}?p=ru-refund&l=en&due_date.invoice_sent=2026-01-05&li.amount=10000&group.name=Own`);
  await page.waitForSelector('section.calc .result');
  await page.click('.embed-code summary');
  const code = await page.inputValue('#embed-code');
  assert.match(code, /\?p=ru-refund&amp;l=en&amp;group\.name=Own&amp;/, 'the page\'s own fields, the group included');
  assert.doesNotMatch(code, /invoice_sent|li\.amount/, 'no fields of other pages');
  // "Date of the calculation" is today: left out, so the embed computes as of its visitor's day.
  assert.ok(await page.inputValue('#f-as_of'), 'the page filled in today');
  assert.doesNotMatch(code, /as_of=/);
  await page.fill('#f-as_of', '2026-01-15');
  await page.waitForFunction(() => /as_of=2026-01-15/.test(document.querySelector('#embed-code')?.value || ''));
  fs.writeFileSync(path.join(hostDir, 'index.html'), `<!doctype html><html><body>${code}</body></html>`);
  const hostPage = await context.newPage();
  await hostPage.goto(host.url);
  await hostPage.frameLocator('iframe').locator('.result').first().waitFor();
  await hostPage.waitForFunction(() => document.querySelector('iframe').style.height !== '900px');
  const before = await hostPage.evaluate(() => document.querySelector('iframe').style.height);
  // The host page itself (another origin than the app) posts a forged height.
  await hostPage.evaluate(() => window.postMessage({ clausecalc: 'height', height: 5 }, '*'));
  // And another frame of the app's origin, not the calculator's frame, posts one too.
  await hostPage.evaluate((src) => new Promise((resolve) => {
    const f = document.createElement('iframe');
    f.id = 'other';
    f.src = src;
    f.onload = resolve;
    document.body.appendChild(f);
  }), `${srv.url}?l=en`);
  await hostPage.frameLocator('#other').locator('html').evaluate(() => parent.postMessage({ clausecalc: 'height', height: 5 }, '*'));
  await hostPage.waitForTimeout(200);
  assert.equal(await hostPage.evaluate(() => document.querySelector('iframe').style.height), before);
  await context.close();
});

// The embed snippet as a provider's web developer uses it: copied from a calculator page,
// pasted into a page of another origin — one with a strict Content-Security-Policy, as a careful
// host has — where the calculator opens in a frame with the case (but "as of" the day it is
// opened), grows to its content's height, tells the host it is ready and (when asked) the result,
// keeps what a visitor typed over a reload of the host page, and links out to the full page.
// With the host's scripts blocked it stays a usable fixed-height frame with a link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, openApp, screenshot, APP_CSP } from './support.mjs';
import { DIST, openCase } from './calc-support.mjs';

let srv, host, hostDir, browser;
let hostScripts = true;
const hostCsp = () => {
  const app = new URL(srv.url).origin;
  return `default-src 'self'; frame-src ${app}; style-src 'self'; script-src ${hostScripts ? `'self' ${app}` : "'none'"}`;
};
/** A host page (no inline script or style) holding `body`. */
const hostHtml = (body, lang = 'sv') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Elbolaget</title></head>
  <body><h1>Elbolaget: ångerrätt</h1>${body}<p id="after">Sidfot</p></body></html>`;
before(async () => {
  srv = await serve(DIST);
  hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausecalc-host-'));
  // Another port: another origin. The host's own CSP allows only what docs/EMBEDDING.md tells a
  // provider to allow: the app's origin for frames and for the embed script.
  host = await serve(hostDir, () => ({ 'content-security-policy': hostCsp() }));
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
  // Nothing inline for the host's CSP to refuse: one script, by src from the app's origin.
  assert.doesNotMatch(code, /style=/);
  assert.equal((code.match(/<script/g) || []).length, 1);
  assert.match(code, new RegExp(`<script src="${srv.url}embed.js" async></script>$`));
  assert.match(code, /data-clausecalc="clausecalc-se-withdrawal"/);
  assert.match(code, /<p class="clausecalc-open"><a href="http:[^"]*\?p=se-withdrawal[^"]*" target="_blank"/);
  assert.ok(!code.includes(`=${today}`), `today's "as of" is left out of the snippet:\n${code}`);
  assert.match(code, /title="clausecalc: Ångerrätt"/);
  await page.focus('.embed-code button');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.embed-code button').textContent.includes('kopierad'));
  assert.equal(await page.evaluate(() => document.activeElement.dataset.copyCode), '1', 'the focus stays on the button');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  assert.deepEqual(page.errors, []);

  // The provider's page, on another origin, asking for the result events.
  fs.writeFileSync(path.join(hostDir, 'index.html'), hostHtml(code.replace('<iframe ', '<iframe data-events="result" ')));
  const hostPage = await context.newPage();
  hostPage.errors = [];
  hostPage.on('pageerror', (e) => hostPage.errors.push(String(e)));
  // What the host's own script would do: listen to the frame's events (added through the
  // debugging protocol here, which the host's CSP does not govern).
  await hostPage.addInitScript(() => {
    if (window !== top) return;
    window.events = [];
    document.addEventListener('DOMContentLoaded', () => {
      const f = document.querySelector('iframe');
      for (const k of ['ready', 'height', 'result']) f.addEventListener(`clausecalc:${k}`, (e) => window.events.push({ k, ...e.detail }));
    });
  });
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
  await hostPage.waitForFunction(() => document.querySelector('iframe').style.height !== '');
  // The frame said it is ready and gave the headline's date, with its id and nothing typed.
  await hostPage.waitForFunction(() => window.events.some((e) => e.k === 'result'));
  const events = await hostPage.evaluate(() => window.events);
  assert.ok(events.some((e) => e.k === 'ready' && e.id === 'clausecalc-se-withdrawal'), JSON.stringify(events));
  const result = events.find((e) => e.k === 'result');
  assert.deepEqual(Object.keys(result).sort(), ['calculator', 'clausecalc', 'id', 'k', 'kind', 'value']);
  assert.equal(result.calculator, 'se-withdrawal');
  assert.equal(result.kind, 'date');
  assert.match(result.value, /^\d{4}-\d\d-\d\d$/);
  // The snippet's fallback link is hidden once the embed script runs.
  assert.equal(await hostPage.locator('.clausecalc-open').isVisible(), false);
  const [frameHeight, appHeight] = await Promise.all([
    hostPage.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height),
    frame.locator('html').evaluate((h) => h.offsetHeight),
  ]);
  assert.ok(Math.abs(frameHeight - appHeight) <= 2, `frame ${frameHeight}px, app ${appHeight}px`);
  await screenshot(hostPage, 'embed-host-se-withdrawal');

  // A visitor types; the host hears the new result; a reload of the host page brings it back.
  await frame.locator('#f-concluded').fill('2025-06-16');
  await frame.locator('.result p.headline').waitFor();
  await hostPage.waitForFunction((v) => window.events.filter((e) => e.k === 'result').some((e) => e.value !== v), result.value);
  await hostPage.waitForTimeout(100);
  await hostPage.reload();
  await frame.locator('.result p.headline').waitFor();
  assert.equal(await frame.locator('#f-concluded').inputValue(), '2025-06-16');
  assert.equal((await drafts()).length, 1);
  // "Open in a new tab": the same case on the full page (no embed flag).
  const href = await frame.locator('.embed-code a[target="_blank"]').getAttribute('href');
  const full = new URL(href);
  assert.equal(full.origin, new URL(srv.url).origin);
  assert.equal(full.searchParams.get('concluded'), '2025-06-16');
  assert.equal(full.searchParams.get('e'), null);
  // "Copy link" inside the frame also gives the full page.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(srv.url).origin });
  await frame.locator('.actions button').first().click();
  await frame.locator('.actions button', { hasText: 'kopierad' }).waitFor();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(copied.searchParams.get('concluded'), '2025-06-16');
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
  fs.writeFileSync(path.join(hostDir, 'index.html'), hostHtml(code, "en"));
  const hostPage = await context.newPage();
  await hostPage.goto(host.url);
  await hostPage.frameLocator('iframe').locator('.result').first().waitFor();
  await hostPage.waitForFunction(() => document.querySelector('iframe').style.height !== '');
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

test('embed: a host that blocks scripts keeps a usable fixed-height frame and a link; the frame posts nothing', async () => {
  const context = await browser.newContext({ locale: 'sv-SE' });
  const page = await openCase(context, srv.url, 'se-withdrawal', 'sv');
  await page.click('.embed-code summary');
  const code = await page.inputValue('#embed-code');
  hostScripts = false;
  try {
    fs.writeFileSync(path.join(hostDir, 'index.html'), hostHtml(code));
    const hostPage2 = await context.newPage();
    const posted = [];
    await hostPage2.exposeFunction('sawMessage', (m) => posted.push(m));
    await hostPage2.addInitScript(() => { if (window === top) addEventListener('message', (e) => window.sawMessage(JSON.stringify(e.data))); });
    await hostPage2.goto(host.url);
    const frame = hostPage2.frameLocator('iframe');
    await frame.locator('.result p.headline').waitFor();
    await hostPage2.waitForTimeout(500);
    const box = await hostPage2.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
    assert.equal(box, 900, 'the snippet\'s fixed height, not collapsed');
    assert.ok(await hostPage2.locator('.clausecalc-open a').isVisible(), 'the link to the calculator is there');
    const href = await hostPage2.locator('.clausecalc-open a').getAttribute('href');
    assert.equal(new URL(href).searchParams.get('concluded'), '2025-06-06');
    assert.deepEqual(posted, [], 'no host script greeted the frame, so it posted nothing');
    await screenshot(hostPage2, 'embed-host-no-scripts');
  } finally {
    hostScripts = true;
    await context.close();
  }
});

test('embed: two widgets on one page never mix their messages; the look from the snippet is applied, an invalid one ignored and named', async () => {
  // Tall enough for both frames (the snippet's frames load lazily, when scrolled near).
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 2600 } });
  const page = await openCase(context, srv.url, 'se-withdrawal', 'en');
  await page.click('.embed-code summary');
  // The look, set in the panel: accent colour, dark scheme, compact.
  await page.locator('#th-accent').fill('#aa3300');
  await page.selectOption('#th-scheme', 'dark');
  await page.selectOption('#th-density', 'compact');
  await page.waitForFunction(() => /accent=%23aa3300/.test(document.querySelector('#embed-code').value) && /scheme=dark/.test(document.querySelector('#embed-code').value));
  // The preview shows the frame with that look.
  const preview = page.frameLocator('iframe.preview');
  await preview.locator('html[data-scheme="dark"]').waitFor();
  assert.equal(await preview.locator('html').evaluate((h) => getComputedStyle(h).getPropertyValue('--accent').trim()), '#aa3300');
  await screenshot(page, 'embed-panel-look');
  const code = await page.inputValue('#embed-code');
  // Two copies of the widget, the second with an invalid radius added to its address.
  const second = code.replace(/(src="[^"]*)"/, '$1&amp;radius=999&amp;font=%22x"').replace(/<script[^>]*><\/script>/, '');
  fs.writeFileSync(path.join(hostDir, 'index.html'), hostHtml(`${code}\n${second}`, "en"));
  const hostPage3 = await context.newPage();
  const warnings = [];
  hostPage3.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await hostPage3.addInitScript(() => {
    if (window !== top) return;
    window.events = [];
    document.addEventListener('DOMContentLoaded', () => document.querySelectorAll('iframe').forEach((f, i) => {
      f.addEventListener('clausecalc:ready', (e) => window.events.push({ frame: i, id: e.detail.id }));
    }));
  });
  await hostPage3.goto(host.url);
  await hostPage3.waitForFunction(() => window.events.length >= 2);
  const events = await hostPage3.evaluate(() => window.events);
  const ids = [...new Set(events.map((e) => `${e.frame}:${e.id}`))].sort();
  assert.deepEqual(ids, ['0:clausecalc-se-withdrawal', '1:clausecalc-se-withdrawal-2']);
  await hostPage3.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => f.style.height !== ''));
  const frames = hostPage3.frames().filter((f) => f.url().includes('e=1'));
  assert.equal(frames.length, 2);
  for (const f of frames) {
    assert.equal(await f.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()), '#aa3300');
    assert.equal(await f.evaluate(() => document.documentElement.dataset.density), 'compact');
  }
  const radius = await frames[1].evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--radius').trim());
  assert.equal(radius, '6px', 'the invalid radius changed nothing');
  assert.ok(warnings.some((w) => /"radius"/.test(w)) && warnings.some((w) => /"font"/.test(w)), warnings.join('\n'));
  await context.close();
});

test('without JavaScript the page says what it needs, in each language', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${srv.url}?p=ru-refund&l=ru`);
  const texts = await page.locator('noscript p').evaluateAll((ps) => ps.map((p) => `${p.lang}: ${p.textContent}`));
  assert.equal(texts.length, 3);
  assert.match(texts[0], /^ru: .*JavaScript/);
  assert.match(texts[1], /^sv: /);
  await context.close();
});

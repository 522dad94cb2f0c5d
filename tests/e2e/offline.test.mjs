// Offline use: after the first visit the app works without a network (web/sw.js, a service
// worker registered by web/offline.js). The built files of the bundles visited are cached (a
// calculator's page module included), never another origin's requests, and a new build (a new
// worker version) replaces the old cache.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, openApp } from './support.mjs';
import { DIST, CASES } from './calc-support.mjs';

let srv, dir, browser;
before(async () => {
  // A copy of the build, so the test can "deploy" a new one.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausecalc-offline-'));
  fs.cpSync(DIST, dir, { recursive: true });
  srv = await serve(dir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await srv?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const cached = (page) => page.evaluate(async () => {
  const out = {};
  for (const k of await caches.keys()) out[k] = (await (await caches.open(k)).keys()).map((r) => r.url);
  return out;
});

test('offline: after the first visit the app and the calculator visited work without a network', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openApp(context, `${srv.url}?p=ru-refund&l=en&${CASES['ru-refund']}`);
  await page.waitForSelector('.result p.headline');
  const headline = await page.textContent('.result p.headline');
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The worker keeps the shell and the page module this visit fetched.
  await page.waitForFunction(async () => {
    for (const k of await caches.keys()) {
      const urls = (await (await caches.open(k)).keys()).map((r) => r.url);
      if (urls.some((u) => /calc-ru-[0-9a-f]{16}\.wasm$/.test(u)) && urls.some((u) => /_bg\.wasm$/.test(u))) return true;
    }
    return false;
  }, null, { timeout: 20000 });
  const all = Object.values(await cached(page)).flat();
  const origin = new URL(srv.url).origin;
  assert.deepEqual(all.filter((u) => new URL(u).origin !== origin), [], 'nothing of another origin is cached');
  assert.ok(!all.some((u) => /calc-se-/.test(u)), 'a contract not visited is not fetched for the cache');

  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]', { timeout: 20000 });
  await page.waitForSelector('.result p.headline');
  assert.equal(await page.textContent('.result p.headline'), headline);
  // Typing still answers, offline.
  await page.fill('#f-refusal_sent', '2026-03-29T20:00');
  await page.waitForFunction((h) => document.querySelector('.result p.headline').textContent !== h, headline);
  await context.setOffline(false);
  await context.close();
});

test('offline: a new build is a new worker, and the old cache is dropped', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openApp(context, `${srv.url}?l=en`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => (await caches.keys()).length === 1);
  const [first] = Object.keys(await cached(page));
  assert.match(first, /^clausecalc-[0-9a-f]{16}$/, 'the version is the build\'s, not a placeholder');
  // Deploy: the worker's version changes (as every build's does).
  const sw = path.join(dir, 'sw.js');
  fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(first, 'clausecalc-0000000000000001'));
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    return keys.length === 1 && keys[0] === 'clausecalc-0000000000000001';
  }, null, { timeout: 20000 });
  await page.reload();
  await page.waitForSelector('section.start');
  await context.close();
});

// Bad input as people produce it (docs/BAD_INPUT.md lists every class and its test): each gets a
// clear message beside its field in the page's language, nothing typed is lost, nothing typed or
// linked is ever executed, and no address, however broken, leaves a dead page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, screenshot } from './support.mjs';
import { DIST, CASES, fid, openCalc, typeInto, setDate, headline } from './calc-support.mjs';

let srv, browser;
before(async () => { srv = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const errOf = (page, path) => page.locator(`${fid(path)}-err`);

test('an impossible date typed by keyboard says "no such date", not "still to fill in"', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openCalc(context, srv.url, 'se-withdrawal', 'en');
  await page.selectOption(fid('channel'), 'distance');
  // Headless Chromium's date field takes month, day, year: 02/30/2026.
  await page.locator(fid('concluded')).focus();
  await page.keyboard.type('02302026', { delay: 15 });
  // The browser gives such a field no value and fires no input: the message comes on leaving it.
  await page.locator(fid('concluded')).blur();
  await errOf(page, 'concluded').waitFor();
  assert.equal(await errOf(page, 'concluded').textContent(), 'There is no such date — check the day and month.');
  assert.doesNotMatch(await page.textContent('section.calc .result'), /Still needed/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('amounts as people type them: read, or refused saying which format is expected (ru, sv)', async () => {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await openApp(context, `${srv.url}?p=ru-refund&l=ru&${CASES['ru-refund']}`);
  await page.waitForSelector('.result p.headline');
  const cases = [
    ['6.800', /тысячи или копейки/],
    ['0,001', /двух знаков после запятой/],
    ['12345678901234567890', /Слишком большое число/],
    ['1e30', /Введите сумму цифрами/],
  ];
  for (const [typed, message] of cases) {
    await typeInto(page, 'payments.1.amount', typed);
    await errOf(page, 'payments.1.amount').waitFor();
    assert.match(await errOf(page, 'payments.1.amount').textContent(), message, typed);
    assert.equal(await page.inputValue(fid('payments.1.amount')), typed, 'kept as typed');
  }
  // Read: a space or a no-break space between thousands, thousands and decimals both shown.
  for (const typed of ['5 950', '5\u00a0950', '5.950,00', '5 950,00']) {
    await typeInto(page, 'payments.1.amount', typed);
    await page.waitForFunction(() => /6\u00a0800,00/.test(document.querySelector('.result p.headline')?.textContent || ''));
  }
  await screenshot(page, 'bad-input-amounts-ru');
  await page.goto(`${srv.url}?p=se-deadlines&l=sv`);
  await page.waitForSelector('body[data-ready="1"]');
  await typeInto(page, 'li.amount', '0,001');
  await errOf(page, 'li.amount').waitFor();
  assert.equal(await errOf(page, 'li.amount').textContent(), 'Högst två decimaler (ören).');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('markup and script in free text and in the address are shown as text, never run', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const evil = '<img src=x onerror="window.__owned=1"><script>window.__owned=2</script>"\'>';
  const q = new URLSearchParams({ p: 'ru-group', l: 'en', 'group.name': evil, 'group.instalments.0.label': evil, [evil]: evil });
  const page = await openApp(context, `${srv.url}?${q}`);
  await page.waitForSelector('section.calc .result');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__owned), undefined);
  assert.equal(await page.inputValue(fid('group.name')), evil, 'the name is kept as typed');
  assert.equal(await page.locator('section.calc img').count(), 0);
  // Typed by keyboard into the form too.
  await typeInto(page, 'group.name', evil);
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__owned), undefined);
  await context.close();
});

test('broken, unknown, huge and old addresses all open a working page', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  // 6 KB in one field: what fits the ~8 KB of a query that servers accept. A longer case (a full
  // se-billing is ~20 KB) needs the case in the URL fragment, which never reaches a server:
  // docs/BAD_INPUT.md, class "case too long for a query".
  const long = 'x'.repeat(6_000);
  for (const q of [
    '?p=nope&l=xx', // unknown page and language: the start page, in a language the browser has
    '?p=ru-refund&l=en&payments.0.amount=%E0%A4%A&as_of=%', // garbled percent-escapes
    `?p=se-withdrawal&l=sv&concluded=${long}`, // a long value in one field
    '?p=ru-refund&l=en&payments.0.amount=850&payments.0.da', // truncated mid-key
    '?p=se-billing&l=en&invoices.n=999999&readings.n=-3', // absurd row counts
  ]) {
    const page = await openApp(context, `${srv.url}${q}`);
    await page.waitForSelector('main section');
    assert.deepEqual(page.errors, [], q.slice(0, 80));
    await page.close();
  }
  await context.close();
});

test('a date before or after the tables (1900, 2100) gets a clear answer, never a silent guess', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openApp(context, `${srv.url}?p=ru-late-interest&l=en&amount=1000&deadline=2100-01-10&as_of=2100-03-01`);
  await page.waitForSelector('section.calc .result p, section.calc .result li');
  const text = await page.textContent('section.calc .result');
  assert.ok(/calendar|rate|table|range/i.test(text), text.slice(0, 300));
  await setDate(page, 'deadline', '1900-01-10');
  await setDate(page, 'as_of', '1900-03-01');
  await page.waitForTimeout(300);
  assert.ok(/calendar|rate|table|range|before/i.test(await page.textContent('section.calc .result')));
  assert.deepEqual(page.errors, []);
  await context.close();
});

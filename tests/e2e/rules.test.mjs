// The rule catalog's 2026-11-30 revisions and new rules as a person meets them on the pages:
// dates and amounts typed with the keyboard, key by key (headless Chromium's date fields follow
// its own en-US format whatever the page's locale: month, day, year), the answer read from the page. The figures are RULES.md §4's worked examples, the same
// as the golden scenarios of engine/tests/golden.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, screenshot } from './support.mjs';
import { DIST, fid, fig, headline, waitHeadline, choose, openCalc } from './calc-support.mjs';

let srv, browser;
before(async () => { srv = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const MSK = '(Moscow, UTC+03:00)';
const CET = (s) => new RegExp(`^${s}`);

/** Types a date (YYYY-MM-DD) into a date field digit by digit, as the field shows it (MM/DD/YYYY). */
async function typeDate(page, path, iso) {
  const [y, m, d] = iso.split('-');
  // Focus (from elsewhere) lands on the first part, the month; each part is replaced as it is typed.
  await page.evaluate(() => document.activeElement?.blur());
  await page.locator(fid(path)).focus();
  await page.keyboard.type(`${m}${d}${y}`, { delay: 15 });
}

test('ru-data: a data request received Fri 20 Feb 2026 is answered by 10 Mar, by 17 Mar after a reasoned extension (152-ФЗ ст. 14, 20)', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openCalc(context, srv.url, 'ru-data', 'en');
  await typeDate(page, 'as_of', '2026-02-20');
  await typeDate(page, 'request_received', '2026-02-20');
  await page.waitForFunction(() => /Answer to the data request by/.test(document.querySelector('.result')?.textContent || ''));
  assert.equal(await fig(page, 'Answer to the data request by'), `Tue, 10 Mar 2026 24:00 ${MSK}`);
  assert.equal(await page.inputValue(fid('request_received')), '2026-02-20', 'the typed date is kept as typed');
  await typeDate(page, 'extension_notice_sent', '2026-03-06');
  await page.waitForFunction(() => /extended by notice/.test(document.querySelector('.result')?.textContent || ''));
  assert.equal(await fig(page, 'Answer by (extended by notice)'), `Tue, 17 Mar 2026 24:00 ${MSK}`);
  assert.match(page.url(), /request_received=2026-02-20/);
  await screenshot(page, 'rules-ru-data-en');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('ru-refund: the refund deadline has its limitation date beside it, and an overdue refund says so', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openApp(context, `${srv.url}?p=ru-refund&l=en&payments.n=2&payments.0.amount=850&payments.0.date=2026-03-01&payments.1.amount=5950&payments.1.date=2026-03-02&refusal_sent=2026-03-28T20:00&channel=e-mail`);
  await typeDate(page, 'as_of', '2026-03-29');
  await waitHeadline(page, /sent at least 10 days before the start/);
  assert.equal(await fig(page, 'Refund deadline'), `Fri, 10 Apr 2026 24:00 ${MSK}`);
  assert.equal(await fig(page, 'Last day to sue (limitation)'), `Tue, 10 Apr 2029 24:00 ${MSK}`);
  // Months later, not refunded: the headline says it is overdue.
  await typeDate(page, 'as_of', '2026-09-15');
  await waitHeadline(page, /overdue|late/i);
  assert.doesNotMatch(await headline(page), /must refund .* by Fri, 10 Apr 2026\.$/);
  await screenshot(page, 'rules-ru-refund-overdue-en');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('se-withdrawal: information never given — the 12 months run from the rolled end of the 14 days (Dir. 2011/83 art. 10)', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openCalc(context, srv.url, 'se-withdrawal', 'en');
  await choose(page, 'channel', 'distance');
  await typeDate(page, 'concluded', '2025-05-15');
  await choose(page, 'information', 'never');
  await page.waitForFunction(() => /Last day to withdraw/.test(document.querySelector('.result')?.textContent || ''));
  assert.match(await fig(page, 'Last day to withdraw'), CET('Mon, 1 Jun 2026'));
  // A notice sent on that last day is in time only by this reading: said, with a warning.
  await typeDate(page, 'notice_sent', '2026-06-01');
  await page.waitForFunction(() => document.querySelector('.result .warnings'));
  await screenshot(page, 'rules-se-withdrawal-never-informed-en');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('no text shown to a user names our internal files', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  for (const [p, q] of [
    ['ru-refund', 'payments.0.amount=850&payments.0.date=2026-03-01&refusal_sent=2026-03-20T10:00&channel=e-mail&as_of=2026-03-21'],
    ['ru-deadlines', 'payments.0.amount=850&payments.0.date=2025-12-20&refusal_sent=2025-12-25T10:00&channel=e-mail&as_of=2025-12-26'],
    ['se-billing', 'reconciliation_date=2026-05-10&right_to_estimate=yes'],
  ]) {
    for (const l of ['ru', 'sv', 'en']) {
      const page = await openApp(context, `${srv.url}?p=${p}&l=${l}&${q}`);
      await page.waitForSelector('.result p.headline, .result .incomplete');
      // The "why" opened: its notes are part of what a user reads.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      const text = await page.textContent('body');
      assert.doesNotMatch(text, /RULES\.md|docs\/|\.rs\b/, `${p} (${l})`);
      await page.close();
    }
  }
  await context.close();
});

test('add to calendar: a deadline, and all of them, download as .ics events with the clause and a reminder', async () => {
  const context = await browser.newContext({ locale: 'en-GB', acceptDownloads: true });
  const page = await openApp(context, `${srv.url}?p=ru-refund&l=en&payments.n=2&payments.0.amount=850&payments.0.date=2026-03-01&payments.1.amount=5950&payments.1.date=2026-03-02&refusal_sent=2026-03-28T20:00&channel=e-mail&as_of=2026-03-29`);
  await waitHeadline(page, /sent at least 10 days before the start/);
  const read = async (link) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const fs = await import('node:fs');
    return { name: dl.suggestedFilename(), text: fs.readFileSync(await dl.path(), 'utf8') };
  };
  const one = await read(page.locator('.fig', { has: page.locator('dt', { hasText: /^Refund deadline$/ }) }).locator('a.ics'));
  assert.equal(one.name, 'clausecalc-refund-deadline.ics');
  assert.match(one.text, /^BEGIN:VCALENDAR\r\n/);
  assert.match(one.text, /DTSTART;VALUE=DATE:20260410\r\n/);
  assert.match(one.text, /DESCRIPTION:[^\r]*RU-REFUND-DEADLINE/);
  assert.match(one.text, /TRIGGER:-P1D/);
  const all = await read(page.locator('a.ics').first());
  assert.equal(all.name, 'clausecalc-ru-refund.ics');
  assert.ok((all.text.match(/BEGIN:VEVENT/g) || []).length >= 3, all.text);
  assert.match(all.text, /DTSTART;TZID=Europe\/Moscow:20260408T090000/, 'the start of the service, timed in Moscow');
  assert.match(all.text, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Moscow/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

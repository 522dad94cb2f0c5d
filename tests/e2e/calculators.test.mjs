// The calculator pages (dist/, each computed by its contract's page module) end to end in real
// Chromium: the worked examples of RULES.md §4 and the engine's golden files typed in as a user
// would, field errors, partial input, language switch, copy link, the draft, print and a 320 px
// viewport. Every expected value comes from RULES.md §4 or engine/tests/golden/*.json.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { OUTPUT, serve, launch, openApp, screenshot } from './support.mjs';
import {
  DIST, NBSP, DRAFT_KEY, PAGES, fid, openCalc, openCase, typeInto, setDate, choose, addRow, fillRows,
  section, headline, fig, waitHeadline, pdfPages,
} from './calc-support.mjs';

let srv, browser;
before(async () => { srv = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const MSK = '(Moscow, UTC+03:00)';

/** The shipped group, RULES.md §4 (RU): 850 + 5950 paid, refusal e-mailed 2026-03-28 20:00. */
async function typeRuRefund(page) {
  await setDate(page, 'as_of', '2026-03-29');
  await fillRows(page, 'payments', [{ amount: '850', date: '2026-03-01' }]);
  // The second row by keyboard: focus "Add row" and press Enter.
  await page.locator('fieldset.list:has(#f-payments-0-amount) > button:not(.remove)').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector(fid('payments.1.amount'));
  await typeInto(page, 'payments.1.amount', '5950');
  await setDate(page, 'payments.1.date', '2026-03-02');
  await choose(page, 'channel', 'e-mail');
  await setDate(page, 'refusal_sent', '2026-03-28T20:00');
}

test('ru-refund: the shipped group, refusal e-mailed in time, then one hour too late', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openCalc(context, srv.url, 'ru-refund', 'en');
  await typeRuRefund(page);
  await waitHeadline(page, /at least 10 days before the start/);
  assert.equal(await headline(page), 'The refusal was sent at least 10 days before the start (6.1): the provider must refund ₽6,800.00 by Fri, 10 Apr 2026.');
  assert.equal(await fig(page, 'Refund'), '₽6,800.00');
  assert.equal(await fig(page, 'Paid'), '₽6,800.00');
  assert.equal(await fig(page, 'Timing of refusal'), 'At least 10 days before the start (6.1)');
  // Sending decides (6.1 "направив"; ГК 194 п. 2); the receipt reading is shown beside it.
  assert.equal(await fig(page, 'Send the refusal by'), `Sun, 29 Mar 2026 24:00 ${MSK}`);
  assert.equal(await fig(page, 'Send the refusal by (receipt reading)'), `Sat, 28 Mar 2026 24:00 ${MSK}`);
  assert.equal(await fig(page, 'Refusal deemed received (contract: +24 h)'), `Sun, 29 Mar 2026 20:00 ${MSK}`);
  await screenshot(page, 'calc-ru-refund-en-in-time');

  // The answer is announced politely by a live region that holds only the one-sentence answer
  // (not the tables); the result area stays in place and changes its content.
  const live = section(page).locator('p.vh[aria-live="polite"]');
  assert.equal(await live.textContent(), await headline(page));
  assert.equal(await section(page).locator('.result').getAttribute('aria-live'), null);
  const region = await section(page).locator('.result').elementHandle();
  await region.evaluate((el) => {
    window.__mutations = 0;
    new MutationObserver((m) => { window.__mutations += m.length; }).observe(el, { subtree: true, childList: true, characterData: true });
  });
  // E-mailed at 23:30 on the last day: still in time (revised 2026-11-30: it used to count as late,
  // decided by the deemed receipt 24 h later).
  await setDate(page, 'as_of', '2026-03-31');
  await setDate(page, 'refusal_sent', '2026-03-29T23:30');
  await waitHeadline(page, /sent at least 10 days before the start/);
  assert.equal(await fig(page, 'Timing of refusal'), 'At least 10 days before the start (6.1)');
  // One hour into the next day: late.
  await setDate(page, 'refusal_sent', '2026-03-30T00:30');
  await waitHeadline(page, /later than 10 days before the start/);
  assert.ok(await region.evaluate((el) => el.isConnected), 'the live region was replaced instead of updated');
  assert.ok(await page.evaluate(() => window.__mutations) > 0, 'no mutation inside the result area');
  assert.match(await live.textContent(), /later than 10 days before the start/);
  assert.equal(await fig(page, 'Timing of refusal'), 'Later than 10 days before the start (6.1)');
  assert.equal(await fig(page, 'Refund'), '₽6,800.00');
  assert.equal(await fig(page, 'Refusal deemed received (contract: +24 h)'), `Tue, 31 Mar 2026 00:30 ${MSK}`);
  assert.equal(await fig(page, 'Send the refusal by'), `Sun, 29 Mar 2026 24:00 ${MSK}`);
  assert.match(await region.textContent(), /Late/);
  assert.match(page.url(), /refusal_sent=2026-03-30T00%3A30/);
  await screenshot(page, 'calc-ru-refund-en-late');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('ru-deadlines: refusal received Fri 2025-12-26 → 10 working days; after a breach 10 calendar days', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openCalc(context, srv.url, 'ru-deadlines', 'en');
  // engine/tests/golden/ru-deadlines-worked-own-choice.json
  await setDate(page, 'as_of', '2025-12-26');
  await fillRows(page, 'payments', [{ amount: '850', date: '2025-12-20' }]);
  await choose(page, 'channel', 'e-mail');
  await setDate(page, 'refusal_sent', '2025-12-25T10:00');
  await waitHeadline(page, /Next deadline/);
  assert.equal(await fig(page, 'Refusal deemed received (contract: +24 h)'), `Fri, 26 Dec 2025 10:00 ${MSK}`);
  assert.equal(await fig(page, 'Refund deadline'), `Wed, 21 Jan 2026 24:00 ${MSK}`);
  assert.equal(await fig(page, 'Refund deadline (contract)'), `Wed, 21 Jan 2026 24:00 ${MSK}`);
  // ru-deadlines-worked-breach.json: the same with reason provider-breach.
  await choose(page, 'reason', 'provider-breach');
  await page.waitForFunction(() => [...document.querySelectorAll('.result .fig dt')].some((d) => d.textContent.startsWith('Refund deadline (law)')));
  assert.equal(await fig(page, 'Refund deadline'), `Mon, 12 Jan 2026 24:00 ${MSK}`);
  assert.equal(await fig(page, 'Refund deadline (law)'), `Mon, 12 Jan 2026 24:00 ${MSK}`);
  assert.equal(await fig(page, 'Refund deadline (contract)'), `Wed, 21 Jan 2026 24:00 ${MSK}`);
  await screenshot(page, 'calc-ru-deadlines-en');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('ru-late-interest: key-rate check 50 000 ₽ from 2025-06-01 to 2025-10-31 → 3 871,92 ₽ (ru)', async () => {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await openCalc(context, srv.url, 'ru-late-interest', 'ru');
  // engine/tests/golden/ru-late-interest-key-rate-check.json
  await setDate(page, 'as_of', '2025-10-31');
  await typeInto(page, 'amount', '50 000');
  await setDate(page, 'deadline', '2025-05-31');
  await waitHeadline(page, /153/);
  assert.equal(await fig(page, 'Проценты за просрочку'), `3${NBSP}871,92${NBSP}₽`);
  assert.equal(await headline(page), `Проценты за просрочку: 3${NBSP}871,92${NBSP}₽ за 153${NBSP}дн.`);
  const table = section(page).locator('.result table').filter({ has: page.locator('caption', { hasText: 'Проценты за просрочку' }) });
  assert.equal(await table.locator('tbody tr').count(), 5, 'one row per key-rate segment');
  const amounts = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.cells[5].textContent));
  assert.deepEqual(amounts, ['230,14', '1 342,47', '1 208,22', '978,08', '113,01'].map((a) => `${a.replace(' ', NBSP)}${NBSP}₽`));
  // The timeline shows the case: the deadline, the first day of delay and the day of the answer.
  const tl = await section(page).locator('.result details.tl-text').textContent();
  for (const e of ['Срок возврата', 'Начало просрочки', 'Дата расчёта']) assert.match(tl, new RegExp(e));
  // The "why" is in Russian too: every note of this case is translated (none left in English).
  const notes = section(page).locator('.result .trace .note');
  assert.ok(await notes.count() > 0);
  assert.equal(await section(page).locator('.result .trace .note[lang="en"]').count(), 0);
  assert.match(await notes.first().textContent(), /[а-я]/);
  await screenshot(page, 'calc-ru-late-interest-ru');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('se-withdrawal: the four worked examples of RULES.md §4 (sv)', async () => {
  const context = await browser.newContext({ locale: 'sv-SE' });
  const page = await openCalc(context, srv.url, 'se-withdrawal', 'sv');
  const cases = [
    { channel: 'distance', concluded: '2025-06-06', information: 'given-same-day', last: 'mån, 2025-06-23' },
    { channel: 'off-premises', concluded: '2025-12-10', information: 'given-same-day', last: 'mån, 2025-12-29' },
    { channel: 'distance', concluded: '2026-12-17', information: 'given-same-day', last: 'mån, 2027-01-04' },
    { channel: 'distance', concluded: '2025-03-03', information: 'never', last: 'tis, 2026-03-17' },
  ];
  for (const c of cases) {
    await choose(page, 'channel', c.channel);
    await setDate(page, 'concluded', c.concluded);
    await choose(page, 'information', c.information);
    await waitHeadline(page, new RegExp(`senast ${c.last}`));
    assert.match(await fig(page, 'Sista dag att ångra'), new RegExp(`^${c.last} 24:00 \\(Stockholm, UTC\\+0[12]:00\\)$`), `concluded ${c.concluded}`);
    await screenshot(page, `calc-se-withdrawal-sv-${c.concluded}`);
  }
  assert.deepEqual(page.errors, []);
  // The "why" in Swedish: every note translated, the rolled-deadline ones sentence by sentence.
  assert.ok(await section(page).locator('.result .trace .note').count() > 0);
  assert.equal(await section(page).locator('.result .trace .note[lang="en"]').count(), 0);
  assert.match(await section(page).locator('.result .trace').textContent(), /Sista dagen är (inte )?en arbetsdag/);
  await context.close();
});

test('se-billing: reconciliation across a price change typed into the rows; bar chart present', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openCalc(context, srv.url, 'se-billing', 'en');
  // engine/tests/golden/se-billing-price-change-even-split.json
  await setDate(page, 'reconciliation_date', '2026-05-10');
  await choose(page, 'right_to_estimate', 'yes');
  await fillRows(page, 'invoices', [
    { from: '2026-01-01', to: '2026-02-28', estimated_kwh: '800', amount: '1000.00' },
    { from: '2026-03-01', to: '2026-04-30', estimated_kwh: '800', amount: '1000.00' },
  ]);
  await fillRows(page, 'readings', [
    { date: '2026-01-01', reading_kwh: '10000' },
    { date: '2026-05-01', reading_kwh: '11900' },
  ]);
  await fillRows(page, 'prices', [
    { from: '2026-01-01', to: '2026-02-28', price_per_kwh: '1.00', monthly_fee: '50.00', vat_percent: '25' },
    { from: '2026-03-01', to: '2026-04-30', price_per_kwh: '1.20', monthly_fee: '50.00', vat_percent: '25' },
  ]);
  await waitHeadline(page, /you owe/);
  assert.equal(await headline(page), `After reconciliation you owe SEK${NBSP}866.46.`);
  assert.equal(await fig(page, 'Measured kWh'), `1,900${NBSP}kWh`);
  assert.equal(await fig(page, 'Final total'), `SEK${NBSP}2,866.46`);
  assert.equal(await fig(page, 'Payable'), `SEK${NBSP}866.46`);
  const chart = page.locator('figure.chart svg[role="img"]').first();
  assert.ok(await chart.isVisible(), 'the bar chart is shown');
  assert.match(await chart.getAttribute('aria-label'), /Preliminary SEK.1,000\.00, Final SEK.1,292\.71/);
  assert.match(page.url(), /invoices\.n=2/);
  // The reconciliation table numbers the preliminary invoices as the rows were typed: 1, 2.
  const recon = section(page).locator('.result table').filter({ has: page.locator('caption', { hasText: /^Reconciliation$/ }) });
  const col = await recon.locator('thead th').evaluateAll((ths) => ths.findIndex((th) => /invoice/i.test(th.textContent)));
  assert.ok(col >= 0, 'an invoice column');
  assert.deepEqual(await recon.locator('tbody tr').evaluateAll((rows, c) => rows.map((r) => r.cells[c].textContent), col), ['1', '2']);
  await screenshot(page, 'calc-se-billing-en');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('se-deadlines: due date (28th rule) and the late-interest section (prefix li.)', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openCalc(context, srv.url, 'se-deadlines', 'en');
  // engine/tests/golden/se-due-date-28th-rule.json
  await setDate(page, 'due_date.invoice_sent', '2026-01-05');
  await waitHeadline(page, /deadlines for your questions/);
  assert.equal(await fig(page, 'Earliest lawful due date'), `Mon, 26 Jan 2026 24:00 (Stockholm, UTC+01:00)`);
  assert.equal(await fig(page, 'Due date (main rule)'), `Wed, 28 Jan 2026 24:00 (Stockholm, UTC+01:00)`);
  assert.equal(await fig(page, 'Recommended due date'), 'Wed, 28 Jan 2026');
  // engine/tests/golden/se-late-interest-half-year.json, in the second section.
  await typeInto(page, 'li.amount', '10000.00');
  await setDate(page, 'li.due_date', '2025-05-28');
  await setDate(page, 'li.until', '2025-07-31');
  await waitHeadline(page, /^Late interest: SEK.184\.38 for 64.days\.$/, 1);
  assert.equal(await fig(page, 'Interest', 1), `SEK${NBSP}184.38`);
  assert.equal(await fig(page, 'Interest days', 1), `64${NBSP}days`);
  assert.equal(await fig(page, 'First interest day', 1), 'Thu, 29 May 2025');
  assert.equal(await fig(page, 'Amount with interest', 1), `SEK${NBSP}10,184.38`);
  assert.equal(await section(page, 1).locator('.result table tbody tr').count(), 2, 'two reference-rate periods');
  // The first section is unaffected by the second.
  assert.equal(await fig(page, 'Due date (main rule)'), `Wed, 28 Jan 2026 24:00 (Stockholm, UTC+01:00)`);
  assert.match(page.url(), /li\.amount=10000\.00/);
  await screenshot(page, 'calc-se-deadlines-en');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('bad input: "abc" in an amount gets a message beside the field and stays in field and URL', async () => {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await openCalc(context, srv.url, 'ru-refund', 'ru');
  await setDate(page, 'as_of', '2026-03-29');
  await typeInto(page, 'payments.0.amount', 'abc');
  await setDate(page, 'payments.0.date', '2026-03-01');
  const input = page.locator('#f-payments-0-amount');
  const err = page.locator('#f-payments-0-amount-err');
  await err.waitFor();
  assert.equal(await err.textContent(), 'Введите сумму цифрами, например 6800 или 6 800,50.');
  assert.ok(await err.evaluate((e) => e.matches('span.field-error')));
  assert.ok(await err.evaluate((e, inp) => e.parentElement === inp.parentElement, await input.elementHandle()), 'the message sits in the field\'s own box');
  assert.equal(await input.getAttribute('aria-invalid'), 'true');
  assert.equal(await input.getAttribute('aria-describedby'), 'f-payments-0-amount-err');
  assert.equal(await input.inputValue(), 'abc');
  assert.match(page.url(), /payments\.0\.amount=abc/);
  assert.match(await page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY), /payments\.0\.amount=abc/);
  const result = await section(page).locator('.result').textContent();
  assert.match(result, /Исправьте:/);
  assert.match(result, /Введите сумму цифрами/);
  await screenshot(page, 'calc-bad-input-ru');
  // Corrected, the message and the mark go away.
  await typeInto(page, 'payments.0.amount', '850');
  // The slot stays in place (so a screen reader's alert region is stable) but empties and hides.
  await err.waitFor({ state: 'hidden' });
  assert.equal(await err.textContent(), '');
  assert.equal(await input.getAttribute('aria-invalid'), null);
  assert.doesNotMatch(await section(page).locator('.result').textContent(), /Исправьте/);
  await setDate(page, 'refusal_sent', '2026-03-28T20:00');
  await waitHeadline(page, /850,00/);

  // The same in Swedish in a prefixed section (se-deadlines, li.).
  await page.goto(`${srv.url}?p=se-deadlines&l=sv`);
  await page.waitForSelector('body[data-ready="1"]');
  await typeInto(page, 'li.amount', 'abc');
  await page.locator('#f-li-amount-err').waitFor();
  assert.equal(await page.textContent('#f-li-amount-err'), 'Ange beloppet med siffror, till exempel 6800 eller 6 800,50.');
  assert.equal(await page.getAttribute('#f-li-amount', 'aria-invalid'), 'true');
  assert.equal(await page.inputValue('#f-li-amount'), 'abc');
  assert.match(page.url(), /li\.amount=abc/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('partial input: the result lists the required fields still empty', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openCalc(context, srv.url, 'ru-late-interest', 'en');
  const result = section(page).locator('.result');
  await result.locator('.incomplete').waitFor();
  assert.match(await result.textContent(), /Still needed:/);
  const link = result.locator('.incomplete a[href="#f-amount"]');
  assert.equal(await link.textContent(), 'Amount');
  assert.equal(await page.locator('#f-amount').count(), 1, 'the link points at the field');
  assert.equal(await result.locator('p.headline').count(), 0);
  await screenshot(page, 'calc-partial-ru-late-interest-en');
  await typeInto(page, 'amount', '50000');
  await setDate(page, 'deadline', '2025-05-31');
  await setDate(page, 'as_of', '2025-10-31');
  await waitHeadline(page, /153.days/);
  assert.equal(await result.locator('.incomplete').count(), 0);

  // A section with a prefix: the late-interest part of se-deadlines, started but not finished.
  await page.goto(`${srv.url}?p=se-deadlines&l=en`);
  await page.waitForSelector('body[data-ready="1"]');
  await typeInto(page, 'li.amount', '1000');
  const li = section(page, 1).locator('.result');
  await li.locator('.incomplete a[href="#f-li-due_date"]').waitFor();
  assert.equal(await li.locator('.incomplete a[href="#f-li-due_date"]').textContent(), 'Due date');
  assert.equal(await page.locator('#f-li-due_date').count(), 1);
  await setDate(page, 'li.due_date', '2026-03-28');
  await setDate(page, 'li.until', '2026-04-30');
  await waitHeadline(page, /^Late interest: SEK.8\.49 for 31.days\.$/, 1);
  assert.equal(await fig(page, 'Interest', 1), `SEK${NBSP}8.49`); // se-late-interest-rolled-due-date.json
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('language switch on a calculator page changes labels and formatted values', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openCase(context, srv.url, 'ru-refund', 'en');
  const label = () => page.textContent('label[for="f-as_of"]');
  assert.match(await label(), /^Date of the calculation \(today\)/);
  assert.equal(await fig(page, 'Refund'), '₽6,800.00');
  const expected = {
    ru: { label: /^Дата расчёта \(сегодня\)/, refund: ['Возврат', `6${NBSP}800,00${NBSP}₽`], send: ['Отправить отказ не позднее', 'вс, 29.03.2026 24:00 (Москва, UTC+03:00)'], add: 'Добавить строку' },
    sv: { label: /^Beräkningsdag \(i dag\)/, refund: ['Återbetalning', `6${NBSP}800,00${NBSP}₽`], send: ['Skicka avbokningen senast', 'sön, 2026-03-29 24:00 (Moskva, UTC+03:00)'], add: 'Lägg till rad' },
    en: { label: /^Date of the calculation \(today\)/, refund: ['Refund', '₽6,800.00'], send: ['Send the refusal by', `Sun, 29 Mar 2026 24:00 ${MSK}`], add: 'Add row' },
  };
  for (const [l, e] of Object.entries(expected)) {
    await page.selectOption('#lang', l);
    await page.waitForFunction((code) => document.documentElement.lang === code, l);
    assert.match(await label(), e.label, l);
    assert.equal(await fig(page, e.refund[0]), e.refund[1], l);
    assert.equal(await fig(page, e.send[0]), e.send[1], l);
    assert.equal((await page.locator('fieldset.list:has(#f-payments-0-amount) > button:not(.remove)').textContent()).trim(), e.add);
    assert.match(page.url(), new RegExp(`[?&]l=${l}(&|$)`));
    assert.equal(await page.inputValue('#f-payments-1-amount'), '5950', 'typed values survive the switch');
    await screenshot(page, `calc-lang-ru-refund-${l}`);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('copy link: the copied URL reopens the same case in a fresh browser context', async () => {
  const context = await browser.newContext({ locale: 'en-GB', permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await openCalc(context, srv.url, 'ru-refund', 'en');
  await typeRuRefund(page);
  await waitHeadline(page, /at least 10 days before the start/);
  const before = await headline(page);
  const copy = page.locator('.actions button').nth(0);
  assert.equal((await copy.textContent()).trim(), 'Copy link');
  await copy.click();
  await page.waitForFunction(() => document.querySelector('.actions button').textContent.includes('Link copied'));
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, page.url());
  assert.match(link, /[?&]p=ru-refund/);
  assert.match(link, /payments\.n=2/);
  await context.close();

  const fresh = await browser.newContext({ locale: 'sv-SE' });
  const page2 = await openApp(fresh, link);
  await waitHeadline(page2, /at least 10 days before the start/);
  assert.equal(await headline(page2), before);
  assert.equal(await page2.inputValue('#f-payments-1-amount'), '5950');
  assert.equal(await page2.inputValue('#f-refusal_sent'), '2026-03-28T20:00');
  await screenshot(page2, 'calc-copy-link-reopened');
  assert.deepEqual(page2.errors, []);
  await fresh.close();
});

test('reload keeps the draft; "Clear my data" empties the fields and the draft', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openCalc(context, srv.url, 'ru-refund', 'en');
  await typeRuRefund(page);
  await waitHeadline(page, /at least 10 days before the start/);
  const before = await headline(page);
  const draft = await page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY);
  assert.match(draft, /payments\.1\.amount=5950/);

  await page.goto(srv.url); // no query: the draft is the case
  await page.waitForSelector('body[data-ready="1"]');
  await waitHeadline(page, /at least 10 days before the start/);
  assert.equal(await headline(page), before);
  assert.equal(await page.inputValue('#f-payments-0-amount'), '850');
  assert.equal(await page.inputValue('#f-payments-1-date'), '2026-03-02');
  assert.equal(await page.inputValue('#f-refusal_sent'), '2026-03-28T20:00');
  assert.equal(await page.inputValue('#f-as_of'), '2026-03-29');

  const clear = page.locator('.actions button').nth(2);
  assert.equal((await clear.textContent()).trim(), 'Clear my data');
  await clear.click();
  await page.waitForFunction(() => document.querySelector('#f-payments-0-amount')?.value === '');
  assert.equal(await page.locator('#f-payments-1-amount').count(), 0, 'the added row is gone');
  assert.equal(await page.inputValue('#f-refusal_sent'), '');
  const after = await page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY);
  const today = await page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; });
  // "As of" comes back as today (the page's default), so the typed 2026-03-29 must be gone.
  for (const typed of ['payments', 'refusal_sent', 'channel', ...(today === '2026-03-29' ? [] : ['2026-03-29'])]) {
    assert.ok(!(after || '').includes(typed), `the draft still holds "${typed}": ${after}`);
    assert.ok(!page.url().includes(typed), `the URL still holds "${typed}": ${page.url()}`);
  }
  console.log(`  draft after "Clear my data": ${JSON.stringify(after)}`);
  await page.goto(srv.url);
  await page.waitForSelector('body[data-ready="1"]');
  if (await page.locator('#f-payments-0-amount').count()) {
    assert.equal(await page.inputValue('#f-payments-0-amount'), '');
  }
  assert.equal(await page.locator('p.headline', { hasText: '6,800' }).count(), 0, 'nothing of the case comes back');
  await screenshot(page, 'calc-after-clear');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('print: form hidden, inputs summary and headline shown; PDF page count', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  for (const p of ['se-withdrawal', 'ru-refund']) {
    const page = await openCase(context, srv.url, p, 'en');
    await page.waitForSelector('.result p.headline');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('form.form').first().isVisible(), false, 'the form is hidden in print');
    assert.equal(await page.locator('.actions').isVisible(), false, 'the buttons are hidden in print');
    const summary = section(page).locator('.print-only');
    assert.ok(await summary.isVisible(), 'the inputs summary is printed');
    assert.match(await summary.textContent(), /Your inputs/);
    assert.ok(await section(page).locator('p.headline').isVisible(), 'the headline is printed');
    await screenshot(page, `print-${p}`);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    fs.writeFileSync(path.join(OUTPUT, 'screenshots', `print-${p}.pdf`), pdf);
    console.log(`  ${p}: printed PDF has ${pdfPages(pdf)} page(s) (A4)`);
    assert.equal(pdfPages(pdf), 1, 'a one-page summary');
    if (p === 'se-withdrawal') {
      // Values as on screen: a date with its weekday, a choice by its label (not its code).
      assert.match(await summary.textContent(), /Contract date: Fri, 6 Jun 2025/);
      assert.match(await summary.textContent(), /Channel: Distance contract/);
    }
    await page.emulateMedia({ media: 'screen' });
    assert.ok(await page.locator('form.form').first().isVisible());
    assert.deepEqual(page.errors, []);
    await page.close();
  }
  await context.close();
});

test('320 px viewport: no horizontal scroll on any page', async (t) => {
  for (const p of ['start', ...PAGES]) {
    await t.test(p, async () => {
      const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 320, height: 640 } });
      const page = p === 'start' ? await openApp(context, `${srv.url}?l=en`) : await openCase(context, srv.url, p, 'en');
      if (p !== 'start') await page.waitForSelector('.result p.headline');
      const sw = await page.evaluate(() => document.documentElement.scrollWidth);
      await screenshot(page, `w320-${p}`);
      assert.ok(sw <= 320, `${p}: scrollWidth ${sw} > 320`);
      assert.deepEqual(page.errors, []);
      await context.close();
    });
  }
});

test('a page module that cannot be fetched: a clear message, and what was typed is kept', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  let offline = true;
  await context.route('**/calc-ru-*.wasm', (route) => (offline ? route.abort() : route.continue()));
  const page = await openApp(context, `${srv.url}?p=ru-refund&l=en&as_of=2026-03-29&payments.0.amount=850`);
  const notice = page.locator('.page .notice[role="alert"]');
  await notice.waitFor();
  assert.match(await notice.textContent(), /could not be loaded.*what you typed is kept/);
  assert.match(page.url(), /payments\.0\.amount=850/);
  assert.match(await page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY), /payments\.0\.amount=850/);
  await screenshot(page, 'calc-module-unavailable');
  // Back online, "Try again" loads it, and the typed amount is in its field.
  offline = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.waitForSelector('#f-payments-0-amount');
  assert.equal(await page.inputValue('#f-payments-0-amount'), '850');
  await context.close();
});

test('the page modules load on demand: the start page fetches none, a page only its own', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (r) => { const m = r.url().match(/\/calc-(ru|se)-[0-9a-f]{16}\.wasm$/); if (m) fetched.push(m[1]); });
  await page.goto(srv.url);
  await page.waitForSelector('body[data-ready="1"]');
  assert.deepEqual(fetched, []);
  await page.click('a[href="?p=se-billing"]');
  await page.waitForSelector('section.calc form');
  assert.deepEqual(fetched, ['se']);
  // Back and into another Swedish page: the module is reused, not fetched again.
  await page.click('a.brand');
  await page.click('a[href="?p=se-withdrawal"]');
  await page.waitForSelector('#f-concluded');
  assert.deepEqual(fetched, ['se']);
  // Opened directly, a page's module is preloaded beside the app (index.html) and the app's own
  // fetch reuses it: one request.
  const direct = await context.newPage();
  const got = [];
  direct.on('request', (r) => { const m = r.url().match(/\/calc-(ru|se)-[0-9a-f]{16}\.wasm$/); if (m) got.push(m[1]); });
  await direct.goto(`${srv.url}?p=ru-deadlines&l=en`);
  await direct.waitForSelector('section.calc form');
  assert.deepEqual(got, ['ru']);
  assert.equal(await direct.evaluate(() => document.querySelectorAll('link[rel=preload][href*="calc-ru-"]').length), 1);
  await context.close();
});

test('ru-group: the offer\'s Appendix 1 checked, filled in to edit, and a group of one\'s own used by the refund page', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openCalc(context, srv.url, 'ru-group', 'en');
  // Nothing typed: the shipped group, whose Appendix states about 16 h for 12 h of meetings.
  await waitHeadline(page, /Contradictions in the group's parameters: 1/);
  assert.equal(await fig(page, 'Meetings'), '8');
  assert.equal(await fig(page, 'Hours scheduled'), `12${NBSP}h`);
  assert.match(await section(page).locator('.result .warnings').textContent(), /16\sh.*12\sh/);

  // "Fill in the offer's group": its Appendix 1 in the fields, the same answer, now as entered.
  await page.getByRole('button', { name: "Fill in the offer's group" }).click();
  await page.waitForSelector(fid('group.meetings.7'));
  assert.equal(await page.inputValue(fid('group.weekday')), 'Wed');
  assert.equal(await page.inputValue(fid('group.meeting_start')), '09:00');
  assert.equal(await page.inputValue(fid('group.instalments.1.amount')), '5950');
  await waitHeadline(page, /Contradictions in the group's parameters: 1/);
  assert.match(await section(page).locator('.result .assumptions').textContent(), /were entered/);
  // Corrected to the schedule's 12 h, the group is consistent.
  await typeInto(page, 'group.stated_total_hours', '12');
  await waitHeadline(page, /agree with each other/);
  await screenshot(page, 'calc-ru-group-en');

  // A group of one's own, typed in, then the refund page: the same group (in the URL) is used.
  await page.getByRole('button', { name: 'Clear my data' }).first().click();
  await page.waitForFunction(() => !document.querySelector('#f-group-meetings-1'));
  await choose(page, 'group.weekday', 'Wed');
  await setDate(page, 'group.meeting_start', '19:00');
  await setDate(page, 'group.meeting_end', '21:00');
  await setDate(page, 'group.period_from', '2026-09-02');
  await setDate(page, 'group.period_to', '2026-09-30');
  for (const [i, d] of ['2026-09-02', '2026-09-16', '2026-09-30'].entries()) {
    if (i > 0) await addRow(page, 'group.meetings');
    await setDate(page, `group.meetings.${i}`, d);
  }
  await typeInto(page, 'group.stated_meeting_count', '3');
  await typeInto(page, 'group.price', '3000');
  await typeInto(page, 'group.price_per_meeting', '1000');
  await waitHeadline(page, /agree with each other/);
  assert.equal(await fig(page, 'Price'), '₽3,000.00');
  await page.click('a.brand');
  await page.click('a[href="?p=ru-refund"]');
  await page.waitForSelector('details.group[open]');
  assert.equal(await page.inputValue(fid('group.price')), '3000');
  await setDate(page, 'as_of', '2026-09-11');
  await typeInto(page, 'payments.0.amount', '3000');
  await setDate(page, 'payments.0.date', '2026-08-20');
  await setDate(page, 'refusal_sent', '2026-09-10T10:00');
  await waitHeadline(page, /Refusal after the start: the provider must refund ₽2,000\.00/);
  await screenshot(page, 'calc-ru-refund-own-group-en');
  await context.close();
});

test('redraws keep the place: an opened group stays open with focus on the choice, an opened "why" stays open', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openCase(context, srv.url, 'ru-refund');
  await waitHeadline(page, /at least 10 days before the start/);
  // The "why" opened, then a field changed: the answer is redrawn and the "why" is still open.
  await section(page).locator('.result details.why > summary').click();
  await setDate(page, 'as_of', '2026-03-31');
  await setDate(page, 'refusal_sent', '2026-03-30T01:00');
  await waitHeadline(page, /later than 10 days before the start/);
  assert.equal(await section(page).locator('.result details.why[open]').count(), 1);
  // The group opened by hand and its weekday changed by keyboard: the form is redrawn, the group
  // stays open and the focus stays on the weekday.
  await page.locator('details.group > summary').click();
  await page.focus(fid('group.weekday'));
  await page.selectOption(fid('group.weekday'), 'Thu');
  await page.waitForFunction(() => location.search.includes('group.weekday=Thu'));
  assert.equal(await page.inputValue(fid('group.weekday')), 'Thu');
  await page.waitForFunction(() => document.activeElement?.id === 'f-group-weekday' && document.querySelector('details.group').open);
  // Adding a meeting row keeps it open too, with the focus in the new row.
  await page.click('#f-group-meetings-add');
  await page.waitForFunction(() => document.activeElement?.id === 'f-group-meetings-1');
  assert.equal(await page.locator('details.group[open]').count(), 1);
  await context.close();
});

test('an optional group marks its required fields as soon as one of its fields is typed, and unmarks them when emptied', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openCalc(context, srv.url, 'se-deadlines', 'en');
  const required = fid('security.estimated_monthly_charges');
  const star = `label[for="${required.slice(1)}"] .req`;
  await page.waitForSelector(required);
  assert.equal(await page.locator(star).count(), 0, 'not required while the group is untouched');
  await page.waitForSelector('section.calc .result p.headline');
  assert.doesNotMatch(await section(page, 0).locator('.result').textContent(), /monthly/i);
  // Typed on the keyboard, no change event: the mark appears with the first character, and the
  // caret stays where it was, so typing goes on undisturbed.
  const input = page.locator(fid('security.requested'));
  await input.click();
  await input.pressSequentially('5');
  await page.waitForSelector(star);
  assert.equal(await page.getAttribute(required, 'aria-required'), 'true');
  await page.keyboard.type('00');
  assert.equal(await page.inputValue(fid('security.requested')), '500');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-security-requested');
  // The result now asks for the group's required field.
  await page.waitForFunction(() => /monthly/i.test(document.querySelectorAll('section.calc .result')[0].textContent));
  // Emptied again: the mark goes.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.waitForFunction((s) => !document.querySelector(s), star);
  assert.equal(await page.getAttribute(required, 'aria-required'), null);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('an input method composing into the first field of an optional group types each character once', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openCalc(context, srv.url, 'se-deadlines', 'en');
  const input = page.locator(fid('security.requested'));
  await input.click();
  // As an Android keyboard does: the word is composed, then committed.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: '1', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: '12', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.imeSetComposition', { text: '120', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.insertText', { text: '120' });
  const star = `label[for="${fid('security.estimated_monthly_charges').slice(1)}"] .req`;
  await page.waitForSelector(star);
  assert.equal(await page.inputValue(fid('security.requested')), '120');
  assert.match(page.url(), /security\.requested=120(&|$)/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a row of an optional list asks for its fields only once something is typed in it', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openCalc(context, srv.url, 'ru-refund', 'en');
  const fromStar = `label[for="${fid('key_rates.0.from').slice(1)}"] .req`;
  await page.waitForSelector(fid('key_rates.0.percent'));
  assert.equal(await page.locator(fromStar).count(), 0);
  await page.locator(fid('key_rates.0.percent')).click();
  await page.keyboard.type('16');
  await page.waitForSelector(fromStar);
  assert.equal(await page.getAttribute(fid('key_rates.0.from'), 'aria-required'), 'true');
  assert.equal(await page.inputValue(fid('key_rates.0.percent')), '16');
  assert.deepEqual(page.errors, []);
  await context.close();
});

// Helpers for the calculator-page tests (dist/: the app and its page modules).
// Fields are found by the ids form.rs gives them: `f-<path with dots replaced by ->`.
import path from 'node:path';
import { ROOT, openApp } from './support.mjs';

export const DIST = path.join(ROOT, 'dist');
export const NBSP = '\u00a0';
export const DRAFT_KEY = 'clausecalc.draft.v1';

/** `payments.0.amount` → `#f-payments-0-amount` */
export const fid = (p) => `#f-${p.replace(/\./g, '-')}`;

/** Opens calculator page `p` in language `l` with an empty case. */
export function openCalc(context, baseUrl, p, l = 'en') {
  return openApp(context, `${baseUrl}?p=${p}&l=${l}`);
}

/** Types `value` with the keyboard (select-all first, so an existing value is replaced). */
export async function typeInto(page, p, value) {
  const input = page.locator(fid(p));
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.press('Backspace');
  await input.pressSequentially(value);
}

/** Sets a date (YYYY-MM-DD) or datetime-local (YYYY-MM-DDTHH:MM) input: page.fill fires `input`. */
export async function setDate(page, p, value) {
  await page.fill(fid(p), value);
}

export async function choose(page, p, value) {
  await page.selectOption(fid(p), value);
}

/** Clicks the "Add row" button of list `list` (the fieldset holding row 0 of it). */
export async function addRow(page, list) {
  const sel = `fieldset.list:has([id^="f-${list.replace(/\./g, '-')}-0"])`;
  await page.locator(sel).first().locator(':scope > button:not(.remove)').click();
}

/** Fills list rows as a user would: "Add row" for every row after the first, then each field.
 *  Keys of kind money/number are typed on the keyboard, dates are filled. */
export async function fillRows(page, list, rows) {
  for (let i = 0; i < rows.length; i++) {
    if (i > 0) await addRow(page, list);
    for (const [k, v] of Object.entries(rows[i])) {
      const p = `${list}.${i}.${k}`;
      if (/^\d{4}-\d\d-\d\d(T\d\d:\d\d)?$/.test(v)) await setDate(page, p, v);
      else await typeInto(page, p, v);
    }
  }
}

/** The `section.calc` elements of the page, in order (se-deadlines has two). */
export const section = (page, i = 0) => page.locator('section.calc').nth(i);

export async function headline(page, i = 0) {
  return (await section(page, i).locator('.result p.headline').textContent()).trim();
}

/** Figures and deadlines of section `i` as [label, value] pairs (the basis badge left out). */
export async function figs(page, i = 0) {
  return section(page, i).locator('.result .fig').evaluateAll((rows) => rows.map((r) => {
    const dt = r.querySelector('dt').cloneNode(true);
    dt.querySelectorAll('.badge').forEach((b) => b.remove());
    return [dt.textContent.trim(), r.querySelector('dd .val').textContent.trim()];
  }));
}

/** The value of the figure or deadline labelled exactly `label` (the first one). */
export async function fig(page, label, i = 0) {
  const found = (await figs(page, i)).find(([l]) => l === label);
  if (!found) throw new Error(`no figure "${label}" in: ${JSON.stringify(await figs(page, i))}`);
  return found[1];
}

/** Waits until section `i`'s headline matches `re` (the result updates synchronously, so this is
 *  only a guard against a frame of delay). */
export async function waitHeadline(page, re, i = 0) {
  await page.waitForFunction(([src, flags, idx]) => {
    const h = document.querySelectorAll('section.calc')[idx]?.querySelector('.result p.headline');
    return h && new RegExp(src, flags).test(h.textContent);
  }, [re.source, re.flags, i], { timeout: 5000 });
}

/** Worked-example cases as query strings (for tests that are not about typing: print, viewport,
 *  accessibility). The typing tests enter the same cases field by field. */
export const CASES = {
  'ru-refund': 'payments.n=2&payments.0.amount=850&payments.0.date=2026-03-01&payments.1.amount=5950&payments.1.date=2026-03-02'
    + '&refusal_sent=2026-03-28T20:00&channel=e-mail&as_of=2026-03-29',
  'ru-deadlines': 'payments.0.amount=850&payments.0.date=2025-12-20&refusal_sent=2025-12-25T10:00&channel=e-mail&as_of=2025-12-26',
  'ru-late-interest': 'amount=50000&deadline=2025-05-31&as_of=2025-10-31',
  // A group of its own (Appendix 1 typed in): three Wednesday meetings, 3 000 ₽.
  'ru-group': 'group.weekday=Wed&group.meeting_start=19:00&group.meeting_end=21:00&group.period_from=2026-09-02&group.period_to=2026-09-30'
    + '&group.meetings.n=3&group.meetings.0=2026-09-02&group.meetings.1=2026-09-16&group.meetings.2=2026-09-30'
    + '&group.stated_meeting_count=3&group.price=3000&group.price_per_meeting=1000',
  'ru-data': 'request_received=2026-02-20&as_of=2026-02-25',
  'se-withdrawal': 'channel=distance&concluded=2025-06-06&information=given-same-day',
  'se-billing': 'reconciliation_date=2026-05-10&right_to_estimate=yes'
    + '&invoices.n=2&invoices.0.from=2026-01-01&invoices.0.to=2026-02-28&invoices.0.estimated_kwh=800&invoices.0.amount=1000.00'
    + '&invoices.1.from=2026-03-01&invoices.1.to=2026-04-30&invoices.1.estimated_kwh=800&invoices.1.amount=1000.00'
    + '&readings.n=2&readings.0.date=2026-01-01&readings.0.reading_kwh=10000&readings.1.date=2026-05-01&readings.1.reading_kwh=11900'
    + '&prices.n=2&prices.0.from=2026-01-01&prices.0.to=2026-02-28&prices.0.price_per_kwh=1.00&prices.0.monthly_fee=50.00&prices.0.vat_percent=25'
    + '&prices.1.from=2026-03-01&prices.1.to=2026-04-30&prices.1.price_per_kwh=1.20&prices.1.monthly_fee=50.00&prices.1.vat_percent=25',
  'se-deadlines': 'due_date.invoice_sent=2026-01-05&li.amount=10000.00&li.due_date=2025-05-28&li.until=2025-07-31',
};

export const PAGES = Object.keys(CASES);

/** Opens page `p` with its worked example filled in (through the URL). */
export function openCase(context, baseUrl, p, l = 'en') {
  return openApp(context, `${baseUrl}?p=${p}&l=${l}&${CASES[p]}`);
}

/** Number of pages of a PDF (counts its /Type /Page objects). */
export function pdfPages(buf) {
  return (buf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) || []).length;
}

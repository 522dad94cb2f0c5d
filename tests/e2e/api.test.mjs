// The host API (docs/API.md, "The host API") as a web developer uses it: dist/api/api-example.html
// imports the chosen contract's ES module (clausecalc-ru.js / clausecalc-se.js, the engine built
// with wasm-bindgen) and calls evaluate(scenarioJson). The RU worked example must come back with
// the figures the calculator page shows for the same case; each module answers its own contract
// only, and a host of one contract never fetches the other's module.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, screenshot } from './support.mjs';
import { DIST, CASES, openCase, fig } from './calc-support.mjs';

let srv, browser;
before(async () => { srv = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

/** The scenario behind CASES['ru-refund'] (calc-support.mjs), in the documented format. */
const RU_REFUND = {
  calculator: 'ru-refund',
  payments: [{ amount: '850', date: '2026-03-01' }, { amount: '5950', date: '2026-03-02' }],
  refusal_sent: '2026-03-28T20:00',
  channel: 'e-mail',
  as_of: '2026-03-29',
};

const SE_WITHDRAWAL = { calculator: 'se-withdrawal', channel: 'distance', concluded: '2025-06-06', information: 'given-same-day' };

/** Opens the example page; records every URL it requests and every error. */
async function openExample(context) {
  const page = await context.newPage();
  page.errors = [];
  page.requested = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('request', (r) => page.requested.push(new URL(r.url()).pathname));
  page.on('response', (r) => { if (r.status() >= 400) page.errors.push(`${r.status()} ${r.url()}`); });
  await page.goto(`${srv.url}api/api-example.html`);
  await page.waitForFunction(() => document.getElementById('scenario').value !== '');
  return page;
}

/** Clicks "Evaluate" with contract `c` and returns the answer the page shows, parsed. */
async function evaluate(page, c, scenario) {
  await page.check(`input[name="contract"][value="${c}"]`);
  if (scenario) await page.fill('#scenario', JSON.stringify(scenario));
  const before = await page.locator('#outcome').textContent();
  await page.getByRole('button', { name: 'Evaluate' }).click();
  await page.waitForFunction(([cc, b]) => document.body.dataset.answered === cc
    && document.getElementById('outcome').textContent !== b, [c, before]);
  return JSON.parse(await page.locator('#outcome').textContent());
}

/** A formatted amount ("₽6,800.00", "6 800,00 ₽") as a number of kopecks/öre. */
function minor(text) {
  const digits = text.replace(/[^\d.,]/g, '');
  const m = /^(.*?)(?:[.,](\d{1,2}))?$/.exec(digits);
  return Number(m[1].replace(/[.,]/g, '')) * 100 + Number((m[2] || '0').padEnd(2, '0'));
}

test('host API: the RU worked example gives the figures the calculator page shows', async () => {
  assert.match(CASES['ru-refund'], /payments\.0\.amount=850&payments\.0\.date=2026-03-01&payments\.1\.amount=5950&payments\.1\.date=2026-03-02/);
  assert.match(CASES['ru-refund'], /refusal_sent=2026-03-28T20:00&channel=e-mail&as_of=2026-03-29/);
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openExample(context);
  assert.deepEqual(JSON.parse(await page.inputValue('#scenario')), RU_REFUND, 'the page starts with the RU worked example');
  assert.deepEqual(page.requested.filter((p) => p.includes('clausecalc-')), [], 'no module before "Evaluate"');

  const answer = await evaluate(page, 'ru');
  assert.ok(answer.ok, JSON.stringify(answer));
  assert.equal(answer.ok.calculator, 'ru-refund');
  const refund = answer.ok.figures.find((f) => f.key === 'refund').value;
  assert.equal(refund.type, 'money');
  assert.equal(refund.value.currency, 'RUB');
  const deadline = answer.ok.deadlines.find((d) => d.key === 'refund-deadline').value.value.date;
  assert.equal(await page.locator('#headline').textContent(), answer.ok.headline.text);
  assert.match(await page.locator('#module').textContent(), /clausecalc-ru\.js answers: ru-refund, ru-deadlines, ru-late-interest, ru-data, ru-group-check$/);
  await screenshot(page, 'api-example-ru-refund');

  // Only the RU module was fetched.
  assert.ok(page.requested.some((p) => p.endsWith('/api/clausecalc-ru.js')), page.requested.join('\n'));
  assert.ok(page.requested.some((p) => p.endsWith('/api/clausecalc-ru_bg.wasm')), page.requested.join('\n'));
  assert.deepEqual(page.requested.filter((p) => p.includes('clausecalc-se')), []);
  assert.deepEqual(page.errors, [], 'no errors, no Content-Security-Policy violations');

  // The calculator page, same case.
  const calc = await openCase(context, srv.url, 'ru-refund', 'en');
  await calc.waitForSelector('.result p.headline');
  const shown = await fig(calc, 'Refund');
  assert.equal(minor(shown), Math.round(Number(refund.value.amount) * 100), `page ${shown}, module ${refund.value.amount}`);
  const day = new Date(`${deadline}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  assert.ok((await fig(calc, 'Refund deadline')).includes(day), `page ${await fig(calc, 'Refund deadline')}, module ${deadline}`);
  assert.deepEqual(calc.errors, []);
  await context.close();
});

test('host API: the SE module answers SE scenarios and refuses a RU one', async () => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await openExample(context);
  await page.check('input[name="contract"][value="se"]');
  assert.deepEqual(JSON.parse(await page.inputValue('#scenario')), SE_WITHDRAWAL, 'choosing SE shows its example');

  const answer = await evaluate(page, 'se');
  assert.equal(answer.ok?.calculator, 'se-withdrawal', JSON.stringify(answer));
  assert.ok(answer.ok.deadlines.some((d) => d.key === 'withdrawal-last-day' && d.value.value.date === '2025-06-23'), JSON.stringify(answer.ok.deadlines));
  assert.equal(await page.locator('#headline').textContent(), answer.ok.headline.text);

  const refused = await evaluate(page, 'se', RU_REFUND);
  assert.equal(refused.err?.error, 'bad-scenario', JSON.stringify(refused));
  assert.match(refused.err.detail, /^unknown variant `ru-refund`, expected one of `se-withdrawal`, `se-billing`, `se-deadlines`, `se-late-interest`/);
  assert.match(await page.locator('#headline').textContent(), /^Error bad-scenario: unknown variant `ru-refund`/);
  await screenshot(page, 'api-example-se-refuses-ru');

  assert.deepEqual(page.requested.filter((p) => p.includes('clausecalc-ru')), [], 'an SE host fetches no RU module');
  assert.deepEqual(page.errors, []);
  await context.close();
});

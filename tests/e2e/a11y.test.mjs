// axe-core scan of the start page and of every calculator page with its worked example filled
// in, in light and dark colour schemes (dist/), and once more in light at a 320 px viewport
// (where the result tables scroll sideways). Violations of impact serious or critical fail; every
// violation found is printed with its id and targets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import { serve, launch, openApp, screenshot } from './support.mjs';
import { DIST, PAGES, openCase } from './calc-support.mjs';

const require = createRequire(import.meta.url);
// Run through the debugging protocol (page.evaluate), which the app's strict CSP does not govern;
// a <script> tag added to the page would be refused, as it should be.
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let srv, browser;
before(async () => { srv = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

// Known failures (app bugs) would be listed here as `<page>/<scheme>` → reason, run as todo.
const TODO = {};

function describe(violations) {
  return violations.map((v) => `  ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `      ${n.target.join(' ')}`).join('\n')}`).join('\n');
}

for (const scheme of ['light', 'dark', 'light-320px']) {
  for (const p of ['start', ...PAGES]) {
    const todo = TODO[`${p}/${scheme}`];
    test(`axe: ${p} (${scheme})`, todo ? { todo } : {}, async () => {
      const narrow = scheme.endsWith('-320px');
      const context = await browser.newContext({ locale: 'en-GB', ...(narrow ? { viewport: { width: 320, height: 640 } } : {}) });
      try {
        const page = p === 'start' ? await openApp(context, `${srv.url}?l=en`) : await openCase(context, srv.url, p, 'en');
        await page.emulateMedia({ colorScheme: narrow ? 'light' : scheme });
        if (p !== 'start') await page.waitForSelector('.result p.headline');
        const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
        assert.equal(dark, scheme === 'dark', `colour scheme ${scheme} is emulated (body background ${bg})`);
        if (scheme === 'dark') assert.notEqual(bg, 'rgb(251, 251, 248)', 'the dark theme is applied (body background is not the light --bg)');
        await page.evaluate(AXE);
        const { violations } = await page.evaluate(() => window.axe.run(document));
        if (violations.length) console.log(`  axe ${p} (${scheme}) found:\n${describe(violations)}`);
        if (!narrow) await screenshot(page, `a11y-${p}-${scheme}`);
        const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        assert.equal(bad.length, 0, `serious/critical accessibility violations on ${p} (${scheme}):\n${describe(bad)}`);
        assert.deepEqual(page.errors, []);
      } finally {
        await context.close();
      }
    });
  }
}

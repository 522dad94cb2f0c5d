// Composes docs/PERFORMANCE.md from bench/output/{browser.json,native.txt} with date and machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../tests/e2e/support.mjs';

const b = JSON.parse(fs.readFileSync(path.join(ROOT, 'bench', 'output', 'browser.json'), 'utf8'));
const native = fs.readFileSync(path.join(ROOT, 'bench', 'output', 'native.txt'), 'utf8')
  .split('\n').filter((l) => l.startsWith('BENCH ')).map((l) => JSON.parse(l.slice(6)));
const kb = (n) => (n / 1000).toFixed(1);
const ratio = (a, b) => (b ? (a / b).toFixed(2) : 'n/a');
const cpu = (os.cpus()[0] || {}).model || 'unknown CPU';
const lines = [];
lines.push('# Performance', '');
lines.push(`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.hostname()}: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}; Chromium ${process.env.CHROMIUM_VERSION || ''}.`);
lines.push('Produced by `make bench` (scripts/bench.sh). Figures, not pass/fail — except the size budget, which `make test` enforces (100 000 B brotli; goal 80 000 B).', '');
lines.push('## First-load transfer', '', 'Every file the first page load fetched (brotli quality 11, gzip level 9), app beside a Leptos 0.8 hello world built in the same run with the same toolchain and release profile.', '');
lines.push('| file | raw B | brotli B | gzip B |', '|---|---:|---:|---:|');
for (const [name, t] of Object.entries(b.transfer)) {
  for (const f of t.files) lines.push(`| ${name}: ${f.file.replace(/-[0-9a-f]{16}/, '-…')} | ${f.raw} | ${f.brotli} | ${f.gzip} |`);
  lines.push(`| **${name} total** | **${t.total.raw}** | **${t.total.brotli}** | **${t.total.gzip}** |`);
}
const a = b.transfer.app.total, z = b.transfer.baseline.total;
lines.push('', `App / baseline: brotli ${kb(a.brotli)} KB / ${kb(z.brotli)} KB = **${ratio(a.brotli, z.brotli)}×**; gzip ${kb(a.gzip)} KB / ${kb(z.gzip)} KB = ${ratio(a.gzip, z.gzip)}×.`, '');
if (b.pages) {
  lines.push('### A calculator opened directly', '', 'A shared link or an embed opens a calculator without the start page: the first load plus that contract\'s page module (`calc-ru-<hash>.wasm` or `calc-se-<hash>.wasm`, fetched when a calculator of that contract opens; the start page fetches neither). See docs/DESIGN.md, "The size budget".', '');
  lines.push('| page | files | brotli B | gzip B | of which the page module, brotli B |', '|---|---|---:|---:|---:|');
  for (const [p, t] of Object.entries(b.pages)) {
    const mod = t.files.find((f) => /^calc-(ru|se)-[0-9a-f]+\.wasm$/.test(f.file));
    lines.push(`| ${p} | ${t.files.length} | ${t.total.brotli} | ${t.total.gzip} | ${mod ? mod.brotli : 'n/a'} |`);
  }
  lines.push('');
}
lines.push('## Load time', '', 'Median of cold loads (new browser context each), app and baseline interleaved, headless Chromium. "Interactive" = the app has mounted and set `data-ready` on `<body>`.', '');
lines.push('| condition | loads each | app first paint ms | baseline first paint ms | ratio | app interactive ms | baseline interactive ms | ratio |', '|---|---:|---:|---:|---:|---:|---:|---:|');
for (const [mode, r] of Object.entries(b.load)) {
  lines.push(`| ${mode === 'unthrottled' ? 'unthrottled' : 'slow 4G + 4× CPU'} | ${r.app.n} | ${r.app.fcp_ms.toFixed(0)} | ${r.baseline.fcp_ms.toFixed(0)} | ${ratio(r.app.fcp_ms, r.baseline.fcp_ms)} | ${r.app.ready_ms.toFixed(0)} | ${r.baseline.ready_ms.toFixed(0)} | ${ratio(r.app.ready_ms, r.baseline.ready_ms)} |`);
}
if (Object.values(b.load).some((r) => r.calculator)) {
  lines.push('', 'A calculator opened directly — the RU worked example (`?p=ru-refund&…`, as a shared link or an embed opens it): the app, its page module (preloaded beside the app) and the first answer on screen. Median of the same interleaved cold loads.', '');
  lines.push('| condition | loads | first paint ms | interactive ms | answer on screen ms |', '|---|---:|---:|---:|---:|');
  for (const [mode, r] of Object.entries(b.load)) {
    if (!r.calculator) continue;
    lines.push(`| ${mode === 'unthrottled' ? 'unthrottled' : 'slow 4G + 4× CPU'} | ${r.calculator.n} | ${r.calculator.fcp_ms.toFixed(0)} | ${r.calculator.ready_ms.toFixed(0)} | ${r.calculator.answer_ms === null ? 'n/a' : r.calculator.answer_ms.toFixed(0)} |`);
  }
}
lines.push('', '## Engine', '', '### Native, per golden scenario', '', 'Median of 7 timed batches (release build; `cargo bench -p clausecalc-engine --bench engine`). The harness reads every `engine/tests/golden/*.json` by itself.', '');
const golden = native.filter((x) => x.kind === 'golden');
lines.push('| scenario | ns / evaluation |', '|---|---:|');
for (const g of golden) lines.push(`| ${g.name} | ${g.ns} |`);
if (!golden.length) lines.push('| (no golden scenarios yet) | |');
lines.push('', '### In the browser', '');
if (b.batch) lines.push(`${b.batch.n} evaluations round-robin over ${b.batch.scenarios} golden scenarios in the engine compiled to wasm (release, opt-level z), parsed once: ${b.batch.ms.toFixed(1)} ms, **${b.batch.us_per_eval.toFixed(2)} µs per evaluation** (${b.batch.ok} succeeded).`);
else lines.push('Not measured (the wasm-eval build was missing).');
const scaling = native.filter((x) => x.kind === 'scaling');
lines.push('', '### Scaling of the estimated-billing reconciliation', '');
if (scaling.length) {
  lines.push('Cost per evaluation over months (monthly preliminary invoices) × price periods (the span cut into equal periods; consumption split even per day). Linear growth in the work means the cost rises no faster than months × periods: ns / (months × periods) must not grow along a row or a column.', '');
  lines.push('| months | price periods | ns / evaluation | ns / (month × period) |', '|---:|---:|---:|---:|');
  for (const s of scaling) lines.push(`| ${s.months} | ${s.periods} | ${s.ns} | ${(s.ns / (s.months * s.periods)).toFixed(0)} |`);
} else lines.push('Not measured yet: the reconciliation calculator has not landed.');
lines.push('');
fs.writeFileSync(path.join(ROOT, 'docs', 'PERFORMANCE.md'), lines.join('\n'));
console.log(lines.join('\n'));

// Shared test support: a static server for a built dist/ on 127.0.0.1 and Debian's Chromium
// driven by playwright-core (never a browser download). See ../shared/TOOLCHAIN.md.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUTPUT = path.join(ROOT, 'tests', 'output');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Security-Policy every page of the app is served with in the tests: no inline
 *  script or style, no eval (WebAssembly compilation only), nothing from another origin. */
export const APP_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** Serves `dir` on 127.0.0.1 at a free port, with `headers` (default: the app's strict CSP). Resolves to { url, close, served } where `served`
 *  lists every path requested (for the size test). */
export function serve(dir = path.join(ROOT, 'dist'), headers = { 'content-security-policy': APP_CSP }) {
  const served = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(dir, path.normalize(rel).replace(/^([/\\])+/, ''));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    served.push(file);
    const csp = typeof headers === 'function' ? headers(rel) : headers;
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store', ...csp });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, served, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** Opens `url` in a new page and waits until the app says it is interactive. Collects console
 *  errors and page errors in `page.errors`. */
export async function openApp(context, url, { locale } = {}) {
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('response', (r) => { if (r.status() >= 400) page.errors.push(`${r.status()} ${r.url()}`); });
  // A Content-Security-Policy violation is reported on the console as an error, and also here.
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 20000 });
  return page;
}

export async function screenshot(page, name) {
  fs.mkdirSync(path.join(OUTPUT, 'screenshots'), { recursive: true });
  await page.screenshot({ path: path.join(OUTPUT, 'screenshots', `${name}.png`), fullPage: true });
}

/** brotli (quality 11) and gzip (level 9) sizes of a file. */
export function compressed(file) {
  const buf = fs.readFileSync(file);
  return {
    raw: buf.length,
    brotli: zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
  };
}

/** Loads the app once in a fresh context and returns the distinct files the first load fetched
 *  with their compressed sizes. */
export async function firstLoadTransfer(browser, dir, query = '') {
  const srv = await serve(dir);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(srv.url + query);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 20000 });
    // A calculator page is loaded once its page module has drawn the form.
    if (query) await page.waitForSelector('section.calc form', { timeout: 20000 });
    await page.waitForLoadState('networkidle');
    const files = [...new Set(srv.served)].map((f) => ({ file: path.relative(dir, f), ...compressed(f) }));
    const total = files.reduce((a, f) => ({ raw: a.raw + f.raw, brotli: a.brotli + f.brotli, gzip: a.gzip + f.gzip }), { raw: 0, brotli: 0, gzip: 0 });
    return { files, total };
  } finally {
    await context.close();
    await srv.close();
  }
}

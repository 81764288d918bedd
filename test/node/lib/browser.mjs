// Headless Chromium (Debian's, as scripts/find-chrome.sh finds it; never a downloaded one) and a
// static file server, for the Node tests that open what a user installed in a real browser.
import { spawnSync } from 'node:child_process';
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('../../../', import.meta.url));

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8', '.csv': 'text/csv; charset=utf-8' };

/** Serves `dir` on a free port of 127.0.0.1; `pages` maps a path to HTML written by the test. */
export async function serve(dir, pages = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (pages[path] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      return res.end(pages[path]);
    }
    const file = normalize(join(dir, path));
    let ok = file.startsWith(dir);
    try { ok &&= statSync(file).isFile(); } catch { ok = false; }
    if (!ok) { res.writeHead(404); return res.end(); }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Launches headless Chromium; `close()` ends it. */
export async function chromium() {
  const found = spawnSync('bash', [join(root, 'scripts/find-chrome.sh')], { encoding: 'utf8' });
  if (found.status !== 0) throw new Error(`no Chromium: ${found.stderr}`);
  return puppeteer.launch({ executablePath: found.stdout.trim(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--lang=ja'] });
}

/** Records a page's uncaught errors and console errors and warnings. */
export function recordErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warn' || m.type() === 'warning') errors.push(m.text()); });
  return errors;
}

// Headless Chromium and a static file server for the Node tests that open what a user installed in
// a real browser: the benchmark's own (scripts/bench-lib: Debian's Chromium as scripts/find-chrome.sh
// finds it, never a downloaded one; a no-cache node:http server confined to its directory).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeBrowser, findChrome, launch } from '../../../scripts/bench-lib/browser.mjs';
import { startServer } from '../../../scripts/bench-lib/server.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Serves `dir` on a free port of 127.0.0.1, after writing `pages` (path → HTML) into it. */
export async function serve(dir, pages = {}) {
  for (const [path, html] of Object.entries(pages)) writeFileSync(join(dir, path), html);
  const { origin, close } = await startServer({ '/': dir });
  return { url: origin, close };
}

/** Launches headless Chromium; `close()` ends it (and kills it if it hangs). */
export async function chromium() {
  const browser = await launch(findChrome(root));
  return { newPage: () => browser.newPage(), close: () => closeBrowser(browser) };
}

/** Records a page's uncaught errors and console errors and warnings. */
export function recordErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warn' || m.type() === 'warning') errors.push(m.text()); });
  return errors;
}

// Debian Chromium for `npm run bench`, driven with puppeteer-core (nothing is downloaded).
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';

/** The browser scripts/find-chrome.sh finds ($CHROME_PATH, /usr/bin/chromium, …). */
export function findChrome(repo) {
  return execFileSync('bash', ['scripts/find-chrome.sh'], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

/** Same window for every page: the first screen of rows is what fits in 1280 × 800. */
export const VIEWPORT = { width: 1280, height: 800 };

export async function launch(executablePath) {
  return puppeteer.launch({
    executablePath,
    headless: true,
    // Signals are handled by scripts/bench.mjs (it removes its files, then exits); puppeteer still
    // kills the browser's process group when this process exits, however it exits.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    defaultViewport: VIEWPORT,
    protocolTimeout: 600_000, // a 10,000-row page can keep the renderer busy for a long while
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
      // Pages are measured one at a time; none may be slowed down as a "background" page.
      '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
    ],
  });
}

/**
 * Closes the browser; if that fails (a hung renderer), kills its process group (the browser and
 * its zygote, renderer, GPU and utility processes), as puppeteer does.
 */
export async function closeBrowser(browser) {
  if (!browser) return;
  const proc = browser.process();
  let timer;
  try {
    await Promise.race([browser.close(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('close timed out')), 15_000)))]);
  } catch {
    if (proc?.pid && proc.exitCode === null) {
      try {
        process.kill(-proc.pid, 'SIGKILL');
      } catch {
        proc.kill('SIGKILL');
      }
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A page in a fresh browser context (an empty HTTP cache and its own renderer process), with the
 * probe injected before any of its scripts and, when asked, the CPU slowed down `throttle` times.
 *
 * The page first opens `blank` (an empty page of the server): the measured navigation is then a
 * same-site one, in a renderer that is already running, so no side pays for starting a process,
 * and the CPU throttling, set in that renderer, holds for the page measured (set on about:blank,
 * it is lost when the navigation moves to another process).
 */
export async function freshPage(browser, { blank, probe, config = {}, throttle = 1 } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    if (blank) await page.goto(blank, { waitUntil: 'load' });
    if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    if (probe) await page.evaluateOnNewDocument(`window.__benchConfig = ${JSON.stringify(config)};\n${probe}`);
    page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
    return { page, cdp, close: () => context.close().catch(() => {}) };
  } catch (e) {
    await context.close().catch(() => {});
    throw e;
  }
}

/**
 * Memory and counts of the page's renderer, after two full garbage collections: `heapMiB` is the
 * V8 heap plus the embedder (Blink/Oilpan: DOM nodes, style, layout objects) heap, from CDP
 * Runtime.getHeapUsage; `listeners` and `nodes` are the renderer's counters from
 * Performance.getMetrics (JSEventListeners: listeners added by script; Nodes: live DOM nodes).
 */
export async function rendererMemory(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    heapMiB: (heap.usedSize + (heap.embedderHeapUsedSize ?? 0)) / 2 ** 20,
    listeners: metric('JSEventListeners'),
    nodes: metric('Nodes'),
  };
}

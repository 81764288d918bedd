// npm run screenshots: both reports in <policy-indicator-table> at desktop (1280 px) and phone
// (390 px) widths, in Debian's Chromium, into screenshots/. Starts its own Vite server.
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';

const server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
await server.listen();
const { port } = server.httpServer.address();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--hide-scrollbars'],
});
mkdirSync('screenshots', { recursive: true });
const shots = [
  ['atsugi', 'ja', 1280], ['atsugi', 'ja', 390], ['asaka', 'ja', 1280], ['asaka', 'ja', 390], ['atsugi', 'en', 1280],
];
const pages = { atsugi: 'demo/atsugi.html', asaka: 'demo/asaka.html' };
try {
  for (const [id, lang, width] of shots) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await page.goto(`http://127.0.0.1:${port}/${pages[id]}?lang=${lang}`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('policy-indicator-table')?.shadowRoot?.querySelector('tr.data'));
    const el = await page.$('policy-indicator-table');
    // The first screenful of the table: what a reader sees on arrival.
    const box = await el.boundingBox();
    const out = `screenshots/${id}-${lang}-${width}.png`;
    await page.screenshot({ path: out, clip: { x: box.x, y: box.y, width: Math.min(box.width, width), height: Math.min(box.height, width < 600 ? 1100 : 900) } });
    console.log(`wrote ${out}`);
    await page.close();
  }
  // Trend charts: an Atsugi indicator, census gaps, the 0-target seminar, the dual series, a decreasing example.
  for (const id of ['atsugi-1', 'asaka-census', 'asaka-seminar', 'asaka-dual', 'decreasing']) {
    for (const width of [1000, 390]) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
      await page.goto(`http://127.0.0.1:${port}/demo/chart.html`, { waitUntil: 'networkidle0' });
      await page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('svg.chart, [role=alert]'), {}, `#${id}`);
      await new Promise((r) => setTimeout(r, 150));
      const el = await page.$(`#${id}`);
      const out = `screenshots/chart-${id}-${width}.png`;
      await el.screenshot({ path: out });
      console.log(`wrote ${out}`);
      await page.close();
    }
  }
  // Print preview of the Atsugi table (A4 landscape) as a PDF next to the screenshots.
  // Whole demo pages, desktop and phone.
  for (const [name, path] of [['demo-index', 'demo/index.html'], ['demo-atsugi', 'demo/atsugi.html'], ['demo-embed', 'demo/embed.html']]) {
    for (const width of [1280, 390]) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
      await page.goto(`http://127.0.0.1:${port}/${path}`, { waitUntil: 'networkidle0' });
      await new Promise((r) => setTimeout(r, 300));
      const out = `screenshots/${name}-${width}.png`;
      await page.screenshot({ path: out, fullPage: false });
      console.log(`wrote ${out}`);
      await page.close();
    }
  }
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/demo/atsugi.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('policy-indicator-table')?.shadowRoot?.querySelector('tr.data'));
  await page.pdf({ path: 'screenshots/print-preview.pdf', preferCSSPageSize: true, printBackground: true });
  console.log('wrote screenshots/print-preview.pdf');
} finally {
  await browser.close();
  await server.close();
}

// node scripts/screenshot.mjs <url> <out.png> [width=1280] [css selector to clip to]
// Screenshots a page in Debian's Chromium (CHROME_PATH or /usr/bin/chromium) via puppeteer-core.
import puppeteer from 'puppeteer-core';

const [url, out, width = '1280', selector] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [selector]');
  process.exit(2);
}
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--hide-scrollbars'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: 900, deviceScaleFactor: 1 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  if (selector) {
    const el = await page.waitForSelector(selector);
    await el.screenshot({ path: out });
  } else {
    await page.screenshot({ path: out, fullPage: true });
  }
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}

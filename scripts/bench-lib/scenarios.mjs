// The measurements of `npm run bench`. Each opens a fresh page (own browser context: empty cache,
// own renderer) with bench/probe.js injected, and reads the probe's times (ms since navigation
// start). `ctx` = { browser, origin, probe, actions, flatten } (the last three: in-page sources).
import { freshPage, rendererMemory } from './browser.mjs';

/** A fresh page with the probe, that has first opened the server's empty page (browser.mjs freshPage). */
export const pageFor = (ctx, options = {}) => freshPage(ctx.browser, { blank: `${ctx.origin}/run/empty.html`, probe: ctx.probe, ...options });

const GOTO = { waitUntil: 'domcontentloaded', timeout: 300_000 };

/** The renderer of an empty page: what memory and listener counts are measured above. */
export async function emptyBaseline(ctx) {
  const { page, cdp, close } = await pageFor(ctx);
  try {
    await page.goto(`${ctx.origin}/run/empty.html`, GOTO);
    await page.evaluate(() => window.__bench.fence());
    return await rendererMemory(cdp);
  } finally {
    await close();
  }
}

/**
 * A table page (element or static) loaded from scratch: the first screen of rows painted, the whole
 * table present and painted (both from navigation start; with `hydrate`, the element's tag on a
 * server-rendered page, also the element having taken the rows over), then, not timed: every node of the page
 * (shadow roots included), memory and listeners above `baseline`. `after(page)` runs last, on the
 * same loaded page (the sort and filter comparison).
 */
export async function tableLoad(ctx, { url, rows, throttle = 1, baseline = null, after = null, hydrate = null }) {
  const { page, cdp, close } = await pageFor(ctx, { config: { rows, ...(hydrate && { hydrate }) }, throttle });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(url, GOTO);
    const [firstScreen, complete] = await page.evaluate(() => Promise.all([window.__bench.firstScreen, window.__bench.complete]));
    const result = { firstScreen, complete };
    if (hydrate) {
      // A server-rendered page: also the time its element has taken the rows over. A page that
      // rendered its table again, or raised an error (Lit's "Hydration value mismatch"), is no
      // measure of hydration: the comparison stops.
      const { ms, kept } = await page.evaluate(() => window.__bench.hydrated);
      if (errors.length) throw new Error(`${url}: ${errors[0]}`);
      if (!kept) throw new Error(`${url}: the element rendered its rows again instead of hydrating the server's`);
      result.hydrated = ms;
    }
    if (baseline) {
      if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      result.nodeTypes = await page.evaluate(() => window.__bench.nodeCount());
      result.nodes = result.nodeTypes.total;
      const memory = await rendererMemory(cdp);
      result.heapMiB = memory.heapMiB - baseline.heapMiB;
      result.listeners = memory.listeners - baseline.listeners;
    }
    if (after) Object.assign(result, await after(page));
    return result;
  } finally {
    await close();
  }
}

/**
 * Sort by rate, then filter by a summary line, on a loaded 10,000-row page (see bench/actions.js):
 * both from the same state on both sides (the filter applies to the rate-sorted rows).
 * `expect` = { sorted: ids, filtered: ids }, `filter` = { index, id }.
 */
export function sortAndFilter(ctx, { side, expect, filter, rateLabel, rowsUrl }) {
  return async (page) => {
    await page.evaluate(ctx.actions);
    if (side === 'static') await page.evaluate((url) => window.__benchActions.load(url), rowsUrl);
    const sort = await page.evaluate(
      (side, ids, label) => (side === 'static' ? window.__benchActions.staticSort({ ids }) : window.__benchActions.elementSort({ ids }, label)),
      side, expect.sorted, rateLabel,
    );
    const filtered = await page.evaluate(
      (side, ids, index, id) => (side === 'static' ? window.__benchActions.staticFilter({ ids }) : window.__benchActions.elementFilter({ ids }, index, id)),
      side, expect.filtered, filter.index, filter.id,
    );
    return { sort: sort.ms, filter: filtered.ms, how: `${sort.how}/${filtered.how}` };
  };
}

/**
 * The series layout's filter on a loaded 10,000-indicator page (bench/actions.js): the element by a
 * click on the summary line `filter.index` (its attribute if the button is missing), the static page
 * by replacing its bodies with those of the same table flattened with the filter set (`bodiesUrl`,
 * fetched before the timing). Both until the rows are `expect.ids` (data-indicator, in order; an
 * indicator's later rows have none). `filter` = { index, id }.
 */
export function seriesFilter(ctx, { side, expect, filter, bodiesUrl }) {
  return async (page) => {
    await page.evaluate(ctx.actions);
    if (side === 'static') await page.evaluate((url) => window.__benchActions.loadBodies(url), bodiesUrl);
    const filtered = await page.evaluate(
      (side, ids, index, id) => (side === 'static' ? window.__benchActions.staticBodies({ ids }) : window.__benchActions.elementFilter({ ids }, index, id)),
      side, expect.ids, filter.index, filter.id,
    );
    return { filter: filtered.ms, how: filtered.how };
  };
}

/**
 * A page of charts (elements or Chart.js) loaded from scratch: the painted frame after the last
 * change of the page's DOM once every chart has drawn, from navigation start (bench/probe.js settle()).
 */
export async function chartsLoad(ctx, { url, side }) {
  const { page, close } = await pageFor(ctx, { config: { watchMutations: true } });
  try {
    await page.goto(url, GOTO);
    const ms = await page.evaluate((side) => window.__bench.settle(side === 'chartjs'
      ? () => window.__chartsDrawn === true
      : () => {
        const charts = [...document.querySelectorAll('target-trend-chart')];
        return charts.length > 0 && !window.__bench.busy() && charts.every((c) => c.shadowRoot?.querySelector('svg'));
      }), side);
    return { complete: ms };
  } finally {
    await close();
  }
}

/**
 * The data rows an element table page (`url`) has once the element says it is complete (its
 * `updateComplete`, every step of a long table included). Not timed: the series layout's row count
 * (an indicator's target row, expected row and actual series, under each measure that lists it)
 * is the element's to decide, and this is what the probe then waits for on both sides.
 */
export async function renderedRows(ctx, { url }) {
  const { page, close } = await pageFor(ctx);
  try {
    await page.goto(url, GOTO);
    await page.waitForFunction(() => customElements.get('policy-indicator-table'), { timeout: 300_000 });
    return await page.evaluate(async () => {
      const table = document.querySelector('policy-indicator-table');
      // Until the data has loaded and rendered: updateComplete also waits for the rows that follow the first screen.
      while (!table.shadowRoot?.querySelector('table')) await new Promise((done) => setTimeout(done, 50));
      await table.updateComplete;
      return table.shadowRoot.querySelectorAll('tr[part~="row"]').length;
    });
  } finally {
    await close();
  }
}

/**
 * Renders `url` (an element table page) once and flattens it (bench/flatten.js): { css, html, rows }.
 * Not timed: this builds the static reference pages before the runs.
 */
export async function flattenPage(ctx, { url, rows }) {
  const { page, close } = await pageFor(ctx, { config: { rows } });
  try {
    await page.goto(url, GOTO);
    await page.evaluate(() => window.__bench.complete);
    return await page.evaluate(ctx.flatten);
  } finally {
    await close();
  }
}

// `npm run bench -- --profile DIR`: where the time of the largest table goes, for the work on
// src/elements. Not part of the timed runs: profiling slows the page down.
//
// The table page is loaded with an unminified bundle of the same dist/ snapshot (esbuild, readable
// function names), then sorted by rate and filtered, as in the benchmark. For each of the three
// steps (load, sort, filter) it writes DIR/<step>.cpuprofile (JS samples, CDP Profiler; opens in
// Chrome DevTools' Performance panel) and DIR/<step>.trace.json (a Chromium trace with the main
// thread's style, layout, paint, parse and GC events; opens in DevTools or ui.perfetto.dev), and
// prints a summary: main-thread self time by kind of work and the JS functions with the most self time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageFor } from './scenarios.mjs';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'v8', 'disabled-by-default-v8.gc'];

/** Main-thread self time (ms) by event name, from a trace: nested events are subtracted from their parent. */
export function mainThreadSummary(traceBuffer) {
  const events = JSON.parse(Buffer.from(traceBuffer).toString('utf8')).traceEvents ?? [];
  // The page's main thread: of the renderers' main threads, the busiest.
  const busy = new Map();
  for (const e of events) if (e.ph === 'X' && e.dur) busy.set(`${e.pid}/${e.tid}`, (busy.get(`${e.pid}/${e.tid}`) ?? 0) + e.dur);
  const main = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .sort((a, b) => (busy.get(`${b.pid}/${b.tid}`) ?? 0) - (busy.get(`${a.pid}/${a.tid}`) ?? 0))[0];
  if (!main) return [];
  const spans = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur > 0).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const e of spans) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    stack.push(e);
  }
  return [...self].map(([name, us]) => ({ name, ms: us / 1000 })).filter((x) => x.ms >= 1).sort((a, b) => b.ms - a.ms);
}

/** JS functions by self time (ms) from a CDP CPU profile, named function (file:line). */
export function topFunctions(profile, root) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const { callFrame: f } = byId.get(id);
    const file = f.url ? relative(root, new URL(f.url).pathname.replace(/^\/run\//, '')) : '';
    const key = `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return [...self].map(([name, us]) => ({ name, ms: us / 1000 })).sort((a, b) => b.ms - a.ms);
}

export async function profileTable(ctx, { dir, tmp, url, rows, expect, filter, label, nodeModules }) {
  mkdirSync(dir, { recursive: true });
  // The same code as the CDN bundle, unminified, so that the profile names the functions.
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(tmp, 'dist/index.js')], bundle: true, format: 'esm', minify: false, keepNames: true,
    conditions: ['production'], nodePaths: [nodeModules], outfile: join(tmp, 'profile/policy-indicators.js'), logLevel: 'warning',
  });
  const page$ = url.replace(/table-(\d+)\.html$/, 'table-$1-profile.html');
  const { page, cdp, close } = await pageFor(ctx, { config: { rows } });
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    const step = async (name, action) => {
      await page.tracing.start({ categories: CATEGORIES });
      await cdp.send('Profiler.start');
      const ms = await action();
      const { profile } = await cdp.send('Profiler.stop');
      const trace = await page.tracing.stop();
      writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
      writeFileSync(join(dir, `${name}.trace.json`), trace);
      console.error(`\nprofile: ${name} of ${rows.toLocaleString('en-US')} rows, ${ms.toFixed(0)} ms (slowed down by profiling)`);
      console.error(`  main thread, self time: ${mainThreadSummary(trace).slice(0, 12).map((x) => `${x.name} ${x.ms.toFixed(0)}`).join(', ')}`);
      console.error('  JS functions, self time:');
      for (const f of topFunctions(profile, tmp).slice(0, 15)) console.error(`    ${f.ms.toFixed(0).padStart(6)} ms  ${f.name}`);
      // The probe's hit test (bench/probe.js screenFilled, rowIds) forces the frame's style and
      // layout a little early: that time is the browser's rendering of the rows, not the probe's.
      console.error('  (screenFilled / check: the style and layout of the frame, forced by the probe\'s hit test)');
    };
    await step('load', async () => {
      await page.goto(page$, { waitUntil: 'domcontentloaded', timeout: 300_000 });
      return page.evaluate(() => window.__bench.complete);
    });
    await page.evaluate(ctx.actions);
    await step('sort', async () => (await page.evaluate((ids, l) => window.__benchActions.elementSort({ ids }, l), expect.sorted, label)).ms);
    await step('filter', async () => (await page.evaluate((ids, i, id) => window.__benchActions.elementFilter({ ids }, i, id), expect.filtered, filter.index, filter.id)).ms);
    console.error(`\nprofiles written to ${dir}`);
  } finally {
    await close();
  }
}

#!/usr/bin/env node
// npm run bench [-- --json FILE]: the scale comparisons of issue 11, measured
// side by side in one run of headless Debian Chromium (puppeteer-core, nothing downloaded):
//
// 1. <policy-indicator-table> with 100 / 1,000 / 10,000 indicators vs the same table as static
//    HTML (the element's own output, flattened: bench/flatten.js): first screen of rows painted,
//    whole table present, DOM nodes, JS + DOM memory, event listeners;
// 2. at 10,000: sort by rate and filter by 未達成 vs a static re-render (bench/actions.js), and the
//    same 10,000 indicators in the series layout (layout="series": a target row and actual rows
//    per indicator under each measure, about 25,000 rows): first screen, whole table, and the same
//    filter by 未達成 vs a static re-render of that layout's filtered bodies (the element's own
//    output with the filter set, flattened);
// 3. one and 50 <target-trend-chart> vs Chart.js 4 drawing the same series (bench/chartjs-page.js);
// 4. the 31-row Atsugi page with 4× CPU throttling vs its static HTML, from navigation start; and
//    the same table rendered on the server (`policy-indicators render`) and hydrated by
//    dist/policy-indicators.hydrate.min.js: whole table painted, and taken over by the element.
//
// Each run measures every comparison with A and B back to back, alternating which goes first (the
// short page loads, one chart and Atsugi, as several pairs per run: BENCH_PAIRS, default 4); the
// table gives medians over the pairs, the median of the per-pair ratios A/B and their middle half
// (first to third quartile: how settled the ratio is), with the issue's target beside it. The
// targets are informational: the exit status is 0 unless something crashed (a comparison that
// fails, e.g. a table that never completes, is reported and gives exit status 1).
//
// `npm run bench -- --profile DIR` only profiles the largest element table instead (load, sort,
// filter: CPU profiles, traces and a summary of where the time goes; scripts/bench-lib/profile.mjs).
//
// Environment: BENCH_RUNS (default 3), BENCH_PAIRS (default 4, see above), BENCH_SIZES (default 100,1000,10000), CHROME_PATH, BENCH_BUNDLE
// (loader: the element pages load the CDN loader dist/cdn/policy-indicators.js instead of the one-file
// dist/policy-indicators.min.js), and
// BENCH_DIST: another build directory to measure instead of dist/ (e.g. a copy of an earlier build),
// BENCH_ONLY: the comparisons to run, by id (table-100, table-1000, table-10000, table-10000-series,
// charts-1, charts-50, atsugi, atsugi-ssr; comma-separated; default all).
// Everything generated (datasets, pages, a snapshot of dist/) goes to a temporary directory
// (os.tmpdir()/policy-indicators-bench-*), removed at the end; BENCH_KEEP=1 keeps it.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { closeBrowser, findChrome, launch } from './bench-lib/browser.mjs';
import { chartIndicators, expectedOrders, readJson, syntheticDataset, tableFacts } from './bench-lib/datasets.mjs';
import { chartJsPage, elementChartPage, elementTablePage, emptyPage, serverRenderedTablePage, staticTablePage } from './bench-lib/pages.mjs';
import { chartsLoad, emptyBaseline, flattenPage, renderedRows, seriesFilter, sortAndFilter, tableLoad } from './bench-lib/scenarios.mjs';
import { formatTable, summarize } from './bench-lib/stats.mjs';
import { profileTable } from './bench-lib/profile.mjs';
import { startServer } from './bench-lib/server.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { json: { type: 'string' }, profile: { type: 'string' } } });
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number).filter((n) => n > 0);
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map((id) => id.trim()).filter(Boolean) : null;
const LARGE = Math.max(...SIZES); // sort and filter are measured at the largest size (10,000)
const CHART_COUNTS = [1, 50];
const THROTTLE = 4;
/**
 * Pairs per run for the short page loads (one chart, Atsugi: about a second each), whose single pairs
 * vary most on a shared machine: more pairs for little time. BENCH_PAIRS overrides it.
 */
const PAIRS_SHORT = Math.max(1, Number(process.env.BENCH_PAIRS ?? 4) || 4);
const ATSUGI = 'data/atsugi-fy2024.json';
const CHART_DATA = 'data/asaka-fy2024.json'; // ten plan years: charts with real lines

/** The issue's figures of today, beside each line. */
const TODAY = { 100: '1.48×', 1000: '1.47×', 10000: '1.50×' };

const log = (message) => process.stderr.write(`${message}\n`);
const resources = { browser: null, server: null, tmp: null };

async function cleanup() {
  await closeBrowser(resources.browser);
  resources.browser = null;
  await resources.server?.close();
  resources.server = null;
  if (resources.tmp && !process.env.BENCH_KEEP) rmSync(resources.tmp, { recursive: true, force: true });
  else if (resources.tmp) log(`kept ${resources.tmp}`);
  resources.tmp = null;
}
// Ctrl-C or a kill: remove the files at once; exiting then kills the browser (puppeteer's exit
// hook kills its process group) and closes the server.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    if (resources.tmp && !process.env.BENCH_KEEP) rmSync(resources.tmp, { recursive: true, force: true });
    process.exit(130);
  });
}

/**
 * A copy of the build for the run (BENCH_DIST, else dist/, built first when missing), so that a
 * rebuild meanwhile (work in src/ runs `npm run build`, which empties dist/ first) cannot pull
 * files from under a page. A copy taken while a build is writing is detected (files missing, or
 * the bundle changed during the copy) and taken again. Warns when src/ is newer than the bundle.
 */
async function snapshotDist(tmp) {
  const dist = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(REPO, 'dist');
  const bundle = join(dist, 'policy-indicators.min.js');
  const needed = ['policy-indicators.min.js', 'policy-indicators.hydrate.min.js', 'cdn/policy-indicators.js', 'core/index.js'];
  const stamp = () => (existsSync(bundle) ? statSync(bundle).mtimeMs : null);
  for (let attempt = 0; attempt < 30; attempt++) {
    if (attempt === 10 && stamp() === null && !process.env.BENCH_DIST) {
      log('dist/ is missing: npm run build');
      execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: ['ignore', 2, 2] });
    }
    const before = stamp();
    if (before !== null && Date.now() - before > 2000) {
      rmSync(join(tmp, 'dist'), { recursive: true, force: true });
      cpSync(dist, join(tmp, 'dist'), { recursive: true, filter: (src) => !/\.(map|d\.ts|d\.cts)$/.test(src) });
      if (stamp() === before && needed.every((f) => existsSync(join(tmp, 'dist', f)))) {
        const newer = readdirSync(join(REPO, 'src'), { recursive: true }).filter((f) => statSync(join(REPO, 'src', f)).mtimeMs > before);
        if (newer.length && !process.env.BENCH_DIST) log(`note: ${newer.length} file(s) in src/ are newer than the bundle (${newer[0]} …): these numbers are for the last build`);
        return;
      }
    }
    await new Promise((done) => setTimeout(done, 2000)); // a build is writing: wait for it
  }
  throw new Error(`${dist} did not settle or lacks ${needed.join(' / ')}: run \`npm run build\` and try again`);
}

/** The label the rate column's sort button starts with (「達成率」), from the package's own messages. */
async function rateLabel(tmp) {
  try {
    const { tableMessages } = await import(pathToFileURL(join(tmp, 'dist/i18n/table.js')));
    return tableMessages('ja').rate('').trim();
  } catch {
    return '達成率';
  }
}

/** Writes the datasets and pages; returns per table size its facts and expected sort/filter orders. */
function writePages(tmp, core) {
  const atsugi = readJson(join(REPO, ATSUGI));
  const write = (name, text) => writeFileSync(join(tmp, name), text);
  mkdirSync(join(tmp, 'data'));
  write('empty.html', emptyPage());
  const tables = {};
  for (const n of SIZES) {
    const document = syntheticDataset(atsugi, n);
    const facts = tableFacts(core, document);
    write(`data/table-${n}.json`, JSON.stringify(document));
    write(`table-${n}.html`, elementTablePage(`/run/data/table-${n}.json`));
    tables[n] = { facts, expect: expectedOrders(facts) };
  }
  write(`table-${LARGE}-series.html`, elementTablePage(`/run/data/table-${LARGE}.json`, undefined, 'layout="series"'));
  // The same, filtered: flattened once, it is the static re-render of the series filter comparison.
  write(`table-${LARGE}-series-filtered.html`, elementTablePage(`/run/data/table-${LARGE}.json`, undefined, `layout="series" filter="${tables[LARGE].facts.filter.id}"`));
  write('atsugi.html', elementTablePage(`/repo/${ATSUGI}`));
  for (const count of CHART_COUNTS) {
    const ids = chartIndicators(readJson(join(REPO, CHART_DATA)), count);
    write(`charts-${count}.html`, elementChartPage(`/repo/${CHART_DATA}`, ids));
    write(`chartjs-${count}.html`, chartJsPage(`/repo/${CHART_DATA}`, ids));
  }
  return { tables, atsugiRows: atsugi.indicators.length };
}

/**
 * The static reference of the element page `name`: rendered once and flattened (bench/flatten.js)
 * into `${name}-static.html`, with each row's markup, rate and judgment in `${name}-rows.json`
 * for the static re-render of the sort and filter comparison.
 */
async function writeStatic(ctx, tmp, name, rows, facts) {
  log(`  flattening ${name}.html`);
  const flat = await flattenPage(ctx, { url: `${ctx.origin}/run/${name}.html`, rows });
  if (flat.rows.length !== rows) throw new Error(`${name}: flattened ${flat.rows.length} rows, expected ${rows}`);
  writeFileSync(join(tmp, `${name}-static.html`), staticTablePage(flat));
  if (!facts) return;
  const byId = new Map(facts.rows.map((r) => [r.id, r]));
  const rowsJson = flat.rows.map((r) => ({ ...r, rate: byId.get(r.id).rate, judgment: byId.get(r.id).judgment }));
  writeFileSync(join(tmp, `${name}-rows.json`), JSON.stringify({ rows: rowsJson, includes: facts.filter.includes }));
}

/**
 * `policy-indicators render FILE` run against the run's snapshot of dist/ (bin/ and package.json copied
 * beside it, node_modules linked for @lit-labs/ssr), so that the server renders with the very build the
 * browser hydrates with: the element's markup as a fragment.
 */
function renderOnServer(tmp, dataset) {
  if (!existsSync(join(tmp, 'bin'))) {
    cpSync(join(REPO, 'bin'), join(tmp, 'bin'), { recursive: true });
    symlinkSync(join(REPO, 'node_modules'), join(tmp, 'node_modules'), 'dir');
    cpSync(join(REPO, 'package.json'), join(tmp, 'package.json')); // "type": "module", and the version bin/ prints
  }
  return execFileSync(process.execPath, [join(tmp, 'bin/policy-indicators.mjs'), 'render', join(REPO, dataset)], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20, stdio: ['ignore', 'pipe', 'inherit'] });
}

/**
 * Every comparison: `prepare()` builds its static reference (tables), `a` (the element) and `b`
 * (its reference) each measure one page load, given the run's empty-page baseline, and
 * `lines(a, b)` turns the per-pair results into printed lines; `pairs`: how many pairs per run (default 1).
 */
function comparisons(ctx, tmp, { tables, atsugiRows, label }) {
  const url = (name) => `${ctx.origin}/run/${name}`;
  const pick = (list, key) => list.map((r) => r[key]);
  const list = SIZES.map((n) => {
    const rows = n.toLocaleString('en-US');
    const { facts, expect } = tables[n];
    const interact = (side) => (n === LARGE ? sortAndFilter(ctx, { side, expect, filter: facts.filter, rateLabel: label, rowsUrl: url(`table-${n}-rows.json`) }) : null);
    return {
      id: `table-${n}`,
      prepare: () => writeStatic(ctx, tmp, `table-${n}`, n, facts),
      a: (baseline) => tableLoad(ctx, { url: url(`table-${n}.html`), rows: n, baseline, after: interact('element') }),
      b: (baseline) => tableLoad(ctx, { url: url(`table-${n}-static.html`), rows: n, baseline, after: interact('static') }),
      lines: (el, st) => [
        { name: `table ${rows}: first screen vs static whole table`, unit: 'ms', a: pick(el, 'firstScreen'), b: pick(st, 'complete'), target: n >= 10000 ? { max: 0.2 } : null },
        { name: `table ${rows}: first screen vs static first screen`, unit: 'ms', a: pick(el, 'firstScreen'), b: pick(st, 'firstScreen') },
        { name: `table ${rows}: whole table present`, unit: 'ms', a: pick(el, 'complete'), b: pick(st, 'complete'), target: n >= 10000 ? { max: 1.0 } : n >= 1000 ? { max: 1.2 } : null, today: TODAY[n] },
        { name: `table ${rows}: DOM nodes (shadow roots included)`, unit: 'count', a: pick(el, 'nodes'), b: pick(st, 'nodes'), today: n === 10000 ? '1.01 M vs 0.48 M' : '' },
        { name: `table ${rows}: JS+DOM memory above empty page`, unit: 'MiB', a: pick(el, 'heapMiB'), b: pick(st, 'heapMiB'), target: n >= 10000 ? { max: 2 } : null, today: n === 10000 ? '+157 vs +41 MiB' : '' },
        { name: `table ${rows}: event listeners`, unit: 'count', a: pick(el, 'listeners'), b: pick(st, 'listeners'), today: n === 10000 ? '10,008 vs 0' : '' },
        ...(n === LARGE ? [
          { name: `table ${rows}: sort by rate vs static re-render`, unit: 'ms', a: pick(el, 'sort'), b: pick(st, 'sort'), target: { max: 1.0 }, today: '1.75×' },
          { name: `table ${rows}: filter not-achieved vs static re-render`, unit: 'ms', a: pick(el, 'filter'), b: pick(st, 'filter'), target: { max: 1.0 } },
        ] : []),
      ],
    };
  });
  // The series layout at the largest size: rows counted from the element's own complete render;
  // its filter compared with the flattened bodies of the same table rendered with that filter.
  const series = `table-${LARGE}-series`;
  const { filter } = tables[LARGE].facts;
  let seriesRows = 0;
  let filteredIds = [];
  const seriesAction = (side) => seriesFilter(ctx, { side, expect: { ids: filteredIds }, filter, bodiesUrl: url(`${series}-filtered.json`) });
  list.push({
    id: series,
    prepare: async () => {
      seriesRows = await renderedRows(ctx, { url: url(`${series}.html`) });
      await writeStatic(ctx, tmp, series, seriesRows, null);
      const filteredRows = await renderedRows(ctx, { url: url(`${series}-filtered.html`) });
      const flat = await flattenPage(ctx, { url: url(`${series}-filtered.html`), rows: filteredRows });
      const bodies = flat.html.match(/<tbody[\s\S]*?<\/tbody>/g) ?? [];
      if (!bodies.length || flat.rows.length !== filteredRows) throw new Error(`${series}-filtered: flattened ${flat.rows.length} rows in ${bodies.length} bodies, expected ${filteredRows}`);
      filteredIds = flat.rows.map((r) => r.id);
      writeFileSync(join(tmp, `${series}-filtered.json`), JSON.stringify({ bodies: bodies.join('') }));
    },
    a: () => tableLoad(ctx, { url: url(`${series}.html`), rows: seriesRows, after: seriesAction('element') }),
    b: () => tableLoad(ctx, { url: url(`${series}-static.html`), rows: seriesRows, after: seriesAction('static') }),
    lines: (el, st) => {
      const label = `table ${LARGE.toLocaleString('en-US')}, series layout (${seriesRows.toLocaleString('en-US')} rows)`;
      return [
        { name: `${label}: first screen vs static whole table`, unit: 'ms', a: pick(el, 'firstScreen'), b: pick(st, 'complete'), target: { max: 0.2 } },
        { name: `${label}: first screen vs static first screen`, unit: 'ms', a: pick(el, 'firstScreen'), b: pick(st, 'firstScreen') },
        { name: `${label}: whole table present`, unit: 'ms', a: pick(el, 'complete'), b: pick(st, 'complete'), target: { max: 1.0 } },
        { name: `${label}: filter ${filter.id} (${filteredIds.length.toLocaleString('en-US')} rows) vs static re-render`, unit: 'ms', a: pick(el, 'filter'), b: pick(st, 'filter'), target: { max: 1.0 } },
      ];
    },
  });
  for (const count of CHART_COUNTS) {
    list.push({
      id: `charts-${count}`,
      pairs: count > 1 ? 2 : PAIRS_SHORT,
      a: () => chartsLoad(ctx, { url: url(`charts-${count}.html`), side: 'element' }),
      b: () => chartsLoad(ctx, { url: url(`chartjs-${count}.html`), side: 'chartjs' }),
      lines: (el, cj) => [{ name: `${count} chart${count > 1 ? 's' : ''} vs Chart.js`, unit: 'ms', a: pick(el, 'complete'), b: pick(cj, 'complete'), target: { max: 1.0 }, today: count > 1 ? '0.94×' : '0.88×' }],
    });
  }
  const atsugiStatic = () => (existsSync(join(tmp, 'atsugi-static.html')) ? undefined : writeStatic(ctx, tmp, 'atsugi', atsugiRows, null));
  list.push({
    id: 'atsugi',
    pairs: PAIRS_SHORT,
    prepare: atsugiStatic,
    a: () => tableLoad(ctx, { url: url('atsugi.html'), rows: atsugiRows, throttle: THROTTLE }),
    b: () => tableLoad(ctx, { url: url('atsugi-static.html'), rows: atsugiRows, throttle: THROTTLE }),
    lines: (el, st) => [{ name: `Atsugi ${atsugiRows} rows, ${THROTTLE}× CPU throttling, vs static`, unit: 'ms', a: pick(el, 'complete'), b: pick(st, 'complete'), target: { max: 1.3 }, today: '1.46×' }],
  });
  // The same table rendered on the server and hydrated (README, "Server rendering"): another way
  // to publish it, beside the issue's target, not in place of it.
  list.push({
    id: 'atsugi-ssr',
    pairs: PAIRS_SHORT,
    prepare: async () => {
      await atsugiStatic();
      writeFileSync(join(tmp, 'atsugi-ssr.html'), serverRenderedTablePage(renderOnServer(tmp, ATSUGI)));
    },
    a: () => tableLoad(ctx, { url: url('atsugi-ssr.html'), rows: atsugiRows, throttle: THROTTLE, hydrate: 'policy-indicator-table' }),
    b: () => tableLoad(ctx, { url: url('atsugi-static.html'), rows: atsugiRows, throttle: THROTTLE }),
    lines: (el, st) => [
      { name: `Atsugi server-rendered + hydrate bundle, ${THROTTLE}×: first screen vs static`, unit: 'ms', a: pick(el, 'firstScreen'), b: pick(st, 'firstScreen') },
      { name: `Atsugi server-rendered + hydrate bundle, ${THROTTLE}×: whole table painted vs static`, unit: 'ms', a: pick(el, 'complete'), b: pick(st, 'complete') },
      { name: `Atsugi server-rendered + hydrate bundle, ${THROTTLE}×: taken over by the element vs static`, unit: 'ms', a: pick(el, 'hydrated'), b: pick(st, 'complete') },
    ],
  });
  return list;
}

/** Runs `a` and `b` back to back, `a` first on even runs and `b` first on odd ones. */
async function pair(run, a, b) {
  if (run % 2) {
    const rb = await b();
    return [await a(), rb];
  }
  const ra = await a();
  return [ra, await b()];
}

async function main() {
  const started = Date.now();
  const tmp = (resources.tmp = mkdtempSync(join(tmpdir(), 'policy-indicators-bench-')));
  await snapshotDist(tmp);
  resources.server = await startServer({ '/run/': tmp, '/repo/': REPO });
  resources.browser = await launch(findChrome(REPO));
  const source = (f) => readFileSync(join(REPO, 'bench', f), 'utf8');
  const ctx = { browser: resources.browser, origin: resources.server.origin, probe: source('probe.js'), actions: source('actions.js'), flatten: source('flatten.js') };
  const version = await resources.browser.version();
  log(`bench: ${version}, ${args.profile ? `profiling ${LARGE} rows` : `${RUNS} runs, tables of ${SIZES.join(' / ')} rows`}, server ${ctx.origin}, files in ${tmp}`);

  log('preparing datasets and static references ...');
  const core = await import(pathToFileURL(join(tmp, 'dist/core/index.js')));
  const pages = { ...writePages(tmp, core), label: await rateLabel(tmp) };
  if (args.profile) {
    const { facts, expect } = pages.tables[LARGE];
    writeFileSync(join(tmp, `table-${LARGE}-profile.html`), elementTablePage(`/run/data/table-${LARGE}.json`, '/run/profile/policy-indicators.js'));
    await profileTable(ctx, { dir: args.profile, tmp, nodeModules: join(REPO, 'node_modules'), url: `${ctx.origin}/run/table-${LARGE}.html`, rows: LARGE, expect, filter: facts.filter, label: pages.label });
    return; // profiling only: timings taken with a profiler attached would not compare
  }

  // A comparison that fails (its static reference cannot be built, a page never completes) is
  // reported and left out of the following runs; the others go on.
  const errors = {};
  let list = comparisons(ctx, tmp, pages);
  if (ONLY) {
    const unknown = ONLY.filter((id) => !list.some((c) => c.id === id));
    if (unknown.length) throw new Error(`BENCH_ONLY: no comparison ${unknown.join(', ')} (there are ${list.map((c) => c.id).join(', ')})`);
    list = list.filter((c) => ONLY.includes(c.id));
  }
  for (const c of list) {
    try {
      await c.prepare?.();
    } catch (e) {
      errors[c.id] = e.message;
      log(`  ${c.id}: ${e.message}`);
    }
  }
  list = list.filter((c) => !errors[c.id]);

  log('warming up ...'); // not recorded: the first pages of a fresh browser fill its caches
  for (const c of list.filter((x) => x.id === 'charts-1' || x.id.startsWith('atsugi'))) {
    await c.a(null).catch(() => {});
    await c.b(null).catch(() => {});
  }

  const results = Object.fromEntries(list.map((c) => [c.id, { a: [], b: [] }]));
  for (let run = 0; run < RUNS; run++) {
    const t0 = Date.now();
    const baseline = await emptyBaseline(ctx);
    for (const c of list.filter((x) => !errors[x.id])) {
      try {
        const pairs = c.pairs ?? 1;
        for (let k = 0; k < pairs; k++) {
          const [a, b] = await pair(run * pairs + k, () => c.a(baseline), () => c.b(baseline));
          results[c.id].a.push(a);
          results[c.id].b.push(b);
        }
      } catch (e) {
        errors[c.id] = e.message;
        log(`  ${c.id}: ${e.message}`);
      }
    }
    log(`run ${run + 1}/${RUNS}: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }

  const lines = list.filter((c) => !errors[c.id]).flatMap((c) => c.lines(results[c.id].a, results[c.id].b).map(summarize));
  console.log(`\nnpm run bench: ${version}, ${RUNS} runs (A/B interleaved), medians; ratio = median of per-pair element ÷ reference, with the middle half of those ratios\n`);
  console.log(formatTable(lines, { a: 'element', b: 'reference' }));
  console.log(`\nreference: static HTML of the same table (flattened element output), Chart.js ${readJson(join(REPO, 'node_modules/chart.js/package.json')).version} for charts.`);
  const how = results[`table-${LARGE}`]?.a[0]?.how;
  if (how) console.log(`sort/filter at ${LARGE.toLocaleString('en-US')}: element by ${how}, static by innerHTML.`);
  for (const [id, message] of Object.entries(errors)) console.log(`ERROR ${id}: ${message}`);
  console.log(`${((Date.now() - started) / 1000).toFixed(0)} s in all.`);
  if (args.json) {
    writeFileSync(args.json, `${JSON.stringify({ chromium: version, runs: RUNS, sizes: SIZES, date: new Date().toISOString(), lines, errors, raw: results }, null, 2)}\n`);
    log(`wrote ${args.json}`);
  }
  if (Object.keys(errors).length) process.exitCode = 1;
}

main()
  .catch((e) => {
    console.error(e?.stack ?? e);
    process.exitCode = 1;
  })
  .finally(cleanup);

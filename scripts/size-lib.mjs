// Measures what a user's bundler would ship: an entry bundled and minified by esbuild, then gzipped.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { minifyCssPlugin } from './minify-css.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Entries measured, each with its budget (bytes, min+gzip; `npm run size` fails above one) and the
 * goal of issue 11 beside it where the budget is not there yet. Budgets are ratchets: set just above
 * what is measured, lowered as the code gets smaller, never raised to let a change through without
 * saying why. Since issue 11 the badge loads validation, evaluation and the loader on demand
 * (27.9 → 16.1 KB) and the table renders judgments as its own markup (no badge element per row).
 * The table and the chart then did the same (table-data.ts, chart-data.ts: validation, evaluation,
 * the view model and the words of problems load while `src` is fetched): table 41.6 → 27.9 KB, chart
 * 52.1 → 28.3 KB, with the chart's own linear scale (no d3-interpolate, d3-color, d3-format) and its
 * caption judgment as the shared mark instead of a badge element.
 * The CDN loader (dist/cdn/) lines measure what a page downloads for one kind of element, in all:
 * the one-file bundle (67.5 KB) stays for CMSs that take single files.
 * The table's rendering of a model (its layouts, cells, judgment marks: table-render.ts) then moved
 * into its data support too, since there is nothing to render before the data: table 28.5 → 19.6 KB.
 * Split across more files, the same code compresses a little worse: the one-file bundle and the CDN
 * pages grew by 0.3–1.0 KB (with the shapes as one path, this session's other change), and their
 * budgets with them.
 * Keeping the table's rows as elements across renders (row-nodes.ts: a sort moves rows instead of
 * building 10,000 again, 1.20–1.35× → 1.13–1.19× a static re-render) adds 0.4 KB to the one file, the
 * table's CDN page and "everything", and their budgets with it; the table's own entry is unchanged
 * (the code loads with its rendering).
 * The CSS inside the css`…` templates is minified since (scripts/minify-css.mjs: in dist/ and in every
 * bundle; esbuild minifies the script around a template, not the CSS in it): 0.2 KB off the badge,
 * 0.9 KB off the table, 1.2 KB off the one file and "everything"; the budgets came down with them.
 * Entries are measured with the same minifying, which dist/ has.
 * The series layout then rendered a long table as the summary layout does (first screen first, rows
 * as one template each, guarded blocks; 10,000 indicators: first rows after 1.7 s instead of 26 s)
 * and filters by row judgment when the report computes them: 0.35–0.4 KB more in the one file, the
 * table's CDN page and "everything" (the table's own entry is unchanged: the layout loads with its
 * data support); their budgets went up by as much.
 * Selecting a row of a long table then rendered only the blocks it leaves and enters, and the series
 * layout kept its rows as elements as the summary layout does (a filter and back moves rows instead
 * of building 25,000 again: script 1.7 → 0.9 s at 10,000 indicators; a selection 150 → 12 ms): 0.4 KB
 * more in the one file, whose budget went up by 0.25 KB (the table's page and "everything" stay in theirs).
 * Kept rows then bound their cells' text to `textContent` (text-content.ts: no comment marker per
 * cell; 10,000 rows: 587,000 → 462,000 DOM nodes, memory 1.16× → 1.13× static): 0.2 KB more in the
 * one file, the table's page and "everything" (the table's own entry is unchanged: the code loads
 * with its rendering); their budgets went up by 0.25 KB.
 * Every element's first update then waited for the document to be parsed (after-parsing.ts: a
 * bundle that ran mid-parse rendered before the inline JSON was there or complete: a false "cannot
 * read the JSON", and a server-rendered table hydrated with no data and showed twice): 0.1 KB more
 * in each element, so the badge's budget and the table's page's went up by 0.25 KB (the others stay in theirs).
 */
export const ENTRIES = [
  {
    name: 'core: achievementRate + judge + fiscalYearLabel',
    contents: "export { achievementRate, judge, fiscalYearLabel } from './src/core/index.ts';",
    budget: 1996,
    goal: 2048,
  },
  { name: 'core: everything', contents: "export * from './src/core/index.ts';", budget: 15360 },
  { name: '<achievement-badge> alone (lit included, no d3)', contents: "import './src/elements/achievement-badge/achievement-badge.ts';", budget: 17152, goal: 12288 },
  { name: '<policy-indicator-table> (lit)', contents: "import './src/elements/policy-indicator-table/policy-indicator-table.ts';", budget: 19456, goal: 24576 },
  { name: '<target-trend-chart> (lit, d3-scale, d3-shape)', contents: "import './src/elements/target-trend-chart/target-trend-chart.ts';", budget: 29184, goal: 30720 },
  { name: 'CDN bundle dist/policy-indicators.min.js (one file)', file: 'dist/policy-indicators.min.js', budget: 71168, goal: 40960 },
  { name: 'CDN loader: a page with badges, in all (dist/cdn/)', cdnPage: 'achievement-badge', budget: 36864, goal: 40960 },
  { name: 'CDN loader: a page with a table, in all (dist/cdn/)', cdnPage: 'policy-indicator-table', budget: 53760, goal: 40960 },
  { name: 'CDN loader: a page with a chart, in all (dist/cdn/)', cdnPage: 'target-trend-chart', budget: 51200, goal: 40960 },
  { name: 'everything (policy-indicators)', contents: "export * from './src/index.ts';", budget: 65280 },
  {
    name: 'sheet reader for the builder page (not in the elements)',
    contents: "export { readSheetDataset, readSheetFile, detectMapping, applyMapping, assignColumn } from './src/sheet/index.ts';",
    budget: 36864,
  },
];

/**
 * Bundles an entry with code splitting, as an app's bundler would, and measures what loads up
 * front: the entry chunk and every chunk it imports statically. Chunks loaded on demand (the CSV
 * reader) are reported separately as `lazy`.
 */
export async function measure(entry) {
  if (entry.cdnPage) return measureCdnPage(entry);
  if (entry.file) {
    const { readFileSync } = await import('node:fs');
    const code = readFileSync(new URL(`../${entry.file}`, import.meta.url));
    return { ...entry, min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, lazy: { min: 0, gzip: 0 }, inputs: [] };
  }
  const result = await build({
    entryPoints: ['size-entry'],
    plugins: [minifyCssPlugin, {
      name: 'entry',
      setup(b) {
        b.onResolve({ filter: /^size-entry$/ }, () => ({ path: 'size-entry', namespace: 'entry' }));
        b.onLoad({ filter: /.*/, namespace: 'entry' }, () => ({ contents: entry.contents, resolveDir: root, loader: 'ts' }));
      },
    }],
    bundle: true,
    splitting: true,
    outdir: 'size-out',
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    conditions: ['production'],
    tsconfig: `${root}tsconfig.json`,
  });
  const files = new Map(result.outputFiles.map((f) => [f.path.slice(f.path.indexOf('size-out/')), f.contents]));
  const outputs = result.metafile.outputs;
  const entryOut = Object.keys(outputs).find((k) => outputs[k].entryPoint);
  const upFront = new Set();
  const visit = (k) => {
    if (upFront.has(k)) return;
    upFront.add(k);
    for (const imp of outputs[k].imports) if (imp.kind === 'import-statement' && outputs[imp.path]) visit(imp.path);
  };
  visit(entryOut);
  const size = (keys) => {
    const code = Buffer.concat(keys.filter((k) => k.endsWith('.js')).map((k) => Buffer.from(files.get(k) ?? [])));
    return { min: code.byteLength, gzip: code.byteLength ? gzipSync(code, { level: 9 }).byteLength : 0 };
  };
  const lazy = size(Object.keys(outputs).filter((k) => !upFront.has(k)));
  const inputs = [...upFront].flatMap((k) => Object.keys(outputs[k].inputs ?? {}));
  // Minified bytes each package contributes up front: a d3 package that stops tree-shaking shows here.
  const packages = {};
  for (const k of upFront) {
    for (const [path, info] of Object.entries(outputs[k].inputs ?? {})) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
      const name = m ? m[1] : path.startsWith('src/') ? path.split('/').slice(0, 2).join('/') : 'other';
      packages[name] = (packages[name] ?? 0) + info.bytesInOutput;
    }
  }
  const files_ = {};
  for (const k of upFront) for (const [path, info] of Object.entries(outputs[k].inputs ?? {})) files_[path] = (files_[path] ?? 0) + info.bytesInOutput;
  return { ...entry, ...size([...upFront]), lazy, inputs, packages, files: files_ };
}

/**
 * What a page using the CDN loader (dist/cdn/policy-indicators.js) downloads for one element: the
 * loader, the element's file and every chunk it imports; "on demand", the chunks of its data support
 * (`*-data-*.js`, loaded when the element has data: always for the table and the chart, which the
 * loader fetches alongside) with their own imports. The CSV reader (loaded for a CSV `src` only) is
 * not counted. Each file is gzipped on its own, as each is a response of its own.
 */
async function measureCdnPage(entry) {
  const { readFileSync } = await import('node:fs');
  const dir = new URL('../dist/cdn/', import.meta.url);
  const read = (name) => readFileSync(new URL(name, dir));
  const imports = (name) => {
    const code = read(name).toString('utf8');
    const base = name.includes('/') ? name.slice(0, name.lastIndexOf('/') + 1) : '';
    const resolveRel = (spec) => new URL(spec, `file:///${base}`).pathname.slice(1);
    const statics = [...code.matchAll(/(?:import|export)\s*(?:[\w$*{}\s,]*from\s*)?["'](\.[^"']+)["']/g)].map((m) => resolveRel(m[1]));
    const dynamics = [...code.matchAll(/import\(\s*["'](\.[^"']+)["']\s*\)/g)].map((m) => resolveRel(m[1]));
    return { statics, dynamics };
  };
  const closure = (roots, seen = new Set()) => {
    const stack = [...roots];
    while (stack.length) {
      const name = stack.pop();
      if (seen.has(name)) continue;
      seen.add(name);
      stack.push(...imports(name).statics);
    }
    return seen;
  };
  const upFront = closure(['policy-indicators.js', `${entry.cdnPage}.js`]);
  // The loader's own dynamic imports are the three elements: only the element's imports count here.
  const support = [...upFront].filter((name) => name !== 'policy-indicators.js').flatMap((name) => imports(name).dynamics).filter((name) => /\/[a-z]+-data-[\w]+\.js$/.test(name));
  const lazy = [...closure(support, new Set(upFront))].filter((name) => !upFront.has(name));
  const size = (names) => names.reduce((t, name) => {
    const code = read(name);
    return { min: t.min + code.byteLength, gzip: t.gzip + gzipSync(code, { level: 9 }).byteLength };
  }, { min: 0, gzip: 0 });
  // Reported in all (up front and the data support), which is what such a page downloads.
  return { ...entry, ...size([...upFront, ...lazy]), upFront: size([...upFront]), lazy: { min: 0, gzip: 0 }, inputs: [], files: [...upFront, ...lazy] };
}

/** The README block that `npm run size -- --readme` writes. */
export const README_MARKERS = ['<!-- sizes: written by `npm run size -- --readme` -->', '<!-- /sizes -->'];

/** The README's size table: each entry rounded to 0.1 KB, so noise below that does not make it stale. */
export function readmeTable(measured) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const rows = measured.map((m) => `| \`${m.name}\` | ${kb(m.gzip)} | ${kb(m.budget)} | ${m.goal ? kb(m.goal) : ''} |${m.lazy?.gzip ? ` + ${kb(m.lazy.gzip)} on demand |` : ' |'}`);
  return ['| what (min+gzip) | size | budget | goal (issue 11) | |', '|---|---|---|---|---|', ...rows].join('\n');
}

// npm run build:
// - dist/**: ES modules + .d.ts per source file (tree-shakeable, one file per idea) for bundlers;
// - dist/policy-indicators.min.js: one fully minified file with lit and the d3 pieces inside,
//   for a plain HTML page: <script type="module" src=".../policy-indicators.min.js"></script>;
// - dist/cdn/: the CDN loader policy-indicators.js (src/cdn.ts), which loads only the elements a page
//   uses, the element entries achievement-badge.js, policy-indicator-table.js, target-trend-chart.js
//   (each defines its tag), and the chunks they share (dist/cdn/chunks/), all minified;
// - dist/policy-indicators.hydrate.min.js: the same with Lit's hydration support, for pages whose
//   elements were rendered on the server (npx policy-indicators render);
// - dist/core/index.cjs, dist/core/csv.cjs (+ .d.cts): CommonJS builds of the core and the CSV reader
//   for require() (scripts/build-cjs.mjs).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { buildCjs } from './build-cjs.mjs';
import { hasCssTemplate, minifyCssPlugin, minifyCssTemplates } from './minify-css.mjs';

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
// The style sheets in dist/ minified (scripts/minify-css.mjs), as an app's bundler would not: it
// minifies the JavaScript around a css`…` template, not the CSS inside it.
for (const file of readdirSync('dist', { recursive: true })) {
  if (!String(file).endsWith('.js')) continue;
  const path = join('dist', String(file));
  const code = readFileSync(path, 'utf8');
  if (hasCssTemplate(code)) writeFileSync(path, minifyCssTemplates(code, path));
}
const cdn = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['production'],
  tsconfig: 'tsconfig.json',
  legalComments: 'eof',
  logLevel: 'warning',
  // V8's explicit compile hint: compile every function while the file streams in, on a background
  // thread, instead of each on its first call on the main thread. The files of a CDN page are the
  // code it runs at load (the table's validation, model and rows): the 31-row Atsugi page with 4×
  // CPU throttling went 782 → 707 ms (16 interleaved loads, medians; static HTML 522 ms).
  banner: { js: '//# allFunctionsCalledOnLoad' },
  plugins: [minifyCssPlugin],
};
await build({ ...cdn, entryPoints: ['src/index.ts'], outfile: 'dist/policy-indicators.min.js' });
// The CDN loader and the element files. Built twice: the first build's metafile gives each element's
// files (its entry, the chunks it imports, and for the table and the chart their data support), which
// the second build writes into the loader, so that it asks for all of them at once (modulepreload)
// instead of discovering them import by import. Chunk names are content hashes: the second build
// writes the same chunks.
const cdnSplit = (preload) => build({
  ...cdn,
  entryPoints: {
    'policy-indicators': 'src/cdn.ts',
    'achievement-badge': 'src/elements/achievement-badge/achievement-badge.ts',
    'policy-indicator-table': 'src/elements/policy-indicator-table/policy-indicator-table.ts',
    'target-trend-chart': 'src/elements/target-trend-chart/target-trend-chart.ts',
  },
  splitting: true,
  outdir: 'dist/cdn',
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
  define: { __CDN_PRELOAD__: JSON.stringify(JSON.stringify(preload)) }, // a string literal in the loader
});
const { metafile } = await cdnSplit({});
const outputs = metafile.outputs;
const closure = (roots) => {
  const seen = new Set();
  const stack = [...roots];
  while (stack.length) {
    const path = stack.pop();
    if (seen.has(path) || !outputs[path]) continue;
    seen.add(path);
    for (const imp of outputs[path].imports) if (imp.kind === 'import-statement') stack.push(imp.path);
  }
  return seen;
};
const preload = {};
for (const tag of ['achievement-badge', 'policy-indicator-table', 'target-trend-chart']) {
  const entry = `dist/cdn/${tag}.js`;
  const support = [...closure([entry])].flatMap((path) => outputs[path].imports).filter((imp) => imp.kind === 'dynamic-import' && /-data-/.test(imp.path)).map((imp) => imp.path);
  // The badge's support is loaded only for a badge given `src` or `data`: not preloaded.
  const files = closure([entry, ...(tag === 'achievement-badge' ? [] : support)]);
  preload[tag] = [...files].map((path) => path.slice('dist/cdn/'.length));
}
await cdnSplit(preload);
// For server-rendered pages: Lit's hydration support first, then the same elements, in one file,
// so the support runs before LitElement is defined and both share one copy of lit.
await build({ ...cdn, entryPoints: ['src/hydrate.ts'], outfile: 'dist/policy-indicators.hydrate.min.js' });
await buildCjs();
console.log('built dist/, dist/cdn/, dist/policy-indicators.min.js, dist/policy-indicators.hydrate.min.js and the CommonJS core');

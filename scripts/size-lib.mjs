// Measures what a user's bundler would ship: an entry bundled and minified by esbuild, then gzipped.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Entries measured, and the budget (bytes, min+gzip) each must stay within. */
export const ENTRIES = [
  {
    name: 'core: achievementRate + judge + fiscalYearLabel',
    contents: "export { achievementRate, judge, fiscalYearLabel } from './src/core/index.ts';",
    budget: 3072,
  },
  { name: 'core: everything', contents: "export * from './src/core/index.ts';", budget: 12288 },
  { name: '<achievement-badge> alone (lit included, no d3)', contents: "import './src/elements/achievement-badge/achievement-badge.ts';", budget: 16384 },
  { name: '<policy-indicator-table> (+ badge, lit)', contents: "import './src/elements/policy-indicator-table/policy-indicator-table.ts';", budget: 28672 },
  { name: '<target-trend-chart> (+ badge, lit, d3-scale, d3-shape)', contents: "import './src/elements/target-trend-chart/target-trend-chart.ts';", budget: 43008 },
  { name: 'everything (policy-indicators)', contents: "export * from './src/index.ts';", budget: 51200 },
];

export async function measure(entry) {
  const result = await build({
    stdin: { contents: entry.contents, resolveDir: root, loader: 'ts', sourcefile: 'size-entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    treeShaking: true,
    logLevel: 'silent',
    conditions: ['production'],
    tsconfig: `${root}tsconfig.json`,
  });
  const code = result.outputFiles[0].contents;
  return { ...entry, min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

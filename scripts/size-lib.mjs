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
  });
  const code = result.outputFiles[0].contents;
  return { ...entry, min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

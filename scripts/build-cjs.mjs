// CommonJS builds of `policy-indicators/core` and `policy-indicators/csv` (run by scripts/build.mjs
// after tsc), so `require()` works on every Node the package supports: before Node 20.19,
// require() of an ES module is an error.
// - dist/core/index.cjs, dist/core/csv.cjs: one file each (esbuild). d3-dsv is inside csv.cjs, with
//   its licence, because its own package is ES modules only.
// - Their types as .d.cts: a copy of each .d.ts the two entries reach, with relative imports
//   pointing to .cjs, so TypeScript with "module": "nodenext" sees CommonJS types for require().
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';

const ENTRIES = [
  { source: 'src/core/index.ts', types: 'dist/core/index.d.ts', out: 'dist/core/index.cjs' },
  { source: 'src/core/csv.ts', types: 'dist/core/csv.d.ts', out: 'dist/core/csv.cjs' },
];

const d3dsvLicense = () => {
  const { version } = JSON.parse(readFileSync('node_modules/d3-dsv/package.json', 'utf8'));
  const text = readFileSync('node_modules/d3-dsv/LICENSE', 'utf8').trim();
  return `/*! Includes d3-dsv ${version} (https://github.com/d3/d3-dsv), ISC License:\n${text}\n*/`;
};

/** Writes x.d.cts beside every x.d.ts reachable from `entry` by relative imports; returns the files written. */
function copyDeclarations(entry, written = new Set()) {
  if (written.has(entry)) return written;
  written.add(entry);
  const text = readFileSync(entry, 'utf8');
  const relativeSpecifier = /((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]+)\.js(['"])/g;
  writeFileSync(entry.replace(/\.d\.ts$/, '.d.cts'), text.replace(relativeSpecifier, '$1$2.cjs$3'));
  for (const [, , specifier] of text.matchAll(relativeSpecifier)) copyDeclarations(join(dirname(entry), `${specifier}.d.ts`), written);
  return written;
}

export async function buildCjs() {
  for (const entry of ENTRIES) {
    await build({
      entryPoints: [entry.source],
      outfile: entry.out,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      tsconfig: 'tsconfig.json',
      banner: entry.source.endsWith('csv.ts') ? { js: d3dsvLicense() } : undefined,
      legalComments: 'inline',
      logLevel: 'warning',
    });
    copyDeclarations(entry.types);
  }
  return ENTRIES.map((e) => relative('.', e.out));
}

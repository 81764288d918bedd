// npm run build:
// - dist/**: ES modules + .d.ts per source file (tree-shakeable, one file per idea) for bundlers;
// - dist/policy-indicators.min.js: one fully minified file with lit and the d3 pieces inside,
//   for a plain HTML page: <script type="module" src=".../policy-indicators.min.js"></script>;
// - dist/policy-indicators.hydrate.min.js: the same with Lit's hydration support, for pages whose
//   elements were rendered on the server (npx policy-indicators render);
// - dist/core/index.cjs, dist/core/csv.cjs (+ .d.cts): CommonJS builds of the core and the CSV reader
//   for require() (scripts/build-cjs.mjs).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { buildCjs } from './build-cjs.mjs';

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
const cdn = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['production'],
  tsconfig: 'tsconfig.json',
  legalComments: 'eof',
  logLevel: 'warning',
};
await build({ ...cdn, entryPoints: ['src/index.ts'], outfile: 'dist/policy-indicators.min.js' });
// For server-rendered pages: Lit's hydration support first, then the same elements, in one file,
// so the support runs before LitElement is defined and both share one copy of lit.
await build({ ...cdn, entryPoints: ['src/hydrate.ts'], outfile: 'dist/policy-indicators.hydrate.min.js' });
await buildCjs();
console.log('built dist/, dist/policy-indicators.min.js, dist/policy-indicators.hydrate.min.js and the CommonJS core');

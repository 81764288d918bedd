// npm run build:
// - dist/**: ES modules + .d.ts per source file (tree-shakeable, one file per idea) for bundlers;
// - dist/policy-indicators.min.js: one fully minified file with lit and the d3 pieces inside,
//   for a plain HTML page: <script type="module" src=".../policy-indicators.min.js"></script>.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
await build({
  entryPoints: ['src/index.ts'],
  outfile: 'dist/policy-indicators.min.js',
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['production'],
  tsconfig: 'tsconfig.json',
  legalComments: 'eof',
  logLevel: 'warning',
});
console.log('built dist/ and dist/policy-indicators.min.js');

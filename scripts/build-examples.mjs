// Bundles examples/ (React 19 and Vue 3 using the elements) into one ES module for the browser
// tests: React ships CommonJS, which the test server does not load as it is. `policy-indicators`
// and `policy-indicators/react` resolve to this repository's source.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  entryPoints: [`${root}examples/mount.ts`],
  outfile: `${root}test/frameworks/.examples/mount.js`,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  tsconfig: `${root}tsconfig.json`,
  alias: { 'policy-indicators/react': `${root}src/frameworks/react.ts`, 'policy-indicators': `${root}src/index.ts` },
  define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  logLevel: 'warning',
});
console.log('built test/frameworks/.examples/mount.js');

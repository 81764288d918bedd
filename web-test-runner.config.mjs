// Browser tests in Debian's Chromium (never a downloaded browser). scripts/test.sh sets CHROME_PATH.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { testRoutes } from './test/server/routes.mjs';
import { ssrRoutes } from './test/server/ssr-routes.mjs';
import { fuzzEnvPlugin, fuzzFinishTimeout } from './scripts/fuzz-env.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // /__test/* answers for the loading tests (hung, slow, failing); the CSP header for test/fixtures/csp/.
  middleware: [testRoutes, ssrRoutes], // ssrRoutes: /__ssr/page.html, the CLI's static HTML (test/elements/ssr-hydrate.test.ts)
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), fuzzEnvPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
          '--lang=ja-JP',
        ],
      },
    }),
  ],
  // One page at a time: keyboard tests need focus, and a background page gets no animation frames.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  // The property tests in test/fuzz/ (FUZZ_RUNS, FUZZ_SEED: see scripts/fuzz-env.mjs).
  testsFinishTimeout: fuzzFinishTimeout,
  reporters: [summaryReporter({ flatten: false }), countReporter(process.env.WTR_COUNT_FILE)],
};

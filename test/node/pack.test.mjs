// The package as a user installs it: `npm pack` once, the tarball installed into a throwaway
// consumer project (its dependencies from the npm cache), then the consumer files of
// examples/package/ (which the README shows) checked there: TypeScript strict with
// moduleResolution bundler and nodenext (ESM and CommonJS), React 19 JSX and the @lit/react
// components (type-checked and rendered with react-dom/server), a Vue SFC with vue-tsc, Svelte with
// svelte-check (each rejecting layout="bogus"), require() and import() of the core from Node, the
// CSV script of the README, publint --strict, @arethetypeswrong/cli --pack and the IDE files; then in
// headless Chromium: server rendering (@lit-labs/ssr and the render command) read with JavaScript
// off and hydrated, the CDN bundle loaded twice, and the class-only entry point.
// Run after `npm run build` (scripts/test.sh does). TypeScript, React, Vue and Svelte are linked
// from this repository's node_modules into the consumer, so nothing but the tarball's own
// dependencies is installed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { chromium, recordErrors, serve } from './lib/browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const examples = join(root, 'examples/package');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** Linked into the consumer from this repository after the install (npm would remove them as extraneous before). */
const LINKED = ['typescript', 'react', 'react-dom', '@types/react', '@lit/react', 'vue', 'vue-tsc', 'svelte', 'svelte-check'];

let dir;
let app;
let packed;

const run = (command, args, options = {}) =>
  spawnSync(command, args, { cwd: app, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options, env: { ...process.env, NO_COLOR: '1', ...options.env } });
const node = (args, options) => run(process.execPath, args, options);
const bin = (name, args, options) => node([join(root, 'node_modules', name), ...args], options);
const output = (r) => `${r.stdout}\n${r.stderr}`;
const json = (file, value) => writeFileSync(join(app, file), `${JSON.stringify(value, null, 2)}\n`);
const STRICT = { strict: true, noEmit: true, skipLibCheck: false, target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [] };

/** The consumer project, made once (the root hooks and the browser suite's hook both need it first). */
function prepare() {
  if (app) return;
  dir = mkdtempSync(join(tmpdir(), 'policy-indicators-pack-'));
  app = join(dir, 'app');
  mkdirSync(app);
  const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' });
  assert.equal(pack.status, 0, pack.stderr);
  [packed] = JSON.parse(pack.stdout);
  json('package.json', { name: 'consumer', private: true, type: 'module' });
  // The optional peers a server-rendering user adds (the package declares them).
  const peers = ['@lit-labs/ssr', '@lit-labs/ssr-client'].map((name) => `${name}@${pkg.peerDependencies[name]}`);
  const install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', join(dir, packed.filename), ...peers]);
  assert.equal(install.status, 0, output(install));
  for (const name of LINKED) {
    mkdirSync(dirname(join(app, 'node_modules', name)), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), join(app, 'node_modules', name), 'dir');
  }
  cpSync(examples, app, { recursive: true });
  cpSync(join(root, 'test/fixtures/kpi-sjis.csv'), join(app, 'kpi.csv'));
  cpSync(join(root, 'test/fixtures/kpi-bad-year.csv'), join(app, 'kpi-bad.csv'));
}
before(prepare);

// At exit, not in a root after() hook: node:test may run that before the describe() block below.
process.on('exit', () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the tarball holds the built package, the IDE files, LICENSE and CHANGELOG, and no sources', () => {
  const files = packed.files.map((f) => f.path);
  for (const file of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json', 'web-types.json', 'vscode.html-custom-data.json', 'bin/policy-indicators.mjs', 'dist/index.js', 'dist/core/index.cjs', 'dist/core/index.d.cts', 'dist/core/csv.cjs', 'dist/core/csv.d.cts', 'dist/frameworks/react.js']) {
    assert.ok(files.includes(file), file);
  }
  assert.ok(!files.some((f) => /^(src|test|examples|scripts|stories|demo)\//.test(f)), 'no sources or tests');
  assert.ok(!files.some((f) => f.endsWith('.d.ts.map')), 'no declaration maps (they would point into src/)');
  const targets = (t) => (typeof t === 'string' ? [t] : Object.values(t).flatMap(targets));
  for (const [key, target] of Object.entries(pkg.exports)) {
    if (key.includes('*')) continue;
    for (const file of targets(target)) assert.ok(files.includes(file.replace(/^\.\//, '')), `exports["${key}"] → ${file} is packed`);
  }
  for (const pattern of pkg.sideEffects) {
    const regex = new RegExp(`^${pattern.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '(?:.*/)?').replace(/\*/g, '[^/]*')}$`);
    assert.ok(files.some((f) => regex.test(f)), `sideEffects "${pattern}" names a packed file`);
  }
});

test('TypeScript strict, moduleResolution bundler: typed properties, events (indicator-error detail), core and csv', () => {
  json('tsconfig.bundler.json', { compilerOptions: { ...STRICT, module: 'ESNext', moduleResolution: 'bundler' }, files: ['strict.ts'] });
  const r = bin('typescript/bin/tsc', ['-p', 'tsconfig.bundler.json']);
  assert.equal(r.status, 0, output(r));
});

test('TypeScript strict, moduleResolution nodenext: the same from ESM, and require() with CommonJS types from a .cts file', () => {
  json('tsconfig.nodenext.json', { compilerOptions: { ...STRICT, module: 'NodeNext', moduleResolution: 'NodeNext' }, files: ['strict.ts', 'require.cts'] });
  const r = bin('typescript/bin/tsc', ['-p', 'tsconfig.nodenext.json']);
  assert.equal(r.status, 0, output(r));
});

test('one element entry point alone declares its tag and the indicator-error event', () => {
  json('tsconfig.badge.json', { compilerOptions: { ...STRICT, module: 'NodeNext', moduleResolution: 'NodeNext' }, files: ['badge-only.ts'] });
  const r = bin('typescript/bin/tsc', ['-p', 'tsconfig.badge.json']);
  assert.equal(r.status, 0, output(r));
});

test('the @ts-expect-error lines are real: without them a wrong property or layout fails to compile', () => {
  writeFileSync(join(app, 'wrong.ts'), readFileSync(join(app, 'strict.ts'), 'utf8').replace(/^\s*\/\/ @ts-expect-error.*\n/gm, ''));
  json('tsconfig.wrong.json', { compilerOptions: { ...STRICT, module: 'ESNext', moduleResolution: 'bundler' }, files: ['wrong.ts'] });
  const r = bin('typescript/bin/tsc', ['-p', 'tsconfig.wrong.json']);
  assert.notEqual(r.status, 0);
  assert.match(r.stdout, /Property 'problem' does not exist on type 'IndicatorErrorDetail'/);
  assert.match(r.stdout, /Type '"bogus"' is not assignable to type '"auto" \| "summary" \| "series"'/);
});

test('React 19: JSX on the tags and the @lit/react components type-check (and reject layout="bogus")', () => {
  json('tsconfig.react.json', {
    compilerOptions: { ...STRICT, module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx', types: [] },
    files: ['react-jsx.tsx', 'react-components.tsx'],
  });
  const r = bin('typescript/bin/tsc', ['-p', 'tsconfig.react.json']);
  assert.equal(r.status, 0, output(r));
});

test('React 19: react-dom/server renders the components and the tags', () => {
  writeFileSync(
    join(app, 'render.mjs'),
    `import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { AchievementBadge, PolicyIndicatorTable, TargetTrendChart } from 'policy-indicators/react';
console.log(JSON.stringify({
  table: renderToString(createElement(PolicyIndicatorTable, { layout: 'series', fiscalYear: 2024, className: 'kpi' })),
  chart: renderToString(createElement(TargetTrendChart, { indicatorId: 'a01' })),
  badge: renderToString(createElement(AchievementBadge, { target: '3,550', actual: '2176' })),
  tag: renderToString(createElement('policy-indicator-table', { layout: 'series', 'fiscal-year': '2024' })),
  defined: ['policy-indicator-table', 'target-trend-chart', 'achievement-badge'].map((t) => !!customElements.get(t)),
}));
`,
  );
  const r = node(['render.mjs']);
  assert.equal(r.status, 0, output(r));
  const out = JSON.parse(r.stdout);
  assert.match(out.table, /^<policy-indicator-table class="kpi"><\/policy-indicator-table>$/);
  assert.match(out.chart, /^<target-trend-chart><\/target-trend-chart>$/);
  assert.match(out.badge, /^<achievement-badge><\/achievement-badge>$/);
  assert.equal(out.tag, '<policy-indicator-table layout="series" fiscal-year="2024"></policy-indicator-table>');
  assert.deepEqual(out.defined, [true, true, true], 'importing policy-indicators/react registers the elements');
});

test('Vue 3: vue-tsc accepts the SFC and rejects layout="bogus"', () => {
  json('tsconfig.vue.json', { compilerOptions: { ...STRICT, module: 'ESNext', moduleResolution: 'bundler', skipLibCheck: true }, files: ['Report.vue'] });
  json('tsconfig.vue-bogus.json', { compilerOptions: { ...STRICT, module: 'ESNext', moduleResolution: 'bundler', skipLibCheck: true }, files: ['Bogus.vue'] });
  const good = bin('vue-tsc/bin/vue-tsc.js', ['--noEmit', '-p', 'tsconfig.vue.json']);
  assert.equal(good.status, 0, output(good));
  const bad = bin('vue-tsc/bin/vue-tsc.js', ['--noEmit', '-p', 'tsconfig.vue-bogus.json']);
  assert.notEqual(bad.status, 0, 'layout="bogus" must not type-check');
  assert.match(output(bad), /Bogus\.vue.*Type '"bogus"' is not assignable to type '"auto" \| "summary" \| "series" \| undefined'/);
});

test('Svelte 5: svelte-check accepts the component and rejects layout="bogus"', () => {
  for (const [folder, file] of [['svelte-good', 'Report.svelte'], ['svelte-bogus', 'Bogus.svelte']]) {
    mkdirSync(join(app, folder));
    cpSync(join(app, file), join(app, folder, file));
    writeFileSync(join(app, folder, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...STRICT, module: 'ESNext', moduleResolution: 'bundler', skipLibCheck: true, verbatimModuleSyntax: true } }));
  }
  const check = (folder) => bin('svelte-check/bin/svelte-check', ['--workspace', folder, '--tsconfig', './tsconfig.json', '--output', 'machine', '--fail-on-warnings']);
  const good = check('svelte-good');
  assert.equal(good.status, 0, output(good));
  const bad = check('svelte-bogus');
  assert.notEqual(bad.status, 0, 'layout="bogus" must not type-check');
  assert.match(output(bad), /ERROR "Bogus\.svelte" .*Type '\\"bogus\\"' is not assignable/);
});

test("Node: require('policy-indicators/core') (CommonJS) and import('policy-indicators/csv') (ESM)", () => {
  writeFileSync(
    join(app, 'node-use.cjs'),
    `const core = require('policy-indicators/core');
const { csvToDataset } = require('policy-indicators/csv');
import('policy-indicators/csv').then((csv) => {
  const { document } = csv.csvToDataset('指標ID,年度,目標値,実績値\\na01,2024,80,23');
  console.log(JSON.stringify({
    rate: core.achievementRate({ target: 80, actual: 23 }),
    label: core.fiscalYearLabel(2019),
    cjsValid: core.validate(csvToDataset('指標ID,年度,目標値,実績値\\na01,2024,80,23').document).valid,
    esmValid: core.validate(document).valid,
    requireResolves: require.resolve('policy-indicators/core').endsWith('index.cjs'),
  }));
});
`,
  );
  const r = node(['node-use.cjs']);
  assert.equal(r.status, 0, output(r));
  assert.deepEqual(JSON.parse(r.stdout), { rate: 28.8, label: '令和元年度', cjsValid: true, esmValid: true, requireResolves: true });
});

test("Node: policy-indicators/vue's isCustomElement loads in a build config (no Vue, no DOM needed)", () => {
  const r = node(['--input-type=module', '-e', "import { isCustomElement, TAG_NAMES } from 'policy-indicators/vue'; console.log(JSON.stringify([TAG_NAMES, isCustomElement('policy-indicator-table'), isCustomElement('my-element')]))"]);
  assert.equal(r.status, 0, output(r));
  assert.deepEqual(JSON.parse(r.stdout), [['achievement-badge', 'policy-indicator-table', 'target-trend-chart'], true, false]);
});

test("the README's CSV script: prints the summary of a valid CSV, exits 1 on a bad one", () => {
  const ok = node(['check-kpi.mjs', 'kpi.csv']);
  assert.equal(ok.status, 0, output(ok));
  assert.equal(ok.stdout, '達成 1・未達成 1・集計中 1\n');
  const bad = node(['check-kpi.mjs', 'kpi-bad.csv']);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /error: rows\[2\]\.年度: expected a fiscal year/);
  assert.equal(bad.stdout, '');
});

test('the CLI runs from the installed package: npx policy-indicators validate --json', () => {
  const r = run('npx', ['--no-install', 'policy-indicators', 'validate', 'kpi.csv', '--json']);
  assert.equal(r.status, 0, output(r));
  assert.equal(JSON.parse(r.stdout).valid, true);
  assert.equal(run('npx', ['--no-install', 'policy-indicators', '--help']).status, 0);
});

test('publint --strict passes on the installed package', () => {
  const r = bin('publint/src/cli.js', ['--strict', '--pack', 'false', join(app, 'node_modules/policy-indicators')]);
  assert.equal(r.status, 0, output(r));
  assert.doesNotMatch(output(r), /warning|suggestion|error/i);
});

test('@arethetypeswrong/cli --pack: every entry resolves with types (node16 from ESM and CJS, bundler)', () => {
  // Node 10 resolution predates "exports" (TypeScript's moduleResolution "node10" is deprecated), and
  // the elements are ES modules only by design: `require()` of them is a dynamic import.
  const r = bin('@arethetypeswrong/cli/dist/index.js', ['--pack', root, '--profile', 'node16', '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'ascii']);
  assert.equal(r.status, 0, output(r));
  const checked = r.stdout.split('\n').filter((line) => !/\(ignored/.test(line)).join('\n');
  assert.doesNotMatch(checked, /💀|❌|🐛|⚠️|Resolution failed|Masquerading|Internal resolution error/);
  assert.match(checked, /"policy-indicators\/core"\s+node16 \(from CJS\): 🟢 \(CJS\)/);
});

test('IDE files: the VS Code custom data of the README and the web-types of package.json are in the installed package', () => {
  const settings = JSON.parse(readFileSync(join(app, 'vscode-settings.json'), 'utf8'));
  for (const path of settings['html.customData']) {
    const data = JSON.parse(readFileSync(join(app, path), 'utf8'));
    assert.deepEqual(data.tags.map((t) => t.name), ['achievement-badge', 'policy-indicator-table', 'target-trend-chart']);
  }
  const installed = join(app, 'node_modules/policy-indicators');
  const installedPkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const webTypes = JSON.parse(readFileSync(join(installed, installedPkg['web-types']), 'utf8'));
  assert.equal(webTypes.contributions.html.elements.length, 3);
  const manifest = JSON.parse(readFileSync(join(installed, installedPkg.customElements), 'utf8'));
  for (const m of manifest.modules) assert.ok(existsSync(join(installed, m.path)), `${m.path} is in the package`);
});

test('the README shows the consumer files of examples/package/ as they are tested here', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  for (const file of readdirSync(examples).filter((f) => !/^Bogus\./.test(f) && f !== 'badge-only.ts')) {
    assert.ok(readme.includes(readFileSync(join(examples, file), 'utf8').trimEnd()), `README.md shows examples/package/${file}`);
  }
});

// ---- in Chromium, from the installed package ----

// The figures as the city printed them (test/helpers/atsugi-printed.ts, compiled from its TypeScript).
const printed = await transform(readFileSync(join(root, 'test/helpers/atsugi-printed.ts'), 'utf8'), { loader: 'ts', format: 'esm' });
const { PRINTED } = await import(`data:text/javascript,${encodeURIComponent(printed.code)}`);

/** In the page: Atsugi's rows as shown (visible cell texts) and each row's judgment mark, through the shadow root. */
const readRows = () => {
  const text = (n) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const table = document.querySelector('policy-indicator-table');
  return [...(table?.shadowRoot?.querySelectorAll('tr.data') ?? [])].map((row) => ({
    id: row.getAttribute('data-indicator'),
    cells: [...row.children].filter((c) => c.checkVisibility()).map(text),
    judgment: text(row.querySelector('[part=judgment] .judgment-label')),
  }));
};

function assertPrintedRows(rows, when) {
  assert.equal(rows.length, 31, `${when}: 31 rows`);
  for (const [no, target, actual, result, rate] of PRINTED) {
    const row = rows.find((r) => r.id === `a${String(no).padStart(2, '0')}`);
    assert.ok(row, `${when}: No. ${no} is there`);
    assert.equal(row.cells[0], String(no), `${when}: No. ${no}`);
    for (const value of [target, actual, rate].filter(Boolean)) assert.ok(row.cells.includes(value), `${when}: No. ${no} shows ${value} (shown: ${row.cells.join(' | ')})`);
    assert.equal(row.judgment, result || '集計中', `${when}: No. ${no}'s result`);
  }
}

describe('in Chromium, from the installed package', () => {
  let browser;
  let server;
  const pages = {};
  const installed = '/node_modules/policy-indicators';

  before(async () => {
    prepare();
    // What a city publishes: the render command's output for Atsugi, run from the installed package.
    cpSync(join(app, 'node_modules/policy-indicators/data/atsugi-fy2024.json'), join(app, 'atsugi.json'));
    const fragments = [['table'], ['chart', '--indicator', 'a01'], ['badge', '--indicator', 'a01']].map(([element, ...rest]) => {
      const r = run('npx', ['--no-install', 'policy-indicators', 'render', 'atsugi.json', '--element', element, ...rest]);
      assert.equal(r.status, 0, output(r));
      return r.stdout;
    });
    const page = (scripts) => `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>KPI</title><link rel="icon" href="data:,"></head><body>${fragments.join('\n')}${scripts}</body></html>`;
    pages['/ssr-static.html'] = page('');
    pages['/ssr-hydrate.html'] = page(`<script type="module" src="${installed}/dist/policy-indicators.hydrate.min.js"></script>`);
    pages['/twice.html'] = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>KPI</title><link rel="icon" href="data:,">
<script type="module" src="${installed}/dist/policy-indicators.min.js?widget=1"></script>
<script type="module" src="${installed}/dist/policy-indicators.min.js?widget=2"></script></head>
<body><achievement-badge target="3,550" actual="2176"></achievement-badge><policy-indicator-table src="/atsugi.json"></policy-indicator-table></body></html>`;
    // The class-only entry point, bundled by the consumer's bundler (esbuild here) for a page that picks its own tags.
    writeFileSync(join(app, 'classes-entry.js'), `import { AchievementBadge, PolicyIndicatorTable } from 'policy-indicators/classes';
window.defined = ['achievement-badge', 'policy-indicator-table', 'target-trend-chart'].filter((tag) => customElements.get(tag));
customElements.define('city-badge', AchievementBadge);
customElements.define('city-table', PolicyIndicatorTable);
`);
    await build({ absWorkingDir: app, entryPoints: ['classes-entry.js'], bundle: true, format: 'esm', outfile: join(app, 'classes-bundle.js'), logLevel: 'silent' });
    pages['/classes.html'] = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>KPI</title><link rel="icon" href="data:,"><script type="module" src="/classes-bundle.js"></script></head>
<body><city-badge target="3,550" actual="2176"></city-badge></body></html>`;
    server = await serve(app, pages);
    browser = await chromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('@lit-labs/ssr renders the three elements in Node to declarative shadow DOM', () => {
    writeFileSync(join(app, 'ssr.mjs'), `import { readFileSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'policy-indicators';
const data = JSON.parse(readFileSync('atsugi.json', 'utf8'));
process.stdout.write(await collectResult(render(html\`<policy-indicator-table .data=\${data}></policy-indicator-table>
<target-trend-chart .data=\${data} indicator-id="a01"></target-trend-chart><achievement-badge .data=\${data} indicator-id="a01"></achievement-badge>\`)));
`);
    const r = node(['ssr.mjs']);
    assert.equal(r.status, 0, output(r));
    assert.equal(r.stdout.match(/<template shadowroot(mode)?="open"/g)?.length >= 3, true, 'declarative shadow roots');
    assert.equal(r.stdout.match(/<tr\b[^>]*\bclass="data\b/g)?.length, 31, 'the 31 rows');
    assert.match(r.stdout, /<svg[^>]*class="chart"/);
    assert.match(r.stdout, /61\.3%/);
  });

  test("the render command's HTML reads with JavaScript disabled: Atsugi's 31 rows with the printed figures", async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${server.url}/ssr-static.html`);
    assertPrintedRows(await page.evaluate(readRows), 'JavaScript off');
    const sentence = await page.evaluate(() => document.querySelector('target-trend-chart').shadowRoot.querySelector('[part=summary]').textContent);
    assert.match(sentence, /達成率61\.3%（未達成）/);
    await page.close();
  });

  test('with the hydrate bundle the same page hydrates: no console error or mismatch, the figures unchanged, sorting works', async () => {
    const page = await browser.newPage();
    const errors = recordErrors(page);
    await page.goto(`${server.url}/ssr-hydrate.html`);
    await page.waitForFunction(() => ['policy-indicator-table', 'target-trend-chart', 'achievement-badge'].every((t) => document.querySelector(t).hasUpdated));
    assertPrintedRows(await page.evaluate(readRows), 'hydrated');
    await page.evaluate(async () => {
      const table = document.querySelector('policy-indicator-table');
      [...table.shadowRoot.querySelectorAll('button.sort')].find((b) => b.textContent.trim().startsWith('達成率')).click();
      await table.updateComplete;
    });
    assert.equal(await page.evaluate(() => document.querySelector('policy-indicator-table').shadowRoot.querySelector('tr.data').dataset.indicator), 'a31', 'sorted by rate: No. 31 (5.9%) first');
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the CDN bundle loaded twice on one page (two CMS widgets): no error, the elements work', async () => {
    const page = await browser.newPage();
    const errors = recordErrors(page);
    await page.goto(`${server.url}/twice.html`);
    await page.waitForFunction(() => document.querySelector('policy-indicator-table').shadowRoot?.querySelectorAll('tr.data').length === 31);
    assertPrintedRows(await page.evaluate(readRows), 'loaded twice');
    assert.equal(await page.evaluate(() => document.querySelector('achievement-badge').shadowRoot.querySelector('[part=rate]').textContent.trim()), '61.3%');
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('policy-indicators/classes registers nothing; the classes work under tags the page chooses', async () => {
    const page = await browser.newPage();
    const errors = recordErrors(page);
    await page.goto(`${server.url}/classes.html`);
    await page.waitForFunction(() => document.querySelector('city-badge').shadowRoot?.querySelector('[part=rate]'));
    assert.deepEqual(await page.evaluate(() => window.defined), [], 'importing the classes defined no tag');
    assert.equal(await page.evaluate(() => document.querySelector('city-badge').shadowRoot.querySelector('[part=rate]').textContent.trim()), '61.3%');
    assert.deepEqual(await page.evaluate(() => ['achievement-badge', 'policy-indicator-table', 'target-trend-chart'].filter((t) => customElements.get(t))), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

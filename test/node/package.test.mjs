// The built package as a user gets it: the exports map, types, and `import('policy-indicators/core')`
// from Node in the package root (run after `npm run build`, as scripts/test.sh does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
/** Every file under a folder of the package, as a path from the package root. */
const walk = (dir) =>
  readdirSync(new URL(`../../${dir}`, import.meta.url), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));

/** The files an exports target names, however nested its conditions ({ import: { types, default } }). */
const targets = (target) => (typeof target === 'string' ? [target] : Object.values(target).flatMap(targets));

test('package.json is an ESM package with an exports map for . and ./core, with types', () => {
  assert.equal(pkg.name, 'policy-indicators');
  assert.equal(pkg.type, 'module');
  assert.ok(existsSync(new URL(`../../${pkg.exports['.'].default}`, import.meta.url)));
  assert.ok(existsSync(new URL(`../../${pkg.exports['.'].types}`, import.meta.url)));
  assert.ok(existsSync(new URL(`../../${pkg.exports['./schema']}`, import.meta.url)));
  assert.ok(Array.isArray(pkg.sideEffects) && !pkg.sideEffects.some((p) => p.includes('core')));
});

test('./core and ./csv: ES modules for import, CommonJS for require, each with its own types', () => {
  for (const key of ['./core', './csv']) {
    const { import: esm, require: cjs } = pkg.exports[key];
    assert.match(esm.default, /\.js$/);
    assert.match(esm.types, /\.d\.ts$/);
    assert.match(cjs.default, /\.cjs$/);
    assert.match(cjs.types, /\.d\.cts$/);
  }
});

test('every entry of the exports map exists after the build, and every code entry has types', () => {
  for (const [key, target] of Object.entries(pkg.exports)) {
    if (key.includes('*')) continue;
    for (const file of targets(target)) assert.ok(existsSync(new URL(`../../${file}`, import.meta.url)), `${key} → ${file}`);
    if (!targets(target).every((f) => f.endsWith('.json'))) assert.ok(targets(target).some((f) => /\.d\.c?ts$/.test(f)), `${key} has types`);
  }
});

test('sideEffects names shipped files only, and each pattern matches a built file', () => {
  const built = walk('dist').map((f) => `./${f}`);
  for (const pattern of pkg.sideEffects) {
    assert.match(pattern, /^\.\/dist\//, `${pattern} is in dist/ (src/ is not shipped)`);
    const regex = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '(?:.*/)?').replace(/\*/g, '[^/]*')}$`);
    assert.ok(built.some((f) => regex.test(f)), `${pattern} matches a file`);
  }
});

test('src/package.json (for bundling the sources here) marks the same modules as the package does in dist/', () => {
  const src = JSON.parse(readFileSync(new URL('../../src/package.json', import.meta.url), 'utf8'));
  // The bundles (*.min.js, dist/cdn/) have no file of their own in src/; the CDN loader's source is src/cdn.ts.
  const fromDist = pkg.sideEffects.filter((p) => !p.endsWith('.min.js') && !p.startsWith('./dist/cdn/')).map((p) => p.replace(/^\.\/dist\//, './').replace(/\.js$/, '.ts'));
  assert.ok(pkg.sideEffects.includes('./dist/cdn/*.js'), 'the CDN loader and element files are side effects');
  assert.deepEqual([...src.sideEffects].sort(), [...fromDist, './cdn.ts'].sort());
});

test('source maps resolve without src/: every map embeds its sources; no declaration maps', () => {
  const files = walk('dist');
  assert.ok(!files.some((f) => f.endsWith('.d.ts.map')), 'no .d.ts.map (they would point into src/)');
  for (const file of files.filter((f) => f.endsWith('.js') || f.endsWith('.cjs'))) {
    const code = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
    if (!url) continue;
    const map = JSON.parse(readFileSync(new URL(url, new URL(`../../${file}`, import.meta.url)), 'utf8'));
    assert.equal(map.sourcesContent?.length, map.sources.length, `${file}: sourcesContent for every source`);
    assert.ok(map.sourcesContent.every((s) => typeof s === 'string' && s.length > 0), file);
  }
});

test('dependencies: lit ^3, the d3 packages pinned exactly; React, Vue and Svelte only as optional peers', () => {
  assert.equal(pkg.dependencies.lit, '^3');
  for (const name of ['d3-dsv', 'd3-scale', 'd3-shape']) assert.match(pkg.dependencies[name], /^\d+\.\d+\.\d+$/, name);
  for (const name of ['@lit/react', 'react', 'vue', 'svelte']) {
    assert.equal(pkg.dependencies[name], undefined, `${name} is not a dependency`);
    assert.ok(pkg.peerDependencies[name], `${name} is a peer dependency`);
    assert.equal(pkg.peerDependenciesMeta[name]?.optional, true, `${name} is optional`);
  }
});

test("require('policy-indicators/core') and require('policy-indicators/csv') work (CommonJS build)", () => {
  const require = createRequire(import.meta.url);
  const core = require('policy-indicators/core');
  assert.equal(core.achievementRate({ target: 80, actual: 23 }), 28.8);
  assert.equal(core.fiscalYearLabel(2019), '令和元年度');
  const { csvToDataset } = require('policy-indicators/csv');
  const { document, problems } = csvToDataset('指標ID,年度,目標値,実績値\na01,2024,80,23\n');
  assert.deepEqual(problems, []);
  assert.equal(core.validate(document).valid, true);
});

test('per-element entry points: importing the badge module does not import the chart or d3', () => {
  const badge = readFileSync(new URL('../../dist/elements/achievement-badge/achievement-badge.js', import.meta.url), 'utf8');
  assert.doesNotMatch(badge, /from ['"]d3-/);
  assert.doesNotMatch(badge, /target-trend-chart/);
});

test("import('policy-indicators/core') works from Node and computes 23/80 as 28.8", async () => {
  const core = await import('policy-indicators/core');
  assert.equal(core.achievementRate({ target: 80, actual: 23 }), 28.8);
  assert.equal(core.judge(28.8), 'not-achieved');
  assert.equal(core.fiscalYearLabel(2019), '令和元年度');
  for (const name of ['achievementRate', 'judge', 'evaluate', 'summarize', 'fiscalYearLabel', 'validate']) {
    assert.equal(typeof core[name], 'function', name);
  }
});

test("the core's built files import neither lit nor the DOM", () => {
  const dir = new URL('../../dist/core/', import.meta.url);
  const index = readFileSync(new URL('index.js', dir), 'utf8');
  assert.match(index, /export \* from/);
  for (const file of index.match(/'\.\/[^']+'/g).map((s) => s.slice(3, -1))) {
    // The code only: the source map comment names files such as dataset-json.js.map.
    const code = readFileSync(new URL(file, dir), 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
    assert.doesNotMatch(code, /from ['"](lit|@lit)/, file);
    assert.doesNotMatch(code, /\b(document|window)\./, file);
  }
});

test('the schema and the datasets ship in the package', () => {
  assert.ok(pkg.files.includes('schema'));
  assert.ok(pkg.files.some((f) => f.startsWith('data')));
});

test('the READMEs pin the CDN URLs they recommend for published pages to this version', () => {
  const { version } = pkg;
  for (const name of ['README.md', 'README.ja.md']) {
    const text = readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8');
    const pinned = [...text.matchAll(/unpkg\.com\/policy-indicators@([^/]+)\//g)].map((m) => m[1]);
    assert.ok(pinned.length > 0, `${name} shows a pinned URL`);
    for (const v of pinned) assert.equal(v, version, `${name}: policy-indicators@${v} in a URL, but package.json is ${version}`);
  }
});

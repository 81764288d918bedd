// The built package as a user gets it: the exports map, types, and `import('policy-indicators/core')`
// from Node in the package root (run after `npm run build`, as scripts/test.sh does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

test('package.json is an ESM package with an exports map for . and ./core, with types', () => {
  assert.equal(pkg.name, 'policy-indicators');
  assert.equal(pkg.type, 'module');
  for (const key of ['.', './core']) {
    const e = pkg.exports[key];
    assert.ok(e, `exports["${key}"]`);
    assert.ok(existsSync(new URL(`../../${e.default}`, import.meta.url)), `${e.default} exists`);
    assert.ok(existsSync(new URL(`../../${e.types}`, import.meta.url)), `${e.types} exists`);
  }
  assert.ok(existsSync(new URL(`../../${pkg.exports['./schema']}`, import.meta.url)));
  assert.ok(Array.isArray(pkg.sideEffects) && !pkg.sideEffects.some((p) => p.includes('core')));
});

test('every entry of the exports map exists after the build', () => {
  for (const [key, target] of Object.entries(pkg.exports)) {
    if (key.includes('*')) continue;
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
      assert.ok(existsSync(new URL(`../../${file}`, import.meta.url)), `${key} → ${file}`);
    }
  }
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
    const code = readFileSync(new URL(file, dir), 'utf8');
    assert.doesNotMatch(code, /from ['"](lit|@lit)/, file);
    assert.doesNotMatch(code, /\b(document|window)\./, file);
  }
});

test('the schema and the datasets ship in the package', () => {
  assert.ok(pkg.files.includes('schema'));
  assert.ok(pkg.files.some((f) => f.startsWith('data')));
});

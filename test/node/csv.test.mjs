// The CSV reader as a city's web editor runs it, on the template it starts from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (...args) => spawnSync(process.execPath, ['bin/policy-indicators.mjs', ...args], { cwd: root, encoding: 'utf8' });

test('the template converts with npx policy-indicators convert and validates without an error', async () => {
  const converted = run('convert', 'data/templates/kpi-template.csv');
  assert.equal(converted.status, 0, converted.stderr);
  assert.doesNotMatch(converted.stderr, /エラー/);
  const doc = JSON.parse(converted.stdout);
  assert.equal(doc.plan.title, '○○市総合計画 後期基本計画（記入例）');
  assert.equal(doc.plan.reportedYear, 2025);
  assert.deepEqual(doc.evaluation, { scheme: 'three-tier' });
  assert.deepEqual(doc.indicators.map((i) => [i.id, i.no]), [['k01', 1], ['k02', 2], ['k03', 3]]);
  assert.deepEqual(doc.indicators[0].targets, { 2028: '100人' });
  assert.deepEqual(doc.indicators[0].expected, { 2024: '52人', 2025: '64人', 2026: '76人', 2027: '88人', 2028: '100人' });
  assert.equal(doc.indicators[1].targets['2024'], '1.0%未満');
  assert.equal(doc.indicators[2].actuals['2025'], '1,389千人（見込み）');
  const { validate } = await import('../../dist/core/validate.js');
  const result = validate(doc);
  assert.deepEqual(result.problems.filter((p) => p.severity === 'error'), []);
  const checked = run('validate', 'data/templates/kpi-template.csv');
  assert.equal(checked.status, 0, checked.stderr);
  assert.match(checked.stderr, /問題はありません/);
});

test('the CSV reader calls csvParseRows, never csvParse (which compiles code: a Trusted Types violation)', () => {
  const sources = readdirSync(new URL('../../src/core/', import.meta.url)).filter((f) => /^csv.*\.ts$/.test(f));
  const text = sources.map((f) => readFileSync(new URL(`../../src/core/${f}`, import.meta.url), 'utf8')).join('\n');
  assert.match(text, /\bcsvParseRows\(/);
  assert.doesNotMatch(text, /\bcsvParse\s*\(/, 'no call of csvParse');
  assert.doesNotMatch(text, /import\s*\{[^}]*\bcsvParse\s*[,}]/, 'no import of csvParse');
  assert.doesNotMatch(text, /new Function|\beval\(/);
});

test('convert names the nearest column for an unknown one, in Japanese and English, and exits 1', () => {
  const ja = run('convert', 'test/fixtures/kpi-unknown-column.csv');
  assert.equal(ja.status, 1);
  assert.match(ja.stderr, /エラー: 1行目の「実績値（確定）」：.*「実績値」のことですか？/);
  const en = run('convert', 'test/fixtures/kpi-unknown-column.csv', '--lang', 'en');
  assert.match(en.stderr, /error: row 1, column “実績値（確定）”: .*did you mean 実績値\?/);
  // The rest of the file is still converted.
  assert.deepEqual(JSON.parse(ja.stdout).indicators[0].targets, { 2024: '100' });
});

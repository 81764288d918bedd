// The convert command as a city's web editor would run it: npx policy-indicators convert kpi.csv > kpi.json
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (...args) => spawnSync(process.execPath, ['bin/policy-indicators.mjs', ...args], { cwd: root, encoding: 'utf8' });

test('converts the Shift_JIS, UTF-8 and BOM CSVs to the same JSON, which validates', async () => {
  const outputs = ['kpi-sjis.csv', 'kpi-utf8.csv', 'kpi-bom.csv'].map((f) => run('convert', `test/fixtures/${f}`));
  for (const o of outputs) assert.equal(o.status, 0, o.stderr);
  assert.equal(outputs[0].stdout, outputs[1].stdout);
  assert.equal(outputs[0].stdout, outputs[2].stdout);
  const doc = JSON.parse(outputs[0].stdout);
  assert.equal(doc.plan.title, '厚木市産業マスタープラン後期実施計画（抜粋）');
  assert.equal(doc.plan.reportedYear, 2024);
  assert.deepEqual(doc.indicators.map((i) => i.id), ['a01', 'a17', 'a26']);
  assert.deepEqual(doc.indicators[0].targets, { 2024: '3,550件', 2025: '3,600件', 2026: '3650' });
  const { validate } = await import('../../dist/core/validate.js');
  const { evaluate } = await import('../../dist/core/evaluate.js');
  const { dataset, valid } = validate(doc);
  assert.ok(valid);
  // Atsugi's printed rates for No.1 and No.26.
  assert.deepEqual(evaluate(dataset).map((r) => r.rateText), ['61.3', null, '126.3']);
});

test('prints located problems in Japanese (or English) and exits 1', () => {
  const ja = run('convert', 'test/fixtures/kpi-bad-year.csv');
  assert.equal(ja.status, 1);
  assert.match(ja.stderr, /2行目の「年度」：年度として読み取れません（値："R\?"）/);
  assert.match(ja.stderr, /3行目の「指標ID」：必須の項目がありません/);
  assert.match(ja.stderr, /指標「単位違い」の目標値：単位が指標の単位と一致しません（値："3550人"）。期待される値：件を単位とする数値/);
  const en = run('convert', 'test/fixtures/kpi-bad-year.csv', '--lang', 'en');
  assert.match(en.stderr, /row 2, column “年度”: The key cannot be read as a fiscal year/);
});

test('validate checks a JSON dataset; usage errors exit 2', () => {
  const ok = run('validate', 'data/atsugi-fy2024.json');
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stderr, /問題はありません/);
  const bad = run('validate', 'test/fixtures/invalid-data.json');
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /指標「壊れた指標」の目標値/);
  assert.equal(run('nonsense').status, 2);
});

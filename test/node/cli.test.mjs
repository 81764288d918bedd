// The convert command as a city's web editor would run it: npx policy-indicators convert kpi.csv > kpi.json
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

// embed: a snippet to paste into a CMS page, with the JSON escaped for a <script> element.
const { parse: parseHtml } = await import('parse5');
const elementsIn = (node, found = []) => {
  if (node.tagName) found.push(node);
  for (const child of node.childNodes ?? []) elementsIn(child, found);
  if (node.content) elementsIn(node.content, found); // <template>
  return found;
};
const hostile = {
  plan: { title: 'テスト<!--<script>\u2028行\u2029区切り &amp; </SCRIPT >', publisher: 'テスト市', reportedYear: 2024 },
  indicators: [
    { id: 'x1', name: '</script><img src=x onerror=alert(1)>', unit: '件', direction: 'increase', targets: { 2024: 100 }, actuals: { 2024: 50 } },
  ],
};

test('embed: a name with "</script><img src=x onerror=alert(1)>" stays inside the one script element and parses back to the data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'embed-'));
  try {
    const file = join(dir, 'kpi.json');
    writeFileSync(file, JSON.stringify(hostile));
    for (const [element, tag, extra] of [
      ['table', 'policy-indicator-table', []],
      ['chart', 'target-trend-chart', ['--indicator', 'x1']],
      ['badge', 'achievement-badge', ['--indicator', 'x1']],
    ]) {
      const out = run('embed', file, '--element', element, ...extra);
      assert.equal(out.status, 0, out.stderr);
      const found = elementsIn(parseHtml(`<!doctype html><html><body>${out.stdout}</body></html>`));
      const scripts = found.filter((n) => n.tagName === 'script');
      assert.equal(scripts.length, 1, `${element}: exactly one script element`);
      assert.equal(found.filter((n) => n.tagName === 'img').length, 0, `${element}: no img element`);
      const host = found.find((n) => n.tagName === tag);
      assert.ok(host, tag);
      assert.equal(scripts[0].parentNode, host, `${element}: the script is the element's child`);
      assert.deepEqual(Object.fromEntries(scripts[0].attrs.map((a) => [a.name, a.value])), { type: 'application/json' });
      assert.deepEqual(Object.fromEntries(host.attrs.map((a) => [a.name, a.value])), extra.length ? { 'indicator-id': 'x1' } : {});
      const text = scripts[0].childNodes.map((c) => c.value).join('');
      assert.deepEqual(JSON.parse(text), hostile);
      assert.doesNotMatch(out.stdout, /<\/script><img|<!--|\u2028|\u2029/i);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('embed: reads a CSV too; a chart or badge needs --indicator, an unknown one is an error', () => {
  const csv = run('embed', 'test/fixtures/kpi-utf8.csv');
  assert.equal(csv.status, 0, csv.stderr);
  assert.match(csv.stdout, /^<policy-indicator-table>\n {2}<script type="application\/json">\{.*"a01".*\}<\/script>\n<\/policy-indicator-table>\n$/s);
  assert.equal(run('embed', 'data/atsugi-fy2024.json', '--element', 'chart').status, 2);
  assert.equal(run('embed', 'data/atsugi-fy2024.json', '--element', 'map').status, 2);
  const unknown = run('embed', 'data/atsugi-fy2024.json', '--element', 'badge', '--indicator', 'zz', '--lang', 'en');
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /no indicator "zz"/);
});

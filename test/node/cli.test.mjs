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

// The CLI in a portal's build or a CI pipeline: --help, --version, stdin, --json.
const runWith = (input, ...args) => spawnSync(process.execPath, ['bin/policy-indicators.mjs', ...args], { cwd: root, encoding: 'utf8', input });

test('--help exits 0 and lists every command with its options; --version prints the version', async () => {
  const { readFileSync } = await import('node:fs');
  for (const flag of ['--help', '-h', 'help']) {
    const help = run(flag);
    assert.equal(help.status, 0, flag);
    for (const command of ['convert', 'validate', 'embed', 'render']) assert.match(help.stdout, new RegExp(`policy-indicators ${command} <`), `${flag} lists ${command}`);
    assert.match(help.stdout, /--json/);
    assert.match(help.stdout, /"-" reads stdin/);
  }
  const version = run('--version');
  assert.equal(version.status, 0);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  const none = run();
  assert.equal(none.status, 2);
  assert.match(none.stderr, /usage: policy-indicators/);
  assert.equal(run('validate').status, 2, 'a file is needed');
  assert.equal(run('validate', 'data/atsugi-fy2024.json', '--bogus').status, 2, 'an unknown option');
  assert.equal(run('validate', 'no-such-file.json').status, 2, 'an unreadable file');
});

test('"-" reads standard input: JSON, or a CSV when its first line has a comma', async () => {
  const { readFileSync } = await import('node:fs');
  const json = runWith(readFileSync(join(root, 'data/atsugi-fy2024.json')), 'validate', '-', '--lang', 'en');
  assert.equal(json.status, 0, json.stderr);
  assert.match(json.stderr, /stdin: valid/);
  const csv = runWith(readFileSync(join(root, 'test/fixtures/kpi-sjis.csv')), 'convert', '-');
  assert.equal(csv.status, 0, csv.stderr);
  assert.equal(csv.stdout, run('convert', 'test/fixtures/kpi-sjis.csv').stdout);
  const embedded = runWith(readFileSync(join(root, 'test/fixtures/kpi-utf8.csv')), 'embed', '-');
  assert.equal(embedded.status, 0, embedded.stderr);
  assert.equal(embedded.stdout, run('embed', 'test/fixtures/kpi-utf8.csv').stdout);
});

test('--json: { valid, problems } on stdout for validate, exit 1 when invalid; on stderr when stdout is the output', () => {
  const ok = run('validate', 'data/atsugi-fy2024.json', '--json');
  assert.equal(ok.status, 0);
  assert.deepEqual(JSON.parse(ok.stdout), { valid: true, problems: [] });
  assert.equal(ok.stderr, '');

  const bad = run('validate', 'test/fixtures/invalid-data.json', '--json', '--lang', 'en');
  assert.equal(bad.status, 1);
  const report = JSON.parse(bad.stdout);
  assert.deepEqual(Object.keys(report), ['valid', 'problems']);
  assert.equal(report.valid, false);
  const error = report.problems.find((p) => p.severity === 'error');
  assert.deepEqual(
    { path: error.path, code: error.code, indicatorId: error.indicatorId, indicatorName: error.indicatorName, field: error.field, year: error.year },
    { path: 'indicators[1].targets.2024', code: 'unit-mismatch', indicatorId: 'bad', indicatorName: '壊れた指標', field: 'targets', year: 2024 },
  );
  assert.match(error.message, /expected a number in 件/);
  assert.match(error.text, /Indicator “壊れた指標”/);
  for (const p of report.problems) {
    assert.ok(['error', 'warning'].includes(p.severity));
    for (const key of ['path', 'code', 'message', 'text']) assert.equal(typeof p[key], 'string', key);
  }

  const notJson = runWith('not json', 'validate', '-', '--json');
  assert.equal(notJson.status, 1);
  assert.deepEqual(JSON.parse(notJson.stdout).problems.map((p) => [p.path, p.code]), [['$', 'wrong-type']]);

  const converted = run('convert', 'test/fixtures/kpi-bad-year.csv', '--json');
  assert.equal(converted.status, 1);
  assert.ok(JSON.parse(converted.stdout).indicators, 'stdout is still the document');
  const csvReport = JSON.parse(converted.stderr);
  assert.equal(csvReport.valid, false);
  assert.deepEqual(csvReport.problems.slice(0, 2).map((p) => [p.path, p.code]), [['rows[2].年度', 'bad-year'], ['rows[3].指標ID', 'required']]);

  const unknown = run('embed', 'data/atsugi-fy2024.json', '--element', 'badge', '--indicator', 'zz', '--json');
  assert.equal(unknown.status, 1);
  assert.deepEqual(JSON.parse(unknown.stderr).problems.map((p) => [p.path, p.code]), [['--indicator', 'unknown-reference']]);
});

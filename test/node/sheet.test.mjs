// The wide-sheet reader (policy-indicators/sheet) on sheets kept like the printed reports:
// test/fixtures/sheets/ (built by scripts/build-sheet-fixtures.mjs from the datasets in data/).
// Expected values come from the dataset JSON (the real reports), never from running the reader.
// Run after `npm run build`: node --test test/node/sheet.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sheet = await import('../../dist/sheet/index.js');
const { validate } = await import('../../dist/core/validate.js');
const { evaluate } = await import('../../dist/core/evaluate.js');
const fixture = (name) => readFileSync(new URL(`../fixtures/sheets/${name}`, import.meta.url));
const dataset = (name) => JSON.parse(readFileSync(new URL(`../../data/${name}.json`, import.meta.url), 'utf8'));
const run = (args, input) => spawnSync(process.execPath, ['bin/policy-indicators.mjs', ...args], { cwd: root, encoding: 'utf8', input, maxBuffer: 1 << 24 });

/** An A1 address, written here independently of the reader: (0-based row, column) → "C12". */
const a1 = (row, column) => {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row + 1}`;
};
/** Where a text is in a grid (its first cell). */
const find = (grid, text, from = 0) => {
  for (let r = from; r < grid.rows.length; r++) {
    const c = grid.rows[r].findIndex((cell) => cell?.text === text);
    if (c >= 0) return { row: r, column: c };
  }
  throw new Error(`no cell ${text}`);
};

// ---- evaluate equals the dataset's, row for row ---------------------------------------------------

const value = (v) => v && { status: v.status, decimal: v.decimal, comparator: v.comparator, qualifier: v.qualifier };
/** Everything a row shows except ids (the sheet's ids are its No., the dataset's are its own). */
const shown = (r) => ({
  no: r.no, name: r.name, kind: r.kind, unit: r.unit, direction: r.direction, method: r.method, basis: r.basis, year: r.year,
  status: r.status, target: value(r.target), actual: value(r.actual), comparedWith: value(r.comparedWith),
  baseline: r.baseline && { year: r.baseline.year, value: value(r.baseline.value) },
  rate: r.rate, rateText: r.rateText, judgment: r.judgment, reasonRequired: r.reasonRequired, reason: r.reason,
  provisional: r.provisional, change: r.change, latest: r.latest && { year: r.latest.year, value: value(r.latest.value) }, rounding: r.rounding,
});
function assertEvaluatesAs(document, name, years) {
  const expected = validate(dataset(name));
  const got = validate(document);
  assert.ok(got.valid, JSON.stringify(got.problems.filter((p) => p.severity === 'error')));
  for (const year of years) {
    const want = evaluate(expected.dataset, { year }).map(shown);
    const have = evaluate(got.dataset, { year }).map(shown);
    assert.equal(have.length, want.length, `${name} ${year}: rows`);
    want.forEach((row, i) => assert.deepEqual(have[i], row, `${name} ${year}, row ${i + 1} (No. ${row.no})`));
  }
}

test('the Atsugi workbook (sheet 2: 目標/実績/結果/達成率 stacked, R6 R7 R8, merged hierarchy) evaluates as the dataset, row for row', async () => {
  const read = await sheet.readSheetDataset(fixture('atsugi-fy2024.xlsx'));
  assert.equal(read.format, 'xlsx');
  assert.deepEqual(read.sheetNames, ['凡例', '達成状況一覧']);
  assert.equal(read.sheetNumber, 2, 'the cover sheet is skipped');
  assert.equal(read.document.indicators.length, 31);
  assertEvaluatesAs(read.document, 'atsugi-fy2024', [2023, 2024, 2025, 2026]);
  // The printed rates, read off the sheet, say which way is good and how the city rounds.
  assert.equal(read.mapping.defaults.direction, 'increase');
  assert.deepEqual(read.mapping.plan.rounding, { digits: 1, mode: 'half-up' });
  assert.deepEqual(read.mapping.plan.reasonRequired, { atOrAbove: 200, below: 80 });
  assert.equal(read.mapping.plan.reportedYear, 2024);
  assert.ok(!read.problems.some((p) => /rate|judgment/.test(p.code)), 'every printed rate and result matches core');
});

test('the Atsugi Shift_JIS CSV laid out like the printed table evaluates as the dataset, with nothing to report', async () => {
  const bytes = fixture('atsugi-fy2024-sjis.csv');
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the fixture is Shift_JIS');
  const read = await sheet.readSheetDataset(bytes, { name: 'atsugi-fy2024-sjis.csv' });
  assert.equal(read.format, 'csv');
  assert.equal(read.layout, 'wide');
  assert.deepEqual(read.problems, []);
  assert.equal(read.counts.used, read.counts.read);
  assertEvaluatesAs(read.document, 'atsugi-fy2024', [2023, 2024, 2025, 2026]);
});

test('the Sapporo sheet (values with their own 平成 years, heading rows) evaluates as the dataset once its scheme is corrected', async () => {
  const read = await sheet.readSheetDataset(fixture('sapporo-fy2012.xlsx'));
  assert.equal(read.mapping.era, 'heisei', 'from 「計画の進捗状況(平成24年度)」 above the table');
  assert.deepEqual(read.mapping.values.map((v) => [v.field, v.year]), [['baseline', null], ['actual', null], ['target', null]]);
  // The page prints no judgment: the clerk says so (one correction), as the dataset does.
  const mapping = { ...read.mapping, plan: { ...read.mapping.plan, scheme: 'none', reasonRequired: { atOrAbove: null, below: null }, publisher: '札幌市' } };
  const corrected = sheet.applyMapping(read.grid, mapping);
  assert.equal(corrected.document.plan.publisher, '札幌市');
  assertEvaluatesAs(corrected.document, 'sapporo-machizukuri-fy2012', [2010, 2011, 2012, 2014, 2015]);
  // Rows without a direction (errata S8) are warned of at their empty 方向 cell, not guessed.
  const noDirection = corrected.problems.filter((p) => p.code === 'no-direction');
  assert.equal(noDirection.length, 9);
  assert.ok(noDirection.every((p) => p.severity === 'warning' && /^G\d+$/.test(p.cell)));
  // The heading rows are the dataset's groups: 政策目標1 > 1-1 … > 市民意識・行動指標.
  const names = (groups) => groups.map((g) => [g.code ?? null, g.name, names(g.children ?? [])]);
  assert.deepEqual(names(corrected.document.groups), names(dataset('sapporo-machizukuri-fy2012').groups));
});

// ---- merged cells, exact numbers ---------------------------------------------------------------

/** Each indicator's groups as code|name paths, by its No. */
function placesByNo(doc) {
  const no = new Map(doc.indicators.map((i) => [i.id, i.no]));
  const out = new Map();
  const walk = (list, path) => {
    for (const g of list) {
      const here = [...path, `${g.code}|${g.name}`];
      for (const id of g.indicators ?? []) out.set(no.get(id), [...(out.get(no.get(id)) ?? []), here.join(' / ')].sort());
      walk(g.children ?? [], here);
    }
  };
  walk(doc.groups, []);
  return out;
}

test('merged hierarchy cells fill down: every indicator sits in the groups of the dataset (several unit measures too)', async () => {
  const { document } = await sheet.readSheetDataset(fixture('atsugi-fy2024.xlsx'));
  const want = placesByNo(dataset('atsugi-fy2024'));
  const have = placesByNo(document);
  for (const [no, paths] of want) assert.deepEqual(have.get(no), paths, `No. ${no}`);
  assert.equal(have.get(16).length, 3, 'No. 16 serves II-1-(1)-①, II-1-(1)-② and II-2-(1)-②');
  assert.deepEqual(document.plan.levels.map((l) => l.label), ['施策の柱', '基本方針', '基本施策', '単位施策']);
  // The CSV, as Excel saves merged cells (the text once, blanks below), gives the same unit measures.
  const csv = await sheet.readSheetDataset(fixture('atsugi-fy2024-sjis.csv'));
  const last = (paths) => paths.map((p) => p.split(' / ').pop()).sort();
  for (const [no, paths] of want) assert.deepEqual(last(placesByNo(csv.document).get(no)), last(paths), `CSV No. ${no}`);
});

test('a number with the custom format #,##0"件" reads as its exact decimal with the unit 件; percents as shown', async () => {
  const { grid } = await sheet.readSheetFile(fixture('atsugi-fy2024.xlsx'), { sheet: 2 });
  const at = find(grid, '中小企業相談所の相談件数');
  const target = grid.rows[at.row][find(grid, 'R6').column];
  assert.deepEqual({ text: target.text, number: target.number, unit: target.unit }, { text: '3,550件', number: '3550', unit: '件' });
  const seminar = find(grid, 'セミナーの内容に満足していると回答した参加者の割合');
  const percent = grid.rows[seminar.row][find(grid, 'R6').column];
  assert.deepEqual({ text: percent.text, number: percent.number, unit: percent.unit }, { text: '100.0%', number: '100.0', unit: '%' });

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('numbers');
  const cells = [
    [3550, '#,##0"件"', { number: '3550', unit: '件', text: '3,550件' }],
    [1234.5, '#,##0.0"千円"', { number: '1234.5', unit: '千円', text: '1,234.5千円' }],
    [0.45, '0.0%', { number: '45.0', unit: '%', text: '45.0%' }],
    [0.717, '0.0%', { number: '71.7', unit: '%', text: '71.7%' }],
    [12, '0.00', { number: '12.00', text: '12.00' }],
    [0.1, undefined, { number: '0.1', text: '0.1' }],
    // A float artefact (=0.1+0.2) is rounded to Excel's 15 significant digits, as Excel shows it.
    [0.30000000000000004, undefined, { number: '0.3', text: '0.3' }],
    [{ formula: '0.1+0.2', result: 0.30000000000000004 }, undefined, { number: '0.3', text: '0.3' }],
    [-5, '#,##0"人";"▲"#,##0"人"', { number: '-5', unit: '人', text: '▲5人' }],
  ];
  cells.forEach(([v, format], i) => {
    ws.getCell(i + 1, 1).value = v;
    if (format) ws.getCell(i + 1, 1).numFmt = format;
  });
  const file = await sheet.readSheetFile(new Uint8Array(await wb.xlsx.writeBuffer()), { sheet: 'numbers' });
  cells.forEach(([, , want], i) => {
    const cell = file.grid.rows[i][0];
    assert.deepEqual({ number: cell.number, ...(cell.unit && { unit: cell.unit }), text: cell.text }, want, `row ${i + 1}`);
  });
});

test('a rate a formula computed (stored 0.612957…, shown 61.3%) is checked as shown; .xls and .ods read as .xlsx', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KPI');
  [['指標名', '単位', '区分', 'R6'], ['中小企業相談所の相談件数', '件', '目標', 3550], ['', '', '実績', 2176], ['', '', '達成率', { formula: 'D3/D2', result: 2176 / 3550 }]].forEach((row, r) =>
    row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v === '' ? null : v)),
  );
  ws.getCell('D4').numFmt = '0.0%';
  const read = await sheet.readSheetDataset(new Uint8Array(await wb.xlsx.writeBuffer()));
  assert.deepEqual(read.problems, []);
  assert.deepEqual(read.mapping.plan.rounding, { digits: 1, mode: 'half-up' });
  assert.equal(read.mapping.defaults.direction, 'increase');
  assert.equal(read.counts.used, read.counts.read);
  // The same workbook saved as Excel 97–2003 (.xls) and OpenDocument (.ods) by SheetJS (whose writer
  // turns some 0.0% formats into 0.00%, so the shown decimals of values may differ; rates may not).
  const workbook = XLSX.read(fixture('atsugi-fy2024.xlsx'), { cellNF: true, cellStyles: true });
  const judged = (rows) => rows.map((r) => [r.no, r.status, r.rateText, r.judgment]);
  const want = judged(evaluate(validate(dataset('atsugi-fy2024')).dataset));
  for (const bookType of ['xls', 'ods']) {
    const other = await sheet.readSheetDataset(XLSX.write(workbook, { bookType, type: 'buffer' }));
    assert.equal(other.format, bookType);
    assert.deepEqual(other.problems.map((p) => p.code), Array(62).fill('future-actual'), bookType);
    assert.deepEqual(judged(evaluate(other.dataset)), want, bookType);
  }
});

// ---- problems at their cells; nothing lost ----------------------------------------------------------

test('problems are located at their cells, in Japanese and English; the rest of the sheet is still read', async () => {
  const { grid } = await sheet.readSheetFile(fixture('atsugi-fy2024-sjis.csv'));
  const put = (at, text) => (grid.rows[at.row][at.column] = { text });
  const actual = find(grid, '2,176件');
  const target = find(grid, '10件');
  const rate = find(grid, '93.3%');
  const label = find(grid, '実績', find(grid, '商店街活性化事業数').row);
  put(actual, '2,176人');
  put(target, 'abc');
  put(rate, '93.4%');
  put(label, '実積');
  const result = sheet.applyMapping(grid, sheet.detectMapping(grid));
  const at = (p) => p.cell;
  const unit = result.problems.find((p) => at(p) === a1(actual.row, actual.column));
  assert.equal(unit.code, 'unit-mismatch');
  assert.match(unit.message.ja, new RegExp(`^${a1(actual.row, actual.column)}：単位が指標の単位と一致しません（値："2,176人"）`));
  assert.match(unit.message.en, new RegExp(`^${a1(actual.row, actual.column)}: The unit does not match`));
  assert.equal(unit.indicatorId, '1');
  const number = result.problems.find((p) => at(p) === a1(target.row, target.column));
  assert.equal(number.message.ja.split('（')[0], `${a1(target.row, target.column)}：数値として読み取れません`);
  assert.match(number.message.en, /: The value cannot be read as a number \(found "abc"\)/);
  const printed = result.problems.find((p) => at(p) === a1(rate.row, rate.column));
  assert.equal(printed.code, 'rate-mismatch');
  assert.equal(printed.message.ja, `${a1(rate.row, rate.column)}：表の達成率 93.4% が計算した達成率 93.3% と一致しません`);
  const typo = result.problems.find((p) => at(p) === a1(label.row, label.column));
  assert.equal(typo.code, 'unknown-label');
  // The other 30 indicators are read as before; nothing disappears without a trace.
  assert.equal(result.document.indicators.length, 31);
  const { read, used, reported, ignored } = result.counts;
  assert.equal(read, used + reported + ignored);
  assert.equal(ignored, 0);
  // Six cells with a problem (the four above; the mislabelled row's indicator prints a result and a
  // rate that cannot be checked without its actual), the unread value of the mislabelled row, and
  // the printed result and rate of the two indicators whose own values cannot be read.
  assert.deepEqual(result.problems.map((p) => p.code), ['unit-mismatch', 'not-a-number', 'rate-mismatch', 'unknown-label', 'judgment-mismatch', 'rate-not-computed']);
  assert.equal(reported, 11);
});

test('nothing lost: the workbook\'s placeholder zeros after the reported year are reported, each at its cell', async () => {
  const read = await sheet.readSheetDataset(fixture('atsugi-fy2024.xlsx'));
  const zeros = read.problems.filter((p) => p.code === 'future-actual');
  assert.equal(zeros.length, 62, 'R7 and R8 actuals printed as 0 for 31 indicators');
  assert.ok(zeros.every((p) => p.severity === 'warning' && /^[KL]\d+$/.test(p.cell)));
  assert.equal(read.problems.length, 62);
  assert.deepEqual(read.counts, { read: read.counts.used + 62, used: read.counts.used, reported: 62, ignored: 0 });
  assert.ok(read.valid);
  // The builder leads from a problem to the indicator's rows.
  assert.deepEqual(read.rows[zeros[0].indicatorId], [5, 6, 7, 8]);
  assert.equal(read.cells['indicators[0].targets.2024'], 'J6');
});

test('column groups, every header style, statuses and qualifiers', () => {
  const grid = [
    ['', '', '目標値', '', '', '実績値', ''],
    ['指標名', '単位', 'R6', '令和7年度', '2026年度', 'FY2024', 'R7'],
    ['相談件数', '件', '3,550', '3,600', '3,650', '集計中', ''],
    ['満足度', '%', '45.0', '48.0', '50.0', '—', '47.5%（見込み）'],
    ['待機児童数', '人', '0', '0', '0', '１２', '10'],
  ];
  const mapping = sheet.detectMapping(grid);
  assert.deepEqual(mapping.headerRows, [0, 1]);
  assert.equal(mapping.columns.name, 0);
  assert.equal(mapping.columns.unit, 1);
  assert.deepEqual(mapping.values.map((v) => [v.field, v.year]), [['target', 2024], ['target', 2025], ['target', 2026], ['actual', 2024], ['actual', 2025]]);
  // 待機児童数 is lower-is-better: one correction of the mapping adds a direction column.
  const withDirection = sheet.applyMapping(grid.map((row, i) => [...row, ['', '方向', '増加', '増加', '減少'][i]]), sheet.assignColumn(mapping, 7, { kind: 'indicator', column: 'direction' }));
  const result = sheet.applyMapping(grid, mapping);
  assert.equal(result.counts.read, result.counts.used + result.counts.reported + result.counts.ignored);
  const [consults, satisfaction, waiting] = validate(result.document).dataset.indicators;
  assert.equal(consults.series[0].actuals[2024].status, 'tallying');
  assert.equal(satisfaction.series[0].actuals[2024].status, 'not-applicable');
  assert.deepEqual([satisfaction.series[0].actuals[2025].decimal, satisfaction.series[0].actuals[2025].qualifier], ['47.5', 'estimate']);
  assert.equal(waiting.series[0].actuals[2024].decimal, '12');
  assert.equal(validate(withDirection.document).dataset.indicators[2].direction, 'decrease');
  assert.equal(sheet.columnRole(mapping, 4).kind, 'value');
});

// ---- the CLI, and what must never load the reader ------------------------------------------------

test('CLI: convert report.xlsx --sheet 2 (or the sheet\'s name, or stdin) gives the dataset; problems name their cells', () => {
  const byNumber = run(['convert', 'test/fixtures/sheets/atsugi-fy2024.xlsx', '--sheet', '2', '--publisher', '厚木市']);
  assert.equal(byNumber.status, 0, byNumber.stderr);
  const document = JSON.parse(byNumber.stdout);
  assert.equal(document.plan.publisher, '厚木市');
  assertEvaluatesAs(document, 'atsugi-fy2024', [2024]);
  assert.match(byNumber.stderr, /^注意: K7：評価年度より後の令和7年度の実績「0件」は未入力の0とみなし、読み込みません {2}\[達成状況一覧!K7\]$/m);
  const byName = run(['convert', 'test/fixtures/sheets/atsugi-fy2024.xlsx', '--sheet', '達成状況一覧', '--publisher', '厚木市']);
  assert.equal(byName.stdout, byNumber.stdout);
  const stdin = run(['convert', '-', '--sheet', '2', '--publisher', '厚木市'], fixture('atsugi-fy2024.xlsx'));
  assert.equal(stdin.stdout, byNumber.stdout);
  const json = run(['convert', 'test/fixtures/sheets/atsugi-fy2024.xlsx', '--sheet', '2', '--json', '--lang', 'en']);
  const report = JSON.parse(json.stderr);
  assert.equal(report.valid, true);
  assert.deepEqual(report.problems[0], {
    path: '達成状況一覧!K7', severity: 'warning', code: 'future-actual', cell: 'K7', indicatorId: '1', indicatorName: '中小企業相談所の相談件数',
    message: report.problems[0].message, text: report.problems[0].message,
  });
  assert.match(report.problems[0].text, /^K7: The actual “0件” for FY2025/);
  const missing = run(['convert', 'test/fixtures/sheets/atsugi-fy2024.xlsx', '--sheet', '5']);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /シート「5」がありません（あるシート：1: 凡例, 2: 達成状況一覧）/);
});

test('CLI: a wide CSV is told from a long one; validate and embed read sheets too', () => {
  const wide = run(['convert', 'test/fixtures/sheets/atsugi-fy2024-sjis.csv']);
  assert.equal(wide.status, 0, wide.stderr);
  assert.equal(wide.stderr, '');
  assertEvaluatesAs(JSON.parse(wide.stdout), 'atsugi-fy2024', [2024]);
  const long = run(['convert', 'test/fixtures/kpi-utf8.csv']);
  assert.deepEqual(JSON.parse(long.stdout).indicators.map((i) => i.id), ['a01', 'a17', 'a26'], 'the long CSV keeps its reader');
  const valid = run(['validate', 'test/fixtures/sheets/sapporo-fy2012.xlsx', '--lang', 'en']);
  assert.equal(valid.status, 0);
  assert.match(valid.stderr, /^warning: G8: No direction is given/m);
  const embed = run(['embed', 'test/fixtures/sheets/atsugi-fy2024.xlsx']);
  assert.equal(embed.status, 0);
  assert.match(embed.stdout, /^<policy-indicator-table>/);
});

test('the Excel reader loads on demand only: never imported by the elements, the entry points or core', () => {
  const walk = (dir) => readdirSync(new URL(`../../${dir}`, import.meta.url), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
  const sources = [...walk('src/elements'), ...walk('src/core'), 'src/index.ts', 'src/hydrate.ts'].filter((f) => f.endsWith('.ts'));
  for (const file of sources) {
    const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    assert.doesNotMatch(text, /from '[^']*\/sheet\/|import\('[^']*\/sheet\/|@e965\/xlsx/, file);
  }
  for (const file of walk('src/sheet')) {
    const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    assert.doesNotMatch(text, /document\./, `${file} is pure (no DOM)`);
    assert.doesNotMatch(text, /from 'lit'|from '\.\.\/elements/, file);
    if (!file.endsWith('/read-file.ts')) assert.doesNotMatch(text, /['"]\.\/xlsx\.js['"]/, `${file} does not import the reader`);
  }
  const built = readFileSync(new URL('../../dist/sheet/read-file.js', import.meta.url), 'utf8');
  assert.match(built, /import\('\.\/xlsx\.js'\)/, 'dist/sheet/read-file.js imports the reader with import()');
  assert.doesNotMatch(readFileSync(new URL('../../dist/policy-indicators.min.js', import.meta.url), 'utf8'), /SheetJS|sheetjs/);
});

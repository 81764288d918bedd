// node scripts/build-sheet-fixtures.mjs: writes test/fixtures/sheets/ from the datasets in data/, laid
// out as the cities print them, for the wide-sheet reader's tests (test/node/sheet.test.mjs):
// - atsugi-fy2024.xlsx: sheet 1 「凡例」 (a cover), sheet 2 「達成状況一覧」: the Atsugi summary table
//   (目標 / 実績 / 結果 / 達成率 stacked per indicator, year columns R6 R7 R8, the reason column), with
//   the hierarchy (施策の柱 | 基本方針 | 基本施策 | 単位施策No. | 単位施策) and 現状値（令和5年度） from
//   資料1-2 as merged cells, numbers with formats such as #,##0"件" and 0.0%, and the R7/R8 actuals
//   printed as 0件 as the report's Excel prints them (formulas not yet filled in).
// - atsugi-fy2024-sjis.csv: the printed columns only (No. | 単位施策No. | 単位施策 | 成果指標 |
//   現状値 | 年度 | R6 | R7 | R8 | 理由) in Shift_JIS, values as printed text ("3,550件", "61.3%"),
//   merged cells written once at the top of their block, as Excel saves them to CSV.
// - sapporo-fy2012.xlsx: Sapporo's layout (重点課題 | No. | 指標項目 | 現状値 | 実績値 | 目標値), each
//   value with its own year 「54.6% (22年度)」 without the era, headings as rows spanning the table,
//   plus a 方向 column giving the dataset's directions (the page prints none; errata S6–S8).
// Values come from the datasets; Atsugi's printed results and rates from test/helpers/atsugi-printed.ts
// (the real report). Run after changing a dataset; the tests read the files, never this script.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import ExcelJS from 'exceljs';

const OUT = 'test/fixtures/sheets';
mkdirSync(OUT, { recursive: true });
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** A TypeScript module of plain data (the printed figures), imported through esbuild. */
async function importTs(path) {
  const { outputFiles } = await build({ entryPoints: [path], bundle: true, write: false, format: 'esm', logLevel: 'error' });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

// ---- shared: decimals as text, Shift_JIS, CSV ------------------------------------------------------

/** A decimal string moved two places left, exactly: "71.7" → "0.717" (Excel stores 71.7% so). */
function percentToFraction(decimal) {
  const [whole, fraction = ''] = decimal.split('.');
  const digits = (whole.padStart(3, '0') + fraction).replace(/^0+(?=\d)/, '');
  const scale = fraction.length + 2;
  const padded = digits.padStart(scale + 1, '0');
  return `${padded.slice(0, padded.length - scale)}.${padded.slice(-scale)}`.replace(/\.?0+$/, '') || '0';
}
const decimalsOf = (decimal) => (decimal.split('.')[1] ?? '').length;
const withCommas = (decimal) => decimal.replace(/^(-?\d+)/, (w) => w.replace(/\B(?=(\d{3})+$)/g, ','));

/** Shift_JIS (Windows-31J, as Japanese Excel saves CSV) from the decoder's own table. */
const SJIS = (() => {
  const table = new Map();
  const decoder = new TextDecoder('shift_jis');
  for (let b = 0; b < 0x80; b++) table.set(String.fromCharCode(b), [b]);
  for (let b = 0xa1; b <= 0xdf; b++) table.set(decoder.decode(new Uint8Array([b])), [b]);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
})();
/** Characters with no Shift_JIS code of their own, written as Japanese Excel writes them. */
const SJIS_SUBSTITUTES = { '\u2014': '\u2015', '\u301C': '\uFF5E', '\u2212': '\uFF0D' };
function encodeShiftJis(text) {
  const bytes = [];
  for (const ch of text) {
    const code = SJIS.get(SJIS_SUBSTITUTES[ch] ?? ch);
    if (!code) throw new Error(`no Shift_JIS code for ${JSON.stringify(ch)} (U+${ch.codePointAt(0).toString(16)})`);
    bytes.push(...code);
  }
  return Uint8Array.from(bytes);
}
const csvLine = (cells) => cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');

// ---- Atsugi -------------------------------------------------------------------------------------

const atsugi = readJson('data/atsugi-fy2024.json');
const { PRINTED } = await importTs('test/helpers/atsugi-printed.ts');
const YEARS = [2024, 2025, 2026];
const reiwa = (y) => `R${y - 2018}`;

/** Each indicator's place: the path of groups (code, name) to each unit measure listing it. */
function placesOf(groups) {
  const places = new Map();
  const walk = (list, path) => {
    for (const g of list) {
      const here = [...path, g];
      for (const id of g.indicators ?? []) places.set(id, [...(places.get(id) ?? []), here]);
      walk(g.children ?? [], here);
    }
  };
  walk(groups, []);
  return places;
}
const places = placesOf(atsugi.groups);
const valueText = (v) => (typeof v === 'object' && v !== null ? v.value ?? v.status : v);

/** The printed text of a value: 3550 件 → "3,550件"; "45.0" % → "45.0%"; 集計中 stays. */
function printed(value, unit) {
  const v = valueText(value);
  if (v === 'not-applicable') return '—';
  if (typeof v === 'string' && !/^-?\d/.test(v)) return v;
  return `${withCommas(String(v))}${unit}`;
}

/** An Excel cell for a value: the stored number and a format that prints the unit, or the text. */
function excelValue(value, unit) {
  const v = valueText(value);
  if (v === 'not-applicable') return { value: '—' };
  if (typeof v === 'string' && !/^-?\d/.test(v)) return { value: v };
  const decimal = String(v);
  const zeros = decimalsOf(decimal) ? `.${'0'.repeat(decimalsOf(decimal))}` : '';
  if (unit === '%') return { value: Number(percentToFraction(decimal)), numFmt: `0${zeros}%` };
  return { value: Number(decimal), numFmt: `#,##0${zeros}"${unit}"` };
}

const rows = atsugi.indicators.map((ind, i) => {
  const [no, target, actual, result, rate] = PRINTED[i];
  if (no !== ind.no) throw new Error(`printed row ${no} is not indicator ${ind.no}`);
  // The dataset and the printed summary agree on R6 (a cross-check of both).
  if (printed(ind.targets['2024'], ind.unit) !== target) throw new Error(`No.${no}: target ${printed(ind.targets['2024'], ind.unit)} ≠ printed ${target}`);
  if (printed(ind.actuals['2024'], ind.unit) !== actual) throw new Error(`No.${no}: actual ${printed(ind.actuals['2024'], ind.unit)} ≠ printed ${actual}`);
  const paths = places.get(ind.id);
  return { ind, result, rate, paths, units: paths.map((p) => p[p.length - 1]) };
});
const LEGEND = atsugi.plan.source.note.split('。')[0];

async function atsugiWorkbook() {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet('凡例');
  cover.getCell('A1').value = `${atsugi.plan.title}　${atsugi.plan.reportTitle}`;
  cover.getCell('A3').value = '〔結果の見方〕';
  ['達成 … 達成率100%以上', '概ね達成 … 達成率80%以上100%未満', '未達成 … 達成率80%未満'].forEach((t, i) => (cover.getCell(`A${4 + i}`).value = t));
  const ws = wb.addWorksheet('達成状況一覧');
  ws.getCell('A1').value = atsugi.plan.title;
  ws.getCell('A2').value = atsugi.plan.reportTitle;
  ws.getCell('A3').value = LEGEND;
  const header = ['No.', '施策の柱', '基本方針', '基本施策', '単位施策No.', '単位施策', '成果指標', '現状値（令和5年度）', '年度', ...YEARS.map(reiwa), 'R6目標値に対する達成率が200%以上又は80%未満になった理由'];
  header.forEach((h, c) => (ws.getCell(5, c + 1).value = h));
  const wrap = { wrapText: true, vertical: 'middle' };
  let r = 6;
  const runs = [[], [], []]; // rows of the blocks of 施策の柱, 基本方針, 基本施策, to merge
  for (const { ind, result, rate, paths, units } of rows) {
    const top = r;
    // An indicator serving unit measures under several 基本施策 lists each group of a level on its own line.
    const levels = [0, 1, 2].map((k) => [...new Map(paths.map((p) => [p[k].code, p[k]])).values()]);
    const set = (c, cell) => {
      const target = ws.getCell(top, c);
      target.value = cell.value;
      if (cell.numFmt) target.numFmt = cell.numFmt;
      target.alignment = wrap;
    };
    set(1, { value: ind.no });
    levels.forEach((groups, k) => {
      const text = groups.map((g) => `${g.code} ${g.name}`).join('\n');
      const run = runs[k];
      if (run.length && run[run.length - 1].text === text) run[run.length - 1].bottom = top + 3;
      else run.push({ text, top, bottom: top + 3, column: k + 2 });
    });
    set(5, { value: units.map((u) => u.code).join('\n') });
    set(6, { value: units.map((u) => u.name).join('\n') });
    set(7, { value: ind.name });
    set(8, excelValue(ind.baseline.value, ind.unit));
    ['目標', '実績', '結果', '達成率'].forEach((label, k) => (ws.getCell(top + k, 9).value = label));
    YEARS.forEach((y, k) => {
      const c = 10 + k;
      const target = excelValue(ind.targets[y], ind.unit);
      Object.assign(ws.getCell(top, c), target);
      // As the report's Excel prints them: actuals of later years show 0 until filled in.
      const actual = y === 2024 ? excelValue(ind.actuals[y], ind.unit) : { value: 0, numFmt: excelValue(ind.targets[y], ind.unit).numFmt };
      Object.assign(ws.getCell(top + 1, c), actual);
    });
    if (result) ws.getCell(top + 2, 10).value = result;
    if (rate) Object.assign(ws.getCell(top + 3, 10), { value: Number(percentToFraction(rate.replace('%', ''))), numFmt: '0.0%' });
    if (ind.reasons?.['2024']) set(13, { value: ind.reasons['2024'] });
    for (const c of [1, 5, 6, 7, 8, 13]) ws.mergeCells(top, c, top + 3, c);
    r += 4;
  }
  for (const run of runs.flat()) {
    ws.getCell(run.top, run.column).value = run.text;
    ws.getCell(run.top, run.column).alignment = wrap;
    ws.mergeCells(run.top, run.column, run.bottom, run.column);
  }
  ws.getCell(r + 1, 1).value = '※ 現状値は資料1-2（令和5年度）による。';
  await wb.xlsx.writeFile(`${OUT}/atsugi-fy2024.xlsx`);
}

function atsugiCsv() {
  const lines = [[atsugi.plan.reportTitle], [LEGEND], []];
  lines.push(['No.', '単位施策No.', '単位施策', '成果指標', '現状値（令和5年度）', '年度', ...YEARS.map(reiwa), 'R6目標値に対する達成率が200%以上又は80%未満になった理由']);
  for (const { ind, result, rate, units } of rows) {
    const byLabel = {
      目標: YEARS.map((y) => printed(ind.targets[y], ind.unit)),
      実績: YEARS.map((y) => (ind.actuals[y] === undefined ? '' : printed(ind.actuals[y], ind.unit))),
      結果: [result, '', ''],
      達成率: [rate, '', ''],
    };
    Object.entries(byLabel).forEach(([label, values], k) => {
      const first = k === 0;
      lines.push([
        first ? String(ind.no) : '',
        first ? units.map((u) => u.code).join('\n') : '',
        first ? units.map((u) => u.name).join('\n') : '',
        first ? ind.name : '',
        first ? printed(ind.baseline.value, ind.unit) : '',
        label,
        ...values,
        first ? (ind.reasons?.['2024'] ?? '') : '',
      ]);
    });
  }
  writeFileSync(`${OUT}/atsugi-fy2024-sjis.csv`, encodeShiftJis(`${lines.map(csvLine).join('\r\n')}\r\n`));
}

// ---- Sapporo ------------------------------------------------------------------------------------

const sapporo = readJson('data/sapporo-machizukuri-fy2012.json');
const heisei = (y) => `${y - 1988}年度`;
const DIRECTION_JA = { increase: '増加', decrease: '減少', maintain: '維持' };

async function sapporoWorkbook() {
  const byId = new Map(sapporo.indicators.map((i) => [i.id, i]));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('政策目標1');
  ws.getCell('A1').value = sapporo.plan.title;
  ws.getCell('A2').value = '計画の進捗状況(平成24年度)　さっぽろ“えがお”指標の状況【政策目標1】';
  const header = ['重点課題', 'No.', '指標項目', '現状値', '実績値', '目標値', '方向'];
  header.forEach((h, c) => (ws.getCell(4, c + 1).value = h));
  let r = 5;
  const span = (text) => {
    ws.getCell(r, 1).value = text;
    ws.mergeCells(r, 1, r, header.length);
    r++;
  };
  const cellOf = (values) => {
    const [[year, value]] = Object.entries(values);
    return `${valueText(value) === '—' ? '-' : valueText(value)} (${heisei(Number(year))})`;
  };
  for (const goal of sapporo.groups) {
    span(goal.name);
    for (const issue of goal.children) {
      span(`${issue.code} ${issue.name}`);
      for (const kind of issue.children) {
        ws.getCell(r++, 3).value = `【${kind.name}】`;
        for (const id of kind.indicators) {
          const ind = byId.get(id);
          ws.getCell(r, 2).value = ind.no;
          ws.getCell(r, 3).value = ind.name;
          ws.getCell(r, 4).value = `${valueText(ind.baseline.value) === '—' ? '-' : ind.baseline.value} (${heisei(ind.baseline.year)})`;
          ws.getCell(r, 5).value = cellOf(ind.actuals);
          ws.getCell(r, 6).value = cellOf(ind.targets);
          if (ind.direction) ws.getCell(r, 7).value = DIRECTION_JA[ind.direction];
          r++;
        }
      }
    }
  }
  await wb.xlsx.writeFile(`${OUT}/sapporo-fy2012.xlsx`);
}

await atsugiWorkbook();
atsugiCsv();
await sapporoWorkbook();
console.log(`wrote ${OUT}/atsugi-fy2024.xlsx, ${OUT}/atsugi-fy2024-sjis.csv, ${OUT}/sapporo-fy2012.xlsx`);

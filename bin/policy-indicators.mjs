#!/usr/bin/env node
// policy-indicators convert <file.csv> [--title T] [--publisher P] [--reported-year Y] [--lang en]
//   Converts a CSV in the long format (UTF-8, UTF-8 with BOM, or Shift_JIS) to the JSON format on
//   stdout, and prints every problem with its place on stderr. Exit 1 when there is an error.
// policy-indicators validate <file.json|file.csv> [--lang en]
//   Checks a dataset and prints its problems; exit 1 when there is an error.
// policy-indicators embed <file.json|file.csv> [--element table|chart|badge] [--indicator ID] [--lang en]
//   Prints an element with the dataset inline, ready to paste into a CMS page:
//   <policy-indicator-table><script type="application/json">…</script></policy-indicator-table>.
//   The JSON is escaped for a <script> element (< > & U+2028 U+2029 as \uXXXX), so a name
//   containing "</script>" cannot end the element early. Problems as for validate; exit 1 on an error.
import { readFileSync } from 'node:fs';
import { csvToDataset, decodeText } from '../dist/core/csv.js';
import { validate } from '../dist/core/validate.js';
import { describeProblem } from '../dist/i18n/messages.js';

const [command, file, ...rest] = process.argv.slice(2);
const option = (name) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : undefined;
};
const lang = option('lang') ?? 'ja';
const usage = [
  'usage: policy-indicators convert <file.csv> [--title T] [--publisher P] [--reported-year 2024] [--lang en]',
  '       policy-indicators validate <file.json|file.csv> [--lang en]',
  '       policy-indicators embed <file.json|file.csv> [--element table|chart|badge] [--indicator ID] [--lang en]',
].join('\n');
const ELEMENTS = { table: 'policy-indicator-table', chart: 'target-trend-chart', badge: 'achievement-badge' };

/**
 * JSON that is safe as the text of a <script> element: "<" (so neither "</script" nor "<!--" can
 * occur), ">" and "&" become \u003c, \u003e, \u0026, and U+2028/U+2029 become \u2028/\u2029 (line
 * terminators in older JavaScript). JSON.parse reads the same data back.
 */
function scriptSafeJson(value) {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const attribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

if (!['convert', 'validate', 'embed'].includes(command) || !file) {
  console.error(usage);
  process.exit(2);
}
const element = option('element') ?? 'table';
const tag = Object.hasOwn(ELEMENTS, element) ? ELEMENTS[element] : Object.values(ELEMENTS).find((t) => t === element);
const indicatorId = option('indicator');
if (command === 'embed' && (!tag || (tag !== ELEMENTS.table && !indicatorId))) {
  console.error(tag ? `--element ${element} needs --indicator ID` : `--element: one of ${Object.keys(ELEMENTS).join(', ')}`);
  console.error(usage);
  process.exit(2);
}

let bytes;
try {
  bytes = readFileSync(file);
} catch (e) {
  console.error(`${file}: ${e.message}`);
  process.exit(2);
}
const text = decodeText(bytes);
let document;
let problems = [];
if (command === 'convert' || /\.csv$/i.test(file)) {
  const reportedYear = option('reported-year') ? Number(option('reported-year')) : undefined;
  const result = csvToDataset(text, { title: option('title'), publisher: option('publisher'), reportedYear });
  document = result.document;
  problems = result.problems;
} else {
  try {
    document = JSON.parse(text);
  } catch (e) {
    console.error(`${file}: not JSON (${e.message})`);
    process.exit(1);
  }
}
if (document) {
  const result = validate(document);
  const names = new Map((result.dataset?.indicators ?? []).map((i) => [i.id, typeof i.name === 'string' ? i.name : i.name.ja]));
  // A CSV row's problem names its indicator too: 指標「…」の5行目の「年度」.
  problems = problems.concat(result.problems).map((p) => ({ ...p, indicatorName: names.get(p.indicatorId) }));
}
for (const p of problems) {
  const line = describeProblem(p, lang, { indicatorName: p.indicatorName });
  console.error(`${p.severity === 'error' ? (lang === 'en' ? 'error' : 'エラー') : lang === 'en' ? 'warning' : '注意'}: ${line}  [${p.path}]`);
}
if (command === 'convert' && document) process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
let errors = problems.filter((p) => p.severity === 'error').length;
if (command === 'embed' && !document) {
  console.error(lang === 'en' ? `error: ${file} has no dataset to embed` : `エラー：${file}に埋め込めるデータがありません`);
  errors++;
} else if (command === 'embed') {
  const ids = Array.isArray(document.indicators) ? document.indicators.map((i) => i?.id) : [];
  if (indicatorId !== undefined && !ids.includes(indicatorId)) {
    console.error(lang === 'en' ? `error: no indicator "${indicatorId}" in ${file}` : `エラー：指標「${indicatorId}」は${file}にありません`);
    errors++;
  }
  const attrs = indicatorId !== undefined ? ` indicator-id="${attribute(indicatorId)}"` : '';
  process.stdout.write(`<${tag}${attrs}>\n  <script type="application/json">${scriptSafeJson(document)}</script>\n</${tag}>\n`);
}
if (command === 'validate' && !errors) console.error(lang === 'en' ? `${file}: valid` : `${file}: 問題はありません`);
process.exit(errors ? 1 : 0);

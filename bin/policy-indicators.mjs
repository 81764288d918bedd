#!/usr/bin/env node
// policy-indicators convert <file.csv> [--title T] [--publisher P] [--reported-year Y] [--lang en]
//   Converts a CSV in the long format (UTF-8, UTF-8 with BOM, or Shift_JIS) to the JSON format on
//   stdout, and prints every problem with its place on stderr. Exit 1 when there is an error.
// policy-indicators validate <file.json|file.csv> [--lang en]
//   Checks a dataset and prints its problems; exit 1 when there is an error.
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
const usage = 'usage: policy-indicators convert <file.csv> [--title T] [--publisher P] [--reported-year 2024] [--lang en]\n       policy-indicators validate <file.json|file.csv> [--lang en]';

if (!['convert', 'validate'].includes(command) || !file) {
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
const errors = problems.filter((p) => p.severity === 'error').length;
if (command === 'validate' && !errors) console.error(lang === 'en' ? `${file}: valid` : `${file}: 問題はありません`);
process.exit(errors ? 1 : 0);

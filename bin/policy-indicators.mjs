#!/usr/bin/env node
// policy-indicators <command> <file|-> [options]. Every command reads a dataset (JSON; a CSV in
// the long format or a wide sheet kept like the printed report, in UTF-8, UTF-8 with BOM or Shift_JIS;
// or an Excel workbook, .xlsx / .xls / .ods, whose sheet --sheet N|name chooses), validates it and
// prints every problem with its place on stderr (a sheet's problems at their cells, 「K7：…」); exit 1
// when there is an error, 2 for a usage error.
// - convert: the CSV or sheet as JSON on stdout.
// - validate: only the problems ("valid" when there are none).
// - embed: an element with the dataset inline, ready to paste into a CMS page:
//   <policy-indicator-table><script type="application/json">…</script></policy-indicator-table>.
//   The JSON is escaped for a <script> element (< > & U+2028 U+2029 as \uXXXX), so a name
//   containing "</script>" cannot end the element early.
// - render: the element rendered on the server (@lit-labs/ssr) as a static HTML fragment that reads
//   with JavaScript off (declarative shadow DOM, styles inline), with the dataset inline as for embed,
//   so that dist/policy-indicators.hydrate.min.js (or policy-indicators/hydrate) hydrates it.
// A file named "-" is read from stdin (JSON, or a CSV when its first line has a comma).
// --json: the problems as one JSON object, { valid, problems: [...] } (on stdout for validate, on
// stderr for the commands whose stdout is their output), for CI pipelines.
// A new command is one entry of COMMANDS: its usage, its own options (node:util parseArgs) and its output.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { basename } from 'node:path';
import { csvToDataset, decodeText } from '../dist/core/csv.js';
import { validate } from '../dist/core/validate.js';
import { describeProblem } from '../dist/i18n/messages.js';
import { embedHtml, renderHtml, styleHashes } from './static-html.mjs';

// `… | head`: a reader that stops early is not an error.
process.stdout.on('error', (e) => process.exit(e.code === 'EPIPE' ? 0 : 1));

const ELEMENTS = { table: 'policy-indicator-table', chart: 'target-trend-chart', badge: 'achievement-badge' };

/** Options every command takes: how to read a CSV, the language of messages, JSON problems. */
const COMMON_OPTIONS = {
  lang: { type: 'string', default: 'ja' },
  json: { type: 'boolean', default: false },
  title: { type: 'string' },
  publisher: { type: 'string' },
  'reported-year': { type: 'string' },
  sheet: { type: 'string' },
};
const COMMON_USAGE = '--lang en (messages in English), --json (problems as JSON), for a CSV or sheet --title T --publisher P --reported-year 2024, for a workbook --sheet N|name (default: the first sheet with a table)';

/** Options of the commands that write an element (embed, render). */
const ELEMENT_OPTIONS = { element: { type: 'string', default: 'table' }, indicator: { type: 'string' }, 'fiscal-year': { type: 'string' } };

/** The tag asked for by --element and --indicator, or a usage error. */
function elementOptions(values) {
  const element = values.element;
  const tag = Object.hasOwn(ELEMENTS, element) ? ELEMENTS[element] : Object.values(ELEMENTS).find((t) => t === element);
  if (!tag) throw new UsageError(`--element: one of ${Object.keys(ELEMENTS).join(', ')}`);
  if (tag !== ELEMENTS.table && !values.indicator) throw new UsageError(`--element ${element} needs --indicator ID`);
  const fiscalYear = values['fiscal-year'];
  if (fiscalYear !== undefined && !/^\d{4}$/.test(fiscalYear)) throw new UsageError(`--fiscal-year: a year such as 2024 (got ${fiscalYear})`);
  return { tag, indicatorId: values.indicator, fiscalYear };
}

/** An indicator asked for that the dataset does not have: an error like the data's own. */
function missingIndicator(document, indicatorId, file, lang) {
  const ids = Array.isArray(document.indicators) ? document.indicators.map((i) => i?.id) : [];
  if (indicatorId === undefined || ids.includes(indicatorId)) return [];
  const message = lang === 'en' ? `no indicator "${indicatorId}" in ${file}` : `指標「${indicatorId}」は${file}にありません`;
  return [{ path: '--indicator', severity: 'error', code: 'unknown-reference', got: JSON.stringify(indicatorId), message: `no indicator "${indicatorId}" in ${file}`, text: message }];
}

/** A dataset to write an element of, or the error saying there is none. */
function noDataset(file, lang) {
  const message = lang === 'en' ? `${file} has no dataset to embed` : `${file}に埋め込めるデータがありません`;
  return { path: '$', severity: 'error', code: 'required', message: `${file} has no dataset to embed`, text: message };
}

const COMMANDS = {
  convert: {
    usage: 'convert <file.csv|file.xlsx|-> [--sheet N|name] [--title T] [--publisher P] [--reported-year 2024] [--lang en] [--json]',
    summary: 'converts a CSV (long or wide) or an Excel sheet to the JSON format on stdout',
    csv: true,
    output: ({ document }) => (document ? `${JSON.stringify(document, null, 2)}\n` : ''),
  },
  validate: {
    usage: 'validate <file.json|file.csv|-> [--lang en] [--json]',
    summary: 'checks a dataset: its problems, or "valid"; with --json, { valid, problems } on stdout',
    jsonOnStdout: true,
  },
  embed: {
    usage: 'embed <file.json|file.csv|-> [--element table|chart|badge] [--indicator ID] [--lang en] [--fiscal-year 2024]',
    summary: 'prints the element with the dataset inline (escaped), to paste into a CMS page',
    options: ELEMENT_OPTIONS,
    check: elementOptions,
    problems: ({ document, file, lang, element }) => (document ? missingIndicator(document, element.indicatorId, file, lang) : [noDataset(file, lang)]),
    output: ({ document, element }) => (document ? embedHtml(element.tag, document, { 'indicator-id': element.indicatorId, 'fiscal-year': element.fiscalYear }) : ''),
  },
  render: {
    usage: 'render <file.json|file.csv|-> [--element table|chart|badge] [--indicator ID] [--lang en] [--fiscal-year 2024] [--nonce N] [--csp]',
    summary: 'prints the element rendered on the server: static HTML that reads without JavaScript, hydrated by dist/policy-indicators.hydrate.min.js; --nonce N marks its <style> elements, --csp prints on stderr the style-src hashes a strict Content-Security-Policy needs',
    options: { ...ELEMENT_OPTIONS, nonce: { type: 'string' }, csp: { type: 'boolean' } },
    check: elementOptions,
    problems: ({ document, file, lang, element }) => (document ? missingIndicator(document, element.indicatorId, file, lang) : [noDataset(file, lang)]),
    // lang always: the browser then speaks the language the server rendered, whatever the page's.
    output: async ({ document, element, lang, values }) => {
      if (!document) return '';
      try {
        const html = await renderHtml(element.tag, document, { lang, 'indicator-id': element.indicatorId, 'fiscal-year': element.fiscalYear }, { nonce: values.nonce });
        if (values.csp) console.error(`style-src 'self' ${styleHashes(html).join(' ')}`);
        return html;
      } catch (e) {
        throw new UsageError(`${lang === 'en' ? 'error' : 'エラー'}: ${e.message}`, false);
      }
    },
  },
};

class UsageError extends Error {
  constructor(message, showUsage = true) {
    super(message);
    this.showUsage = showUsage;
  }
}

function usage() {
  const width = Math.max(...Object.values(COMMANDS).map((c) => c.usage.split(' ')[0].length));
  return [
    'usage: policy-indicators <command> <file|-> [options]   ("-" reads stdin)',
    '',
    'commands:',
    ...Object.values(COMMANDS).flatMap((c) => [`  ${c.usage.split(' ')[0].padEnd(width)}  ${c.summary}`, `  ${' '.repeat(width)}  policy-indicators ${c.usage}`]),
    '',
    `options of every command: ${COMMON_USAGE}`,
    '  policy-indicators --help | --version',
    'exit status: 0 no error, 1 the data has an error, 2 usage error',
  ].join('\n');
}

/** The dataset in `text`: a CSV (converted, with its problems) or JSON (anything else goes to validate). */
function readDataset(text, { asCsv, values }) {
  if (asCsv) {
    const reportedYear = values['reported-year'] ? Number(values['reported-year']) : undefined;
    return csvToDataset(text, { title: values.title, publisher: values.publisher, reportedYear });
  }
  try {
    return { document: JSON.parse(text), problems: [] };
  } catch {
    return { document: null, problems: validate(text).problems }; // "$: expected a JSON document, got …"
  }
}

/**
 * A workbook, or a CSV in the wide layout (a sheet kept like the printed report), through the sheet
 * reader: the detected mapping applied, every problem at its cell. Null for JSON and the long CSV.
 */
async function readSheet(bytes, { file, values, asCsv, lang }) {
  const sheet = await import('../dist/sheet/index.js');
  const format = sheet.sniffSheetFormat(bytes);
  if (format === 'csv' && (!asCsv || sheet.sheetLayout(sheet.csvToGrid(decodeText(bytes))) === 'long')) return null;
  const plan = {
    ...(values.title && { title: values.title }),
    ...(values.publisher && { publisher: values.publisher }),
    ...(values['reported-year'] && { reportedYear: Number(values['reported-year']) }),
  };
  const read = await sheet.readSheetDataset(bytes, { sheet: values.sheet, name: file === '-' ? 'stdin' : basename(file), plan });
  const names = new Map((read.dataset?.indicators ?? []).map((i) => [i.id, typeof i.name === 'string' ? i.name : i.name.ja]));
  const where = (p) => (p.cell ? `${read.sheetName ? `${read.sheetName}!` : ''}${p.cell}` : (p.path ?? '$'));
  const problems = read.problems.map((p) => ({
    path: where(p),
    severity: p.severity,
    code: p.code,
    message: p.message.en,
    text: lang === 'en' ? p.message.en : p.message.ja,
    cell: p.cell ?? undefined,
    indicatorId: p.indicatorId,
    indicatorName: names.get(p.indicatorId),
  }));
  return { document: read.document, problems, validated: true };
}

/** A problem as printed by --json: stable fields, `text` in the language asked for, `cell` (A1) for a sheet's. */
const jsonProblem = ({ path, severity, code, message, text, cell, indicatorId, indicatorName, field, year, expected, got }) =>
  Object.fromEntries(Object.entries({ path, severity, code, message, text, cell, indicatorId, indicatorName, field, year, expected, got }).filter(([, v]) => v !== undefined));

async function main(argv) {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') return process.stdout.write(`${usage()}\n`), 0;
  if (name === '--version' || name === '-v') {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    return process.stdout.write(`${version}\n`), 0;
  }
  const command = Object.hasOwn(COMMANDS, name ?? '') ? COMMANDS[name] : null;
  if (!command) throw new UsageError(name ? `unknown command: ${name}` : 'a command is needed');
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...COMMON_OPTIONS, ...command.options }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(e.message);
  }
  const { values, positionals } = parsed;
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError(file ? `one file only (got ${positionals.join(' ')})` : `${name}: a file is needed ("-" for stdin)`);
  const lang = values.lang;
  const element = command.check?.(values);
  const source = file === '-' ? (lang === 'en' ? 'stdin' : '標準入力') : file;

  let bytes;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (e) {
    console.error(`${file}: ${e.message}`);
    return 2;
  }
  const text = decodeText(bytes);
  const asCsv = command.csv || (file === '-' ? (await import('../dist/elements/shared/data-source.js')).sniffFormat(text, '', '') === 'csv' : /\.csv$/i.test(file));
  const read = (await readSheet(bytes, { file, values, asCsv, lang })) ?? readDataset(text, { asCsv, values });
  const { document } = read;
  let problems = read.problems;
  if (document && !read.validated) {
    const result = validate(document);
    const names = new Map((result.dataset?.indicators ?? []).map((i) => [i.id, typeof i.name === 'string' ? i.name : i.name.ja]));
    // A CSV row's problem names its indicator too: 指標「…」の5行目の「年度」.
    problems = problems.concat(result.problems).map((p) => ({ ...p, indicatorName: names.get(p.indicatorId) }));
  }
  problems = problems.map((p) => ({ ...p, text: p.text ?? describeProblem(p, lang, { indicatorName: p.indicatorName }) }));
  problems = problems.concat(command.problems?.({ document, file: source, lang, element }) ?? []);
  const errors = problems.filter((p) => p.severity === 'error').length;

  if (values.json) {
    const report = `${JSON.stringify({ valid: errors === 0, problems: problems.map(jsonProblem) }, null, 2)}\n`;
    if (command.jsonOnStdout) process.stdout.write(report);
    else process.stderr.write(report);
  } else {
    const word = (p) => (p.severity === 'error' ? (lang === 'en' ? 'error' : 'エラー') : lang === 'en' ? 'warning' : '注意');
    for (const p of problems) console.error(`${word(p)}: ${p.text}  [${p.path}]`);
    if (name === 'validate' && !errors) console.error(lang === 'en' ? `${source}: valid` : `${source}: 問題はありません`);
  }
  const output = await command.output?.({ document, element, lang, values });
  if (output) process.stdout.write(output);
  return errors ? 1 : 0;
}

try {
  // Not process.exit(): stdout, a pipe to a file of a few hundred KB, is written out first.
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  console.error(e.message);
  if (e.showUsage) console.error(usage());
  process.exitCode = 2;
}

// What the builder page hands out: the dataset as the long CSV that core's `csvToDataset` reads,
// and the embed snippets (by src, or with the JSON inline). Pure: no DOM, so a test can read the
// CSV back with core's reader and compare.
import { csvFormatRow } from 'd3-dsv';
import { CSV_COLUMNS, type Column } from '../src/core/csv-columns.js';
import type { DatasetDocument } from '../src/core/dataset-json.js';
import { resolveScheme } from '../src/core/judgment.js';
import { localize, type LocalizedText } from '../src/core/localize.js';

/** The script line of the README's "One line loads everything". */
export const CDN_SCRIPT = '<script type="module" src="https://unpkg.com/policy-indicators/dist/policy-indicators.min.js"></script>';

/** The file names the page's downloads use, and the src snippet points to. */
export const JSON_FILE_NAME = 'kpi.json';
export const CSV_FILE_NAME = 'kpi.csv';

/**
 * JSON that can stand inside `<script type="application/json">` in an HTML page: `<`, `>` and `&`
 * (so no `</script>` or `<!--` ends or changes the script early) and U+2028/2029 written as `\u`
 * escapes. The same escaping as bin/static-html.mjs `scriptSafeJson` (which imports node:crypto,
 * so the page cannot import it).
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The two ways a page embeds the table: a JSON file next to the page, or the JSON in the page. */
export const SNIPPET_KINDS = ['src', 'inline'] as const;
export type SnippetKind = (typeof SNIPPET_KINDS)[number];

/** The HTML to paste into a CMS page: the CDN script line, then the table. */
export function embedSnippet(kind: SnippetKind, document: DatasetDocument): string {
  const table =
    kind === 'src'
      ? `<policy-indicator-table src="${JSON_FILE_NAME}"></policy-indicator-table>`
      : `<policy-indicator-table>\n  <script type="application/json">${scriptSafeJson(document)}</script>\n</policy-indicator-table>`;
  return `${CDN_SCRIPT}\n${table}\n`;
}

/** The canonical JSON file: the document as the reader made it, indented for people. */
export function datasetJson(document: DatasetDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

// ---- The long CSV ----------------------------------------------------------------------------

/** The columns written, in this order, under the first (English) name core reads for each. */
const COLUMNS: readonly Column[] = [
  'indicatorId', 'no', 'indicatorName', 'unit', 'kind', 'direction', 'group', 'year', 'target', 'expected', 'actual', 'series', 'judgment',
  'reason', 'baseline', 'baselineYear', 'baselineLabel', 'basis', 'method', 'roundingMode', 'digits', 'cumulative', 'surveyYears', 'source',
  'note', 'planTitle', 'publisher', 'reportedYear', 'scheme',
];

type Json = Record<string, unknown>;
type Row = Partial<Record<Column, string>>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A cell of the JSON format as a clerk types it: 3550, 「3,550件」, 集計中 … (an object by its value or status). */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  if (isObject(value)) {
    if (typeof value.value === 'number' || typeof value.value === 'string') return String(value.value);
    if (value.status === 'tallying') return '集計中';
    if (value.status === 'not-applicable' || value.status === 'not-surveyed') return '—';
    if (typeof value.raw === 'string') return value.raw;
  }
  return '';
}

const text = (value: unknown) => (value === undefined || value === null ? '' : localize(value as LocalizedText, 'ja'));

/** Each indicator's place in the hierarchy as a path of names (「I 持続性の… > I-1 強い経営基盤の構築」), by its id. */
function groupPaths(groups: readonly unknown[] | undefined): Map<string, string> {
  const paths = new Map<string, string>();
  const walk = (nodes: readonly unknown[], above: string[]) => {
    for (const node of nodes) {
      if (!isObject(node)) continue;
      const name = text(node.name);
      const here = [...above, [node.code, name].filter((s) => typeof s === 'string' && s).join(' ')];
      for (const id of Array.isArray(node.indicators) ? node.indicators : []) if (!paths.has(String(id))) paths.set(String(id), here.join(' > '));
      if (Array.isArray(node.children)) walk(node.children, here);
    }
  };
  walk(groups ?? [], []);
  return paths;
}

const yearsOf = (...maps: unknown[]) =>
  [...new Set(maps.flatMap((m) => (isObject(m) ? Object.keys(m) : [])))].map(Number).filter(Number.isInteger).sort((a, b) => a - b);

/**
 * The dataset as the long CSV (one row per indicator and fiscal year), which core's `csvToDataset`
 * reads back to the same evaluation: values as the document keeps them, settings of an indicator
 * repeated on each of its rows (so a clerk may sort and filter it in Excel), the plan's on the
 * first row. What the long format has no column for (display decimals, the names of the levels,
 * a report title, the rule for reasons) stays in the JSON only. UTF-8 with a BOM, CRLF, for Excel.
 */
export function longCsv(document: DatasetDocument): string {
  const plan = isObject(document.plan) ? document.plan : {};
  const evaluation = isObject(document.evaluation) ? document.evaluation : {};
  const schemeName = typeof evaluation.scheme === 'string' ? evaluation.scheme : 'three-tier';
  const scheme = resolveScheme(schemeName);
  const rounding = isObject(evaluation.rounding) ? evaluation.rounding : {};
  const paths = groupPaths(document.groups);
  const rows: Row[] = [];
  for (const raw of document.indicators) {
    if (!isObject(raw)) continue;
    const id = String(raw.id ?? '');
    const baseline = isObject(raw.baseline) && !('status' in raw.baseline) ? raw.baseline : raw.baseline === undefined ? undefined : { value: raw.baseline };
    const indRounding = isObject(raw.rounding) ? raw.rounding : {};
    const method = raw.method ?? evaluation.method;
    const mode = indRounding.mode ?? rounding.mode;
    const digits = indRounding.digits ?? rounding.digits;
    const cumulative = raw.cumulative === true ? '累計' : isObject(raw.cumulative) ? String(raw.cumulative.since ?? '') : '';
    const settings: Row = {
      indicatorId: id,
      no: raw.no === undefined ? '' : String(raw.no),
      indicatorName: text(raw.name),
      unit: text(raw.unit),
      kind: typeof raw.kind === 'string' ? raw.kind : '',
      direction: typeof raw.direction === 'string' ? raw.direction : '',
      group: paths.get(id) ?? '',
      baseline: baseline ? cellText(baseline.value) : '',
      baselineYear: baseline && baseline.year !== undefined ? String(baseline.year) : '',
      baselineLabel: baseline ? text(baseline.label) : '',
      basis: typeof raw.basis === 'string' ? raw.basis : '',
      // The defaults (ratio, half-up, 1 decimal) are what the reader assumes: written only when not.
      method: typeof method === 'string' && method !== 'ratio' ? method : '',
      roundingMode: typeof mode === 'string' && mode !== 'half-up' ? mode : '',
      digits: typeof digits === 'number' && digits !== 1 ? String(digits) : '',
      cumulative,
      surveyYears: Array.isArray(raw.surveyYears) ? raw.surveyYears.join('、') : '',
      source: text(raw.source),
      note: Array.isArray(raw.notes) ? raw.notes.map(text).join('\n') : '',
    };
    const series: { label: string; actuals: unknown }[] = Array.isArray(raw.series)
      ? raw.series.filter(isObject).map((s) => ({ label: text(s.label) || String(s.id ?? ''), actuals: s.actuals }))
      : [{ label: '', actuals: raw.actuals }];
    const years = yearsOf(raw.targets, raw.expected, raw.givenJudgments, raw.reasons, ...series.map((s) => s.actuals));
    const judgmentText = (v: unknown) => {
      const tier = scheme?.tiers.find((t) => t.id === v);
      return tier ? localize(tier.label, 'ja') : cellText(v);
    };
    const at = (map: unknown, year: number) => (isObject(map) ? cellText(map[year]) : '');
    if (!years.length) rows.push({ ...settings });
    for (const year of years) {
      const perYear: Row = {
        year: String(year),
        target: at(raw.targets, year),
        expected: at(raw.expected, year),
        judgment: isObject(raw.givenJudgments) && raw.givenJudgments[year] !== undefined ? judgmentText(raw.givenJudgments[year]) : '',
        reason: at(raw.reasons, year),
      };
      series.forEach((s, i) => {
        const actual = at(s.actuals, year);
        // The year's target and judgment on its first row; each further series only its actual.
        if (i > 0 && !actual) return;
        rows.push({ ...settings, ...(i === 0 ? perYear : { year: String(year) }), actual, series: s.label });
      });
    }
  }
  if (rows.length) {
    Object.assign(rows[0]!, {
      planTitle: text(plan.title),
      publisher: text(plan.publisher),
      reportedYear: plan.reportedYear === undefined ? '' : String(plan.reportedYear),
      scheme: schemeName,
    });
  }
  const header = COLUMNS.map((c) => CSV_COLUMNS[c][0]);
  const body = rows.map((row) => COLUMNS.map((c) => row[c] ?? ''));
  // Rows end in CRLF; a line break inside a quoted cell (a reason's second line) stays as it is.
  return `\uFEFF${[header, ...body].map(csvFormatRow).join('\r\n')}\r\n`;
}

import { csvParse } from 'd3-dsv';
import { parseFiscalYear } from './fiscal-year.js';
import type { Problem } from './types.js';

export { decodeText } from './decode.js';

/**
 * The CSV long format: one row per indicator and fiscal year, as a city exports it from Excel.
 * Column names in English or Japanese (any of the aliases); only 指標ID and 年度 are required.
 *
 * | column (aliases) | meaning |
 * |---|---|
 * | indicator_id (指標ID) | the indicator, repeated on each of its rows |
 * | indicator_name (指標名) | its name (first non-empty row wins) |
 * | unit (単位), kind (区分: 成果指標 / 活動指標), direction (方向: 増加 / 減少 / 維持) | per indicator |
 * | group (施策) | the hierarchy as a path: 「強い経営基盤の構築 > 持続可能な産業振興を支援」 |
 * | fiscal_year (年度) | 2024, 2024年度, FY2024, 令和6年度, R6 |
 * | target (目標値), actual (実績値) | cells as typed: 3,550 / 3,550件 / 45.0% / 集計中 / — |
 * | baseline (基準値), baseline_year (基準年度) | on any row of the indicator |
 * | series (系列) | a label when an indicator has several actual series |
 * | reason (理由), note (備考) | texts for the year / the indicator |
 * | plan_title (計画名), publisher (自治体名), reported_year (評価年度) | plan metadata, on any row |
 */
export const CSV_COLUMNS = {
  indicatorId: ['indicator_id', '指標id', '指標ID'],
  indicatorName: ['indicator_name', '指標名', '指標'],
  unit: ['unit', '単位'],
  kind: ['kind', '区分', '指標区分'],
  direction: ['direction', '方向'],
  group: ['group', '施策', '施策階層'],
  year: ['fiscal_year', 'year', '年度'],
  target: ['target', '目標値', '目標'],
  actual: ['actual', '実績値', '実績'],
  baseline: ['baseline', '基準値', '現状値'],
  baselineYear: ['baseline_year', '基準年度'],
  series: ['series', '系列'],
  reason: ['reason', '理由'],
  note: ['note', '備考'],
  planTitle: ['plan_title', '計画名'],
  publisher: ['publisher', '自治体名', '自治体'],
  reportedYear: ['reported_year', '評価年度'],
} as const;

type Column = keyof typeof CSV_COLUMNS;

export interface CsvOptions {
  /** Plan metadata when the CSV has no such columns. */
  title?: string;
  publisher?: string;
  reportedYear?: number;
}

export interface CsvResult {
  /** A document in the JSON format; pass it to `validate`, which checks every value. */
  document: Record<string, unknown> | null;
  /** Problems of the CSV itself (a missing column, an unreadable year), by row. */
  problems: Problem[];
}

const KINDS: Record<string, string> = { 成果指標: 'outcome', 成果: 'outcome', outcome: 'outcome', 活動指標: 'activity', 活動: 'activity', activity: 'activity' };
const DIRECTIONS: Record<string, string> = {
  増加: 'increase', 上昇: 'increase', increase: 'increase', 減少: 'decrease', 低下: 'decrease', decrease: 'decrease', 維持: 'maintain', maintain: 'maintain',
};

const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase();

function problem(row: number, column: string, code: Problem['code'], expected: string, got: string): Problem {
  const path = `rows[${row}].${column}`;
  return { path, severity: 'error', code, expected, got: JSON.stringify(got), message: `${path}: expected ${expected}, got ${JSON.stringify(got)}` };
}

interface Draft {
  id: string;
  name?: string;
  unit?: string;
  kind?: string;
  direction?: string;
  baseline?: { year?: number; value: string };
  targets: Record<string, string>;
  series: Map<string, Record<string, string>>;
  reasons: Record<string, string>;
  notes: string[];
  groupPath?: string[];
}

/**
 * Converts a CSV in the long format to the JSON dataset format. Cells are copied as typed, so
 * `validate` normalises "3,550件" and reports "3,550人" at its place (indicators[i].targets.2024);
 * problems of the CSV's own structure are returned here, located by row (the header is row 1).
 */
export function csvToDataset(text: string, options: CsvOptions = {}): CsvResult {
  const rows = csvParse(text.replace(/^\uFEFF/, ''));
  const problems: Problem[] = [];
  const header = new Map<Column, string>();
  for (const [key, aliases] of Object.entries(CSV_COLUMNS) as [Column, readonly string[]][]) {
    const found = rows.columns.find((c) => aliases.some((a) => fold(a) === fold(c)));
    if (found !== undefined) header.set(key, found);
  }
  for (const required of ['indicatorId', 'year'] as const) {
    if (!header.has(required)) {
      problems.push(problem(1, CSV_COLUMNS[required][1], 'required', `a column ${CSV_COLUMNS[required].join(' / ')}`, rows.columns.join(',')));
    }
  }
  if (!header.has('target') && !header.has('actual')) {
    problems.push(problem(1, '目標値', 'required', 'a column target (目標値) or actual (実績値)', rows.columns.join(',')));
  }
  if (problems.length) return { document: null, problems };

  const cell = (row: Record<string, string | undefined>, key: Column) => (header.has(key) ? (row[header.get(key)!] ?? '').trim() : '');
  const drafts = new Map<string, Draft>();
  const meta = { title: options.title ?? '', publisher: options.publisher ?? '', reportedYear: options.reportedYear as number | undefined };
  let latestActual = -Infinity;
  let latestYear = -Infinity;

  rows.forEach((row, i) => {
    const line = i + 2;
    const id = cell(row, 'indicatorId');
    if (!Object.values(row).some((v) => v && v.trim())) return; // blank line
    if (!id) {
      problems.push(problem(line, header.get('indicatorId')!, 'required', 'an indicator id', ''));
      return;
    }
    const yearText = cell(row, 'year');
    const year = parseFiscalYear(yearText);
    if (year === null) {
      problems.push(problem(line, header.get('year')!, 'bad-year', 'a fiscal year such as 2024 or 令和6年度', yearText));
      return;
    }
    meta.title ||= cell(row, 'planTitle');
    meta.publisher ||= cell(row, 'publisher');
    const reported = cell(row, 'reportedYear');
    if (reported && meta.reportedYear === undefined) meta.reportedYear = parseFiscalYear(reported) ?? undefined;

    let draft = drafts.get(id);
    if (!draft) {
      draft = { id, targets: {}, series: new Map(), reasons: {}, notes: [] };
      drafts.set(id, draft);
    }
    draft.name ||= cell(row, 'indicatorName') || undefined;
    draft.unit ||= cell(row, 'unit') || undefined;
    const kind = cell(row, 'kind');
    if (kind && !draft.kind) {
      if (KINDS[fold(kind)]) draft.kind = KINDS[fold(kind)];
      else problems.push(problem(line, header.get('kind')!, 'wrong-type', '成果指標 (outcome) or 活動指標 (activity)', kind));
    }
    const direction = cell(row, 'direction');
    if (direction && !draft.direction) {
      if (DIRECTIONS[fold(direction)]) draft.direction = DIRECTIONS[fold(direction)];
      else problems.push(problem(line, header.get('direction')!, 'wrong-type', '増加, 減少 or 維持 (increase, decrease, maintain)', direction));
    }
    const group = cell(row, 'group');
    if (group && !draft.groupPath) draft.groupPath = group.split(/\s*[>＞]\s*/).filter(Boolean);
    const baseline = cell(row, 'baseline');
    if (baseline && !draft.baseline) {
      const by = cell(row, 'baselineYear');
      const byYear = by ? parseFiscalYear(by) : null;
      if (by && byYear === null) problems.push(problem(line, header.get('baselineYear')!, 'bad-year', 'a fiscal year such as 2023', by));
      draft.baseline = { value: baseline, ...(byYear !== null && { year: byYear }) };
    }
    const target = cell(row, 'target');
    if (target) draft.targets[year] = target;
    const actual = cell(row, 'actual');
    const label = cell(row, 'series');
    if (actual || label) {
      const series = draft.series.get(label) ?? {};
      if (actual) series[year] = actual;
      draft.series.set(label, series);
    }
    if (actual && !/^(集計中|—|-|－)$/.test(actual)) latestActual = Math.max(latestActual, year);
    latestYear = Math.max(latestYear, year);
    const reason = cell(row, 'reason');
    if (reason) draft.reasons[year] = reason;
    const note = cell(row, 'note');
    if (note && !draft.notes.includes(note)) draft.notes.push(note);
  });

  const indicators = [...drafts.values()].map((d) => {
    const out: Record<string, unknown> = { id: d.id, name: d.name ?? d.id };
    if (d.unit) out.unit = d.unit;
    if (d.kind) out.kind = d.kind;
    if (d.direction) out.direction = d.direction;
    if (d.baseline) out.baseline = d.baseline;
    out.targets = d.targets;
    const labels = [...d.series.keys()];
    if (labels.length <= 1 && !labels[0]) out.actuals = d.series.get('') ?? {};
    else out.series = labels.map((label, i) => ({ id: label || `series-${i + 1}`, ...(label && { label }), actuals: d.series.get(label)! }));
    if (Object.keys(d.reasons).length) out.reasons = d.reasons;
    if (d.notes.length) out.notes = d.notes;
    return out;
  });

  // The plan period: the years that have targets.
  const targetYears = [...drafts.values()].flatMap((d) => Object.keys(d.targets).map(Number));
  const document: Record<string, unknown> = {
    formatVersion: 1,
    plan: {
      title: meta.title || '（計画名なし）',
      publisher: meta.publisher || '（自治体名なし）',
      reportedYear: meta.reportedYear ?? (Number.isFinite(latestActual) ? latestActual : Number.isFinite(latestYear) ? latestYear : new Date().getFullYear()),
      ...(targetYears.length && { period: { start: Math.min(...targetYears), end: Math.max(...targetYears) } }),
    },
    groups: groupsFrom([...drafts.values()]),
    indicators,
  };
  return { document, problems };
}

/** The hierarchy from each indicator's group path, in first-seen order; ids are the paths. */
function groupsFrom(drafts: Draft[]): unknown[] {
  interface Node { id: string; name: string; children: Node[]; indicators: string[] }
  const roots: Node[] = [];
  for (const d of drafts) {
    if (!d.groupPath?.length) continue;
    let level = roots;
    let node: Node | undefined;
    d.groupPath.forEach((name, depth) => {
      const id = d.groupPath!.slice(0, depth + 1).join(' > ');
      node = level.find((n) => n.id === id);
      if (!node) {
        node = { id, name, children: [], indicators: [] };
        level.push(node);
      }
      level = node.children;
    });
    node!.indicators.push(d.id);
  }
  return roots;
}

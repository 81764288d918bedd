/**
 * A (possibly corrected) mapping applied to a sheet: the dataset in the JSON format, every problem
 * at its cell, and a count of the cells read, used and reported, so that nothing is lost quietly.
 */
import type { DatasetDocument } from '../core/dataset-json.js';
import { align, parseDecimal } from '../core/decimal.js';
import { evaluate, type EvaluationRow } from '../core/evaluate.js';
import { judgmentTier } from '../core/judgment.js';
import { localize } from '../core/localize.js';
import type { Dataset } from '../core/types.js';
import { validate } from '../core/validate.js';
import { buildDocument, type PrintedCheck } from './build-dataset.js';
import { cellAddress, GridView, toGrid, type GridInput } from './grid.js';
import { INDICATOR_COLUMNS, type SheetMapping } from './mapping.js';
import { locatedProblem, sheetProblem, type SheetProblem } from './messages.js';
import { originKey, readRows, type Origin } from './read-rows.js';

/** How many non-empty cells the sheet has, and what became of them. read = used + reported + ignored. */
export interface CellCounts {
  /** Non-empty cells in the sheet (a merged block counts once). */
  read: number;
  /** Cells whose content is in the dataset, or that the mapping read as headers, titles or checked rates. */
  used: number;
  /** Cells with a problem (see `problems`). */
  reported: number;
  /** Cells outside the mapping (an unmapped column, a row skipped on purpose); listed in `ignoredCells`. */
  ignored: number;
}

/** What `applyMapping` returns. */
export interface SheetResult {
  /** The dataset in the JSON format, or null when the mapping has no name or no value column. */
  document: DatasetDocument | null;
  /** The dataset as core's `validate` reads it (null with `document`). */
  dataset: Dataset | null;
  /** True when no problem is an error. */
  valid: boolean;
  /** Every problem, located at its cell (A1) where it has one, in the order of the sheet. */
  problems: SheetProblem[];
  counts: CellCounts;
  /** The A1 addresses of the ignored cells. */
  ignoredCells: string[];
  /** Where each part of the dataset came from: "indicators[0].targets.2024" → "K6". */
  cells: Record<string, string>;
  /** The sheet rows (0-based) of each indicator, by its id: a problem's `indicatorId` leads to them. */
  rows: Record<string, number[]>;
}

/**
 * Reads a sheet with a mapping (from `detectMapping`, maybe corrected). Never throws: what cannot
 * be read is a problem at its cell, and the rest is still read.
 */
export function applyMapping(input: GridInput, mapping: SheetMapping): SheetResult {
  let view: GridView;
  try {
    view = new GridView(toGrid(input));
  } catch (e) {
    view = new GridView({ rows: [], merges: [] });
    return emptyResult(view, [sheetProblem(null, 'unreadable-file', { got: String((e as Error)?.message ?? e) })]);
  }
  try {
    return readWithMapping(view, mapping);
  } catch (e) {
    // A mapping edited by hand can be anything (a column list missing, a string for a number).
    return emptyResult(view, [sheetProblem(null, 'invalid-mapping', { got: String((e as Error)?.message ?? e) })]);
  }
}

function emptyResult(view: GridView, problems: SheetProblem[]): SheetResult {
  const all = [...view.cells()];
  return {
    document: null,
    dataset: null,
    valid: false,
    problems,
    counts: { read: all.length, used: 0, reported: 0, ignored: all.length },
    ignoredCells: all.map(([r, c]) => cellAddress(r, c)),
    cells: {},
    rows: {},
  };
}

function readWithMapping(view: GridView, mapping: SheetMapping): SheetResult {
  const all = [...view.cells()];
  const empty = (problems: SheetProblem[]) => emptyResult(view, problems);
  if (!mapping.headerRows.length) return empty([sheetProblem(null, 'no-table')]);
  if (mapping.columns.name === null) return empty([sheetProblem(null, 'no-name-column')]);
  if (!mapping.values.length) return empty([sheetProblem(null, 'no-value-column')]);

  const read = readRows(view, mapping);
  const built = buildDocument(read, mapping);
  const result = validate(built.document);
  // A problem's path, shortened step by step (…targets.2024.value → …targets.2024 → indicators[3]) to a part whose cell is known.
  const locate = (path: string): Origin | null => {
    const step = /(\.[^.[\]]+|\[\d+\])$/;
    for (let p = path; ; p = p.replace(step, '')) {
      const at = built.cells.get(p);
      if (at) return at;
      if (!step.test(p)) return null;
    }
  };
  const problems = [...read.problems, ...built.problems, ...result.problems.map((p) => locatedProblem(p, locate(p.path)))];
  const related = new Set<string>();
  const checked = result.dataset ? checkPrinted(result.dataset, built.checks, problems, related) : [];

  const used = new Set(read.used);
  for (const at of built.cells.values()) used.add(originKey(at));
  for (const at of checked) used.add(originKey(at));
  for (const r of mapping.headerRows) for (const c of mappedColumns(mapping)) used.add(originKey(toOrigin(view.origin(r, c))));
  for (const r of titleRows(mapping, view, all)) used.add(r);
  // A header that names a level of heading rows (重点課題 over 「1-1 …」) is used as that level's name.
  for (const r of mapping.headerRows) {
    for (let c = 0; c < view.width; c++) if (mapping.sections.levels.includes(view.text(r, c))) used.add(originKey(toOrigin(view.origin(r, c))));
  }
  const reported = new Set([...read.unread, ...related]);
  for (const p of problems) if (p.row !== null && p.column !== null) reported.add(`${p.row}:${p.column}`);
  let nUsed = 0;
  let nReported = 0;
  const ignoredCells: string[] = [];
  for (const [r, c] of all) {
    const key = `${r}:${c}`;
    if (reported.has(key)) nReported++;
    else if (used.has(key)) nUsed++;
    else ignoredCells.push(cellAddress(r, c));
  }
  problems.sort((a, b) => (a.row ?? -1) - (b.row ?? -1) || (a.column ?? -1) - (b.column ?? -1));
  return {
    document: built.document,
    dataset: result.dataset,
    valid: !problems.some((p) => p.severity === 'error'),
    problems,
    counts: { read: all.length, used: nUsed, reported: nReported, ignored: ignoredCells.length },
    ignoredCells,
    cells: Object.fromEntries([...built.cells].map(([path, at]) => [path, cellAddress(at.row, at.column)])),
    rows: built.rows,
  };
}

const toOrigin = ([row, column]: [number, number]): Origin => ({ row, column });

function mappedColumns(m: SheetMapping): number[] {
  const columns = INDICATOR_COLUMNS.map((k) => m.columns[k]).filter((c): c is number => c !== null);
  for (const h of m.hierarchy) columns.push(h.column, ...(h.codeColumn === null ? [] : [h.codeColumn]));
  if (m.rowLabels) columns.push(m.rowLabels.column);
  return [...columns, ...m.values.map((v) => v.column)];
}

/** Cells above the header that the plan took (its title, report title and notes). */
function titleRows(m: SheetMapping, view: GridView, all: [number, number, unknown][]): string[] {
  const first = Math.min(...m.headerRows);
  const texts = new Set([m.plan.title, m.plan.reportTitle ?? '', ...m.plan.notes].map((t) => t.trim()).filter(Boolean));
  return all.filter(([r, c]) => r < first && texts.has(view.text(r, c))).map(([r, c]) => `${r}:${c}`);
}

/**
 * Printed rates and judgments against core's: a match counts the cell as used, a difference is a
 * warning at the printed cell (a wrong direction, rounding or a typo in the sheet). A row whose
 * target or actual cannot be read is reported there already; its printed cells go with it (`related`).
 */
function checkPrinted(dataset: Dataset, checks: PrintedCheck[], problems: SheetProblem[], related: Set<string>): Origin[] {
  const matched: Origin[] = [];
  const byYear = new Map<number, Map<string, EvaluationRow>>();
  const rowOf = (year: number, id: string) => {
    if (!byYear.has(year)) byYear.set(year, new Map(evaluate(dataset, { year }).map((r) => [r.indicatorId, r])));
    return byYear.get(year)!.get(id);
  };
  for (const check of checks) {
    const row = rowOf(check.year, check.indicatorId);
    if (!row) continue;
    if (row.status === 'invalid') {
      related.add(originKey(check.at));
      continue;
    }
    const extra = { severity: 'warning' as const, indicatorId: check.indicatorId };
    if (check.kind === 'rate') {
      if (row.rateText === null) {
        const expected = row.direction ? 'the rate needs a numeric target and actual' : 'no direction is given: set the direction column or the default direction';
        problems.push(sheetProblem(check.at, 'rate-not-computed', { printed: check.printed, expected }, extra));
      } else if (sameDecimal(row.rateText, check.printed)) matched.push(check.at);
      else problems.push(sheetProblem(check.at, 'rate-mismatch', { printed: check.printed, computed: row.rateText }, extra));
    } else if (row.judgment === check.printed) matched.push(check.at);
    else {
      const label = (id: string | null) => (id === null ? '—' : localize(judgmentTier(id, dataset.evaluation.scheme)?.label ?? id, 'ja'));
      problems.push(sheetProblem(check.at, 'judgment-mismatch', { printed: check.text, computed: label(row.judgment) }, extra));
    }
  }
  return matched;
}

/** Equal as numbers: "100" = "100.0". */
function sameDecimal(a: string, b: string): boolean {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  if (!x || !y) return false;
  const [p, q] = align(x, y);
  return p === q;
}

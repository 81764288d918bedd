/**
 * policy-indicators/sheet: spreadsheets kept like the printed report (one row, or a stack of
 * 目標 / 実績 / 結果 / 達成率 rows, per indicator; one column per fiscal year) read into the dataset
 * JSON format. Pure: no DOM, no Lit; runs in Node and the browser. The Excel reader loads on demand.
 *
 *   const file = await readSheetFile(bytes, { sheet: 2 });      // .xlsx / .xls / .ods / CSV
 *   const mapping = detectMapping(file.grid);                    // show it, let the clerk correct it
 *   const { document, problems, counts } = applyMapping(file.grid, mapping);
 */
import { columnOf } from '../core/csv-columns.js';
import { decodeText } from '../core/decode.js';
import { parseFiscalYear } from '../core/fiscal-year.js';
import { validate } from '../core/validate.js';
import { applyMapping, type SheetResult } from './apply.js';
import { detectMapping, hasTable } from './detect.js';
import { GridView, toGrid, type GridInput, type SheetGrid } from './grid.js';
import type { SheetMapping } from './mapping.js';
import { locatedProblem } from './messages.js';
import { chooseSheet, readWorkbook, type SheetFormat } from './read-file.js';

export { applyMapping, type CellCounts, type SheetResult } from './apply.js';
export { detectMapping, hasTable } from './detect.js';
export { EXCEL_SIGNIFICANT_DIGITS, exactDecimal, readNumberFormat, type NumberFormatInfo } from './excel-number.js';
export { cellAddress, columnName, csvToGrid, toGrid, type CellRange, type GridInput, type SheetCell, type SheetGrid } from './grid.js';
export {
  assignColumn,
  columnRole,
  ERAS,
  INDICATOR_COLUMNS,
  VALUE_FIELDS,
  type ColumnRole,
  type Era,
  type HierarchyColumn,
  type IndicatorColumns,
  type MappingNote,
  type RowLabels,
  type SheetMapping,
  type ValueColumn,
  type ValueField,
} from './mapping.js';
export { SHEET_PROBLEM_CODES, type SheetProblem, type SheetProblemCode } from './messages.js';
export { readSheetFile, readWorkbook, sniffSheetFormat, SHEET_FORMATS, type SheetFile, type SheetFormat, type Workbook } from './read-file.js';

/** The two layouts of a sheet: the long CSV (one row per indicator and year) or a wide sheet. */
export type SheetLayout = 'long' | 'wide';

/**
 * Is the sheet in the long format that core's `csvToDataset` reads, or a wide sheet? Long: its
 * first row has a fiscal-year column (年度) and an indicator id or value column (指標ID, 目標値,
 * 実績値 …), and no header is itself a year (R6, 2024年度), which only a wide sheet has.
 */
export function sheetLayout(input: GridInput): SheetLayout {
  const grid = toGrid(input);
  const names = (grid.rows[0] ?? []).map((c) => c?.text.trim() ?? '');
  const columns = new Set(names.map((n) => columnOf(n)));
  const yearHeader = names.some((n) => n && parseFiscalYear(n) !== null);
  const valueColumn = (['indicatorId', 'target', 'actual', 'expected', 'judgment'] as const).some((c) => columns.has(c));
  return !yearHeader && columns.has('year') && valueColumn ? 'long' : 'wide';
}

/** What `readSheetDataset` returns: the sheet, its mapping and the dataset read with it (as `applyMapping` gives it). */
export interface SheetDataset extends SheetResult {
  format: SheetFormat;
  layout: SheetLayout;
  sheetNames: string[];
  sheetNumber: number;
  sheetName: string;
  grid: SheetGrid;
  /** The mapping used (null for a long CSV, which has fixed columns). Correct it and call `applyMapping(grid, mapping)` again. */
  mapping: SheetMapping | null;
}

/** Options of `readSheetDataset`. */
export interface ReadSheetOptions {
  /** The sheet of a workbook: 1-based number or name. Default: the first sheet holding a table. */
  sheet?: number | string;
  /** The file's name, to name a CSV's only sheet. */
  name?: string;
  /** Plan settings the sheet does not carry (publisher, a title), applied over the detected mapping. */
  plan?: Partial<SheetMapping['plan']>;
}

/**
 * A file, start to end: read the sheet, detect the mapping, apply it. A long CSV is read by core's
 * `csvToDataset`, with its problems at their cells too. Never throws.
 */
export async function readSheetDataset(data: ArrayBuffer | Uint8Array, options: ReadSheetOptions = {}): Promise<SheetDataset> {
  const workbook = await readWorkbook(data, options.name === undefined ? {} : { name: options.name });
  const file = chooseSheet(workbook, options.sheet, (grid) => hasTable(grid) || sheetLayout(grid) === 'long');
  const base = { format: file.format, sheetNames: file.sheetNames, sheetNumber: file.sheetNumber, sheetName: file.sheetName, grid: file.grid };
  if (!file.sheetNumber) {
    // No sheet to read (an unreadable file, a sheet that is not there): only why.
    const empty = { document: null, dataset: null, valid: false, counts: { read: 0, used: 0, reported: 0, ignored: 0 }, ignoredCells: [], cells: {}, rows: {} };
    return { ...base, layout: 'wide', mapping: null, ...empty, problems: file.problems };
  }
  if (file.format === 'csv' && file.grid.rows.length && sheetLayout(file.grid) === 'long') {
    return { ...base, layout: 'long', mapping: null, ...(await readLongCsv(decodeText(data instanceof Uint8Array ? data : new Uint8Array(data)), file.grid)) };
  }
  const detected = detectMapping(file.grid);
  const mapping = options.plan ? { ...detected, plan: { ...detected.plan, ...options.plan } } : detected;
  const result = applyMapping(file.grid, mapping);
  return { ...base, layout: 'wide', mapping, ...result, problems: [...file.problems, ...result.problems] };
}

/** A long CSV through core's reader (loaded when one comes); its row problems (rows[5].年度) at their cells. */
async function readLongCsv(text: string, grid: SheetGrid) {
  const { csvToDataset } = await import('../core/csv.js');
  const { document, problems } = csvToDataset(text);
  const header = (grid.rows[0] ?? []).map((c) => c?.text.trim() ?? '');
  const located = problems.map((p) => {
    const m = /^rows\[(\d+)\]\.(.+)$/.exec(p.path);
    const column = m ? header.indexOf(m[2]!) : -1;
    return locatedProblem(p, m && column >= 0 ? { row: Number(m[1]) - 1, column } : null);
  });
  const result = document ? validate(document) : null;
  const all = [...located, ...(result?.problems.map((p) => locatedProblem(p, null)) ?? [])];
  const cells = [...new GridView(grid).cells()].length;
  const reported = new Set(all.filter((p) => p.cell).map((p) => p.cell)).size;
  return {
    document,
    dataset: result?.dataset ?? null,
    valid: !all.some((p) => p.severity === 'error'),
    problems: all,
    counts: { read: cells, used: cells - reported, reported, ignored: 0 },
    ignoredCells: [],
    cells: {},
    rows: {},
  };
}

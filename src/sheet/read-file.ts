/**
 * A file's bytes as sheets: an Excel workbook (.xlsx; .xls and .ods too) through the on-demand
 * reader, or a CSV (UTF-8 with or without BOM, or Shift_JIS) through core's decoder. Never throws:
 * a file that cannot be read comes back with a problem and no sheet.
 */
import { decodeText } from '../core/decode.js';
import { hasTable } from './detect.js';
import { csvToGrid, type SheetGrid } from './grid.js';
import { sheetProblem, type SheetProblem } from './messages.js';

/** The kinds of file read. */
export const SHEET_FORMATS = ['xlsx', 'xls', 'ods', 'csv'] as const;
/** One of `SHEET_FORMATS`. */
export type SheetFormat = (typeof SHEET_FORMATS)[number];

/** Every sheet of a file. */
export interface Workbook {
  format: SheetFormat;
  sheets: { name: string; grid: SheetGrid }[];
  /** Why the file could not be read (then `sheets` is empty). */
  problems: SheetProblem[];
}

/** One sheet of a file, as `readSheetFile` chose it. */
export interface SheetFile {
  format: SheetFormat;
  /** The names of all sheets in the file (one, named after the file, for a CSV). */
  sheetNames: string[];
  /** The sheet read: its 1-based number and its name. */
  sheetNumber: number;
  sheetName: string;
  grid: SheetGrid;
  problems: SheetProblem[];
}

/** What kind of file the bytes are: a zip (xlsx, ods), an OLE2 compound file (xls), else text (csv). */
export function sniffSheetFormat(bytes: Uint8Array): SheetFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    // An OpenDocument zip names its mimetype (or its manifest) in the first entries; an .xlsx does not.
    const head = String.fromCharCode(...bytes.subarray(0, 2048));
    return (head.includes('opendocument') && head.includes('spreadsheet')) || head.includes('META-INF/manifest.xml') ? 'ods' : 'xlsx';
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  return 'csv';
}

const asBytes = (data: ArrayBuffer | Uint8Array) => (data instanceof Uint8Array ? data : new Uint8Array(data));

/**
 * Every sheet of a file. The Excel reader is imported only here, on demand, so a page that never
 * opens an Excel file never loads it. `name` names the single sheet of a CSV (default "CSV").
 */
export async function readWorkbook(data: ArrayBuffer | Uint8Array, options: { name?: string } = {}): Promise<Workbook> {
  const bytes = asBytes(data);
  const format = sniffSheetFormat(bytes);
  if (format === 'csv') return { format, sheets: [{ name: options.name ?? 'CSV', grid: { ...csvToGrid(decodeText(bytes)), name: options.name ?? 'CSV' } }], problems: [] };
  try {
    const { readXlsxSheets } = await import('./xlsx.js');
    return { format, sheets: readXlsxSheets(bytes), problems: [] };
  } catch (e) {
    return { format, sheets: [], problems: [sheetProblem(null, 'unreadable-file', { got: String((e as Error)?.message ?? e) })] };
  }
}

/** The sheet asked for: a 1-based number, a name, or (undefined) the first for which `pick` says yes, else the first. */
export function chooseSheet(
  workbook: Workbook,
  sheet: number | string | undefined,
  pick: (grid: SheetGrid) => boolean = hasTable,
): SheetFile {
  const sheetNames = workbook.sheets.map((s) => s.name);
  const base = { format: workbook.format, sheetNames, problems: [...workbook.problems] };
  const none = (problems: SheetProblem[]): SheetFile => ({ ...base, sheetNumber: 0, sheetName: '', grid: { rows: [], merges: [] }, problems: [...base.problems, ...problems] });
  if (!workbook.sheets.length) return none(workbook.problems.length ? [] : [sheetProblem(null, 'unreadable-file', { got: 'no sheet' })]);
  let index: number;
  if (sheet === undefined) {
    index = Math.max(0, workbook.sheets.findIndex((s) => pick(s.grid)));
  } else if (typeof sheet === 'number' || /^\d+$/.test(sheet.trim())) {
    index = Number(sheet) - 1;
  } else {
    const key = (s: string) => s.normalize('NFKC').trim().toLowerCase();
    index = workbook.sheets.findIndex((s) => key(s.name) === key(sheet));
  }
  const chosen = workbook.sheets[index];
  if (!chosen) {
    const list = sheetNames.map((n, i) => `${i + 1}: ${n}`).join(', ');
    return none([sheetProblem(null, 'sheet-not-found', { got: String(sheet), expected: list })]);
  }
  return { ...base, sheetNumber: index + 1, sheetName: chosen.name, grid: chosen.grid };
}

/**
 * One sheet of a file as a grid: `sheet` is a 1-based number or a name; without it, the first
 * sheet that holds a table (a cover sheet before it is skipped), else the first sheet.
 */
export async function readSheetFile(
  data: ArrayBuffer | Uint8Array,
  options: { sheet?: number | string; name?: string; pick?: (grid: SheetGrid) => boolean } = {},
): Promise<SheetFile> {
  return chooseSheet(await readWorkbook(data, options), options.sheet, options.pick ?? hasTable);
}

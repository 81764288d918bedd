/**
 * A sheet as a grid of cells: what a CSV or an Excel sheet holds, before anything is interpreted.
 * Rows and columns are counted from 0 here; people see them as A1 addresses (`cellAddress`).
 */
import { csvParseRows } from 'd3-dsv';
import { exactDecimal } from './excel-number.js';

/** One non-empty cell. */
export interface SheetCell {
  /** What the cell shows, as the spreadsheet displays it: "3,550件", "R6", "集計中". */
  text: string;
  /**
   * For a number cell: the exact decimal the sheet stores, in the unit shown ("3550"; "45.0" for
   * 0.45 shown as 45.0%). Absent for text, so "3,550件" typed as text is read by core's parse-value.
   */
  number?: string;
  /** The unit the number format prints: 件 of `#,##0"件"`, % of `0.0%`. */
  unit?: string;
  /** The number of decimals the number format always shows (1 for `0.0%`), when it fixes them. */
  shownDecimals?: number;
  /** The number format as written in the file, e.g. `#,##0"件"`. */
  format?: string;
}

/** A block of merged cells, 0-based and inclusive; the top-left cell holds the value. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A sheet: its rows of cells (null for an empty cell) and its merged blocks. */
export interface SheetGrid {
  rows: (SheetCell | null)[][];
  merges: CellRange[];
  /** The sheet's name in its workbook, if any. */
  name?: string;
}

/**
 * What `detectMapping` and `applyMapping` accept: a `SheetGrid`, or a plain 2-D array of strings,
 * numbers and nulls (e.g. from another reader); numbers are read exactly (see `exactDecimal`).
 */
export type GridInput = SheetGrid | readonly (readonly unknown[])[];

/** Excel's name of a 0-based column: 0 → A, 25 → Z, 26 → AA. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The A1 address of a 0-based row and column: (11, 2) → "C12". */
export function cellAddress(row: number, column: number): string {
  return `${columnName(column)}${row + 1}`;
}

function plainCell(value: unknown): SheetCell | null {
  if (value == null) return null;
  if (typeof value === 'number') {
    const number = exactDecimal(value);
    return number === null ? { text: String(value) } : { text: number, number };
  }
  if (typeof value === 'object' && typeof (value as SheetCell).text === 'string') {
    const cell = value as SheetCell;
    return cell.text.trim() || cell.number !== undefined ? cell : null;
  }
  const text = String(value);
  return text.trim() ? { text } : null;
}

/** Any `GridInput` as a `SheetGrid`: blank strings become null, numbers become exact number cells. */
export function toGrid(input: GridInput): SheetGrid {
  if (!Array.isArray(input)) {
    const grid = input as SheetGrid;
    return { rows: grid.rows.map((row) => row.map(plainCell)), merges: grid.merges ?? [], ...(grid.name !== undefined && { name: grid.name }) };
  }
  return { rows: (input as readonly (readonly unknown[])[]).map((row) => Array.from(row ?? [], plainCell)), merges: [] };
}

/**
 * A CSV's text as a grid (UTF-8 text; decode bytes with core's `decodeText` first, which reads
 * Shift_JIS too). Uses d3-dsv's `csvParseRows`, which compiles no code (Trusted Types safe).
 */
export function csvToGrid(text: string): SheetGrid {
  const rows = csvParseRows(String(text ?? '').replace(/^\uFEFF/, ''));
  return { rows: rows.map((row) => row.map((t) => (t.trim() ? { text: t } : null))), merges: [] };
}

/**
 * Reads a grid through its merged blocks: every cell of a block shows the block's top-left cell,
 * as the sheet displays it. `origin` tells which cell a value really comes from, so a merged
 * value is used (and counted) once.
 */
export class GridView {
  readonly height: number;
  readonly width: number;
  private readonly owner = new Map<number, number>();

  constructor(readonly grid: SheetGrid) {
    this.height = grid.rows.length;
    this.width = Math.max(0, ...grid.rows.map((r) => r.length));
    for (const m of grid.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) this.owner.set(this.key(r, c), this.key(m.top, m.left));
      }
    }
  }

  private key(row: number, column: number): number {
    return row * 16384 + column;
  }

  /** The cell a position shows: its own, or its merged block's top-left cell. */
  origin(row: number, column: number): [number, number] {
    const k = this.owner.get(this.key(row, column));
    return k === undefined ? [row, column] : [Math.floor(k / 16384), k % 16384];
  }

  /** True when the position is inside a merged block but not its top-left cell. */
  covered(row: number, column: number): boolean {
    return this.owner.has(this.key(row, column));
  }

  /** The cell shown at a position (through merges), or null. */
  cell(row: number, column: number): SheetCell | null {
    const [r, c] = this.origin(row, column);
    return this.grid.rows[r]?.[c] ?? null;
  }

  /** The text shown at a position, trimmed ("" for an empty cell). */
  text(row: number, column: number): string {
    return this.cell(row, column)?.text.trim() ?? '';
  }

  /** The cell written at a position itself (merged copies are not). */
  own(row: number, column: number): SheetCell | null {
    return this.covered(row, column) ? null : (this.grid.rows[row]?.[column] ?? null);
  }

  /** Every non-empty cell written in the sheet (merged copies not counted). */
  *cells(): Generator<[number, number, SheetCell]> {
    for (let r = 0; r < this.height; r++) {
      const row = this.grid.rows[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell && !this.covered(r, c) && (cell.text.trim() || cell.number !== undefined)) yield [r, c, cell];
      }
    }
  }
}

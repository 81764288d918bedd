/**
 * Excel workbooks (.xlsx, and .xls / .ods, which the same reader takes) as grids, through SheetJS
 * (`@e965/xlsx`, the SheetJS Community Edition as published on npm). This module is only ever
 * loaded with `import()` by `readWorkbook`, so the reader (≈ 120 KB min+gzip; only `read` is
 * imported, so a bundler drops SheetJS's writers) is fetched when a page opens an Excel file,
 * never with the elements.
 */
import { read } from '@e965/xlsx';
import { numberCell } from './excel-number.js';
import type { CellRange, SheetCell, SheetGrid } from './grid.js';

/** SheetJS's cell in dense mode: t type, v value, w shown text, z number format. */
interface XlsxCell {
  t: 'n' | 's' | 'b' | 'e' | 'd' | 'z';
  v?: unknown;
  w?: string;
  z?: string | number;
}

function toCell(x: XlsxCell | null | undefined): SheetCell | null {
  if (!x || x.t === 'z') return null;
  if (x.t === 'n' && typeof x.v === 'number') {
    const format = typeof x.z === 'string' ? x.z : undefined;
    return numberCell(x.v, format, x.w ?? String(x.v));
  }
  const text = x.t === 's' ? String(x.v ?? '') : (x.w ?? String(x.v ?? ''));
  return text.trim() ? { text } : null;
}

/** Every sheet of a workbook: its name and its grid (numbers exact, merged blocks kept). */
export function readXlsxSheets(bytes: Uint8Array): { name: string; grid: SheetGrid }[] {
  // cellNF keeps each number's format (#,##0"件"); dense gives rows as arrays; no dates: a date
  // cell stays a number with a date format and is read as the text it shows.
  const workbook = read(bytes, { type: 'array', cellNF: true, cellText: true, dense: true, cellDates: false, cellFormula: false, cellHTML: false });
  return workbook.SheetNames.map((name) => {
    const sheet = workbook.Sheets[name] as unknown as { '!data'?: (XlsxCell | null | undefined)[][]; '!merges'?: { s: { r: number; c: number }; e: { r: number; c: number } }[] };
    const data = sheet['!data'] ?? [];
    const rows = Array.from(data, (row) => Array.from(row ?? [], toCell));
    const merges: CellRange[] = (sheet['!merges'] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
    return { name, grid: { rows, merges, name } };
  });
}

/**
 * The mapping of a wide sheet: which column is what. `detectMapping` proposes one; a page shows it
 * and lets the clerk correct it (a plain object: copy, edit, pass to `applyMapping`). Rows and
 * columns are 0-based indexes into the grid; `columnName` / `cellAddress` write them as people do.
 */
import type { RoundingMode } from '../core/decimal.js';
import type { Direction, RateMethod } from '../core/rate.js';
import type { IndicatorKind } from '../core/types.js';
import type { Era, ValueField } from './words.js';

export { VALUE_FIELDS, ERAS, type ValueField, type Era } from './words.js';

/** A column of values: one field (or the row's label says which) for one year (or the cell says). */
export interface ValueColumn {
  column: number;
  /** What should be read there. null: each row's label says (the stack 目標 / 実績 / 結果 / 達成率). */
  field: ValueField | null;
  /**
   * The fiscal year of the column. null: each cell gives its own (「54.6% (22年度)」); a baseline
   * may have none, and a judgment, rate or reason without one is for the reported year.
   */
  year: number | null;
  /** For a baseline: its printed heading (現状値, 計画策定時). */
  label?: string;
}

/** A level of the plan's hierarchy kept in a column (merged cells or blanks below are filled down). */
export interface HierarchyColumn {
  column: number;
  /** A column holding the level's codes (「単位施策No.」), when they are not in the name cell. */
  codeColumn: number | null;
  /** The level's name, e.g. 基本方針 (the header). */
  label: string;
}

/** Stacked rows: the column whose labels (目標, 実績 …) say what each row of an indicator holds. */
export interface RowLabels {
  column: number;
  /** Each label found (as written, trimmed) and what its row holds; null: the row is skipped. */
  roles: Record<string, ValueField | null>;
}

/** Columns that hold one thing per indicator. */
export interface IndicatorColumns {
  name: number | null;
  id: number | null;
  no: number | null;
  unit: number | null;
  kind: number | null;
  direction: number | null;
  note: number | null;
  source: number | null;
}
/** The keys of `IndicatorColumns`, in the order a mapping editor lists them. */
export const INDICATOR_COLUMNS = ['name', 'id', 'no', 'unit', 'kind', 'direction', 'note', 'source'] as const;

/** A reason for a choice the detection made, to show beside the mapping. */
export interface MappingNote {
  ja: string;
  en: string;
}

/** Everything `applyMapping` needs to read a sheet; every part may be corrected by hand. */
export interface SheetMapping {
  /** The header rows (1 to 3 rows; merged headers such as 目標値 over R6 R7 R8 span two). */
  headerRows: number[];
  /** The first and last rows read as data, inclusive. */
  firstDataRow: number;
  lastDataRow: number;
  /** Each column's header as read (joined over the header rows), for a page to show. */
  headers: string[];
  columns: IndicatorColumns;
  hierarchy: HierarchyColumn[];
  /**
   * Rows whose only text is a heading (「政策目標1」, 「1-1 子どもを…」 spanning the table, 【社会成果指標】)
   * are groups above the indicators below them; `levels` names each level of headings.
   */
  sections: { enabled: boolean; levels: string[] };
  rowLabels: RowLabels | null;
  values: ValueColumn[];
  /** For indicators whose row does not say. `direction: null` leaves rates uncomputed (the report does not say). */
  defaults: { unit: string | null; direction: Direction | null; kind: IndicatorKind };
  /** The era of years written without one (「22年度」 in a 平成 report). */
  era: Era | null;
  plan: {
    title: string;
    reportTitle: string | null;
    publisher: string;
    /** The fiscal year reported on; null: the latest year with an actual. */
    reportedYear: number | null;
    /** three-tier, given-grade or none (see core's SCHEMES). */
    scheme: string;
    method: RateMethod;
    rounding: { digits: number; mode: RoundingMode };
    reasonRequired: { atOrAbove: number | null; below: number | null };
    /** Lines under or above the table (※ notes, 〔結果の見方〕), kept as the source's note. */
    notes: string[];
  };
  /** Why the detection chose what it chose. */
  notes: MappingNote[];
}

/** What a single column can be assigned in a page's mapping editor. */
export type ColumnRole =
  | { kind: 'ignore' }
  | { kind: 'indicator'; column: keyof IndicatorColumns }
  | { kind: 'hierarchy'; label: string }
  | { kind: 'row-labels' }
  | { kind: 'value'; field: ValueField | null; year: number | null };

/** What a column is in a mapping (the first role found), for a page's editor. */
export function columnRole(mapping: SheetMapping, column: number): ColumnRole {
  for (const key of INDICATOR_COLUMNS) if (mapping.columns[key] === column) return { kind: 'indicator', column: key };
  const level = mapping.hierarchy.find((h) => h.column === column);
  if (level) return { kind: 'hierarchy', label: level.label };
  if (mapping.rowLabels?.column === column) return { kind: 'row-labels' };
  const value = mapping.values.find((v) => v.column === column);
  if (value) return { kind: 'value', field: value.field, year: value.year };
  return { kind: 'ignore' };
}

/**
 * A copy of the mapping with one column given a new role (and taken from its old one): the one
 * edit a mapping editor needs. Assigning an indicator column (e.g. the name) to a column takes it
 * from the column that had it. Hierarchy levels stay in column order.
 */
export function assignColumn(mapping: SheetMapping, column: number, role: ColumnRole): SheetMapping {
  const next: SheetMapping = structuredClone(mapping);
  for (const key of INDICATOR_COLUMNS) if (next.columns[key] === column) next.columns[key] = null;
  next.hierarchy = next.hierarchy.filter((h) => h.column !== column).map((h) => (h.codeColumn === column ? { ...h, codeColumn: null } : h));
  if (next.rowLabels?.column === column) next.rowLabels = null;
  next.values = next.values.filter((v) => v.column !== column);
  switch (role.kind) {
    case 'indicator':
      next.columns[role.column] = column;
      break;
    case 'hierarchy':
      next.hierarchy = [...next.hierarchy, { column, codeColumn: null, label: role.label }].sort((a, b) => a.column - b.column);
      break;
    case 'row-labels':
      next.rowLabels = { column, roles: mapping.rowLabels?.roles ?? {} };
      break;
    case 'value':
      next.values = [...next.values, { column, field: role.field, year: role.year }].sort((a, b) => a.column - b.column);
      break;
  }
  return next;
}

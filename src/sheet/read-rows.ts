/**
 * Walks the data rows of a sheet under a mapping and collects, per indicator, the cells it uses:
 * its name and other columns, its place in the hierarchy (merged or blank cells filled down, and
 * section rows), and its values by field and year. Nothing is interpreted here beyond where a cell
 * belongs; values are read by core (`validate`) when the dataset is built.
 */
import { cellAddress, type GridView, type SheetCell } from './grid.js';
import { INDICATOR_COLUMNS, type IndicatorColumns, type SheetMapping, type ValueColumn } from './mapping.js';
import { sheetProblem, type SheetProblem } from './messages.js';
import { fieldOf, findYear, joinLines, splitCellYear, splitCode, type ValueField } from './words.js';

/** Where a value was written: the cell itself, or the top-left cell of its merged block. */
export interface Origin {
  row: number;
  column: number;
}

/** A text and the cell it was written in. */
export interface PlacedText {
  text: string;
  at: Origin;
}

/** A value cell put to a field and a year. */
export interface DraftValue {
  field: ValueField;
  /** null: the reported year (a judgment, rate or reason without one), or no year (a baseline). */
  year: number | null;
  cell: SheetCell;
  /** The cell's text without its own year in brackets. */
  text: string;
  at: Origin;
  /** For a baseline: the column's printed heading (現状値). */
  label?: string;
}

/** One level of an indicator's place in the plan: a hierarchy cell or a section row. */
export interface PathStep {
  level: number;
  code?: string;
  name: string;
  at: Origin;
  /** Where the code was written, when in its own column. */
  codeAt?: Origin;
  /** Further groups of the same level in the same cell, one per line (「I-3-(3)-①」「I-3-(3)-③」). */
  more?: { code?: string; name: string }[];
}

/** One indicator's cells, as the rows gave them. */
export interface Draft {
  rows: number[];
  fields: Partial<Record<keyof IndicatorColumns, PlacedText>>;
  path: PathStep[];
  values: DraftValue[];
}

/** Everything `readRows` collected. */
export interface ReadRows {
  drafts: Draft[];
  /** Footnote rows (※ …) under or within the table. */
  notes: PlacedText[];
  problems: SheetProblem[];
  /** Origins of every cell put to use (keys `row:column`). */
  used: Set<string>;
  /** Cells not read because of a problem reported elsewhere (an unknown row label). */
  unread: Set<string>;
  /** How many levels of section headings the sheet has. */
  sectionDepth: number;
}

/** A cell as a key for sets of cells: "row:column". */
export const originKey = (at: Origin) => `${at.row}:${at.column}`;

const NOTE_ROW = /^[※*＊]|^注[0-9０-９]*[\s:：.．)）]/;
const SECTION_MARK = /^[【〔［\[■□●○◆◇▼▽]/;

/** The shape of a section heading; headings of one shape are one level (see `readRows`). */
export function sectionShape(text: string): string {
  const t = text.normalize('NFKC').trim();
  if (SECTION_MARK.test(t)) return `mark:${t[0]}`;
  const { code } = splitCode(t);
  if (code) return `code:${code.split(/[-‐－.．]/).length}`;
  const word = /^(\D+?)\s*\d+$/.exec(t);
  if (word) return `word:${word[1]}`;
  return 'text';
}

/** A section heading's name without its marks: 【社会成果指標】 → 社会成果指標. */
export function sectionName(text: string): { code?: string; name: string } {
  const t = joinLines(text.trim());
  const marked = /^[【〔［\[]\s*(.+?)\s*[】〕］\]]$/.exec(t);
  if (marked) return { name: marked[1]! };
  if (SECTION_MARK.test(t)) return { name: t.slice(1).trim() };
  return splitCode(t);
}

/**
 * The data rows under a mapping, as indicator drafts. One row per indicator, or (with row labels)
 * one block of rows: a block ends where a new name starts or a label comes again (a second 目標).
 */
export function readRows(view: GridView, mapping: SheetMapping): ReadRows {
  const out: ReadRows = { drafts: [], notes: [], problems: [], used: new Set(), unread: new Set(), sectionDepth: 0 };
  const mapped = mappedColumns(mapping);
  const filled: (PathStep | undefined)[] = [];
  const filledText: string[] = [];
  const sectionStack: { shape: string; step: PathStep }[] = [];
  let block: (Draft & { roles: Set<string>; origins: Set<string> }) | null = null;
  const last = Math.min(mapping.lastDataRow, view.height - 1);

  for (let r = Math.max(0, mapping.firstDataRow); r <= last; r++) {
    const present = [...mapped].filter((c) => view.text(r, c) || view.cell(r, c)?.number !== undefined);
    const own = rowTexts(view, r);
    if (!own.length && !present.length) continue;
    // A row whose only text is a note (※ …) or a heading spanning the table.
    if (own.length === 1 && !ownNumbers(view, r)) {
      const [c, text] = own[0]!;
      if (NOTE_ROW.test(text.normalize('NFKC'))) {
        out.notes.push({ text: text.trim(), at: { row: r, column: c } });
        out.used.add(originKey({ row: r, column: c }));
        block = null;
        continue;
      }
      if (mapping.sections.enabled && isSection(view, r, c, text, mapping)) {
        const shape = sectionShape(text);
        const at = sectionStack.findIndex((s) => s.shape === shape);
        if (at >= 0) sectionStack.length = at;
        sectionStack.push({ shape, step: { level: sectionStack.length, ...sectionName(text), at: { row: r, column: c } } });
        out.sectionDepth = Math.max(out.sectionDepth, sectionStack.length);
        block = null;
        continue;
      }
    }
    fillHierarchy(view, r, mapping, filled, filledText);

    let role: ValueField | null | undefined;
    if (mapping.rowLabels) {
      const label = view.text(r, mapping.rowLabels.column);
      role = roleOf(label, mapping);
      if (role === undefined && hasFieldlessValue(view, r, mapping)) {
        const at = view.origin(r, mapping.rowLabels.column);
        out.problems.push(sheetProblem({ row: at[0], column: at[1] }, 'unknown-label', { got: label }));
        for (const v of mapping.values) if (v.field === null && view.own(r, v.column)) out.unread.add(originKey({ row: r, column: v.column }));
      } else if (role !== undefined && label) out.used.add(originKey(toOrigin(view.origin(r, mapping.rowLabels.column))));
    }
    const nameText = mapping.columns.name === null ? '' : view.text(r, mapping.columns.name);
    const startsNew =
      !mapping.rowLabels ||
      !block ||
      (nameText !== '' && block.fields.name !== undefined && nameText !== block.fields.name.text.trim()) ||
      (role != null && block.roles.has(role));
    if (startsNew) {
      block = { rows: [], fields: {}, path: currentPath(filled, sectionStack), values: [], roles: new Set(), origins: new Set() };
      out.drafts.push(block);
    }
    block = block!;
    block.rows.push(r);
    if (role != null) block.roles.add(role);
    readIdentity(view, r, mapping, block, out);
    readValues(view, r, mapping, role ?? undefined, block, out);
  }
  // Steps of the hierarchy and the sections are used once a draft took them.
  for (const d of out.drafts) {
    for (const s of d.path) {
      out.used.add(originKey(s.at));
      if (s.codeAt) out.used.add(originKey(s.codeAt));
    }
  }
  return out;
}

const toOrigin = ([row, column]: [number, number]): Origin => ({ row, column });

function mappedColumns(m: SheetMapping): Set<number> {
  const set = new Set<number>();
  for (const key of INDICATOR_COLUMNS) if (m.columns[key] !== null) set.add(m.columns[key]!);
  for (const h of m.hierarchy) {
    set.add(h.column);
    if (h.codeColumn !== null) set.add(h.codeColumn);
  }
  for (const v of m.values) set.add(v.column);
  if (m.rowLabels) set.add(m.rowLabels.column);
  return set;
}

/** The texts written in a row itself (a merged block counts in its top row only). */
function rowTexts(view: GridView, r: number): [number, string][] {
  const out: [number, string][] = [];
  for (let c = 0; c < view.width; c++) {
    const cell = view.own(r, c);
    if (cell && cell.text.trim()) out.push([c, cell.text.trim()]);
  }
  return out;
}

const ownNumbers = (view: GridView, r: number) => (view.grid.rows[r] ?? []).some((c, i) => c?.number !== undefined && !view.covered(r, i));

/**
 * A heading row: its one text spans several columns (a merged block), or is marked (【…】, ■ …), or
 * is a code and a name (「1-1 子どもを…」) or a numbered word (「政策目標1」) outside the name column.
 */
function isSection(view: GridView, r: number, c: number, text: string, m: SheetMapping): boolean {
  if (m.rowLabels && c === m.rowLabels.column) return false;
  const wide = view.grid.merges.some((b) => b.top === r && b.left === c && b.right > b.left);
  const t = text.normalize('NFKC').trim();
  if (wide || SECTION_MARK.test(t)) return true;
  if (c === m.columns.name) return false;
  return sectionShape(t) !== 'text';
}

/** Hierarchy cells at a row: a written cell (or merged block) sets its level and clears those below; a blank keeps the value above. */
function fillHierarchy(view: GridView, r: number, m: SheetMapping, filled: (PathStep | undefined)[], filledText: string[]): void {
  m.hierarchy.forEach((h, level) => {
    const [or, oc] = view.origin(r, h.column);
    const codeText = h.codeColumn === null ? '' : view.text(r, h.codeColumn);
    const text = view.text(r, h.column);
    if (!text) return;
    // The same words again (a merged block, or a CSV that repeats them) are the same group.
    if (filled[level] && filledText[level] === `${codeText}\t${text}`) return;
    const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const codes = codeText.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    let steps: { code?: string; name: string }[];
    if (codes.length > 1 && codes.length === lines.length) steps = lines.map((name, i) => ({ code: codes[i]!, name }));
    else if (lines.length > 1 && lines.every((l) => splitCode(l).code)) steps = lines.map((l) => splitCode(l));
    else steps = [codes.length ? { code: codes.join(' '), name: joinLines(text) } : splitCode(text)];
    const codeAt = codeText ? toOrigin(view.origin(r, h.codeColumn!)) : undefined;
    filled[level] = { level, ...steps[0]!, at: { row: or, column: oc }, ...(codeAt && { codeAt }), ...(steps.length > 1 && { more: steps.slice(1) }) };
    filledText[level] = `${codeText}\t${text}`;
    filled.length = level + 1;
    filledText.length = level + 1;
  });
}

function currentPath(filled: (PathStep | undefined)[], sections: { step: PathStep }[]): PathStep[] {
  const path = sections.map((s, i) => ({ ...s.step, level: i }));
  for (const step of filled) if (step) path.push({ ...step, level: path.length });
  return path;
}

/** What a row's label says it holds: the mapping's roles, else the label's own word; undefined when unknown. */
function roleOf(label: string, m: SheetMapping): ValueField | null | undefined {
  if (!label) return undefined;
  const roles = m.rowLabels!.roles;
  if (Object.prototype.hasOwnProperty.call(roles, label)) return roles[label]!;
  return fieldOf(label) ?? undefined;
}

function hasFieldlessValue(view: GridView, r: number, m: SheetMapping): boolean {
  return m.values.some((v) => v.field === null && (view.own(r, v.column)?.text.trim() || view.own(r, v.column)?.number !== undefined));
}

function readIdentity(view: GridView, r: number, m: SheetMapping, d: Draft & { origins: Set<string> }, out: ReadRows): void {
  for (const key of INDICATOR_COLUMNS) {
    const c = m.columns[key];
    if (c === null) continue;
    const text = view.text(r, c);
    if (!text) continue;
    const at = toOrigin(view.origin(r, c));
    const first = d.fields[key];
    if (!first) {
      d.fields[key] = { text, at };
      out.used.add(originKey(at));
    } else if (originKey(first.at) !== originKey(at)) {
      if (text === first.text) out.used.add(originKey(at));
      else out.problems.push(sheetProblem(at, 'conflicting-cell', { got: text, first: addressOf(first.at) }, { severity: 'warning' }));
    }
  }
}

const addressOf = (at: Origin) => cellAddress(at.row, at.column);

function readValues(view: GridView, r: number, m: SheetMapping, role: ValueField | undefined, d: Draft & { origins: Set<string> }, out: ReadRows): void {
  for (const v of m.values) {
    const field = v.field ?? role;
    if (!field) continue;
    const cell = view.cell(r, v.column);
    if (!cell || (!cell.text.trim() && cell.number === undefined)) continue;
    const at = toOrigin(view.origin(r, v.column));
    const key = originKey(at);
    if (d.origins.has(key)) continue; // a merged cell seen on an earlier row of the same indicator
    d.origins.add(key);
    const value = placeValue(cell, field, v, m, at, out);
    if (!value) continue;
    const same = d.values.find((x) => x.field === value.field && x.year === value.year);
    if (same) {
      if (same.text === value.text && same.cell.number === value.cell.number) out.used.add(key);
      else out.problems.push(sheetProblem(at, 'conflicting-cell', { got: cell.text.trim(), first: addressOf(same.at) }, { severity: 'warning' }));
      continue;
    }
    d.values.push(value);
  }
}

/** A value cell with its year: the column's, or the cell's own 「(22年度)」; a problem when neither says. */
function placeValue(cell: SheetCell, field: ValueField, v: ValueColumn, m: SheetMapping, at: Origin, out: ReadRows): DraftValue | null {
  const text = cell.text.trim();
  const label = v.label ? { label: v.label } : {};
  if (v.year !== null) return { field, year: v.year, cell, text, at, ...label };
  const split = cell.number === undefined ? splitCellYear(text) : null;
  if (split) {
    const found = findYear(split.yearText, m.era);
    if (found) return { field, year: found.year, cell: { text: split.value }, text: split.value, at, ...label };
    const expected = m.era ? undefined : 'choose the era of years written without one (令和, 平成)';
    out.problems.push(sheetProblem(at, 'bad-year', { got: text, ...(expected && { expected }) }));
    return null;
  }
  if (field === 'baseline' || field === 'judgment' || field === 'rate' || field === 'reason') return { field, year: null, cell, text, at, ...label };
  out.problems.push(sheetProblem(at, 'no-year', { got: text }));
  return null;
}

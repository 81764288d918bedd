/**
 * Proposes a mapping for a wide sheet kept like a printed report: finds the header rows, the name
 * column, the year columns (R6, 令和8年度, 2024年度, FY2024, H27; or groups 目標 R6 | 実績 R6), the
 * stack of 目標 / 実績 / 結果 / 達成率 rows, the hierarchy columns and section rows, and the plan's
 * title and year from the lines above the table. Printed rates, when there are any, say which way
 * is good and how the city rounds (see `calibrate`).
 */
import { KIND_WORDS, wordKey } from '../core/csv-columns.js';
import { calibrate } from './calibrate.js';
import { GridView, toGrid, type GridInput, type SheetCell } from './grid.js';
import { sectionShape } from './read-rows.js';
import type { HierarchyColumn, IndicatorColumns, MappingNote, RowLabels, SheetMapping, ValueColumn } from './mapping.js';
import {
  codeColumnOf,
  eraOf,
  fieldOf,
  fieldWord,
  findYear,
  hasBareYear,
  headerKey,
  nameScore,
  otherColumnOf,
  reasonThresholds,
  splitCellYear,
  type Era,
  type ValueField,
} from './words.js';

const MAX_HEADER_SEARCH = 30;
const STACK_ROLES: ValueField[] = ['target', 'actual', 'expected', 'baseline', 'judgment', 'rate'];

interface Profile {
  texts: number;
  numbers: number;
  years: number;
  fields: number;
  names: number;
  others: number;
  score: number;
}

const isYearNumber = (cell: SheetCell) => cell.number !== undefined && /^(19|20|21)\d\d$/.test(cell.number);

function profile(view: GridView, r: number, era: Era | null): Profile {
  const p: Profile = { texts: 0, numbers: 0, years: 0, fields: 0, names: 0, others: 0, score: 0 };
  const seen = new Set<string>();
  for (let c = 0; c < view.width; c++) {
    const [or, oc] = view.origin(r, c);
    if (seen.has(`${or}:${oc}`)) continue;
    seen.add(`${or}:${oc}`);
    const cell = view.cell(r, c);
    if (!cell) continue;
    if (cell.number !== undefined) {
      if (isYearNumber(cell)) p.years++;
      else p.numbers++;
      continue;
    }
    const t = cell.text.trim();
    if (!t) continue;
    p.texts++;
    if (nameScore(t) !== null) p.names++;
    if (t.length <= 16 && findYear(t, era)) p.years++;
    if (fieldOf(t)) p.fields++;
    if (otherColumnOf(t)) p.others++;
  }
  p.score = (p.names ? 4 : 0) + Math.min(p.years, 6) + 2 * Math.min(p.fields, 3) + p.others;
  return p;
}

const headerLike = (p: Profile) => p.texts + p.years >= 2 && p.numbers === 0 && p.score >= 3;

/** The header rows: the best-scoring header-like row, with a row of groups above (目標値 over R6 R7 R8) or of years below. */
function findHeader(view: GridView, era: Era | null): number[] | null {
  let best = -1;
  let bestScore = 0;
  for (let r = 0; r < Math.min(view.height, MAX_HEADER_SEARCH); r++) {
    const p = profile(view, r, era);
    if (headerLike(p) && p.score > bestScore) [best, bestScore] = [r, p.score];
  }
  if (best < 0) return null;
  const rows = [best];
  const above = best > 0 ? profile(view, best - 1, era) : null;
  if (above && above.numbers === 0 && (above.fields >= 2 || (above.fields >= 1 && above.texts >= 2) || above.years >= 2) && above.names + above.fields + above.years >= above.texts) rows.unshift(best - 1);
  const below = best + 1 < view.height ? profile(view, best + 1, era) : null;
  if (rows.length < 3 && below && below.numbers === 0 && below.years + below.fields >= 2 && below.names === 0 && below.texts <= below.years + below.fields) rows.push(best + 1);
  return rows;
}

/** Each column's header over the header rows; a blank under a group heading (目標値 over R6 R7 R8) takes the heading on its left. */
function headerTexts(view: GridView, rows: number[]): string[] {
  const last = rows[rows.length - 1]!;
  return Array.from({ length: view.width }, (_, c) => {
    const parts: string[] = [];
    for (const r of rows) {
      let t = view.text(r, c);
      if (!t && r !== last && view.text(last, c)) {
        for (let k = c - 1; k >= 0 && !t; k--) {
          const left = view.text(r, k);
          if (left) t = fieldOf(left) ? left : '';
          if (left) break;
        }
      }
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    return parts.join(' ');
  });
}

/** The non-empty texts and number cells written in a column's data rows. */
function columnData(view: GridView, c: number, first: number, last: number): SheetCell[] {
  const out: SheetCell[] = [];
  for (let r = first; r <= last; r++) {
    const cell = view.own(r, c);
    if (cell && (cell.text.trim() || cell.number !== undefined)) out.push(cell);
  }
  return out;
}

/**
 * Proposes a mapping for a wide sheet (see `SheetMapping`): a plain object to show, correct and
 * pass to `applyMapping`. `calibrate: false` skips reading the rules off printed rates (faster,
 * for a quick look at many sheets). Never throws: a sheet without a table gives a mapping without
 * a name column, which `applyMapping` reports.
 */
export function detectMapping(input: GridInput, options: { calibrate?: boolean } = {}): SheetMapping {
  try {
    return detect(new GridView(toGrid(input)), options);
  } catch (e) {
    const note = { ja: `表を読み取れませんでした（${String((e as Error)?.message ?? e)}）。`, en: `The table could not be read (${String((e as Error)?.message ?? e)}).` };
    return { ...emptyMapping([]), notes: [note] };
  }
}

function detect(view: GridView, options: { calibrate?: boolean }): SheetMapping {
  const notes: MappingNote[] = [];
  const note = (ja: string, en: string) => notes.push({ ja, en });
  let era: Era | null = null;
  for (let r = 0; r < Math.min(view.height, MAX_HEADER_SEARCH) && !era; r++) {
    for (let c = 0; c < view.width && !era; c++) {
      const t = view.text(r, c);
      if (findYear(t)) era = eraOf(t);
    }
  }
  const headerRows = findHeader(view, era);
  const mapping = emptyMapping(headerRows ?? []);
  if (!headerRows) {
    note('見出し行が見つかりませんでした。', 'No header row was found.');
    return { ...mapping, notes };
  }
  const firstData = headerRows[headerRows.length - 1]! + 1;
  let lastData = view.height - 1;
  while (lastData >= firstData && !rowHasText(view, lastData)) lastData--;
  mapping.firstDataRow = firstData;
  mapping.lastDataRow = lastData;
  const headers = headerTexts(view, headerRows);
  mapping.headers = headers;
  const data = (c: number) => columnData(view, c, firstData, lastData);
  const headingsOnly = (c: number) => {
    const cells = [...Array(lastData - firstData + 1).keys()].map((i) => firstData + i).filter((r) => view.own(r, c));
    return cells.length > 0 && cells.every((r) => singleText(view, r));
  };
  const taken = new Set<number>();

  // The indicator's name: the best name header, else the column of the most distinct texts.
  let name: number | null = null;
  headers.forEach((h, c) => {
    const s = nameScore(h);
    if (s !== null && !findYear(h, era) && (name === null || s < nameScore(headers[name]!)!)) name = c;
  });
  if (name === null) {
    let most = 0;
    headers.forEach((h, c) => {
      if (findYear(h, era) || fieldOf(h)) return;
      const texts = new Set(data(c).filter((x) => x.number === undefined && x.text.trim().length >= 4).map((x) => x.text.trim()));
      if (texts.size > most) [most, name] = [texts.size, c];
    });
    if (name !== null) note(`見出しから指標名の列がわからないため、${headers[name] || '無題'}の列を指標名としました。`, `No header names the indicators; the column “${headers[name] || 'untitled'}” was taken as their names.`);
  }
  if (name !== null) taken.add(name);
  mapping.columns.name = name;

  // Stacked rows: a column whose cells are mostly 目標 / 実績 / 結果 / 達成率.
  let labels: RowLabels | null = null;
  let labelCount = 0;
  for (let c = 0; c < headers.length; c++) {
    if (c === name) continue;
    const texts = data(c).map((x) => x.text.trim()).filter(Boolean);
    const roles = texts.filter((t) => t.length <= 8 && STACK_ROLES.includes(fieldOf(t)!));
    if (roles.length >= 2 && roles.length >= 0.6 * texts.length && new Set(roles.map(fieldOf)).size >= 2 && roles.length > labelCount) {
      labelCount = roles.length;
      labels = { column: c, roles: Object.fromEntries([...new Set(roles)].map((t) => [t, fieldOf(t)])) };
    }
  }
  if (labels) {
    taken.add(labels.column);
    const words = Object.keys(labels.roles).join('・');
    note(`${headers[labels.column] || '無題'}の列の「${words}」で、1つの指標の行を読み分けます。`, `The labels ${words} in the column “${headers[labels.column] || 'untitled'}” say what each row of an indicator holds.`);
  }
  mapping.rowLabels = labels;

  // Columns named by their header: No., ID, 単位, 方向, 区分, 備考, 出典.
  headers.forEach((h, c) => {
    if (taken.has(c)) return;
    const other = otherColumnOf(h);
    if (!other || mapping.columns[other] !== null) return;
    if (other === 'kind' && !data(c).every((x) => Object.prototype.hasOwnProperty.call(KIND_WORDS.values, wordKey(x.text)))) return;
    mapping.columns[other] = c;
    taken.add(c);
  });

  // Value columns: a year, a field, or both in the header.
  const values: ValueColumn[] = [];
  let assumedActual = false;
  headers.forEach((h, c) => {
    if (taken.has(c) || !h) return;
    const found = findYear(h, era);
    let field = fieldOf(h);
    if (!found && !field) return;
    if (!field && !labels) {
      field = 'actual';
      assumedActual = true;
    }
    const column: ValueColumn = { column: c, field, year: found?.year ?? null };
    if (field === 'baseline') column.label = fieldWord(h) ?? h.replace(/[(（].*$/, '').trim();
    values.push(column);
    taken.add(c);
  });
  mapping.values = values;
  if (assumedActual) note('年度の列に目標・実績の区別がないため、実績値としました。', 'The year columns do not say target or actual; they were read as actuals.');
  const reason = values.find((v) => v.field === 'reason');
  const thresholds = reason ? reasonThresholds(headers[reason.column]!) : null;
  if (thresholds) mapping.plan.reasonRequired = thresholds;
  if (values.some((v) => v.field === 'rate' && /進捗/.test(headers[v.column]!)) || Object.keys(labels?.roles ?? {}).some((t) => /進捗率/.test(t))) mapping.plan.method = 'progress';

  // Hierarchy: text columns left of the name (their code columns: 「単位施策No.」 beside 「単位施策」).
  const hierarchy: HierarchyColumn[] = [];
  const codeOf = new Map<number, string>();
  headers.forEach((h, c) => {
    if (taken.has(c) || (name !== null && c > name)) return;
    const cells = data(c);
    if (!cells.length || cells.every((x) => x.number !== undefined) || headingsOnly(c)) return;
    const base = codeColumnOf(h);
    if (base) codeOf.set(c, headerKey(base));
    else hierarchy.push({ column: c, codeColumn: null, label: h || `階層${hierarchy.length + 1}` });
  });
  for (const [c, base] of codeOf) {
    const level = hierarchy.find((l) => headerKey(l.label) === base) ?? hierarchy.find((l) => l.column === c + 1);
    if (level && level.codeColumn === null) level.codeColumn = c;
    else hierarchy.push({ column: c, codeColumn: null, label: headers[c]! });
    taken.add(c);
  }
  hierarchy.sort((a, b) => a.column - b.column);
  for (const l of hierarchy) taken.add(l.column);
  mapping.hierarchy = hierarchy;

  // Plan: the lines above the table; years without an era need one.
  const titles: string[] = [];
  for (let r = 0; r < headerRows[0]!; r++) for (let c = 0; c < view.width; c++) if (view.own(r, c)?.text.trim()) titles.push(view.own(r, c)!.text.trim());
  const [title, reportTitle, ...rest] = titles.filter((t) => !/^[※*＊〔(（]/.test(t));
  mapping.plan.title = title ?? '';
  mapping.plan.reportTitle = reportTitle ?? null;
  mapping.plan.notes = [...rest, ...titles.filter((t) => /^[※*＊〔(（]/.test(t))];
  const planYears = new Set(titles.map((t) => findYear(t, era)?.year).filter((y): y is number => y !== undefined));
  if (planYears.size === 1) mapping.plan.reportedYear = [...planYears][0]!;
  const unit = titles.map((t) => /単位\s*[:：]\s*([^)）\s]+)/.exec(t.normalize('NFKC'))?.[1]).find(Boolean);
  if (unit) mapping.defaults.unit = unit;
  if (name !== null && /活動指標/.test(headers[name]!)) mapping.defaults.kind = 'activity';
  mapping.era = era;
  if (!era && values.some((v) => v.year === null && data(v.column).some((x) => hasBareYear(x.text) && splitCellYear(x.text)))) {
    note('元号のない年度（22年度など）があります。元号を選んでください。', 'Some years have no era (e.g. 22年度); choose the era.');
  }
  mapping.sections.levels = sectionLevels(view, mapping, headers);
  mapping.plan.scheme = schemeOf(view, mapping);
  mapping.notes = notes;
  return options.calibrate === false ? mapping : calibrate(view.grid, mapping);
}

/** Does the sheet hold a table of indicators (a name column and value columns)? */
export function hasTable(input: GridInput): boolean {
  const m = detectMapping(input, { calibrate: false });
  return m.columns.name !== null && m.values.length > 0;
}

/** A row whose only written text is one cell: a heading or a note. */
function singleText(view: GridView, r: number): boolean {
  let n = 0;
  for (let c = 0; c < view.width; c++) if (view.own(r, c)?.text.trim() || view.own(r, c)?.number !== undefined) n++;
  return n === 1;
}

function rowHasText(view: GridView, r: number): boolean {
  return (view.grid.rows[r] ?? []).some((c, i) => !view.covered(r, i) && c && (c.text.trim() || c.number !== undefined));
}

/** The judgment scheme the printed judgments belong to: 達成 / 概ね達成 / 未達成, or A–D given by the city. */
function schemeOf(view: GridView, m: SheetMapping): string {
  const texts: string[] = [];
  for (let r = m.firstDataRow; r <= m.lastDataRow; r++) {
    const label = m.rowLabels ? fieldOf(view.text(r, m.rowLabels.column)) : null;
    for (const v of m.values) if ((v.field ?? label) === 'judgment' && view.own(r, v.column)) texts.push(view.own(r, v.column)!.text.normalize('NFKC').trim());
  }
  if (texts.length && texts.every((t) => /^[A-D]$/i.test(t))) return 'given-grade';
  return 'three-tier';
}

/** Names for the levels of section rows: the word of 「政策目標1」, the header of an empty column (重点課題), else 見出しN. */
function sectionLevels(view: GridView, m: SheetMapping, headers: string[]): string[] {
  // A column with a header but only headings below it (重点課題 over 「1-1 …」) names a level of headings.
  const emptyHeaders = headers.filter((h, c) => {
    if (!h || m.values.some((v) => v.column === c) || c === m.columns.name || m.hierarchy.some((l) => l.column === c)) return false;
    for (let r = m.firstDataRow; r <= m.lastDataRow; r++) if (view.own(r, c) && !singleText(view, r)) return false;
    return true;
  });
  const labels: string[] = [];
  const stack: string[] = [];
  for (let r = m.firstDataRow; r <= m.lastDataRow; r++) {
    const texts: string[] = [];
    for (let c = 0; c < view.width; c++) if (view.own(r, c)?.text.trim()) texts.push(view.own(r, c)!.text.trim());
    if (texts.length !== 1 || /^[※*＊]/.test(texts[0]!)) continue;
    const shape = sectionShape(texts[0]!);
    if (shape === 'text') continue;
    const at = stack.indexOf(shape);
    if (at >= 0) stack.length = at;
    stack.push(shape);
    const depth = stack.length - 1;
    if (labels[depth] === undefined) {
      labels[depth] = shape.startsWith('word:') ? shape.slice(5) : shape.startsWith('code:') ? (emptyHeaders.shift() ?? '') : '';
    }
  }
  return Array.from(labels, (l, i) => l || `見出し${i + 1}`);
}

function emptyMapping(headerRows: number[]): SheetMapping {
  const columns: IndicatorColumns = { name: null, id: null, no: null, unit: null, kind: null, direction: null, note: null, source: null };
  return {
    headerRows,
    firstDataRow: (headerRows[headerRows.length - 1] ?? -1) + 1,
    lastDataRow: -1,
    headers: [],
    columns,
    hierarchy: [],
    sections: { enabled: true, levels: [] },
    rowLabels: null,
    values: [],
    defaults: { unit: null, direction: null, kind: 'outcome' },
    era: null,
    plan: {
      title: '',
      reportTitle: null,
      publisher: '',
      reportedYear: null,
      scheme: 'three-tier',
      method: 'ratio',
      rounding: { digits: 1, mode: 'half-up' },
      reasonRequired: { atOrAbove: 200, below: 80 },
      notes: [],
    },
    notes: [],
  };
}

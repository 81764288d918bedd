// The mapping editor of the builder page: the reader's reasons, one row per column of the sheet
// (its letter, header and first value, and what it is read as), and the plan's settings. It is
// built once per sheet; after each change `sync` sets every control from the new mapping, so a
// role taken from another column (a second 指標名) shows there too, and focus stays where it is.
import { DIRECTIONS } from '../src/core/rate.js';
import { parseFiscalYear } from '../src/core/fiscal-year.js';
import { SCHEMES } from '../src/core/judgment.js';
import { localize } from '../src/core/localize.js';
import {
  assignColumn,
  columnName,
  columnRole,
  INDICATOR_COLUMNS,
  VALUE_FIELDS,
  type IndicatorColumns,
  type SheetGrid,
  type SheetMapping,
  type ValueField,
} from '../src/sheet/index.js';
import { findYear } from '../src/sheet/words.js';
import { el, fy, lang, t, uid } from './builder-dom.js';

/** What a column can be, as the value of its <select>. */
type RoleValue = 'ignore' | `indicator:${keyof IndicatorColumns}` | 'hierarchy' | 'hierarchy-code' | 'row-labels' | 'value:stack' | `value:${ValueField}`;

const INDICATOR_WORDS: Record<keyof IndicatorColumns, [string, string]> = {
  name: ['指標名', 'Indicator name'],
  id: ['指標ID', 'Indicator ID'],
  no: ['番号（No.）', 'Number (No.)'],
  unit: ['単位', 'Unit'],
  kind: ['指標の区分（成果・活動）', 'Kind (outcome, activity)'],
  direction: ['方向（増加・減少）', 'Direction (increase, decrease)'],
  note: ['備考', 'Note'],
  source: ['出典', 'Source'],
};

/** Each field of a year's values; also what a row label (目標, 実績 …) can say. */
export const FIELD_WORDS: Record<ValueField, [string, string]> = {
  target: ['目標値', 'Target'],
  actual: ['実績値', 'Actual'],
  expected: ['期待値', 'Expected value'],
  baseline: ['現状値・基準値', 'Baseline'],
  judgment: ['判定・結果', 'Judgment (result)'],
  rate: ['達成率（表の値と照合）', 'Achievement rate (checked against ours)'],
  reason: ['理由', 'Reason'],
};

const DIRECTION_WORDS: Record<(typeof DIRECTIONS)[number], [string, string]> = {
  increase: ['増加（多いほど良い）', 'Increase (higher is better)'],
  decrease: ['減少（少ないほど良い）', 'Decrease (lower is better)'],
  maintain: ['維持', 'Maintain'],
};

/** The options of a column's select, in groups. */
function roleOptions(): HTMLElement[] {
  const option = (value: RoleValue, [ja, en]: [string, string]) => el('option', { value }, t(ja, en));
  return [
    option('ignore', ['使わない', 'Not used']),
    el('optgroup', { label: t('指標ごとの項目', 'One per indicator') }, ...INDICATOR_COLUMNS.map((k) => option(`indicator:${k}`, INDICATOR_WORDS[k]))),
    el(
      'optgroup',
      { label: t('施策の階層', 'Hierarchy') },
      option('hierarchy', ['階層（基本方針・施策など）', 'A level (policy, measure …)']),
      option('hierarchy-code', ['階層の番号（右の階層の列の）', 'Code of a level (of the level to its right)']),
    ),
    el(
      'optgroup',
      { label: t('年度ごとの値', 'Values by fiscal year') },
      option('value:stack', ['年度の値（目標・実績は行の見出しで区別）', 'A year’s values (the row label says which)']),
      ...VALUE_FIELDS.map((f) => option(`value:${f}`, FIELD_WORDS[f])),
      option('row-labels', ['行の見出し（目標・実績・結果・達成率）', 'Row labels (target, actual, result, rate)']),
    ),
  ];
}

/** The select's value for what a column is in the mapping. */
export function roleValue(mapping: SheetMapping, column: number): RoleValue {
  const role = columnRole(mapping, column);
  switch (role.kind) {
    case 'indicator':
      return `indicator:${role.column}`;
    case 'hierarchy':
      return 'hierarchy';
    case 'row-labels':
      return 'row-labels';
    case 'value':
      return role.field === null ? 'value:stack' : `value:${role.field}`;
    default:
      return mapping.hierarchy.some((h) => h.codeColumn === column) ? 'hierarchy-code' : 'ignore';
  }
}

const yearOf = (mapping: SheetMapping, column: number) => mapping.values.find((v) => v.column === column)?.year ?? null;

/**
 * The mapping with a column given the role its select names. A year column keeps its year; a
 * column newly made a year's values takes the year its header names (R6, 令和7年度), if any.
 */
export function withRole(mapping: SheetMapping, column: number, value: RoleValue): SheetMapping {
  const header = mapping.headers[column] ?? '';
  if (value === 'hierarchy-code') {
    // The code of the level to its right (単位施策No. | 単位施策), else of the last level.
    const next = assignColumn(mapping, column, { kind: 'ignore' });
    const level = next.hierarchy.find((h) => h.column > column) ?? next.hierarchy.at(-1);
    if (level) level.codeColumn = column;
    return next;
  }
  if (value === 'ignore') return assignColumn(mapping, column, { kind: 'ignore' });
  if (value === 'hierarchy') return assignColumn(mapping, column, { kind: 'hierarchy', label: header || columnName(column) });
  if (value === 'row-labels') return assignColumn(mapping, column, { kind: 'row-labels' });
  if (value.startsWith('indicator:')) return assignColumn(mapping, column, { kind: 'indicator', column: value.slice(10) as keyof IndicatorColumns });
  const field = value === 'value:stack' ? null : (value.slice(6) as ValueField);
  const previous = mapping.values.find((v) => v.column === column);
  const year = previous ? previous.year : (findYear(header, mapping.era)?.year ?? null);
  const next = assignColumn(mapping, column, { kind: 'value', field, year });
  // A baseline keeps its printed heading (現状値), which the table shows.
  const label = previous?.label ?? (field === 'baseline' && header ? header.replace(/[（(].*$/, '').trim() : undefined);
  const placed = next.values.find((v) => v.column === column);
  if (placed && field === 'baseline' && label) placed.label = label;
  return next;
}

/** The mapping with a value column's year changed (null: each cell, or the reported year, says). */
function withYear(mapping: SheetMapping, column: number, year: number | null): SheetMapping {
  const next = structuredClone(mapping);
  const value = next.values.find((v) => v.column === column);
  if (value) value.year = year;
  return next;
}

/** The first value of a column under its header, to show what the column holds. */
function firstValue(grid: SheetGrid, mapping: SheetMapping, column: number): string {
  for (let r = mapping.firstDataRow; r <= Math.min(mapping.lastDataRow, grid.rows.length - 1); r++) {
    const text = grid.rows[r]?.[column]?.text.trim();
    if (text) return text.length > 24 ? `${text.slice(0, 24)}…` : text;
  }
  return '';
}

/** A year as typed: 2024, R6, 令和6年度; '' is no year. undefined: not a year. */
function typedYear(text: string): number | null | undefined {
  if (!text.trim()) return null;
  return parseFiscalYear(text) ?? undefined;
}

export interface MappingEditor {
  element: HTMLElement;
  /** Sets every control from the mapping (after a change, or to undo one). */
  sync(mapping: SheetMapping): void;
}

/**
 * The editor for one sheet's mapping. `onChange` gets each corrected mapping; the page applies it
 * and calls `sync` with it.
 */
export function mappingEditor(grid: SheetGrid, initial: SheetMapping, onChange: (mapping: SheetMapping) => void): MappingEditor {
  let mapping = initial;
  const syncs: ((m: SheetMapping) => void)[] = [];

  // The reader's reasons for what it chose.
  const notes = el('div', { class: 'mapping-notes' }, el('h3', {}, t('読み取りの判断', 'How the sheet was read')));
  const where = el('p', {});
  const noteList = el('ul', {});
  notes.append(where, noteList);
  syncs.push((m) => {
    const header = m.headerRows.map((r) => r + 1).join('・');
    where.textContent = t(
      `見出し：${header}行目、データ：${m.firstDataRow + 1}行目〜${m.lastDataRow + 1}行目`,
      `Header: row ${m.headerRows.map((r) => r + 1).join(', ')}; data: rows ${m.firstDataRow + 1} to ${m.lastDataRow + 1}`,
    );
    noteList.replaceChildren(...(m.notes.length ? m.notes.map((n) => el('li', {}, lang === 'en' ? n.en : n.ja)) : [el('li', {}, t('見出しの言葉から列を割り当てました。', 'The columns were assigned from the words of their headers.'))]));
  });

  // One row per column of the sheet.
  const caption = el('caption', {}, t('列の割り当て（各列を何として読むか）', 'Column mapping (what each column is read as)'));
  const head = el(
    'thead',
    {},
    el('tr', {}, el('th', { scope: 'col' }, lang === 'en' ? el('abbr', { title: 'Column' }, 'Col.') : '列'), el('th', { scope: 'col' }, t('見出し（最初の値）', 'Header (first value)')), el('th', { scope: 'col' }, t('読み方', 'Read as'))),
  );
  const body = el('tbody', {});
  mapping.headers.forEach((header, column) => {
    const letter = columnName(column);
    const selectId = uid('role');
    const yearId = uid('year');
    const yearHint = uid('year-hint');
    const headerText = header || t('（見出しなし）', '(no header)');
    const select = el('select', { id: selectId }, ...roleOptions());
    const selectLabel = el('label', { for: selectId, class: 'visually-hidden' }, t(`${letter}列「${headerText}」の読み方`, `Column ${letter} “${headerText}”: read as`));
    const year = el('input', { id: yearId, type: 'text', inputmode: 'text', autocomplete: 'off', size: 10, 'aria-describedby': yearHint });
    const yearLabel = el('label', { for: yearId }, t(`${letter}列の年度`, `Fiscal year of ${letter}`));
    const hint = el('span', { id: yearHint, class: 'hint' });
    const yearBox = el('div', { class: 'year' }, yearLabel, year, hint);
    const detail = el('p', { class: 'hint role-detail' });
    const sample = firstValue(grid, mapping, column);
    body.append(
      el(
        'tr',
        { 'data-column': letter },
        el('th', { scope: 'row' }, letter),
        el('td', {}, el('span', { class: 'header-text' }, headerText), sample && el('span', { class: 'sample' }, t('例：', 'e.g. '), sample)),
        el('td', {}, selectLabel, select, yearBox, detail),
      ),
    );
    select.addEventListener('change', () => onChange((mapping = withRole(mapping, column, select.value as RoleValue))));
    year.addEventListener('change', () => {
      const typed = typedYear(year.value);
      if (typed === undefined) {
        year.setAttribute('aria-invalid', 'true');
        hint.textContent = t('年度として読めません（例：R6、令和6年度、2024）', 'Not a fiscal year (e.g. 2024, FY2024, R6)');
        return;
      }
      onChange((mapping = withYear(mapping, column, typed)));
    });
    syncs.push((m) => {
      const value = roleValue(m, column);
      select.value = value;
      const isValue = value.startsWith('value:');
      yearBox.hidden = !isValue;
      if (isValue) {
        const y = yearOf(m, column);
        year.value = y === null ? '' : fy(y);
        year.removeAttribute('aria-invalid');
        const optional = value !== 'value:target' && value !== 'value:actual' && value !== 'value:expected' && value !== 'value:stack';
        hint.textContent = y !== null ? '' : optional ? t('空欄：評価年度', 'Empty: the reported year') : t('空欄：各セルに書かれた年度', 'Empty: the year each cell gives');
      }
      // The option of a level's code needs a level to belong to.
      const code = select.querySelector<HTMLOptionElement>('option[value="hierarchy-code"]')!;
      code.disabled = !m.hierarchy.length && value !== 'hierarchy-code';
      detail.textContent = roleDetail(m, column, value);
      detail.hidden = !detail.textContent;
    });
  });
  const columns = el('colgroup', {}, el('col', { class: 'letter' }), el('col', { class: 'header' }), el('col', {}));
  const table = el('table', { class: 'mapping' }, caption, columns, head, body);

  const plan = planFields(() => mapping, (m) => onChange((mapping = m)), syncs);
  const element = el('div', { class: 'mapping-editor' }, notes, el('div', { class: 'table-scroll' }, table), plan);
  const editor: MappingEditor = {
    element,
    sync(m) {
      mapping = m;
      for (const s of syncs) s(m);
    },
  };
  editor.sync(mapping);
  return editor;
}

/** A line under a column's select that says more: whose code it is, what its row labels mean. */
function roleDetail(m: SheetMapping, column: number, value: RoleValue): string {
  if (value === 'hierarchy-code') {
    const level = m.hierarchy.find((h) => h.codeColumn === column);
    return level ? t(`${columnName(level.column)}列「${level.label}」の番号`, `The code of ${columnName(level.column)} “${level.label}”`) : '';
  }
  if (value === 'hierarchy') {
    const depth = m.hierarchy.findIndex((h) => h.column === column);
    const level = m.hierarchy[depth];
    return level ? t(`${depth + 1}段目の階層「${level.label}」`, `Level ${depth + 1} of the hierarchy: “${level.label}”`) : '';
  }
  if (value === 'row-labels' && m.rowLabels) {
    const parts = Object.entries(m.rowLabels.roles).map(([label, field]) => `${label} → ${field ? t(...FIELD_WORDS[field]) : t('読まない', 'skipped')}`);
    return parts.join(t('、', ', '));
  }
  return '';
}

/** The plan's settings: what the sheet may not say (the publisher) or what the clerk may want otherwise. */
function planFields(current: () => SheetMapping, change: (m: SheetMapping) => void, syncs: ((m: SheetMapping) => void)[]): HTMLElement {
  const fieldset = el('fieldset', { class: 'plan-fields' }, el('legend', {}, t('計画の情報', 'The plan')));
  const edit = (apply: (m: SheetMapping) => void) => {
    const next = structuredClone(current());
    apply(next);
    change(next);
  };
  const row = (labelText: string, control: HTMLElement, hintText = '') => {
    const id = uid('plan');
    control.id = id;
    const hint = hintText ? el('span', { class: 'hint', id: `${id}-hint` }, hintText) : null;
    if (hint) control.setAttribute('aria-describedby', hint.id);
    fieldset.append(el('div', { class: 'field' }, el('label', { for: id }, labelText), control, hint));
    return hint;
  };

  const title = el('input', { type: 'text', autocomplete: 'off' });
  row(t('計画名', 'Plan title'), title);
  title.addEventListener('change', () => edit((m) => (m.plan.title = title.value.trim())));

  const publisher = el('input', { type: 'text', autocomplete: 'organization', placeholder: t('例：厚木市', 'e.g. 厚木市') });
  row(t('自治体名', 'Publisher'), publisher, t('ファイルに書かれていないときは入力してください。', 'Type it when the file does not say.'));
  publisher.addEventListener('change', () => edit((m) => (m.plan.publisher = publisher.value.trim())));

  const reported = el('input', { type: 'text', autocomplete: 'off', size: 10 });
  const reportedHint = t('空欄：実績のある最後の年度（例：R6、令和6年度、2024）', 'Empty: the last year with an actual (e.g. 2024, FY2024, R6)');
  const reportedHintBox = row(t('評価年度', 'Reported fiscal year'), reported, reportedHint)!;
  reported.addEventListener('change', () => {
    const year = typedYear(reported.value);
    if (year === undefined) {
      reported.setAttribute('aria-invalid', 'true');
      reportedHintBox.textContent = t('年度として読めません。', 'Not a fiscal year. ') + reportedHint;
      return;
    }
    edit((m) => (m.plan.reportedYear = year));
  });

  const scheme = el('select', {}, ...Object.values(SCHEMES).map((s) => el('option', { value: s.id }, localize(s.label, lang))));
  row(t('判定の方式', 'Judgment scheme'), scheme);
  scheme.addEventListener('change', () => edit((m) => (m.plan.scheme = scheme.value)));

  const direction = el(
    'select',
    {},
    el('option', { value: '' }, t('指定しない（達成率を計算しない）', 'None (no rates are computed)')),
    ...DIRECTIONS.map((d) => el('option', { value: d }, t(...DIRECTION_WORDS[d]))),
  );
  row(t('方向の既定値（方向の列がない指標）', 'Default direction (for indicators without one)'), direction);
  direction.addEventListener('change', () => edit((m) => (m.defaults.direction = (direction.value || null) as SheetMapping['defaults']['direction'])));

  const first = el('input', { type: 'number', min: 1, step: 1, inputmode: 'numeric' });
  const last = el('input', { type: 'number', min: 1, step: 1, inputmode: 'numeric' });
  row(t('データの最初の行', 'First data row'), first);
  row(t('データの最後の行', 'Last data row'), last);
  const rowNumber = (input: HTMLInputElement) => (/^\d+$/.test(input.value) && Number(input.value) >= 1 ? Number(input.value) - 1 : null);
  first.addEventListener('change', () => {
    const r = rowNumber(first);
    if (r !== null) edit((m) => (m.firstDataRow = r));
  });
  last.addEventListener('change', () => {
    const r = rowNumber(last);
    if (r !== null) edit((m) => (m.lastDataRow = r));
  });

  syncs.push((m) => {
    title.value = m.plan.title;
    publisher.value = m.plan.publisher;
    reported.value = m.plan.reportedYear === null ? '' : fy(m.plan.reportedYear);
    reported.removeAttribute('aria-invalid');
    reportedHintBox.textContent = reportedHint;
    scheme.value = m.plan.scheme;
    direction.value = m.defaults.direction ?? '';
    first.value = String(m.firstDataRow + 1);
    last.value = String(m.lastDataRow + 1);
  });
  return fieldset;
}

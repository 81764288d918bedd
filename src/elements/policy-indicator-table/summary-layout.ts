import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { fiscalYearLabel } from '../../core/fiscal-year.js';
import { judgmentTier } from '../../core/judgment.js';
import { localize, resolveLocale } from '../../core/localize.js';
import type { Group } from '../../core/types.js';
import type { TableMessages } from '../../i18n/table.js';
import { actualText, rateText, valueText } from '../../view/cells.js';
import { cellKey, indicatorHeader, levelLabel, summarySections, type RowModel, type Section, type SortKey, type TableColumn, type TableModel } from '../../view/table-view.js';
import { baselineCell, baselineHeader, cellClass, finalTargetCell } from '../../view/table-text.js';
import { addJudgmentMark } from '../shared/judgment-mark.js';
import { Markup } from '../shared/markup.js';
import { noMatch, selectedIn } from './parts.js';
import { BLOCK_ROWS } from './progressive.js';
import type { RowNodes } from './row-nodes.js';
import { TextMarkup } from './text-content.js';
import type { LayoutHost } from './series-layout.js';

/** What the summary layout needs beyond the series layout's host. */
export interface SummaryHost extends LayoutHost {
  sortKey: SortKey;
  sortAscending: boolean;
  /** The rows shown, filtered and sorted (memoised by the element). */
  rows: RowModel[];
  /**
   * Changes whenever anything every row shows changes (data, filter, sort, language, width). Not the
   * selection: a block's guard also keys on the selected row it holds, so selecting a row renders
   * the block it leaves and the block it enters, not the table.
   */
  viewKey: object;
  /** How many of `total` rows to render now (the rest follow in later frames). */
  take(total: number): number;
  /** Data rows kept as elements across renders (the client, except while hydrating): see RowNodes. */
  rowNodes?: RowNodes;
  toggleSort(key: SortKey, label: string): void;
  /**
   * The element is narrow (a phone): each row shows its name, the shown year's target and actual,
   * and its result with the rate, without sideways scrolling; its other columns are in a disclosure.
   */
  narrow: boolean;
}

/** The columns a narrow table keeps: the rest of a row goes into its disclosure. */
const NARROW: readonly TableColumn[] = ['indicator', 'targets', 'actual', 'result'];

/** The model's columns as this render shows them. */
function shownColumns(h: SummaryHost, model: TableModel): TableColumn[] {
  // Without a result column (a report that makes no judgment) the rate stays as a column of its own.
  return h.narrow ? model.columns.filter((c) => NARROW.includes(c) || (c === 'rate' && !model.columns.includes('result'))) : model.columns;
}

/** Target years shown as columns: only the shown year in a narrow table. */
function targetYears(h: SummaryHost, model: TableModel): number[] {
  return h.narrow ? model.years.filter((y) => y === model.year) : model.years;
}

/**
 * The summary layout (Atsugi): one row per indicator for the shown year, grouped by the hierarchy.
 * Rows render in blocks of BLOCK_ROWS behind `guard`: when the element renders again (the next
 * step of a long table, a focus change) a block whose rows did not change costs nothing.
 */
export function summaryLayout(h: SummaryHost, model: TableModel, m: TableMessages) {
  const columns = shownColumns(h, model);
  const has = (c: TableColumn) => columns.includes(c);
  const years = targetYears(h, model);
  const yl = (y: number) => fiscalYearLabel(y, { style: model.yearStyle, locale: h.locale });
  const span = columns.reduce((n, c) => n + (c === 'targets' ? years.length : 1), 0);
  const rows = h.rows;
  const sorted = h.sortKey !== 'no' || !h.sortAscending;
  const sections = sorted ? [{ path: [] as Group[], rows }] : sectionsOf(model, rows);
  let left = h.take(rows.length);
  const nodes = h.rowNodes;
  nodes?.reset(model);
  let previous: Group[] = [];
  // The head is one template (see Markup) whatever the columns, sort buttons and arrows included.
  const t = new Markup().s('<thead><tr>');
  const th = (cls: string, label: unknown) => t.s(cls ? `<th scope="col" class="${cls}">` : '<th scope="col">').v(label).s('</th>');
  if (has('no')) addSortHeader(t, h, 'no', m.no, 'num no-col sticky');
  if (has('indicator')) addSortHeader(t, h, 'name', indicatorHeader(model, h.locale), has('no') ? 'sticky-2' : 'sticky');
  if (has('measure')) th('', levelLabel(model.dataset, model.dataset.plan.levels.at(-1)?.id, h.locale) || m.measure);
  if (has('kind')) th('', m.kind);
  if (has('baseline')) th('num', baselineHeader(model, h.locale));
  if (has('targets')) for (const y of years) th('num', m.target(yl(y)));
  if (has('expected')) th('num', m.expected(yl(model.year)));
  if (has('final-target')) th('num', m.finalTarget);
  if (has('actual')) th('num', m.actual(yl(model.year)));
  if (has('result')) addSortHeader(t, h, 'judgment', m.result, '');
  if (has('rate')) addSortHeader(t, h, 'rate', (model.rows.every((r) => r.row.method === 'progress') ? m.progressRate : m.rate)(yl(model.year)), 'num');
  if (has('reason')) th('', m.reason);
  t.s('</tr></thead>');
  return t.v(sections.map((section, i) => {
    if (left <= 0) return nothing;
    const count = Math.min(left, section.rows.length);
    left -= count;
    const headers = section.path.filter((g, depth) => previous[depth] !== g);
    previous = section.path;
    const blocks: RowModel[][] = [];
    for (let start = 0; start < count; start += BLOCK_ROWS) blocks.push(section.rows.slice(start, Math.min(count, start + BLOCK_ROWS)));
    return html`<tbody>
      ${headers.map((g) => h.groupHeader(g, section.path.indexOf(g), span, model))}
      ${blocks.map((block, j) => guard([h.viewKey, i, j, block.length, selectedIn(block, h.selectedKey)], () => (nodes
        ? block.flatMap((r) => summaryRowNodes(h, nodes, r, model, m, span, columns, years))
        : block.map((r) => summaryRow(h, r, model, m, span, columns, years)))))}
    </tbody>`;
  })).v(rows.length ? nothing : noMatch(model, h.activeFilter, span, h.locale)).done();
}

/** The sections of the rows shown (memoised by the element), kept: a render for a new selection or the rest of a long table reuses them. */
const keptSections = new WeakMap<RowModel[], Section[]>();
function sectionsOf(model: TableModel, rows: RowModel[]): Section[] {
  let sections = keptSections.get(rows);
  if (!sections) keptSections.set(rows, (sections = summarySections(model.dataset, rows, 1)));
  return sections;
}

/** A data row as a template, with the problems of its indicator in a row under it. */
function summaryRow(h: SummaryHost, r: RowModel, model: TableModel, m: TableMessages, span: number, columns: TableColumn[], years: number[]) {
  const selected = h.selectedKey === r.key;
  const t = new Markup().s('<tr part="row" class="data ').v(selected ? 'selected' : '').s('" data-indicator=').v(r.row.indicatorId).s('>');
  addCells(t, h, r, model, m, columns, years, selected);
  t.s('</tr>');
  const problems = h.problemRow(r, span, model);
  if (problems !== nothing) t.v(problems);
  return t.done();
}

/** The same row as a kept element (see RowNodes), and its problems' row. */
function summaryRowNodes(h: SummaryHost, nodes: RowNodes, r: RowModel, model: TableModel, m: TableMessages, span: number, columns: TableColumn[], years: number[]): unknown[] {
  const selected = h.selectedKey === r.key;
  const tr = nodes.row(r.key, [h.locale, h.narrow, m, selected], () => ({
    cells: addCells(new TextMarkup(), h, r, model, m, columns, years, selected).done(), className: selected ? 'data selected' : 'data ', indicator: r.row.indicatorId,
  }));
  const problems = h.problemRow(r, span, model);
  return problems === nothing ? [tr] : [tr, problems];
}

/** A data row's cells. One template per row whatever the columns (see Markup): its cells are not templates of their own. */
function addCells(t: Markup, h: SummaryHost, r: RowModel, model: TableModel, m: TableMessages, columns: TableColumn[], years: number[], selected: boolean): Markup {
  const has = (c: TableColumn) => columns.includes(c);
  const { row, indicator } = r;
  if (has('no')) t.s('<td class="num no-col sticky">').v(row.no ?? '').s('</td>');
  if (has('indicator')) {
    t.s(`<th scope="row" class="${has('no') ? 'sticky-2' : 'sticky'}">`);
    addNameCell(t, h, r, m, selected);
    if (h.narrow) t.v(more(h, r, model, m));
    t.s('</th>');
  }
  if (has('measure')) {
    t.s('<td>');
    for (const g of r.measures) t.s('<span class="measure-codes">').v(g.code ?? '').s('</span><span class="measure-name">').v(localize(g.name, h.locale)).s('</span>');
    t.s('</td>');
  }
  if (has('kind')) t.s('<td>').v(m.kinds[indicator.kind]).s('</td>');
  if (has('baseline')) t.s('<td class="num">').v(h.cell(baselineCell(r, model, h.locale), [model.cellNotes.get(cellKey(indicator.id, 'baseline', 'baseline'))])).s('</td>');
  if (has('targets')) for (const y of years) t.s('<td class=').v(cellClass(indicator.targets[y])).s('>').v(h.valueCell(indicator.targets[y], r, 'targets', y)).s('</td>');
  if (has('expected')) t.s('<td class="num">').v(row.expected ? h.cell(valueText(row.expected.value, indicator, h.locale)) : '').s('</td>');
  if (has('final-target')) {
    const final = finalTargetCell(r, model, h.locale);
    t.s('<td class=').v(cellClass(final.value)).s('>').v(h.cell(final)).s('</td>');
  }
  if (has('actual')) {
    const notes = [model.cellNotes.get(cellKey(indicator.id, `actuals:${r.series.id}`, model.year))];
    t.s('<td class=').v(cellClass(row.actual)).s('>').v(h.cell(actualText(row, indicator, h.locale, model.yearStyle), notes)).s('</td>');
  }
  if (has('result')) {
    t.s('<td class="result">');
    const scheme = model.scheme;
    const tier = row.judgment && scheme ? judgmentTier(row.judgment, scheme) : null;
    if (tier && scheme) {
      addJudgmentMark(t, tier, h.locale, {
        // The rate has its own column; without it, the mark carries it (a grade the city gave stands alone).
        rate: has('rate') || !scheme.computed ? '' : rateText(row, indicator, h.locale), provisional: !!row.provisional,
      });
    }
    t.s('</td>');
  }
  if (has('rate')) t.s('<td class="num">').v(rateText(row, indicator, h.locale)).s('</td>');
  if (has('reason')) t.s('<td class="reason">').v(row.reason ? localize(row.reason, h.locale) : '').s('</td>');
  return t;
}

/**
 * In a narrow table, the row's other columns as a disclosure under its name: each value labelled
 * with its column's header, so nothing the wide table shows is out of reach, and the table keeps
 * its real rows and column headers for the columns it shows.
 */
function more(h: SummaryHost, r: RowModel, model: TableModel, m: TableMessages) {
  const { row, indicator } = r;
  const has = (c: TableColumn) => model.columns.includes(c);
  const yl = (y: number) => fiscalYearLabel(y, { style: model.yearStyle, locale: h.locale });
  const items: [string, unknown][] = [];
  if (has('measure') && r.measures.length) {
    items.push([levelLabel(model.dataset, model.dataset.plan.levels.at(-1)?.id, h.locale) || m.measure, r.measures.map((g) => `${g.code ?? ''} ${localize(g.name, h.locale)}`.trim()).join('、')]);
  }
  if (has('kind')) items.push([m.kind, m.kinds[indicator.kind]]);
  if (has('baseline')) items.push([baselineHeader(model, h.locale), h.cell(baselineCell(r, model, h.locale))]);
  if (has('targets')) for (const y of model.years.filter((year) => year !== model.year)) items.push([m.target(yl(y)), h.valueCell(indicator.targets[y], r, 'targets', y)]);
  if (has('expected') && row.expected) items.push([m.expected(yl(model.year)), h.cell(valueText(row.expected.value, indicator, h.locale))]);
  if (has('final-target')) items.push([m.finalTarget, h.cell(finalTargetCell(r, model, h.locale))]);
  if (has('reason') && row.reason) items.push([m.reason, localize(row.reason, h.locale)]);
  if (!items.length) return nothing;
  return html`<details class="more"><summary>${m.details}</summary><dl>${items.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl></details>`;
}

/** The indicator's name as the button that selects it (one listener on the table handles every row). */
function addNameCell(t: Markup, h: SummaryHost, r: RowModel, m: TableMessages, selected: boolean) {
  const { indicator, row } = r;
  const since = indicator.cumulative?.since;
  // What a row may or may not have is markup only when it has it: a part it does not use would still
  // leave a comment marker in each of 10,000 rows, a node to clone, insert and move. Rows of another
  // shape are another template (a handful per table).
  if (h.narrow && row.no != null) t.s('<span class="no-inline">').v(row.no).s('</span>');
  t.s('<button class="select" type="button" aria-pressed=').v(selected ? 'true' : 'false').s(' data-key=').v(r.key).s('>')
    .v(localize(indicator.name, h.locale)).s('</button>');
  if (r.notes.length) t.v(h.noteRefs(r.notes));
  if (row.seriesLabel) t.s(' <span class="series-label">').v(localize(row.seriesLabel, h.locale)).s('</span>');
  if (since) {
    t.s(' <span class="note">').v(m.cumulative(fiscalYearLabel(since, { style: resolveLocale(h.locale) === 'en' ? 'fy' : 'era', locale: h.locale }))).s('</span>');
  }
}

/** Sort arrows on a 16×16 grid: [d, filled]. */
const ARROWS = {
  none: ['M4 6 8 2l4 4M4 10l4 4 4-4', false],
  ascending: ['M3 10 8 4l5 6Z', true],
  descending: ['M3 6l5 6 5-6Z', true],
} as const;

/**
 * A sortable column header: a button that cycles ascending → descending → the printed order. Its
 * markup is the same in every state (the arrow's geometry and the order are parts).
 */
function addSortHeader(t: Markup, h: SummaryHost, key: SortKey, label: string, cls: string) {
  const active = h.sortKey === key;
  const sort = active ? (h.sortAscending ? 'ascending' : 'descending') : undefined;
  const [d, filled] = ARROWS[sort ?? 'none'];
  t.s(cls ? `<th scope="col" class="${cls}" aria-sort=` : '<th scope="col" aria-sort=').v(sort ?? nothing)
    .s('><button class="sort" type="button" @click=').v(() => h.toggleSort(key, label)).s('>').v(label)
    .s('<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=').v(d)
    .s(' fill=').v(filled ? 'currentColor' : 'none').s(' stroke=').v(filled ? 'none' : 'currentColor').s(' stroke-width="1.6"></path></svg></button></th>');
}

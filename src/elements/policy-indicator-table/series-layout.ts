import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { fiscalYearLabel } from '../../core/fiscal-year.js';
import { localize } from '../../core/localize.js';
import type { Group, Value } from '../../core/types.js';
import type { TableMessages } from '../../i18n/table.js';
import { rateText } from '../../view/cells.js';
import { cellKey, columnCount, groupRows, indicatorHeader, visibleSections, type RowModel, type TableColumn, type TableModel } from '../../view/table-view.js';
import { baselineCell, baselineHeader, cellClass, expectedCell } from '../../view/table-text.js';
import type { CellText } from '../../view/cells.js';
import { Markup } from '../shared/markup.js';
import { noMatch, selectedIn } from './parts.js';
import { BLOCK_ROWS } from './progressive.js';
import type { RowNodes } from './row-nodes.js';
import { TextMarkup } from './text-content.js';

/** What the series layout needs from the element that renders it. */
export interface LayoutHost {
  locale: string;
  activeFilter: string | null;
  selectedKey: string | null;
  cell(c: CellText, notes?: (number | undefined)[]): unknown;
  noteRefs(refs: number[]): unknown;
  valueCell(value: Value | null | undefined, r: RowModel, field: string, year: number | string): unknown;
  groupHeader(group: Group, depth: number, span: number, model: TableModel): unknown;
  problemRow(r: RowModel, span: number, model: TableModel): unknown;
}

/** What the series layout needs beyond the shared host: when to render every row, and how many now. */
export interface SeriesHost extends LayoutHost {
  /** Changes whenever anything every row shows changes (data, filter, language); the selection is keyed per block. */
  viewKey: object;
  /** How many of `total` rows to render now (the rest follow in later frames). */
  take(total: number): number;
  /** Data rows kept as elements across renders (the client, except while hydrating): see RowNodes. */
  rowNodes?: RowNodes;
}

/** An indicator's rows: its target row, its expected row (if any), one row per actual series. */
interface SeriesBlock {
  rows: RowModel[];
  /** Table rows it takes (without a problems row). */
  size: number;
}

/** A section of the series layout: its groups' headers not already shown above it, its indicators. */
interface SeriesSection {
  /** Its rows' keys begin with it: unique among the sections of the table, the same under any filter. */
  id: string;
  headers: Group[];
  path: Group[];
  indicators: SeriesBlock[];
}

/** The sections of a model under a filter, kept: a render for a new selection or the rest of a long table reuses them. */
const kept = new WeakMap<TableModel, Map<string | null, SeriesSection[]>>();

function seriesSections(model: TableModel, filter: string | null): SeriesSection[] {
  let byFilter = kept.get(model);
  if (!byFilter) kept.set(model, (byFilter = new Map()));
  let sections = byFilter.get(filter);
  if (!sections) {
    let previous: Group[] = [];
    const ids = new Set<string>();
    sections = visibleSections(model, filter).map((section) => {
      let id = section.path.at(-1)?.id ?? '';
      while (ids.has(id)) id += '\u0000';
      ids.add(id);
      const headers = section.path.filter((g, depth) => previous[depth] !== g);
      previous = section.path;
      // By the indicator itself, not its id: two indicators sharing an id stay apart.
      const indicators = [...groupRows(section.rows, (r) => r.indicator).values()].map((rows) => ({ rows, size: 1 + rows.length + (rows[0]!.row.basis === 'expected' ? 1 : 0) }));
      return { id, headers, path: section.path, indicators };
    });
    byFilter.set(filter, sections);
  }
  return sections;
}

/** The selected row's key when one of these indicators has it, else null. */
const selectedOf = (indicators: readonly SeriesBlock[], key: string | null) =>
  key !== null && indicators.some((b) => selectedIn(b.rows, key) !== null) ? key : null;

/**
 * The series layout (Asaka): per measure, the targets, the expected values (if any) and each actual
 * series across every plan year, with the baseline and the city's grade in the measure's header.
 * A long table renders as the summary layout does: the first screen of rows first, the rest in the
 * next frame, in blocks of about BLOCK_ROWS rows behind `guard` (an indicator's rows stay in one
 * block: they share its name's `rowspan`). Each row is one template (see Markup), not one per cell.
 * Each section is behind `guard` too, keyed by the indicators it shows now and the selected one it
 * holds: selecting an indicator renders the section (and the block) it leaves and the one it enters.
 */
export function seriesLayout(h: SeriesHost, model: TableModel, m: TableMessages) {
  const has = (c: TableColumn) => model.columns.includes(c);
  const yl = (y: number) => fiscalYearLabel(y, { style: model.yearStyle, locale: h.locale });
  const span = columnCount(model);
  const sections = seriesSections(model, h.activeFilter);
  h.rowNodes?.reset(model);
  let left = h.take(sections.reduce((n, s) => s.indicators.reduce((k, i) => k + i.size, n), 0));
  return html`
    <thead>
      <tr>
        <th scope="col" class="sticky">${indicatorHeader(model, h.locale)}</th>
        <th scope="col"><span class="visually-hidden">${m.targetRow} / ${m.actualRow()}</span></th>
        ${has('baseline') ? html`<th scope="col" class="num">${baselineHeader(model, h.locale)}</th>` : nothing}
        ${has('targets') ? model.years.map((y) => html`<th scope="col" class="num" data-year=${y}>${yl(y)}</th>`) : nothing}
        ${has('rate') ? html`<th scope="col" class="num">${m.rate(yl(model.year))}</th>` : nothing}
      </tr>
    </thead>
    ${sections.map((section, i) => {
      if (left <= 0) return nothing;
      // The indicators shown now: all, or as many as the rows left to take.
      let taken = 0;
      while (taken < section.indicators.length && left > 0) left -= section.indicators[taken++]!.size;
      const shown = taken === section.indicators.length ? section.indicators : section.indicators.slice(0, taken);
      return guard([h.viewKey, i, taken, selectedOf(shown, h.selectedKey)], () => {
        const blocks: SeriesBlock[][] = [];
        let block: SeriesBlock[] = [];
        let size = 0;
        for (const indicator of shown) {
          block.push(indicator);
          size += indicator.size;
          if (size >= BLOCK_ROWS) {
            blocks.push(block);
            block = [];
            size = 0;
          }
        }
        if (block.length) blocks.push(block);
        return html`<tbody>
          ${section.headers.map((g) => h.groupHeader(g, section.path.indexOf(g), span, model))}
          ${blocks.map((b, j) => guard([h.viewKey, i, j, b.length, selectedOf(b, h.selectedKey)], () => b.flatMap(({ rows }) => seriesRows(h, section.id, rows, model, m, span))))}
        </tbody>`;
      });
    })}
    ${sections.some((x) => x.indicators.length) ? nothing : noMatch(model, h.activeFilter, span, h.locale)}
  `;
}

/**
 * One data row: as a template, or as a kept element (see RowNodes) built only when what it shows
 * changed. `key` names it among the table's rows, `cells` writes its cells.
 */
function dataRow(h: SeriesHost, key: string, selected: boolean, className: string, indicator: string | undefined, cells: (t: Markup) => Markup): unknown {
  if (h.rowNodes) return h.rowNodes.row(key, [h.locale, selected], () => ({ cells: cells(new TextMarkup()).done(), className, indicator }));
  const t = new Markup().s('<tr part="row" class=').v(className);
  if (indicator !== undefined) t.s(' data-indicator=').v(indicator);
  return cells(t.s('>')).s('</tr>').done();
}

/**
 * An indicator's rows: targets (with its name, spanning them all), expected values, each actual
 * series, its problems. `section` keeps apart the rows of an indicator listed under two measures.
 */
function seriesRows(h: SeriesHost, section: string, rows: RowModel[], model: TableModel, m: TableMessages, span: number): unknown[] {
  const has = (c: TableColumn) => model.columns.includes(c);
  const first = rows[0]!;
  const { indicator } = first;
  const selected = rows.some((r) => r.key === h.selectedKey);
  const expected = first.row.basis === 'expected';
  const className = selected ? 'data selected' : 'data ';
  const key = `${section}\u0000${first.key}`;
  const out: unknown[] = [dataRow(h, `${key}\u0000targets`, selected, className, indicator.id, (t) => {
    t.s('<th scope="row" class="sticky" rowspan=').v(rows.length + 1 + (expected ? 1 : 0)).s('>');
    if (has('kind')) t.s('<span class="note">').v(m.kinds[indicator.kind]).s('</span> ');
    t.s('<button class="select" type="button" aria-pressed=').v(selected ? 'true' : 'false').s(' data-key=').v(first.key).s('>')
      .v(localize(indicator.name, h.locale)).s('</button>');
    if (first.notes.length) t.v(h.noteRefs(first.notes));
    t.s('</th><th scope="row" class="row-kind">').v(m.targetRow).s('</th>');
    if (has('baseline')) t.s('<td class="num"></td>');
    if (has('targets')) for (const y of model.years) t.s('<td class=').v(cellClass(indicator.targets[y])).s('>').v(h.valueCell(indicator.targets[y], first, 'targets', y)).s('</td>');
    if (has('rate')) t.s('<td></td>');
    return t;
  })];
  if (expected) out.push(dataRow(h, `${key}\u0000expected`, false, 'data expected', undefined, (t) => expectedCells(t, h, first, model, m)));
  for (const r of rows) {
    out.push(dataRow(h, `${section}\u0000${r.key}`, selected, className, undefined, (a) => {
      a.s('<th scope="row" class="row-kind">').v(m.actualRow());
      if (r.row.seriesLabel) a.s(' <span class="series-label">').v(localize(r.row.seriesLabel, h.locale)).s('</span>');
      a.s('</th>');
      if (has('baseline')) a.s('<td class="num">').v(h.cell(baselineCell(r, model, h.locale), [model.cellNotes.get(cellKey(indicator.id, 'baseline', 'baseline'))])).s('</td>');
      if (has('targets')) for (const y of model.years) a.s('<td class=').v(cellClass(r.series.actuals[y])).s('>').v(h.valueCell(r.series.actuals[y], r, `actuals:${r.series.id}`, y)).s('</td>');
      if (has('rate')) {
        a.s('<td class="num">');
        if (r.row.status === 'not-comparable') a.s('<span class="note">').v(m.notComparable).s('</span>');
        else a.v(rateText(r.row, indicator, h.locale));
        a.s('</td>');
      }
      return a;
    }));
  }
  const problems = h.problemRow(first, span, model);
  if (problems !== nothing) out.push(problems);
  return out;
}

/** 期待値: its own row, never shown as a target. */
function expectedCells(t: Markup, h: LayoutHost, r: RowModel, model: TableModel, m: TableMessages): Markup {
  const has = (c: TableColumn) => model.columns.includes(c);
  t.s('<th scope="row" class="row-kind">').v(m.expectedRow).s('</th>');
  if (has('baseline')) t.s('<td class="num"></td>');
  if (has('targets')) {
    for (const y of model.years) {
      const e = expectedCell(r, y, h.locale);
      t.s('<td class="num">').v(e ? h.cell(e) : '').s('</td>');
    }
  }
  if (has('rate')) t.s('<td></td>');
  return t;
}

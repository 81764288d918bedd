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
}

/** An indicator's rows: its target row, its expected row (if any), one row per actual series. */
interface SeriesBlock {
  rows: RowModel[];
  /** Table rows it takes (without a problems row). */
  size: number;
}

/** A section of the series layout: its groups' headers not already shown above it, its indicators. */
interface SeriesSection {
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
    sections = visibleSections(model, filter).map((section) => {
      const headers = section.path.filter((g, depth) => previous[depth] !== g);
      previous = section.path;
      // By the indicator itself, not its id: two indicators sharing an id stay apart.
      const indicators = [...groupRows(section.rows, (r) => r.indicator).values()].map((rows) => ({ rows, size: 1 + rows.length + (rows[0]!.row.basis === 'expected' ? 1 : 0) }));
      return { headers, path: section.path, indicators };
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
          ${blocks.map((b, j) => guard([h.viewKey, i, j, b.length, selectedOf(b, h.selectedKey)], () => b.flatMap(({ rows }) => seriesRows(h, rows, model, m, span))))}
        </tbody>`;
      });
    })}
    ${sections.some((x) => x.indicators.length) ? nothing : noMatch(model, h.activeFilter, span, h.locale)}
  `;
}

/** An indicator's rows: targets (with its name, spanning them all), expected values, each actual series, its problems. */
function seriesRows(h: LayoutHost, rows: RowModel[], model: TableModel, m: TableMessages, span: number): unknown[] {
  const has = (c: TableColumn) => model.columns.includes(c);
  const first = rows[0]!;
  const { indicator } = first;
  const selected = rows.some((r) => r.key === h.selectedKey);
  const expected = first.row.basis === 'expected';
  const t = new Markup().s('<tr part="row" class="data ').v(selected ? 'selected' : '').s('" data-indicator=').v(indicator.id)
    .s('><th scope="row" class="sticky" rowspan=').v(rows.length + 1 + (expected ? 1 : 0)).s('>');
  if (has('kind')) t.s('<span class="note">').v(m.kinds[indicator.kind]).s('</span> ');
  t.s('<button class="select" type="button" aria-pressed=').v(selected ? 'true' : 'false').s(' data-key=').v(first.key).s('>')
    .v(localize(indicator.name, h.locale)).s('</button>');
  if (first.notes.length) t.v(h.noteRefs(first.notes));
  t.s('</th><th scope="row" class="row-kind">').v(m.targetRow).s('</th>');
  if (has('baseline')) t.s('<td class="num"></td>');
  if (has('targets')) for (const y of model.years) t.s('<td class=').v(cellClass(indicator.targets[y])).s('>').v(h.valueCell(indicator.targets[y], first, 'targets', y)).s('</td>');
  if (has('rate')) t.s('<td></td>');
  const out: unknown[] = [t.s('</tr>').done()];
  if (expected) out.push(expectedRow(h, first, model, m));
  for (const r of rows) {
    const a = new Markup().s('<tr part="row" class="data ').v(selected ? 'selected' : '').s('"><th scope="row" class="row-kind">').v(m.actualRow());
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
    out.push(a.s('</tr>').done());
  }
  const problems = h.problemRow(first, span, model);
  if (problems !== nothing) out.push(problems);
  return out;
}

/** 期待値: its own row, never shown as a target. */
function expectedRow(h: LayoutHost, r: RowModel, model: TableModel, m: TableMessages) {
  const has = (c: TableColumn) => model.columns.includes(c);
  const t = new Markup().s('<tr part="row" class="data expected"><th scope="row" class="row-kind">').v(m.expectedRow).s('</th>');
  if (has('baseline')) t.s('<td class="num"></td>');
  if (has('targets')) {
    for (const y of model.years) {
      const e = expectedCell(r, y, h.locale);
      t.s('<td class="num">').v(e ? h.cell(e) : '').s('</td>');
    }
  }
  if (has('rate')) t.s('<td></td>');
  return t.s('</tr>').done();
}

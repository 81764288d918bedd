import { html, nothing, type TemplateResult } from 'lit';
import { fiscalYearLabel } from '../../core/fiscal-year.js';
import { localize } from '../../core/localize.js';
import type { Group, Value } from '../../core/types.js';
import type { TableMessages } from '../../i18n/table.js';
import { rateText } from '../../view/cells.js';
import { cellKey, columnCount, indicatorHeader, visibleSections, type RowModel, type TableColumn, type TableModel } from '../../view/table-view.js';
import { baselineCell, baselineHeader, cellClass, expectedCell } from '../../view/table-text.js';
import type { CellText } from '../../view/cells.js';
import { noMatch } from './parts.js';

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

/**
 * The series layout (Asaka): per measure, the targets, the expected values (if any) and each actual
 * series across every plan year, with the baseline and the city's grade in the measure's header.
 */
export function seriesLayout(h: LayoutHost, model: TableModel, m: TableMessages) {
  const has = (c: TableColumn) => model.columns.includes(c);
  const yl = (y: number) => fiscalYearLabel(y, { style: model.yearStyle, locale: h.locale });
  const span = columnCount(model);
  let previous: Group[] = [];
  const sections = visibleSections(model, h.activeFilter);
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
    ${sections.map((section) => {
      const headers = section.path.filter((g, i) => previous[i] !== g);
      previous = section.path;
      // By the indicator itself, not its id: two indicators sharing an id stay apart.
      const byIndicator = new Map<object, RowModel[]>();
      for (const r of section.rows) byIndicator.set(r.indicator, [...(byIndicator.get(r.indicator) ?? []), r]);
      return html`<tbody>
        ${headers.map((g) => h.groupHeader(g, section.path.indexOf(g), span, model))}
        ${[...byIndicator.values()].map((rows) => seriesRows(h, rows, model, m, span))}
      </tbody>`;
    })}
    ${sections.some((x) => x.rows.length) ? nothing : noMatch(model, h.activeFilter, span, h.locale)}
  `;
}

function seriesRows(h: LayoutHost, rows: RowModel[], model: TableModel, m: TableMessages, span: number): TemplateResult {
  const has = (c: TableColumn) => model.columns.includes(c);
  const first = rows[0]!;
  const { indicator } = first;
  const selected = rows.some((r) => r.key === h.selectedKey);
  const expected = first.row.basis === 'expected';
  return html`
    <tr part="row" class="data ${selected ? 'selected' : ''}" data-indicator=${indicator.id}>
      <th scope="row" class="sticky" rowspan=${rows.length + 1 + (expected ? 1 : 0)}>
        ${has('kind') ? html`<span class="note">${m.kinds[indicator.kind]}</span>` : nothing}
        <button class="select" type="button" aria-pressed=${selected ? 'true' : 'false'} data-key=${first.key}>
          ${localize(indicator.name, h.locale)}
        </button>${h.noteRefs(first.notes)}
      </th>
      <th scope="row" class="row-kind">${m.targetRow}</th>
      ${has('baseline') ? html`<td class="num"></td>` : nothing}
      ${has('targets') ? model.years.map((y) => html`<td class=${cellClass(indicator.targets[y])}>${h.valueCell(indicator.targets[y], first, 'targets', y)}</td>`) : nothing}
      ${has('rate') ? html`<td></td>` : nothing}
    </tr>
    ${expected ? expectedRow(h, first, model, m) : nothing}
    ${rows.map((r) => html`<tr part="row" class="data ${selected ? 'selected' : ''}">
      <th scope="row" class="row-kind">
        ${m.actualRow()}
        ${r.row.seriesLabel ? html`<span class="series-label">${localize(r.row.seriesLabel, h.locale)}</span>` : nothing}
      </th>
      ${has('baseline') ? html`<td class="num">${h.cell(baselineCell(r, model, h.locale), [model.cellNotes.get(cellKey(indicator.id, 'baseline', 'baseline'))])}</td>` : nothing}
      ${has('targets') ? model.years.map((y) => html`<td class=${cellClass(r.series.actuals[y])}>${h.valueCell(r.series.actuals[y], r, `actuals:${r.series.id}`, y)}</td>`) : nothing}
      ${has('rate')
        ? html`<td class="num">${r.row.status === 'not-comparable'
            ? html`<span class="note">${m.notComparable}</span>`
            : rateText(r.row, indicator, h.locale)}</td>`
        : nothing}
    </tr>`)}
    ${h.problemRow(first, span, model)}
  `;
}

/** 期待値: its own row, never shown as a target. */
function expectedRow(h: LayoutHost, r: RowModel, model: TableModel, m: TableMessages) {
  const has = (c: TableColumn) => model.columns.includes(c);
  return html`<tr part="row" class="data expected">
    <th scope="row" class="row-kind">${m.expectedRow}</th>
    ${has('baseline') ? html`<td class="num"></td>` : nothing}
    ${has('targets') ? model.years.map((y) => {
      const e = expectedCell(r, y, h.locale);
      return html`<td class="num">${e ? h.cell(e) : ''}</td>`;
    }) : nothing}
    ${has('rate') ? html`<td></td>` : nothing}
  </tr>`;
}

import { html, nothing } from 'lit';
import { judgmentTier } from '../../core/judgment.js';
import { localize } from '../../core/localize.js';
import type { Problem } from '../../core/types.js';
import { describeProblem } from '../../i18n/common.js';
import type { TableMessages } from '../../i18n/table.js';
import { valueText } from '../../view/cells.js';
import { captionText, lineText } from '../../view/table-text.js';
import { cellKey, type RowModel, type SortKey, type TableModel } from '../../view/table-view.js';
import { cellContent, footnotes, groupHeader, noteRefs, problemRow } from './parts.js';
import { seriesLayout, type LayoutHost, type SeriesHost } from './series-layout.js';
import { summaryLayout, type SummaryHost } from './summary-layout.js';
import { RowNodes } from './row-nodes.js';

/**
 * What `<policy-indicator-table>` shows once it has a model, as templates: the summary with its
 * filters, the table in either layout, the footnotes. Part of the table's data support
 * (table-data.ts), so it loads with validation and the model, while `src` is fetched: the element's
 * own code (its tag, its properties, the loading state) stays small.
 */

/** What rendering needs from the element: its state, and its actions as functions (passed on as they are, never called on the view). */
export interface TableView {
  locale: string;
  activeFilter: string | null;
  selectedKey: string | null;
  sortKey: SortKey;
  sortAscending: boolean;
  /** The live region's text: what a filter or sort did. */
  announcement: string;
  /** A phone: see BoxWatch. */
  narrow: boolean;
  /** The table is wider than its scroller: the scroll hint is shown. */
  overflowing: boolean;
  onTableClick: (event: Event) => void;
  toggleFilter: (id: string | null) => void;
  toggleSort: (key: SortKey, label: string) => void;
  /** The rows shown (filtered and sorted) and the key of everything a row shows, both memoised by the element. */
  shown: (model: TableModel) => { rows: RowModel[]; viewKey: object };
  /** How many of `total` rows to render now (the rest follow in later frames). */
  take: (total: number) => number;
  /**
   * Where the element keeps its data rows as elements across renders (made here on first use): on
   * the client, except in the update that hydrates a server's markup.
   */
  kept?: { nodes?: RowNodes };
}

/** A dataset that cannot be shown at all: its problems, each located. */
export function renderProblemBox(problems: readonly Problem[], fatal: string | null, locale: string, m: TableMessages) {
  return html`<div part="problem" class="error-box" role="alert">
    <strong>${m.problems(problems.length || 1)}</strong>
    <ul>
      ${fatal ? html`<li>${fatal}</li>` : nothing}
      ${problems.map((p) => html`<li>${describeProblem(p, locale)}</li>`)}
    </ul>
  </div>`;
}

/** The summary, the table and its footnotes. */
export function renderTable(v: TableView, model: TableModel, m: TableMessages) {
  const host = layoutHost(v, model);
  return html`
    ${renderSummary(v, model, m)}
    <p class="status visually-hidden" role="status">${v.announcement}</p>
    ${model.errorCount
      ? html`<div part="problem" class="problems-summary" role="alert">
          ${m.problems(model.errorCount)}
          ${model.documentProblems.length
            ? html`<ul>${model.documentProblems.map((p) => html`<li>${describeProblem(p, v.locale)}</li>`)}</ul>`
            : nothing}
        </div>`
      : nothing}
    <p class="hint ${v.overflowing ? 'shown' : ''}" aria-hidden="true">
      <svg viewBox="0 0 24 16"><path d="M2 8h20M6 4 2 8l4 4M18 4l4 4-4 4" fill="none" stroke="currentColor" stroke-width="2"/></svg>
      ${m.scrollHint}
    </p>
    <div part="scroller" class="scroller" tabindex="0" role="region" aria-labelledby="caption">
      <table part="table" class=${v.narrow && model.layout === 'summary' ? 'narrow' : ''} @click=${v.onTableClick}>
        <caption part="caption" id="caption">${captionText(model, v.locale)}</caption>
        ${model.layout === 'summary' ? summaryLayout(summaryHost(v, host, model), model, m) : seriesLayout(seriesHost(v, host, model), model, m)}
      </table>
    </div>
    ${footnotes(model, v.locale)}
  `;
}

function renderSummary(v: TableView, model: TableModel, m: TableMessages) {
  const lines = model.judges ? model.summary.lines : [];
  return html`<div part="summary" class="summary">
    <p part="headline" class="headline">${m.headline(model.headline.count, model.headline.noun)}</p>
    ${lines.length
      ? html`<fieldset class="filters">
          <legend class="visually-hidden">${m.filterBy}</legend>
          ${lines.map((line) => {
            const label = lineText(line, model, v.locale);
            const description = model.scheme?.computed === false ? judgmentTier(line.id, model.scheme)?.description : undefined;
            return html`<button part="filter" class="filter" type="button" aria-pressed=${v.activeFilter === line.id ? 'true' : 'false'}
              @click=${() => v.toggleFilter(line.id)}>${label}${description
                ? html`<span class="visually-hidden">${m.aside(localize(description, v.locale))}</span>`
                : nothing}</button>`;
          })}
          <button part="filter" class="filter" type="button" aria-pressed=${v.activeFilter ? 'false' : 'true'} @click=${() => v.toggleFilter(null)}>
            ${m.showAll} ${model.summary.total}
          </button>
        </fieldset>`
      : nothing}
  </div>`;
}

/** What both layouts call back: cells with their notes, group headers, problem rows. */
function layoutHost(v: TableView, model: TableModel): LayoutHost {
  const { locale } = v;
  const cell = (c: Parameters<typeof cellContent>[0], notes: (number | undefined)[] = []) => cellContent(c, locale, notes);
  return {
    locale,
    activeFilter: v.activeFilter,
    selectedKey: v.selectedKey,
    cell,
    noteRefs: (refs) => noteRefs(refs, locale),
    valueCell: (value, r, field, year) => cell(valueText(value, r.indicator, locale), [model.cellNotes.get(cellKey(r.indicator.id, field, year))]),
    groupHeader: (g, depth, span, m) => groupHeader(g, depth, span, m, locale),
    problemRow: (r, span, m) => problemRow(r, span, m, locale, describeProblem),
  };
}

/** The element's kept rows (see RowNodes), made on first use; none on a server or while hydrating. */
const keptRows = (v: TableView) => (v.kept ? (v.kept.nodes ??= new RowNodes()) : undefined);

/** The layout host, and what the series layout needs besides: when to render rows again, how many now. */
function seriesHost(v: TableView, host: LayoutHost, model: TableModel): SeriesHost {
  return { ...host, viewKey: v.shown(model).viewKey, take: v.take, rowNodes: keptRows(v) };
}

/** The layout host, and what the summary layout needs besides: the rows shown. */
function summaryHost(v: TableView, host: LayoutHost, model: TableModel): SummaryHost {
  const { rows, viewKey } = v.shown(model);
  return { ...host, sortKey: v.sortKey, sortAscending: v.sortAscending, rows, viewKey, take: v.take, narrow: v.narrow, toggleSort: v.toggleSort, rowNodes: keptRows(v) };
}

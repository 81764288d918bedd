import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { evaluate, type EvaluationRow } from '../../core/evaluate.js';
import { fiscalYearLabel, type FiscalYearStyle } from '../../core/fiscal-year.js';
import { formatRate, formatValue } from '../../core/format.js';
import { flattenGroups } from '../../core/groups.js';
import { judgmentTier, resolveScheme, type JudgmentScheme } from '../../core/judgment.js';
import { localize, type Locale, type LocalizedText } from '../../core/localize.js';
import { summarize, summarizeGivenJudgments, type Summary } from '../../core/summarize.js';
import type { Dataset, Group, Indicator, Problem, Series } from '../../core/types.js';
import { validate, type ValidationResult } from '../../core/validate.js';
import { describeProblem, messagesFor, type TableMessages } from '../../i18n/messages.js';
import '../achievement-badge/achievement-badge.js';
import { yearConverter } from '../shared/converters.js';
import { DataSourceController, type DataFormat } from '../shared/data-source.js';
import { loadErrorMessage, renderLoadState } from '../shared/load-state.js';
import { dispatchIndicatorError } from '../shared/events.js';
import { hostStyles } from '../shared/host-styles.js';
import { elementLocale } from '../shared/lang.js';
import { judgmentTokens } from '../shared/tokens.js';
import { styles } from './policy-indicator-table.styles.js';

/** `summary`: one row per indicator for the reported year (Atsugi); `series`: targets and actuals across the plan years (Asaka). */
export const TABLE_LAYOUTS = ['auto', 'summary', 'series'] as const;
export type TableLayout = (typeof TABLE_LAYOUTS)[number];

/** Columns that can be chosen with `columns`. */
export const TABLE_COLUMNS = ['no', 'indicator', 'measure', 'kind', 'baseline', 'targets', 'actual', 'result', 'rate', 'reason'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

/** Keys the table can be sorted by (summary layout). */
export const SORT_KEYS = ['no', 'name', 'rate', 'judgment'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const DEFAULT_COLUMNS: Record<'summary' | 'series', TableColumn[]> = {
  summary: ['no', 'indicator', 'measure', 'targets', 'actual', 'result', 'rate', 'reason'],
  series: ['kind', 'indicator', 'baseline', 'targets', 'rate'],
};

/** Detail of `indicator-select`. */
export interface IndicatorSelectDetail {
  indicatorId: string;
  seriesId: string;
  year: number;
}

interface RowModel {
  key: string;
  row: EvaluationRow;
  indicator: Indicator;
  series: Series;
  problems: Problem[];
  /** The deepest groups that list the indicator (e.g. its unit measures). */
  measures: Group[];
}

interface Section {
  /** Groups from the top down to the section's group; headers are printed where they change. */
  path: Group[];
  rows: RowModel[];
}

interface Model {
  dataset: Dataset;
  scheme: JudgmentScheme | null;
  layout: 'summary' | 'series';
  year: number;
  years: number[];
  yearStyle: FiscalYearStyle;
  columns: TableColumn[];
  rows: RowModel[];
  summary: Summary;
  /** Problems not tied to an indicator. */
  documentProblems: Problem[];
  errorCount: number;
}

let pageRuleAdopted = false;

/**
 * A dataset as a real HTML table: faithful to how the city prints it, better to read on screen.
 * Two layouts: `summary` (one row per indicator for the reported year, with the targets of the
 * plan years, actual, result badge, rate and reason, grouped by the hierarchy, with a summary
 * that works as a filter) and `series` (per measure, the targets and actuals of every plan year,
 * the baseline, census years shown as not surveyed, several actual series as labelled rows, and
 * the grade the city gave). Every number and judgment comes from `policy-indicators/core`.
 *
 * Invalid data never stops the table: each unreadable value is shown where it is, with a
 * message saying which indicator, which field and what was expected, and `indicator-error` fires.
 *
 * @summary The indicators of a plan as an accessible, sortable, filterable table.
 *
 * @csspart summary - The box above the table with the headline and the filter buttons.
 * @csspart headline - The headline, e.g. 「31単位施策」.
 * @csspart filter - Each filter button (達成 20 …).
 * @csspart scroller - The scrolling region around the table.
 * @csspart table - The table.
 * @csspart caption - The table caption.
 * @csspart group-header - A header row of a group of the hierarchy.
 * @csspart row - A data row.
 * @csspart problem - A row or box that explains a data problem.
 * @csspart loading - The message shown while `src` loads.
 * @csspart message - The message shown when `src` cannot be loaded (404, network, invalid JSON or CSV).
 *
 * @cssproperty [--policy-indicator-table-font-size=0.9375rem] - Font size of the table.
 * @cssproperty [--policy-indicator-table-header-background=#f2f2f2] - Background of column headers.
 * @cssproperty [--policy-indicator-table-group-background=#e8f1fe] - Background of group header rows.
 * @cssproperty [--policy-indicator-table-row-hover=#f8f8fb] - Background of the row under the pointer.
 * @cssproperty [--policy-indicator-table-selected-background=#fff6d6] - Background of the selected row.
 * @cssproperty [--policy-indicator-table-border-color=#999999] - Cell borders.
 * @cssproperty [--policy-indicator-table-cell-padding=0.35em 0.5em] - Cell padding.
 * @cssproperty [--policy-indicator-table-sticky-width=14em] - Largest width of the column that stays in view.
 * @cssproperty [--pi-success=#197a4b] - Shared judgment colour of 達成 (also --pi-warning, --pi-error, --pi-info, --pi-neutral).
 *
 * @fires indicator-select - When a reader selects an indicator (click or Enter/Space on its name). `detail`: `{ indicatorId, seriesId, year }`.
 * @fires indicator-error - When the data has problems; `detail.problems` lists each with its place. The valid rest is still shown.
 */
@customElement('policy-indicator-table')
export class PolicyIndicatorTable extends LitElement {
  static override styles = [judgmentTokens, hostStyles, styles];

  /** The dataset: a JSON document in the policy-indicators format (or what `validate()` returned). Takes precedence over `src`. */
  @property({ attribute: false }) data?: unknown;

  /** URL of the dataset, JSON or CSV (fetched once per page however many elements use it). A child `<script type="application/json">` is read instead when present. */
  @property() src?: string;

  /** Format of `src`: `auto` (default: from the file name, then the content type), `json` or `csv`. */
  @property() format: DataFormat = 'auto';

  /** The fiscal year shown (2024 = 令和6年度); default the dataset's reported year. */
  @property({ attribute: 'fiscal-year', converter: yearConverter }) fiscalYear?: number;

  /** `auto` (default: `series` for city-graded or long plans, else `summary`), `summary` or `series`. */
  @property() layout: TableLayout = 'auto';

  /** Columns to show, space-separated, from: no indicator measure kind baseline targets actual result rate reason. */
  @property() columns?: string;

  /** Fiscal years of the target columns, space-separated ("2024 2025 2026"); default the plan years. */
  @property() years?: string;

  /** How years are written: `era` (令和6年度), `era-short` (R6), `western` (2024年度), `fy` (FY2024). Default: R6 in summary, 令和6年度 in series. */
  @property({ attribute: 'year-style' }) yearStyle?: FiscalYearStyle;

  /** Initial filter: a summary line id such as `not-achieved` (or a grade such as `D`). */
  @property() filter?: string;

  /** Initial sort: `no`, `name`, `rate` or `judgment`, with `-desc` for descending (`rate-desc`). */
  @property() sort?: string;

  /** Language of the texts; default: the nearest `lang` up the page, else Japanese. */
  @property() override lang = '';

  @state() private activeFilter: string | null = null;
  @state() private sortKey: SortKey = 'no';
  @state() private sortAscending = true;
  @state() private selectedKey: string | null = null;
  @state() private announcement = '';

  private source = new DataSourceController(this);
  private sourceVersion = -1;
  private result: ValidationResult | null = null;
  private model: Model | null = null;
  private fatal: string | null = null;
  private locale: Locale = 'ja';
  private pendingError = false;

  override connectedCallback(): void {
    super.connectedCallback();
    adoptPageRule(this.ownerDocument);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    this.locale = elementLocale(this);
    if (changed.has('filter')) this.activeFilter = this.filter || null;
    if (changed.has('sort')) {
      const [key, dir] = (this.sort ?? '').split('-');
      this.sortKey = (SORT_KEYS as readonly string[]).includes(key!) ? (key as SortKey) : 'no';
      this.sortAscending = dir !== 'desc';
    }
    this.source.sync();
    const sourceChanged = this.source.version !== this.sourceVersion;
    this.sourceVersion = this.source.version;
    try {
      if (changed.has('data') || sourceChanged) {
        const input = this.data !== undefined ? this.data : this.source.value;
        this.result = input === undefined ? null : validate(input);
        this.pendingError = (!!this.result && !this.result.valid) || (this.data === undefined && this.source.state === 'error');
        this.selectedKey = null;
      }
      this.fatal = null;
      this.model = this.result?.dataset ? this.buildModel(this.result) : null;
    } catch (e) {
      this.model = null;
      this.fatal = String((e as Error)?.message ?? e);
      this.pendingError = true;
    }
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('fiscalYear')) this.revealYear();
    if (!this.pendingError) return;
    this.pendingError = false;
    const loadError = this.data === undefined && this.source.state === 'error' ? this.source.error : null;
    const problems = loadError ? (loadError.problems ?? []) : (this.result?.problems.filter((p) => p.severity === 'error') ?? []);
    const message = this.fatal ?? (loadError ? loadErrorMessage(loadError, this.locale) : messagesFor(this.locale).table.problems(problems.length));
    dispatchIndicatorError(this, { problems, message });
  }

  /** In the series layout, scroll sideways so the year shown is in view (not the plan's first year). */
  private revealYear(): void {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    const column = this.renderRoot.querySelector<HTMLElement>(`th[data-year="${this.model?.year}"]`);
    const sticky = this.renderRoot.querySelector<HTMLElement>('thead .sticky');
    if (!scroller || !column || scroller.scrollWidth <= scroller.clientWidth) return;
    const offset = column.offsetLeft - (sticky?.offsetWidth ?? 0) - column.offsetWidth;
    scroller.scrollLeft = Math.max(0, offset);
  }

  private buildModel(result: ValidationResult): Model {
    const dataset = result.dataset!;
    const scheme = resolveScheme(dataset.evaluation.scheme);
    const year = this.fiscalYear ?? dataset.plan.reportedYear;
    const period = dataset.plan.period;
    const layout = this.layout === 'auto' ? (scheme?.computed === false || (period && period.end - period.start > 4) ? 'series' : 'summary') : this.layout;
    const years = this.years
      ? this.years.split(/[\s,]+/).map(Number).filter(Number.isInteger)
      : period
        ? range(layout === 'summary' && period.end - period.start > 4 ? year : period.start, layout === 'summary' && period.end - period.start > 4 ? year : period.end)
        : [year];
    const columns = this.columns
      ? (this.columns.split(/[\s,]+/).filter((c) => (TABLE_COLUMNS as readonly string[]).includes(c)) as TableColumn[])
      : DEFAULT_COLUMNS[layout];
    const evaluated = evaluate(dataset, { year });
    const deepest = deepestGroups(dataset);
    const problemsById = new Map<string, Problem[]>();
    for (const p of result.problems) {
      if (p.indicatorId === undefined || p.severity !== 'error') continue;
      problemsById.set(p.indicatorId, [...(problemsById.get(p.indicatorId) ?? []), p]);
    }
    const byId = new Map(dataset.indicators.map((i) => [i.id, i]));
    const rows = evaluated.map((row): RowModel => {
      const indicator = byId.get(row.indicatorId)!;
      return {
        key: `${row.indicatorId}\u0000${row.seriesId}`,
        row,
        indicator,
        series: indicator.series.find((s) => s.id === row.seriesId)!,
        problems: problemsById.get(row.indicatorId) ?? [],
        measures: row.groupIds.map((id) => deepest.get(id)).filter((g): g is Group => !!g),
      };
    });
    const summary = layout === 'series' && scheme && !scheme.computed
      ? summarizeGivenJudgments(dataset, year, measureLevel(dataset))
      : summarize(evaluated, scheme ?? undefined);
    return {
      dataset,
      scheme,
      layout,
      year,
      years,
      yearStyle: this.yearStyle ?? (layout === 'summary' ? 'era-short' : 'era'),
      columns,
      rows,
      summary,
      documentProblems: result.problems.filter((p) => p.indicatorId === undefined && p.severity === 'error'),
      errorCount: result.problems.filter((p) => p.severity === 'error').length,
    };
  }

  override render() {
    const m = messagesFor(this.locale).table;
    if (this.data === undefined && (this.source.state === 'loading' || this.source.state === 'error')) {
      return renderLoadState(this.source, this.locale);
    }
    if (this.fatal || (this.result && !this.result.dataset)) {
      const problems = this.result?.problems ?? [];
      return html`<div part="problem" class="error-box" role="alert">
        <strong>${m.problems(problems.length || 1)}</strong>
        <ul>
          ${this.fatal ? html`<li>${this.fatal}</li>` : nothing}
          ${problems.map((p) => html`<li>${describeProblem(p, this.locale)}</li>`)}
        </ul>
      </div>`;
    }
    const model = this.model;
    if (!model) return html`<p class="muted">${m.noData}</p>`;
    return html`
      ${this.renderSummary(model, m)}
      <p class="status visually-hidden" role="status">${this.announcement}</p>
      ${model.errorCount
        ? html`<div part="problem" class="problems-summary" role="alert">
            ${m.problems(model.errorCount)}
            ${model.documentProblems.length
              ? html`<ul>${model.documentProblems.map((p) => html`<li>${describeProblem(p, this.locale)}</li>`)}</ul>`
              : nothing}
          </div>`
        : nothing}
      <p class="hint" aria-hidden="true">
        <svg viewBox="0 0 24 16"><path d="M2 8h20M6 4 2 8l4 4M18 4l4 4-4 4" fill="none" stroke="currentColor" stroke-width="2"/></svg>
        ${m.scrollHint}
      </p>
      <div part="scroller" class="scroller" tabindex="0" role="region" aria-labelledby="caption">
        <table part="table">
          <caption part="caption" id="caption">${this.caption(model, m)}</caption>
          ${model.layout === 'summary' ? this.renderSummaryLayout(model, m) : this.renderSeriesLayout(model, m)}
        </table>
      </div>
    `;
  }

  /** The plan's title with its report title when showing the reported year, else with the year shown. */
  private caption(model: Model, m: TableMessages): string {
    const { plan } = model.dataset;
    const title = localize(plan.title, this.locale);
    if (plan.reportTitle && model.year === plan.reportedYear) return `${title} ${localize(plan.reportTitle, this.locale)}`;
    return m.caption(title, fiscalYearLabel(model.year, { locale: this.locale }));
  }

  /** The printed heading of the baseline column (計画策定時, 現状値) when all indicators share it. */
  private baselineHeader(model: Model, m: TableMessages): string {
    const baselines = model.dataset.indicators.flatMap((i) => [i.baseline, ...i.series.map((s) => s.baseline)]).filter((b) => b?.label);
    const labels = new Set(baselines.map((b) => localize(b!.label, this.locale)));
    const years = new Set(baselines.map((b) => b!.year));
    if (labels.size !== 1) return m.baseline;
    const [label] = labels;
    const [year] = years;
    return years.size === 1 && year !== undefined ? `${label} ${fiscalYearLabel(year, { style: model.yearStyle, locale: this.locale })}` : label!;
  }

  private renderSummary(model: Model, m: TableMessages) {
    const lines = model.summary.lines;
    const noun = model.layout === 'series'
      ? levelLabel(model.dataset, measureLevel(model.dataset), this.locale) || m.measuresNoun
      : levelLabel(model.dataset, model.dataset.plan.levels.at(-1)?.id, this.locale) || m.indicatorsNoun;
    return html`<div part="summary" class="summary">
      <p part="headline" class="headline">${m.headline(model.summary.total, noun)}</p>
      <fieldset class="filters">
        <legend class="visually-hidden">${m.filterBy}</legend>
        ${lines.map((line) => {
          const label = this.lineText(line.id, line.label, line.count, line.includes, model, m);
          const description = model.scheme?.computed === false ? judgmentTier(line.id, model.scheme)?.description : undefined;
          return html`<button part="filter" class="filter" type="button" aria-pressed=${this.activeFilter === line.id ? 'true' : 'false'}
            @click=${() => this.toggleFilter(line.id)}>${label}${description
              ? html`<span class="visually-hidden">（${localize(description, this.locale)}）</span>`
              : nothing}</button>`;
        })}
        <button part="filter" class="filter" type="button" aria-pressed=${this.activeFilter ? 'false' : 'true'} @click=${() => this.toggleFilter(null)}>
          ${m.showAll} ${model.summary.total}
        </button>
      </fieldset>
    </div>`;
  }

  private lineText(id: string, label: LocalizedText, count: number, includes: readonly string[], model: Model, m: TableMessages) {
    const included = includes.filter((i) => i !== id).map((i) => localize(judgmentTier(i, model.scheme ?? undefined)?.label, this.locale));
    return m.line(localize(label, this.locale), count, included);
  }

  // ---- summary layout (Atsugi) -------------------------------------------------------------

  private renderSummaryLayout(model: Model, m: TableMessages) {
    const cols = model.columns;
    const has = (c: TableColumn) => cols.includes(c);
    const yl = (y: number) => fiscalYearLabel(y, { style: model.yearStyle, locale: this.locale });
    const span = this.columnCount(model);
    const rows = this.visibleRows(model);
    const sorted = this.sortKey !== 'no' || !this.sortAscending;
    const sections = sorted ? [{ path: [], rows }] : sectionsOf(model.dataset, rows, 1);
    let previous: Group[] = [];
    return html`
      <thead>
        <tr>
          ${has('no') ? this.sortHeader('no', m.no, 'num no-col sticky') : nothing}
          ${has('indicator') ? this.sortHeader('name', indicatorHeader(model, m, this.locale), has('no') ? 'sticky-2' : 'sticky') : nothing}
          ${has('measure') ? html`<th scope="col">${levelLabel(model.dataset, model.dataset.plan.levels.at(-1)?.id, this.locale) || m.measure}</th>` : nothing}
          ${has('kind') ? html`<th scope="col">${m.kind}</th>` : nothing}
          ${has('baseline') ? html`<th scope="col" class="num">${this.baselineHeader(model, m)}</th>` : nothing}
          ${has('targets') ? model.years.map((y) => html`<th scope="col" class="num">${m.target(yl(y))}</th>`) : nothing}
          ${has('actual') ? html`<th scope="col" class="num">${m.actual(yl(model.year))}</th>` : nothing}
          ${has('result') ? this.sortHeader('judgment', m.result, '') : nothing}
          ${has('rate') ? this.sortHeader('rate', m.rate(yl(model.year)), 'num') : nothing}
          ${has('reason') ? html`<th scope="col">${m.reason}</th>` : nothing}
        </tr>
      </thead>
      ${sections.map((section) => {
        const headers = section.path.filter((g, i) => previous[i] !== g);
        previous = section.path;
        return html`<tbody>
          ${headers.map((g) => this.groupHeader(g, section.path.indexOf(g), span, model))}
          ${section.rows.map((r) => this.summaryRow(r, model, m, span))}
        </tbody>`;
      })}
    `;
  }

  private summaryRow(r: RowModel, model: Model, m: TableMessages, span: number) {
    const has = (c: TableColumn) => model.columns.includes(c);
    const { row, indicator } = r;
    const fmt = (v: Parameters<typeof formatValue>[0]) => formatValue(v, indicator.unit, { locale: this.locale, decimals: indicator.decimals });
    const selected = this.selectedKey === r.key;
    return html`
      <tr part="row" class="data ${selected ? 'selected' : ''}" data-indicator=${row.indicatorId}>
        ${has('no') ? html`<td class="num no-col sticky">${row.no ?? ''}</td>` : nothing}
        ${has('indicator') ? html`<th scope="row" class=${has('no') ? 'sticky-2' : 'sticky'}>${this.nameCell(r, m, selected)}</th>` : nothing}
        ${has('measure')
          ? html`<td>${r.measures.map((g) => html`<span class="measure-codes">${g.code ?? ''}</span><span class="measure-name">${localize(g.name, this.locale)}</span>`)}</td>`
          : nothing}
        ${has('kind') ? html`<td>${m.kinds[indicator.kind]}</td>` : nothing}
        ${has('baseline') ? html`<td class="num">${fmt(r.series.baseline?.value ?? indicator.baseline?.value)}</td>` : nothing}
        ${has('targets') ? model.years.map((y) => html`<td class="num">${fmt(indicator.targets[y])}</td>`) : nothing}
        ${has('actual') ? html`<td class="num">${fmt(row.actual)}</td>` : nothing}
        ${has('result') ? html`<td>${row.judgment ? html`<achievement-badge compact size="small" lang=${this.locale} scheme=${model.scheme?.id ?? 'three-tier'} judgment=${row.judgment}></achievement-badge>` : nothing}</td>` : nothing}
        ${has('rate') ? html`<td class="num">${formatRate(row.rate, { locale: this.locale, digits: model.dataset.evaluation.rounding.digits })}</td>` : nothing}
        ${has('reason') ? html`<td class="reason">${row.reason ? localize(row.reason, this.locale) : ''}</td>` : nothing}
      </tr>
      ${this.problemRow(r, span, model)}
    `;
  }

  private nameCell(r: RowModel, m: TableMessages, selected: boolean) {
    const { indicator, row } = r;
    return html`<button class="select" type="button" aria-pressed=${selected ? 'true' : 'false'} @click=${() => this.select(r)}>
        ${localize(indicator.name, this.locale)}
      </button>
      ${row.seriesLabel ? html`<span class="series-label">${localize(row.seriesLabel, this.locale)}</span>` : nothing}
      ${indicator.cumulative?.since
        ? html`<span class="note">${m.cumulative(fiscalYearLabel(indicator.cumulative.since, { locale: this.locale }))}</span>`
        : nothing}`;
  }

  private problemRow(r: RowModel, span: number, model: Model) {
    if (!r.problems.length || r.series !== r.indicator.series[0]) return nothing;
    const yearLabel = (y: number) => fiscalYearLabel(y, { style: model.yearStyle, locale: this.locale });
    const name = localize(r.indicator.name, this.locale);
    return html`<tr part="problem" class="problem">
      <td colspan=${span}>
        <ul>${r.problems.map((p) => html`<li>${describeProblem(p, this.locale, { indicatorName: name, yearLabel })}</li>`)}</ul>
      </td>
    </tr>`;
  }

  private groupHeader(group: Group, depth: number, span: number, model: Model) {
    const given = group.givenJudgments[model.year];
    return html`<tr part="group-header" class="group depth-${depth}">
      <th colspan=${span} scope="rowgroup">
        <span class="group-head">
          <span>${group.code ? `${group.code} ` : ''}${localize(group.name, this.locale)}</span>
          ${given
            ? html`<span>${messagesFor(this.locale).table.grade}
                <achievement-badge size="small" lang=${this.locale} scheme=${model.scheme?.id ?? 'given-grade'} judgment=${given}></achievement-badge></span>`
            : nothing}
        </span>
      </th>
    </tr>`;
  }

  private sortHeader(key: SortKey, label: string, cls: string) {
    const active = this.sortKey === key;
    const sort = active ? (this.sortAscending ? 'ascending' : 'descending') : undefined;
    const arrow = !active ? svg`<path d="M4 6 8 2l4 4M4 10l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.6"/>`
      : this.sortAscending ? svg`<path d="M3 10 8 4l5 6Z" fill="currentColor"/>` : svg`<path d="M3 6l5 6 5-6Z" fill="currentColor"/>`;
    return html`<th scope="col" class=${cls} aria-sort=${sort ?? nothing}>
      <button class="sort" type="button" @click=${() => this.toggleSort(key, label)}>
        ${label}<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">${arrow}</svg>
      </button>
    </th>`;
  }

  // ---- series layout (Asaka) ---------------------------------------------------------------

  private renderSeriesLayout(model: Model, m: TableMessages) {
    const has = (c: TableColumn) => model.columns.includes(c);
    const yl = (y: number) => fiscalYearLabel(y, { style: model.yearStyle, locale: this.locale });
    const span = this.columnCount(model);
    const level = measureLevel(model.dataset);
    let previous: Group[] = [];
    const sections = this.visibleSections(model, level);
    return html`
      <thead>
        <tr>
          <th scope="col" class="sticky">${m.indicator}</th>
          <th scope="col"><span class="visually-hidden">${m.targetRow} / ${m.actualRow()}</span></th>
          ${has('baseline') ? html`<th scope="col" class="num">${this.baselineHeader(model, m)}</th>` : nothing}
          ${has('targets') ? model.years.map((y) => html`<th scope="col" class="num" data-year=${y}>${yl(y)}</th>`) : nothing}
          ${has('rate') ? html`<th scope="col" class="num">${m.rate(yl(model.year))}</th>` : nothing}
        </tr>
      </thead>
      ${sections.map((section) => {
        const headers = section.path.filter((g, i) => previous[i] !== g);
        previous = section.path;
        const byIndicator = groupBy(section.rows, (r) => r.indicator.id);
        return html`<tbody>
          ${headers.map((g) => this.groupHeader(g, section.path.indexOf(g), span, model))}
          ${[...byIndicator.values()].map((rows) => this.seriesRows(rows, model, m, span))}
        </tbody>`;
      })}
    `;
  }

  private seriesRows(rows: RowModel[], model: Model, m: TableMessages, span: number): TemplateResult {
    const has = (c: TableColumn) => model.columns.includes(c);
    const first = rows[0]!;
    const { indicator } = first;
    const fmt = (v: Parameters<typeof formatValue>[0]) => formatValue(v, indicator.unit, { locale: this.locale, decimals: indicator.decimals });
    const selected = rows.some((r) => r.key === this.selectedKey);
    const baselineOf = (r: RowModel) => r.series.baseline ?? indicator.baseline;
    return html`
      <tr part="row" class="data ${selected ? 'selected' : ''}" data-indicator=${indicator.id}>
        <th scope="row" class="sticky" rowspan=${rows.length + 1}>
          ${has('kind') ? html`<span class="note">${m.kinds[indicator.kind]}</span>` : nothing}
          <button class="select" type="button" aria-pressed=${selected ? 'true' : 'false'} @click=${() => this.select(first)}>
            ${localize(indicator.name, this.locale)}
          </button>
          ${indicator.source ? html`<span class="note">${localize(indicator.source, this.locale)}</span>` : nothing}
        </th>
        <th scope="row" class="row-kind">${m.targetRow}</th>
        ${has('baseline') ? html`<td class="num"></td>` : nothing}
        ${has('targets') ? model.years.map((y) => html`<td class="num">${fmt(indicator.targets[y])}</td>`) : nothing}
        ${has('rate') ? html`<td></td>` : nothing}
      </tr>
      ${rows.map((r) => html`<tr part="row" class="data ${selected ? 'selected' : ''}">
        <th scope="row" class="row-kind">
          ${m.actualRow()}
          ${r.row.seriesLabel ? html`<span class="series-label">${localize(r.row.seriesLabel, this.locale)}</span>` : nothing}
        </th>
        ${has('baseline') ? html`<td class="num">${fmt(baselineOf(r)?.value)}</td>` : nothing}
        ${has('targets') ? model.years.map((y) => html`<td class="num">${fmt(r.series.actuals[y])}</td>`) : nothing}
        ${has('rate')
          ? html`<td class="num">${r.row.status === 'not-comparable'
              ? html`<span class="note">${m.notComparable}</span>`
              : formatRate(r.row.rate, { locale: this.locale, digits: model.dataset.evaluation.rounding.digits })}</td>`
          : nothing}
      </tr>`)}
      ${this.problemRow(first, span, model)}
    `;
  }

  // ---- state changes (user actions) --------------------------------------------------------

  private visibleRows(model: Model): RowModel[] {
    let rows = model.rows;
    if (this.activeFilter) {
      const line = model.summary.lines.find((l) => l.id === this.activeFilter);
      const ids = line ? line.includes : [this.activeFilter];
      rows = rows.filter((r) => r.row.judgment != null && ids.includes(r.row.judgment));
    }
    if (this.sortKey === 'no' && this.sortAscending) return rows;
    const order = [...(model.scheme?.tiers ?? []), ...(model.scheme?.tallying ? [model.scheme.tallying] : [])].map((t) => t.id);
    const key = (r: RowModel): number | string | null => {
      switch (this.sortKey) {
        case 'name': return localize(r.indicator.name, this.locale);
        case 'rate': return r.row.rate;
        case 'judgment': return r.row.judgment == null ? null : order.indexOf(r.row.judgment);
        default: return r.row.no ?? model.rows.indexOf(r);
      }
    };
    const dir = this.sortAscending ? 1 : -1;
    return [...rows].sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (ka == null || kb == null) return ka == null ? (kb == null ? 0 : 1) : -1; // empty last, both ways
      const c = typeof ka === 'string' ? ka.localeCompare(kb as string, this.locale) : ka - (kb as number);
      return c * dir;
    });
  }

  private visibleSections(model: Model, level: string | undefined): Section[] {
    const all = flattenGroups(model.dataset.groups);
    const byId = new Map(all.map((g) => [g.group.id, g.group]));
    const sections = all
      .filter(({ group }) => (level ? group.level === level : group.indicators.length > 0))
      .filter(({ group }) => !this.activeFilter || group.givenJudgments[model.year] === this.activeFilter)
      .map(({ group, ancestors }) => {
        const path = [...ancestors.map((id) => byId.get(id)!), group];
        return { path, rows: group.indicators.flatMap((id) => model.rows.filter((r) => r.indicator.id === id)) };
      });
    const listed = new Set(sections.flatMap((s) => s.rows.map((r) => r.indicator.id)));
    const rest = this.activeFilter ? [] : model.rows.filter((r) => !listed.has(r.indicator.id));
    return rest.length ? [...sections, { path: [], rows: rest }] : sections;
  }

  private columnCount(model: Model): number {
    if (model.layout === 'series') {
      return 2 + (model.columns.includes('baseline') ? 1 : 0) + (model.columns.includes('targets') ? model.years.length : 0) + (model.columns.includes('rate') ? 1 : 0);
    }
    return model.columns.reduce((n, c) => n + (c === 'targets' ? model.years.length : 1), 0);
  }

  private toggleFilter(id: string | null): void {
    const m = messagesFor(this.locale).table;
    this.activeFilter = this.activeFilter === id ? null : id;
    const model = this.model!;
    const line = model.summary.lines.find((l) => l.id === this.activeFilter);
    const count = model.layout === 'series'
      ? this.visibleSections(model, measureLevel(model.dataset)).filter((s) => s.path.length).length
      : this.visibleRows(model).length;
    this.announcement = m.showing(count, line ? localize(line.label, this.locale) : null);
  }

  private toggleSort(key: SortKey, label: string): void {
    const m = messagesFor(this.locale).table;
    // Each header cycles: ascending → descending → the printed order (No. ascending).
    if (this.sortKey !== key) {
      this.sortKey = key;
      this.sortAscending = true;
    } else if (this.sortAscending) {
      this.sortAscending = false;
    } else {
      this.sortKey = 'no';
      this.sortAscending = true;
    }
    this.announcement = this.sortKey === 'no' && this.sortAscending ? m.showing(this.visibleRows(this.model!).length, null) : m.sorted(label, this.sortAscending);
  }

  private select(r: RowModel): void {
    this.selectedKey = r.key;
    this.dispatchEvent(
      new CustomEvent<IndicatorSelectDetail>('indicator-select', {
        detail: { indicatorId: r.row.indicatorId, seriesId: r.row.seriesId, year: r.row.year },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start + 1) }, (_, i) => start + i);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

/** Group id → group, for the groups that list indicators directly. */
function deepestGroups(dataset: Dataset): Map<string, Group> {
  return new Map(flattenGroups(dataset.groups).filter((g) => g.group.indicators.length).map((g) => [g.group.id, g.group]));
}

/** The level whose groups are graded or list indicators: `measure` in Asaka; the deepest otherwise. */
function measureLevel(dataset: Dataset): string | undefined {
  const graded = flattenGroups(dataset.groups).find((g) => Object.keys(g.group.givenJudgments).length);
  return graded?.group.level ?? dataset.plan.levels.at(-1)?.id;
}

function levelLabel(dataset: Dataset, level: string | undefined, locale: Locale): string {
  const found = dataset.plan.levels.find((l) => l.id === level);
  return found ? localize(found.label, locale) : '';
}

/** 成果指標 when every indicator is an outcome indicator (as Atsugi prints it), else the generic word. */
function indicatorHeader(model: Model, m: TableMessages, locale: Locale): string {
  const allOutcome = model.dataset.indicators.every((i) => i.kind === 'outcome');
  return allOutcome ? m.kinds.outcome : localize({ ja: '指標', en: 'Indicator' }, locale);
}

/** Sections by the ancestors (down to `depth`) of each row's first group, in row order. */
function sectionsOf(dataset: Dataset, rows: RowModel[], depth: number): Section[] {
  const flat = flattenGroups(dataset.groups);
  const byId = new Map(flat.map((g) => [g.group.id, g]));
  const sections: Section[] = [];
  for (const r of rows) {
    const home = r.measures[0] ? byId.get(r.measures[0].id) : undefined;
    const chain = home ? [...home.ancestors.map((id) => byId.get(id)!.group), home.group] : [];
    const path = chain.slice(0, depth + 1);
    const last = sections.at(-1);
    if (last && last.path.length === path.length && last.path.every((g, i) => g === path[i])) last.rows.push(r);
    else sections.push({ path, rows: [r] });
  }
  return sections;
}

/** `@page` cannot live in a shadow root: one document rule gives the table A4 landscape in print. */
function adoptPageRule(doc: Document): void {
  if (pageRuleAdopted || !doc?.adoptedStyleSheets) return;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('@page policy-indicator-table { size: A4 landscape; margin: 10mm; }');
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    pageRuleAdopted = true;
  } catch {
    // Older browsers: the table still prints, in the page's own orientation.
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'policy-indicator-table': PolicyIndicatorTable;
  }
  interface GlobalEventHandlersEventMap {
    'indicator-select': CustomEvent<IndicatorSelectDetail>;
  }
}

import { LitElement, html, isServer, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FiscalYearStyle } from '../../core/fiscal-year.js';
import { localize } from '../../core/localize.js';
import type { DatasetDocument } from '../../core/dataset-json.js';
import type { ValidationResult } from '../../core/validate.js';
import { tableMessages } from '../../i18n/table.js';
import { SORT_KEYS, visibleRows, visibleSections, type RowModel, type SortKey, type TableLayout, type TableModel } from '../../view/table-view.js';
import { yearConverter } from '../shared/converters.js';
import { DataSourceController, type DataFormat } from '../shared/data-source.js';
import { SupportLoader } from '../shared/support-loader.js';
import { hasInlineJson } from '../shared/inline-json.js';
import { dispatchIndicatorError } from '../shared/events.js';
import { RenderGuard } from '../shared/guard.js';
import { hostStyles } from '../shared/host-styles.js';
import { elementLocale } from '../shared/lang.js';
import { afterParsing } from '../shared/after-parsing.js';
import { prepareServerRoot } from '../shared/server-root.js';
import { judgmentTokens } from '../shared/tokens.js';
import { judgmentMarkStyles } from '../shared/judgment-mark.styles.js';
import { messageStyles } from '../shared/message-styles.js';
import { ProgressiveRows } from './progressive.js';
import type { RowNodes } from './row-nodes.js';
import { sameValues } from '../shared/same-values.js';
import { BoxWatch } from './box-watch.js';
import { styles } from './policy-indicator-table.styles.js';
import type { TableView } from './table-render.js';
import { tableData } from './table-support.js';

export { TABLE_COLUMNS, TABLE_LAYOUTS, SORT_KEYS, type TableColumn, type TableLayout, type SortKey } from '../../view/table-view.js';
// Re-exported so this entry point's types declare the `indicator-error` event.
export type { IndicatorErrorDetail } from '../shared/events.js';

/** Detail of `indicator-select`. */
export interface IndicatorSelectDetail {
  indicatorId: string;
  seriesId: string;
  year: number;
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
 * @csspart footnotes - The numbered notes (indicator notes, sources, cell and group notes) and the legend of the marks used (見込み, 期待値 …) under the table.
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
 *
 * @fires {CustomEvent<IndicatorSelectDetail>} indicator-select - When a reader selects an indicator (click or Enter/Space on its name). `detail`: `{ indicatorId, seriesId, year }`.
 * @fires {CustomEvent<IndicatorErrorDetail>} indicator-error - When the data has problems; `detail.problems` lists each with its place. The valid rest is still shown.
 */
export class PolicyIndicatorTable extends LitElement {
  static override styles = [judgmentTokens, hostStyles, messageStyles, judgmentMarkStyles, styles];

  /** The dataset: a JSON document in the policy-indicators format (or the `dataset` that `validate()` returned). Takes precedence over `src`. */
  @property({ attribute: false }) data?: DatasetDocument;

  /** URL of the dataset, JSON or CSV (fetched once per page however many elements use it). A child `<script type="application/json">` is read instead when present. */
  @property() src?: string;

  /** Format of `src`: `auto` (default: from the file's content, then its name and content type), `json` or `csv`. */
  @property() format: DataFormat = 'auto';

  /**
   * Milliseconds to wait for `src` (default 15000, clamped to 100–300000): after it, a message says
   * the data did not come and `indicator-error` fires. Covers a server that never answers and a body that never ends.
   */
  @property({ type: Number }) timeout = 15000;

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
  /** Narrow (a phone) and overflowing: see BoxWatch. */
  private box = new BoxWatch(this);

  private source = new DataSourceController(this);
  private support = new SupportLoader(this, tableData);
  private guard = new RenderGuard();
  private progressive = new ProgressiveRows(this, false);
  /** The data rows kept as elements (see RowNodes, made by the rendering); not in the update that hydrates a server's markup. */
  private kept: { nodes?: RowNodes } = {};
  /**
   * In the update that hydrates a server's markup: the rows are templates, which hydration matches.
   * From the next update on, rows are kept as elements, so a sort of the hydrated table moves them.
   */
  private hydrated = false;
  private sourceVersion = -1;
  private result: ValidationResult | null = null;
  private model: TableModel | null = null;
  private fatal: string | null = null;
  private locale: string = 'ja';
  private pendingError = false;
  private reportedAttributes = '';

  /** The first update waits for the page to be parsed: the element's inline JSON may still be arriving (see afterParsing). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterParsing(this, () => super.scheduleUpdate());
  }

  protected override createRenderRoot() {
    // Rendered on the server and hydrated: every row at once, as the server wrote them.
    if (!isServer && this.shadowRoot?.firstChild && 'litElementHydrateSupport' in globalThis) {
      this.progressive.limit = Infinity;
      this.hydrated = true;
    }
    prepareServerRoot(this);
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptPageRule(this.ownerDocument);
  }

  /**
   * Loads `src` again with a new request (which the page's other elements with the same `src` then
   * share), or re-reads the inline JSON; for a retry after a failure or when the file has changed.
   * Has no visible effect while `data` is set.
   */
  reload(): void {
    this.support.retry();
    this.source.reload();
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
    // Validation and the view model load on demand, while `src` is fetched (see table-data.ts).
    const support = this.support.get(this.needsData());
    if (!support) {
      // Reported once per failure, not at every update while it lasts.
      if (this.support.failure !== undefined && this.support.failure !== this.reportedFailure) this.pendingError = true;
      this.reportedFailure = this.support.failure;
      return;
    }
    const sourceChanged = this.source.version !== this.sourceVersion;
    this.sourceVersion = this.source.version;
    try {
      if (changed.has('data') || sourceChanged || this.dataSeen !== this.data) {
        this.dataSeen = this.data;
        const input = this.data !== undefined ? this.data : this.source.value;
        this.result = input === undefined ? null : support.withSourceProblems(support.validate(input), this.data !== undefined ? [] : this.source.problems);
        this.pendingError = (!!this.result && !this.result.valid) || (this.data === undefined && this.source.state === 'error');
        this.selectedKey = null;
      }
      // The model is made again only when what it depends on changed: the rows shown (and the
      // steps of a long table's rendering) hang on its identity.
      const inputs = [this.result, this.fiscalYear, this.layout, this.columns, this.years, this.yearStyle, this.filter, this.sort, this.locale];
      if (sameValues(this.modelInputs, inputs) && !this.fatal) return;
      this.modelInputs = inputs;
      this.revealPending = true;
      this.fatal = null;
      if (!this.model) this.box.check(); // narrow or not, from the loading state's box: the first table is already right
      this.model = this.result?.dataset
        ? support.tableModel(this.result, {
          year: this.fiscalYear, layout: this.layout, columns: this.columns, years: this.years, yearStyle: this.yearStyle,
          filter: this.filter, sort: this.sort, locale: this.locale,
        })
        : null;
    } catch (e) {
      this.model = null;
      this.modelInputs = undefined;
      this.fatal = String((e as Error)?.message ?? e);
      this.pendingError = true;
    }
  }

  override updated(): void {
    this.hydrated = false;
    this.guard.report(this, this.locale);
    // A new table: is it wider than its scroller (the scroll hint)? Rendered again before the frame is painted.
    if (this.box.unmeasured && this.box.check()) this.requestUpdate();
    // Whenever the model is made again (data or src loaded, another year): the shown year in view.
    if (this.revealPending) {
      this.revealPending = false;
      this.revealYear();
    }
    // Attribute values the table could not use: reported once per distinct set, when they change.
    const attributes = this.model?.attributeProblems ?? [];
    const key = attributes.map((p) => `${p.path}=${p.got}`).join('|');
    if (key !== this.reportedAttributes) {
      this.reportedAttributes = key;
      if (key && !this.pendingError) {
        dispatchIndicatorError(this, { problems: attributes, message: tableMessages(this.locale).problems(attributes.length) });
      }
    }
    if (!this.pendingError) return;
    this.pendingError = false;
    const support = tableData.get();
    if (!support) {
      if (this.support.failure !== undefined) dispatchIndicatorError(this, { problems: [], message: this.support.failureMessage(this.locale) });
      return;
    }
    const loadError = this.data === undefined && this.source.state === 'error' ? this.source.error : null;
    const problems = loadError ? (loadError.problems ?? []) : [...attributes, ...(this.result?.problems.filter((p) => p.severity === 'error') ?? [])];
    const message = this.fatal ?? (loadError ? support.loadErrorMessage(loadError, this.locale) : tableMessages(this.locale).problems(problems.length));
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

  override render() {
    return this.guard.render(() => this.renderView(), this.locale);
  }

  private renderView() {
    const m = tableMessages(this.locale);
    const support = tableData.get();
    if (!support) return this.needsData() ? this.support.pending(this.locale) : html`<p class="muted">${m.noData}</p>`;
    if (this.data === undefined && (this.source.state === 'loading' || this.source.state === 'error')) {
      return support.renderLoadState(this.source, this.locale);
    }
    if (this.fatal || (this.result && !this.result.dataset)) return support.renderProblemBox(this.result?.problems ?? [], this.fatal, this.locale, m);
    const model = this.model;
    if (!model) return html`<p class="muted">${m.noData}</p>`;
    return support.renderTable(this.view, model, m);
  }

  /** The element's state and actions, as the table's rendering (table-render.ts, loaded with the data support) reads them. */
  private get view(): TableView {
    return {
      locale: this.locale,
      activeFilter: this.activeFilter,
      selectedKey: this.selectedKey,
      sortKey: this.sortKey,
      sortAscending: this.sortAscending,
      announcement: this.announcement,
      narrow: this.box.narrow,
      overflowing: this.box.overflowing,
      onTableClick: this.onTableClick,
      toggleFilter: (id) => this.toggleFilter(id),
      toggleSort: (key, label) => this.toggleSort(key, label),
      shown: (model) => this.shownRows(model),
      take: (total) => this.progressive.take(total),
      kept: isServer || this.hydrated ? undefined : this.kept,
    };
  }

  /** The rows shown, memoised, and the key of everything a row shows (see summary-layout.ts). */
  private shownRows(model: TableModel): { rows: RowModel[]; viewKey: object } {
    const inputs = [model, this.activeFilter, this.sortKey, this.sortAscending, this.locale];
    if (!this.shown || !sameValues(this.shown.inputs, inputs)) {
      // A new view of the rows: the first screen first again.
      if (this.shown) this.progressive.restart();
      this.shown = { inputs, rows: this.visible(model) };
    }
    const viewInputs = [...inputs, this.box.narrow];
    if (!this.viewKey || !sameValues(this.viewKey.inputs, viewInputs)) this.viewKey = { inputs: viewInputs };
    return { rows: this.shown.rows, viewKey: this.viewKey };
  }

  private shown?: { inputs: unknown[]; rows: RowModel[] };
  private modelInputs?: unknown[];
  private revealPending = false;
  private viewKey?: { inputs: unknown[] };

  /** Whether there is a dataset to show (or one to load): only then does the data support load. */
  private needsData(): boolean {
    return this.data !== undefined || !!String(this.src ?? '').trim() || hasInlineJson(this);
  }

  private dataSeen?: DatasetDocument;
  private reportedFailure?: string;

  /** Resolves when the element has rendered, after its data support has loaded, every row of a long table included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    if (!tableData.get()) {
      await this.support.settled();
      result = await super.getUpdateComplete();
    }
    while (this.progressive.partial) {
      await this.progressive.done;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  // ---- state changes (user actions) --------------------------------------------------------

  private visible(model: TableModel): RowModel[] {
    return visibleRows(model, { filter: this.activeFilter, sortKey: this.sortKey, ascending: this.sortAscending, locale: this.locale });
  }

  private toggleFilter(id: string | null): void {
    const m = tableMessages(this.locale);
    this.activeFilter = this.activeFilter === id ? null : id;
    const model = this.model!;
    const line = model.summary.lines.find((l) => l.id === this.activeFilter);
    const count = model.summaryOf === 'groups'
      ? visibleSections(model, this.activeFilter).filter((s) => s.path.length).length
      : this.visible(model).length;
    this.announcement = m.showing(count, line ? localize(line.label, this.locale) : null);
  }

  private toggleSort(key: SortKey, label: string): void {
    const m = tableMessages(this.locale);
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
    this.announcement = this.sortKey === 'no' && this.sortAscending ? m.showing(this.visible(this.model!).length, null) : m.sorted(label, this.sortAscending);
  }

  /** One listener for every row's name button (a table of 10,000 rows holds one, not 10,000). */
  private onTableClick = (event: Event): void => {
    const button = (event.target as Element | null)?.closest?.('button.select') as HTMLElement | null;
    const key = button?.dataset.key;
    const r = key === undefined ? undefined : this.model?.rows.find((row) => row.key === key);
    if (r) this.select(r);
  };

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

/**
 * `@page` cannot live in a shadow root: one document rule makes print A4. Not a named page, which
 * would start the table on a page of its own and leave the page's title alone on page 1.
 */
function adoptPageRule(doc: Document): void {
  if (isServer || pageRuleAdopted || !doc?.adoptedStyleSheets) return; // no document on the server
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('@page { size: A4; margin: 12mm 10mm; }');
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

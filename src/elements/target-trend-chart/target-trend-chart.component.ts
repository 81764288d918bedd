import { LitElement, html, isServer, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { chartGeometry, chartSize, type ChartLabel, type Geometry, type PlacedPoint } from '../../chart/geometry.js';
import { chartTexts, chartValue, chartYearStyles, pointLabel, type ChartYearStyles } from '../../chart/labels.js';
import { chartSentences } from '../../chart/sentences.js';
import { fiscalYearLabel, type FiscalYearStyle } from '../../core/fiscal-year.js';
import { localize, resolveLocale } from '../../core/localize.js';
import type { DatasetDocument } from '../../core/dataset-json.js';
import type { Indicator, Problem, Value } from '../../core/types.js';
import { chartMessages, type ChartMessages } from '../../i18n/chart.js';
import { yearConverter } from '../shared/converters.js';
import { cssomStyle } from '../shared/cssom-style.js';
import { DataSourceController, type DataFormat } from '../shared/data-source.js';
import { SupportLoader } from '../shared/support-loader.js';
import { hasInlineJson } from '../shared/inline-json.js';
import { messageStyles } from '../shared/message-styles.js';
import { dispatchIndicatorError } from '../shared/events.js';
import { RenderGuard } from '../shared/guard.js';
import { hostStyles } from '../shared/host-styles.js';
import { elementLocale } from '../shared/lang.js';
import { afterParsing } from '../shared/after-parsing.js';
import { prepareServerRoot } from '../shared/server-root.js';
import { judgmentTokens } from '../shared/tokens.js';
import { judgmentMark } from '../shared/judgment-mark.js';
import { judgmentMarkStyles } from '../shared/judgment-mark.styles.js';
import { judgmentTier } from '../../core/judgment.js';
import { rateText } from '../../view/cells.js';
import { styles } from './target-trend-chart.styles.js';
import type { ChartModel, ChartProblemKey } from './chart-data.js';
import { chartDataSupport } from './chart-support.js';

// Re-exported so this entry point's types declare the `indicator-error` event.
export type { IndicatorErrorDetail } from '../shared/events.js';


/**
 * The width drawn before the element is measured: on the server (static HTML) and in the browser's
 * first render, which hydrates the server's SVG and so must draw the same; the ResizeObserver then redraws.
 */
const FALLBACK_WIDTH = 640;

/**
 * Targets against actuals over the plan years for one indicator, as an accessible SVG chart.
 * Targets are a dashed line with square markers, actuals a solid line with round markers (a second
 * series dotted, with triangles), the baseline a diamond; years after the reported year are shaded
 * as not due. Years without a value (census years, 集計中) are gaps, never zeros. Geometry comes from
 * `src/chart` (d3-scale + d3-shape), every number and judgment from `policy-indicators/core`.
 *
 * A sentence says what a sighted reader learns (「令和6年度の実績 2,176件は目標 3,550件に対し達成率61.3%（未達成）」
 * and the trend); a button shows the same data as a table; every point is reachable with the arrow
 * keys and shows a tooltip on focus and on hover.
 *
 * @summary An indicator's targets and actuals over the fiscal years, with its judgment.
 *
 * @csspart figure - The figure around everything.
 * @csspart caption - The caption: indicator name, unit and judgment.
 * @csspart judgment - The judgment in the caption (text and shape, as `<achievement-badge>` shows it).
 * @csspart summary - The sentence that describes the chart (its text alternative).
 * @csspart chart - The SVG chart.
 * @csspart tooltip - The tooltip of the focused or hovered point.
 * @csspart legend - The legend.
 * @csspart table-toggle - The button that shows the data as a table.
 * @csspart table - The data table.
 * @csspart message - The message shown instead of the chart when the data cannot be loaded or charted.
 * @csspart loading - The message shown while `src` loads.
 *
 * @cssproperty [--target-trend-chart-target-color=var(--pi-neutral, #4d4d4d)] - Target line and markers.
 * @cssproperty [--target-trend-chart-actual-color=var(--pi-info, #0031d8)] - Actual line and markers.
 * @cssproperty [--target-trend-chart-actual-2-color=var(--pi-warning, #c74700)] - A second actual series.
 * @cssproperty [--target-trend-chart-baseline-color=var(--pi-text, #1a1a1a)] - Baseline marker.
 * @cssproperty [--target-trend-chart-grid-color=#e6e6e6] - Grid lines.
 * @cssproperty [--target-trend-chart-not-due-color=#f2f2f2] - Background of the years not due yet.
 * @cssproperty [--target-trend-chart-axis-color=var(--pi-neutral, #4d4d4d)] - Axis labels.
 * @cssproperty [--target-trend-chart-font-size=0.9375rem] - Font size around the chart.
 *
 * @fires {CustomEvent<IndicatorErrorDetail>} indicator-error - When the indicator is missing or cannot be charted; `detail.problems` and `detail.message` say why.
 */
export class TargetTrendChart extends LitElement {
  static override styles = [judgmentTokens, hostStyles, messageStyles, judgmentMarkStyles, styles];

  /** The dataset (a JSON document in the policy-indicators format); pick the indicator with `indicator-id`. */
  @property({ attribute: false }) data?: DatasetDocument;

  /** URL of the dataset, JSON or CSV (fetched once per page); or a child `<script type="application/json">`. */
  @property() src?: string;

  /** Format of `src`: `auto` (default), `json` or `csv`. */
  @property() format: DataFormat = 'auto';

  /**
   * Milliseconds to wait for `src` (default 15000, clamped to 100–300000): after it, a message says
   * the data did not come and `indicator-error` fires. Covers a server that never answers and a body that never ends.
   */
  @property({ type: Number }) timeout = 15000;

  /** The id of the indicator to chart within `data`. */
  @property({ attribute: 'indicator-id' }) indicatorId?: string;

  /** One indicator object, instead of `data` + `indicator-id`. */
  @property({ attribute: false }) indicator?: unknown;

  /** The reported fiscal year (the judgment shown, and where "not due" starts); default the dataset's. */
  @property({ attribute: 'fiscal-year', converter: yearConverter }) fiscalYear?: number;

  /**
   * How years are written: `era-short` (R6), `era` (令和6年度), `western` (2024年度), `fy` (FY2024).
   * Default: R6 on the axis and 令和6年度 in sentences in Japanese, FY2024 in English.
   */
  @property({ attribute: 'year-style' }) yearStyle?: FiscalYearStyle;

  /** Height of the plot in pixels; default from the width (220–360). */
  @property({ type: Number }) height?: number;

  /** Show the data table from the start (readers can toggle it). */
  @property({ type: Boolean, attribute: 'show-table' }) showTable = false;

  /** Language of the texts; default: the nearest `lang` up the page, else Japanese. */
  @property() override lang = '';

  @state() private width = 0;
  @state() private tableOpen = false;
  @state() private active = -1;
  @state() private pointer = false;

  private source = new DataSourceController(this);
  private support = new SupportLoader(this, chartDataSupport);
  private guard = new RenderGuard();
  private sourceVersion = -1;
  private model: ChartModel | null = null;
  private problem: ChartProblemKey | null = null;
  private problems: Problem[] = [];
  private locale: string = 'ja';
  private years: ChartYearStyles = chartYearStyles('ja');
  private observer?: ResizeObserver;
  private reportedProblem: string | null = null;
  private builds = 0;

  /** The first update waits for the page to be parsed: the element's inline JSON may still be arriving (see afterParsing). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterParsing(this, () => super.scheduleUpdate());
  }

  protected override createRenderRoot() {
    prepareServerRoot(this);
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return; // nothing to measure on the server: FALLBACK_WIDTH
    this.observer = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      // Re-render in the next frame: a synchronous one would resize us inside this callback.
      if (w && Math.abs(w - this.width) > 1) requestAnimationFrame(() => (this.width = w));
    });
    this.observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
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
    this.years = chartYearStyles(this.locale, this.yearStyle);
    if (changed.has('showTable')) this.tableOpen = this.showTable;
    this.source.sync();
    // Validation and evaluation load on demand, while `src` is fetched (see chart-data.ts).
    if (!this.support.get(this.needsData())) {
      this.built = false;
      return;
    }
    const sourceChanged = this.source.version !== this.sourceVersion;
    this.sourceVersion = this.source.version;
    if (!this.built || sourceChanged || changed.has('data') || changed.has('indicator') || changed.has('indicatorId') || changed.has('fiscalYear')) {
      this.built = true;
      try {
        this.build();
      } catch (e) {
        this.model = null;
        this.problem = 'no-values';
        this.problems = [{ path: '$', code: 'unknown-value', severity: 'error', message: String(e) }];
      }
      this.active = -1;
    }
  }

  override updated(): void {
    this.guard.report(this, this.locale);
    const support = chartDataSupport.get();
    if (!support) {
      const key = this.support.failure !== undefined ? `support|${this.support.failure}` : null;
      if (key && key !== this.reportedProblem) dispatchIndicatorError(this, { problems: [], message: this.support.failureMessage(this.locale) });
      this.reportedProblem = key;
      return;
    }
    const loadError = this.loadFailed() ? this.source.error : null;
    // One event per distinct failure: a load error, a chart that cannot be drawn, or problems in
    // the indicator's own data (the valid rest is still drawn, with the problems listed below it).
    const key = loadError ? `load|${this.source.version}`
      : this.problem ? `${this.problem}|${this.indicatorId}|${this.builds}`
        : this.problems.length ? `data|${this.builds}` : null;
    if (key && key !== this.reportedProblem) {
      const message = loadError ? support.loadErrorMessage(loadError, this.locale)
        : this.problem ? chartMessages(this.locale).problems[this.problem] : support.problemCount(this.problems.length, this.locale);
      dispatchIndicatorError(this, { problems: loadError?.problems ?? this.problems, message });
    }
    this.reportedProblem = key;
  }

  private loadFailed(): boolean {
    return this.data === undefined && this.indicator === undefined && this.source.state === 'error';
  }

  /** Whether there is something to draw (or to load): only then does the data support load. */
  private needsData(): boolean {
    return this.data !== undefined || this.indicator !== undefined || !!String(this.src ?? '').trim() || hasInlineJson(this);
  }

  private built = false;

  /** Resolves when the chart has rendered, after its data support has loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    if (!chartDataSupport.get()) {
      await this.support.settled();
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private build(): void {
    this.builds++;
    this.model = null;
    this.problem = null;
    this.problems = [];
    const built = chartDataSupport.get()!.buildChart({
      indicator: this.indicator,
      data: this.data,
      source: { value: this.source.value, problems: this.source.problems },
      indicatorId: this.indicatorId,
      fiscalYear: this.fiscalYear,
    });
    this.model = built.model;
    this.problem = built.problem;
    this.problems = built.problems;
  }

  override render() {
    return this.guard.render(() => this.renderView(), this.locale);
  }

  private renderView() {
    const m = chartMessages(this.locale);
    const support = chartDataSupport.get();
    if (!support) return this.needsData() ? this.support.pending(this.locale) : nothing;
    if (this.data === undefined && this.indicator === undefined && (this.source.state === 'loading' || this.source.state === 'error')) {
      return support.renderLoadState(this.source, this.locale);
    }
    if (this.problem) {
      return html`<p part="message" class="pi-message" role="alert">
        ${m.problems[this.problem]}${this.indicatorId && this.problem === 'not-found' ? m.aside(this.indicatorId) : ''}
      </p>${this.renderProblems(null)}`;
    }
    const model = this.model;
    if (!model) return nothing;
    const { indicator } = model;
    const name = localize(indicator.name, this.locale);
    const unit = localize(indicator.unit, this.locale);
    const texts = chartTexts(model.data, indicator, model.year, this.locale, this.years);
    // A height outside 120–2000 px (or not a number) is not trusted: the default follows the width.
    const size = chartSize(model.data, this.width || FALLBACK_WIDTH, this.height, texts);
    const { width, height } = size;
    const geometry = chartGeometry(model.data, size, texts);
    const points = geometry.points;
    const activePoint = points[this.active];
    return html`<figure part="figure">
      <figcaption part="caption">
        <span>${name}<span class="unit">${unit ? m.unit(unit) : ''}</span>${this.cumulativeNote(indicator, name)}</span>
        ${model.row?.judgment && model.scheme ? judgmentMark(judgmentTier(model.row.judgment, model.scheme), this.locale, {
          // As the badge showed it: with the rate, when there is one and the grade was not given by the city.
          rate: model.scheme.computed && model.row.rateText != null ? rateText(model.row, indicator, this.locale) : '', provisional: !!model.row.provisional,
        }) : nothing}
      </figcaption>
      <p part="summary" class="summary" id="summary">${chartSentences(model.data, model.row, model.indicator, model.scheme, model.year, this.locale, this.years.long).join(resolveLocale(this.locale) === 'ja' ? '' : ' ')}</p>
      <div class="plot">
        <svg part="chart" class="chart" role="group" aria-label=${m.title(name)} aria-describedby="summary nav-hint"
          viewBox="0 0 ${width} ${height}" width=${width} height=${height}
          @keydown=${(e: KeyboardEvent) => this.onKey(e, points.length)}
          @pointermove=${(e: PointerEvent) => this.onPointer(e, geometry, width)}
          @pointerleave=${() => { if (this.pointer) { this.pointer = false; this.active = -1; } }}>
          ${this.renderFrame(geometry)}
          ${this.renderLines(model, geometry)}
          ${this.renderLabels(geometry.labels, model.year)}
          ${points.map((p, i) => this.renderPoint(p, i, model))}
        </svg>
        ${activePoint
          ? html`<div part="tooltip" class="tooltip" aria-hidden="true"
              style=${cssomStyle({ left: `${(activePoint.cx / width) * 100}%`, top: `${(activePoint.cy / height) * 100}%` })}>${this.pointLabel(activePoint, model)}</div>`
          : nothing}
      </div>
      <p class="hint" id="nav-hint">${m.navHint}</p>
      ${this.renderLegend(model, geometry, m)}
      <button part="table-toggle" class="toggle" type="button" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls="data-table"
        @click=${() => (this.tableOpen = !this.tableOpen)}>${this.tableOpen ? m.hideTable : m.showTable}</button>
      <div class="table-wrap" id="data-table" ?hidden=${!this.tableOpen}>${this.tableOpen ? this.renderTable(model, m) : nothing}</div>
      ${this.renderProblems(indicator)}
    </figure>`;
  }

  /** Problems in the indicator's own data, located, below what could still be drawn. */
  private renderProblems(indicator: Indicator | null) {
    if (!this.problems.length) return nothing;
    const name = indicator ? localize(indicator.name, this.locale) : undefined;
    const yearLabel = (y: number) => this.yearText(y);
    return html`<ul part="problem" class="problems">${this.problems.map((p) => html`<li>${chartDataSupport.get()!.describeProblem(p, this.locale, { ...(name && { indicatorName: name }), yearLabel })}</li>`)}</ul>`;
  }

  /** 「令和2年度からの累計」 for a cumulative indicator, unless its name already says so. */
  private cumulativeNote(indicator: Indicator, name: string) {
    const since = indicator.cumulative?.since;
    if (!indicator.cumulative || /累計|累積|cumulative/i.test(name)) return nothing;
    const m = chartMessages(this.locale);
    return html`<span class="unit">${m.aside(since !== undefined ? m.cumulative(this.yearText(since)) : m.cumulativeAny)}</span>`;
  }

  /** A year as the sentences, point names and the data table write it (the axis has its own style). */
  private yearText(year: number, style: FiscalYearStyle = this.years.long): string {
    return fiscalYearLabel(year, { style, locale: this.locale });
  }

  private renderFrame(g: Geometry) {
    const { plot } = g;
    return svg`
      ${g.notDue ? svg`<rect class="not-due" x=${g.notDue.x0} y=${plot.y0} width=${g.notDue.x1 - g.notDue.x0} height=${plot.y1 - plot.y0}></rect>` : nothing}
      <g class="grid" aria-hidden="true">
        ${g.yTicks.map((t) => svg`<line x1=${plot.x0} x2=${plot.x1} y1=${t.y} y2=${t.y}></line>`)}
      </g>
      <line class="axis domain" aria-hidden="true" x1=${plot.x0} x2=${plot.x1} y1=${plot.y1} y2=${plot.y1}></line>
    `;
  }

  /** The words on the chart, where the geometry placed them: none covers a marker or another word. */
  private renderLabels(labels: ChartLabel[], year: number) {
    const text = (l: ChartLabel, cls: string) => svg`<text class=${cls} x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>`;
    return svg`<g aria-hidden="true">${labels.map((l) => {
      switch (l.kind) {
        case 'x-tick': return svg`<g class="axis">${text(l, l.year === year ? 'current' : '')}</g>`;
        case 'y-tick': return svg`<g class="axis">${text(l, '')}</g>`;
        case 'not-due': return text(l, 'not-due-label');
        case 'status': return text(l, 'status-label');
        default: return svg`<g class="direction"><path d="M${l.x - 10} ${l.y - 12}v14m-4.5-4.5 4.5 5 4.5-5" fill="none" stroke="currentColor" stroke-width="2"></path>${text(l, '')}</g>`;
      }
    })}</g>`;
  }

  private renderLines(model: ChartModel, g: Geometry) {
    return svg`<g aria-hidden="true">
      <path class="target-line" d=${g.targetPath}></path>
      ${g.expectedPath ? svg`<path class="expected-line" d=${g.expectedPath}></path>` : nothing}
      ${model.data.actuals.map((s, i) => svg`<path class="actual-line series-${i}" d=${g.actualPaths[s.id] ?? ''}></path>`)}
    </g>`;
  }

  private renderPoint(p: PlacedPoint, i: number, model: ChartModel) {
    const seriesIndex = model.data.actuals.findIndex((s) => s.id === p.seriesId);
    const half = p.half;
    const marker = p.kind === 'target'
      ? svg`<rect class="marker-target" x=${p.cx - half} y=${p.cy - half} width=${half * 2} height=${half * 2}></rect>`
      : p.kind === 'expected'
        ? svg`<path class="marker-expected" d="M${p.cx - half} ${p.cy}h${half * 2}M${p.cx} ${p.cy - half}v${half * 2}"></path>`
      : p.kind === 'baseline'
        ? svg`<path class="marker-baseline" d="M${p.cx} ${p.cy - 7}l7 7-7 7-7-7z"></path>`
        : seriesIndex > 0
          ? svg`<path class="marker-actual series-${seriesIndex}" d="M${p.cx} ${p.cy - 6.5}l6.5 11h-13z"></path>`
          : svg`<circle class="marker-actual series-0" cx=${p.cx} cy=${p.cy} r="5.5"></circle>`;
    const focusable = i === (this.active >= 0 ? this.active : 0);
    return svg`<g class="point ${this.active === i ? 'active' : ''}" role="img" tabindex=${focusable ? 0 : -1}
        aria-label=${this.pointLabel(p, model)} @focus=${() => { this.pointer = false; this.active = i; }}>
      <circle class="hit" cx=${p.cx} cy=${p.cy} r="12"></circle>
      <circle class="focus-ring" cx=${p.cx} cy=${p.cy} r="10"></circle>
      ${marker}
    </g>`;
  }

  private pointLabel(p: PlacedPoint, model: ChartModel): string {
    return pointLabel(p, { ...model, locale: this.locale, styles: this.years });
  }

  private value(v: Value | null | undefined, model: ChartModel): string {
    return chartValue(v, model.indicator, this.locale);
  }

  private renderLegend(model: ChartModel, g: Geometry, m: ChartMessages) {
    const line = (cls: string, marker: unknown) => html`<svg viewBox="0 0 40 16" aria-hidden="true"><line class=${cls} x1="0" x2="40" y1="8" y2="8"></line>${marker}</svg>`;
    return html`<ul part="legend" class="legend">
      <li>${line('target-line', svg`<rect class="marker-target" x="15.5" y="3.5" width="9" height="9"></rect>`)}${m.target}</li>
      ${g.expectedPath ? html`<li>${line('expected-line', svg`<path class="marker-expected" d="M15 8h10M20 3v10"></path>`)}${chartMessages(this.locale).expectedLine}</li>` : nothing}
      ${model.data.actuals.map((s, i) => html`<li>${line(`actual-line series-${i}`, i
        ? svg`<path class="marker-actual series-${i}" d="M20 1.5l6.5 11h-13z"></path>`
        : svg`<circle class="marker-actual series-0" cx="20" cy="8" r="5.5"></circle>`)}${s.label ? m.legendActual(localize(s.label, this.locale)) : m.actual}</li>`)}
      ${model.data.baseline.length
        ? html`<li><svg viewBox="0 0 40 16" aria-hidden="true"><path class="marker-baseline" d="M20 1l7 7-7 7-7-7z"></path></svg>${m.baseline}</li>`
        : nothing}
      ${g.notDue ? html`<li><svg viewBox="0 0 40 16" aria-hidden="true"><rect class="not-due" x="4" y="1" width="32" height="14" stroke="currentColor" stroke-width="0.5"></rect></svg>${m.notDueShort}</li>` : nothing}
      ${model.data.direction === 'decrease' ? html`<li>↓ ${m.lowerIsBetter}</li>` : nothing}
    </ul>`;
  }

  private renderTable(model: ChartModel, m: ChartMessages) {
    const { data } = model;
    const cell = (p: { y: number | null; status: string; value: Value | null } | undefined) =>
      !p ? '' : p.value ? this.value(p.value, model) : p.status === 'not-due' || p.status === 'missing' ? '' : m.status[p.status as keyof ChartMessages['status']] ?? '';
    return html`<table part="table">
      <caption class="visually-hidden">${m.title(localize(model.indicator.name, this.locale))}</caption>
      <thead><tr><th scope="col">${m.year}</th><th scope="col">${m.target}</th>
        ${data.expected ? html`<th scope="col">${chartMessages(this.locale).expectedLine}</th>` : nothing}
        ${data.actuals.map((s) => html`<th scope="col">${s.label && data.actuals.length > 1 ? m.actualOf(localize(s.label, this.locale)) : m.actual}</th>`)}
      </tr></thead>
      <tbody>${data.years.map((year, i) => {
        const base = data.baseline.find((b) => b.year === year);
        return html`<tr>
          <th scope="row">${this.yearText(year)}${base ? html` <small>${m.baselineNote(this.value(base.value, model))}</small>` : nothing}</th>
          <td>${cell(data.targets.points[i])}</td>
          ${data.expected ? html`<td>${cell(data.expected.points[i])}</td>` : nothing}
          ${data.actuals.map((s) => html`<td>${cell(s.points[i])}</td>`)}
        </tr>`;
      })}</tbody>
    </table>`;
  }

  private onKey(e: KeyboardEvent, count: number): void {
    if (!count) return;
    const current = this.active >= 0 ? this.active : 0;
    const next = { ArrowRight: current + 1, ArrowDown: current + 1, ArrowLeft: current - 1, ArrowUp: current - 1, Home: 0, End: count - 1 }[e.key];
    if (next === undefined) {
      if (e.key === 'Escape') this.active = -1;
      return;
    }
    e.preventDefault();
    this.pointer = false;
    this.active = Math.max(0, Math.min(count - 1, next));
    this.updateComplete.then(() => this.renderRoot.querySelectorAll<SVGGElement>('.point')[this.active]?.focus());
  }

  private onPointer(e: PointerEvent, g: Geometry, width: number): void {
    const svgEl = e.currentTarget as SVGSVGElement;
    const box = svgEl.getBoundingClientRect();
    if (!box.width) return;
    const x = ((e.clientX - box.left) / box.width) * width;
    const y = ((e.clientY - box.top) / box.height) * svgEl.viewBox.baseVal.height;
    let best = -1;
    let bestDistance = Infinity;
    g.points.forEach((p, i) => {
      const d = Math.hypot(p.cx - x, (p.cy - y) / 3);
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    });
    this.pointer = true;
    this.active = bestDistance <= g.step / 2 + 4 ? best : -1;
  }
}



declare global {
  interface HTMLElementTagNameMap {
    'target-trend-chart': TargetTrendChart;
  }
}

import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ROUNDING_MODES, type RoundingMode } from '../../core/decimal.js';
import type { EvaluationRow } from '../../core/evaluate.js';
import { formatRateText } from '../../core/format.js';
import { judge, judgeOutcome, judgmentTier, resolveScheme, type JudgmentScheme, type JudgmentTier } from '../../core/judgment.js';
import { localize } from '../../core/localize.js';
import { parseValue } from '../../core/parse-value.js';
import { rateOutcome, roundRate, type Direction, type RateMethod } from '../../core/rate.js';
import type { DatasetDocument } from '../../core/dataset-json.js';
import type { Problem, Value } from '../../core/types.js';
import { badgeMessages } from '../../i18n/badge.js';
import { yearConverter } from '../shared/converters.js';
import type { DataFormat, DataSourceController } from '../shared/data-source.js';
import { dispatchIndicatorError } from '../shared/events.js';
import { RenderGuard } from '../shared/guard.js';
import { statusMessages } from '../../i18n/status.js';
import { hostStyles } from '../shared/host-styles.js';
import { elementLocale } from '../shared/lang.js';
import { afterParsing } from '../shared/after-parsing.js';
import { prepareServerRoot } from '../shared/server-root.js';
import { shapeIcon } from '../shared/shapes.js';
import { judgmentTokens } from '../shared/tokens.js';
import { styles } from './achievement-badge.styles.js';
import { messageStyles } from '../shared/message-styles.js';
import { badgeData } from './badge-support.js';
import { SupportLoader } from '../shared/support-loader.js';
import { hasInlineJson } from '../shared/inline-json.js';

// Re-exported so this entry point's types declare the `indicator-error` event.
export type { IndicatorErrorDetail } from '../shared/events.js';

/** Badge sizes. */
export const BADGE_SIZES = ['small', 'medium'] as const;
export type BadgeSize = (typeof BADGE_SIZES)[number];

interface BadgeView {
  tier: JudgmentTier | null;
  /** The rate as shown, "61.3%", or "". */
  rate: string;
  problem: Problem | null;
  given: boolean;
  /** Based on an estimate or preliminary actual (見込み, 速報値). */
  provisional?: boolean;
  /** The scheme the tier belongs to. */
  scheme?: JudgmentScheme | null;
  /** Problems elsewhere in the indicator's data that did not stop its judgment (a bad baseline year …). */
  warnings?: Problem[];
  /** Waiting for the data support, loaded on demand. */
  pending?: boolean;
}

/**
 * One judgment and its rate, shown by text and by shape, never by colour alone:
 * 「未達成 61.3%」, 「概ね達成 93.3%」, 「集計中」, 「C」. Every number and judgment comes from
 * `policy-indicators/core`, so it matches the table and the chart.
 *
 * Give it `target` + `actual` (+ `baseline`, `direction`, `method`), or a `rate`, or a given
 * `judgment`, or an `evaluation` row from `evaluate()`.
 *
 * @summary A judgment (達成 / 概ね達成 / 未達成 / 集計中, or A–D) with its achievement rate.
 *
 * @csspart base - The badge box.
 * @csspart icon - The judgment's shape (○ △ × …), an SVG.
 * @csspart label - The judgment text.
 * @csspart rate - The rate text, e.g. "61.3%".
 * @csspart warning - A 「!」 beside the judgment when the indicator's data (from `data` or `src`) has problems elsewhere; `indicator-error` lists them.
 * @csspart provisional - The 「暫定」 mark of a rate or judgment based on an estimate (見込み) or preliminary value.
 * @csspart loading - The message shown while `src` loads.
 * @csspart message - The message shown when `src` cannot be loaded.
 *
 * @cssproperty [--achievement-badge-background=var(--pi-surface, #fff)] - Background of the badge.
 * @cssproperty [--achievement-badge-color] - Text colour; by default the judgment's tone.
 * @cssproperty [--achievement-badge-success=var(--pi-success, #197a4b)] - Tone of 達成 and A/B.
 * @cssproperty [--achievement-badge-warning=var(--pi-warning, #c74700)] - Tone of 概ね達成.
 * @cssproperty [--achievement-badge-error=var(--pi-error, #ce0000)] - Tone of 未達成 and D.
 * @cssproperty [--achievement-badge-info=var(--pi-info, #0031d8)] - Tone of C.
 * @cssproperty [--achievement-badge-neutral=var(--pi-neutral, #4d4d4d)] - Tone of 集計中 and of no judgment.
 * @cssproperty [--achievement-badge-radius=0.375em] - Corner radius.
 * @cssproperty [--achievement-badge-gap=0.3em] - Space between shape, label and rate.
 * @cssproperty [--achievement-badge-font-size=1em] - Font size (small: 0.875em).
 *
 * @fires {CustomEvent<IndicatorErrorDetail>} indicator-error - When the inputs cannot be read (e.g. `actual="abc"`); `detail.problems` says which.
 */
export class AchievementBadge extends LitElement {
  static override styles = [judgmentTokens, hostStyles, messageStyles, styles];

  /** The target, as a number or spreadsheet text ("3,550"). Used with `actual`. */
  @property() target?: string;

  /** The actual, as a number or spreadsheet text; "集計中" shows 集計中. Used with `target`. */
  @property() actual?: string;

  /** The baseline, for `method="progress"`. */
  @property() baseline?: string;

  /** Which way is good: `increase` (default), `decrease`, `maintain`. */
  @property() direction: Direction = 'increase';

  /** `ratio` (default) or `progress` (from the baseline). */
  @property() method: RateMethod = 'ratio';

  /** A rate already computed, in percent; rounded to `digits` before it is judged. */
  @property({ type: Number }) rate?: number;

  /** A judgment given by the publisher, e.g. `C` with `scheme="given-grade"`, or `achieved`. */
  @property() judgment?: string;

  /**
   * The judgment scheme: `three-tier` (default), `given-grade`, `none`, or (as a property) a scheme
   * object as in a dataset's `evaluation.scheme`, so a custom scale's labels and shapes are shown.
   */
  @property({ converter: { fromAttribute: (v: string | null) => v ?? 'three-tier' } }) scheme: string | JudgmentScheme = 'three-tier';

  /** Decimal places of the rate. */
  @property({ type: Number }) digits = 1;

  /** `half-up` (四捨五入, default) or `truncate` (切り捨て). */
  @property() rounding: RoundingMode = 'half-up';

  /** A row from `evaluate()`; takes precedence over the other inputs. */
  @property({ attribute: false }) evaluation?: EvaluationRow;

  /** A dataset; with `indicator-id`, the badge shows that indicator's judgment for `fiscal-year`. */
  @property({ attribute: false }) data?: DatasetDocument;

  /** URL of a dataset (JSON or CSV, fetched once per page), or a child `<script type="application/json">`; used with `indicator-id`. */
  @property() src?: string;

  /** Format of `src`: `auto` (default), `json` or `csv`. */
  @property() format: DataFormat = 'auto';

  /**
   * Milliseconds to wait for `src` (default 15000, clamped to 100–300000): after it, a message says
   * the data did not come and `indicator-error` fires. Covers a server that never answers and a body that never ends.
   */
  @property({ type: Number }) timeout = 15000;

  /** The indicator of `data` / `src` to show. */
  @property({ attribute: 'indicator-id' }) indicatorId?: string;

  /** The fiscal year of `data` / `src` to judge; default the dataset's reported year. */
  @property({ attribute: 'fiscal-year', converter: yearConverter }) fiscalYear?: number;

  /** `small` or `medium` (default). */
  @property({ reflect: true }) size: BadgeSize = 'medium';

  /** A tighter variant for table cells. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Language of the texts; default: the nearest `lang` up the page, else Japanese. */
  @property() override lang = '';

  @state() private view: BadgeView = { tier: null, rate: '', problem: null, given: false };

  @state() private locale: string = 'ja';

  /** The loader, made once the data support has loaded and a source is asked for. */
  private source?: DataSourceController;
  /** Watches for an inline JSON child added after the badge was connected, until the loader takes over. */
  private childWatch?: MutationObserver;
  private guard = new RenderGuard();
  private sourceVersion = -1;

  /** The first update waits for the page to be parsed: the element's inline JSON may still be arriving (see afterParsing). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterParsing(this, () => super.scheduleUpdate());
  }

  protected override createRenderRoot() {
    prepareServerRoot(this);
    return super.createRenderRoot();
  }

  /**
   * Loads `src` again with a new request (which the page's other elements with the same `src` then
   * share), or re-reads the inline JSON; for a retry after a failure or when the file has changed.
   * Has no visible effect while `data` is set.
   */
  reload(): void {
    this.support.retry();
    this.source?.reload();
    this.requestUpdate();
  }

  /** Resolves when the badge has rendered, after the data support it needed has loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    if (this.view.pending) {
      await this.support.settled();
      result = await super.getUpdateComplete();
    }
    return result;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer && !this.source && !this.childWatch) {
      this.childWatch = new MutationObserver(() => this.requestUpdate());
      this.childWatch.observe(this, { childList: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childWatch?.disconnect();
    this.childWatch = undefined;
  }

  /**
   * Whether the inputs need validation, evaluation or the loader, which a badge with attributes does
   * not carry: they load on demand (or came with `policy-indicators`).
   */
  private needsData(): boolean {
    return this.data !== undefined || !!this.src || typeof this.scheme === 'object' || hasInlineJson(this);
  }

  override willUpdate(_changed: PropertyValues<this>): void {
    // Every input feeds the one view, so any change recomputes it; nothing here may throw.
    this.locale = elementLocale(this);
    const wanted = this.needsData() && !this.source;
    const support = this.support.get(wanted);
    if (wanted && support) {
      this.source = new support.DataSourceController(this);
      this.childWatch?.disconnect();
      this.childWatch = undefined;
    }
    const source = this.source;
    source?.sync();
    const sourceChanged = !!source && source.version !== this.sourceVersion;
    if (source) this.sourceVersion = source.version;
    if (sourceChanged && this.data === undefined && source!.state === 'error') this.pendingLoadError = true;
    try {
      this.view = this.computeView();
    } catch (e) {
      this.view = { tier: null, rate: '', given: false, problem: problem('$', 'unknown-value', String(e)) };
    }
  }

  private pendingLoadError = false;
  /** The data support (validation, evaluation, the loader), loaded when the inputs need it. */
  private support = new SupportLoader(this, badgeData);

  override updated(changed: PropertyValues<this>): void {
    this.guard.report(this, this.locale);
    const support = badgeData.get();
    if (this.pendingLoadError && this.source?.error && support) {
      this.pendingLoadError = false;
      dispatchIndicatorError(this, { problems: this.source.error.problems ?? [], message: support.loadErrorMessage(this.source.error, this.locale) });
      return;
    }
    // Once per distinct problem, whether it came from an attribute, a property or a loaded `src`.
    const inputs = ['target', 'actual', 'baseline', 'rate', 'judgment', 'scheme', 'evaluation', 'data', 'indicatorId'] as const;
    const problems = this.view.problem ? [this.view.problem] : (this.view.warnings ?? []);
    const key = problems.length ? problems.map((p) => `${p.path}|${p.message}`).join('\n') : null;
    if (key && (key !== this.reportedProblem || inputs.some((k) => changed.has(k)))) {
      dispatchIndicatorError(this, { problems, message: problems[0]!.message });
    }
    this.reportedProblem = key;
  }

  private reportedProblem: string | null = null;

  private computeView(): BadgeView {
    const support = badgeData.get();
    if (this.support.failure !== undefined) return { tier: null, rate: '', given: false, problem: problem('$', 'unknown-value', this.support.failure) };
    if (this.needsData() && !support) return { tier: null, rate: '', given: false, problem: null, pending: true };
    let scheme: JudgmentScheme | null;
    if (typeof this.scheme === 'string') {
      scheme = resolveScheme(this.scheme);
      if (!scheme) return { tier: null, rate: '', given: false, problem: problem('scheme', 'unknown-reference', this.scheme) };
    } else {
      const checked = support!.validateScheme(this.scheme);
      scheme = checked.scheme;
      if (!scheme) {
        const first = checked.problems.find((p) => p.severity === 'error');
        return { tier: null, rate: '', given: false, problem: first ?? problem('scheme', 'unknown-reference', this.scheme) };
      }
    }
    // Attribute values are not trusted: digits 0–6 (a huge digits value would stall the page), a known rounding mode.
    const asked = Number(this.digits);
    const options = {
      digits: Number.isInteger(asked) && asked >= 0 && asked <= 6 ? asked : 1,
      rounding: (ROUNDING_MODES as readonly string[]).includes(this.rounding) ? this.rounding : 'half-up',
    } as const;
    const fmt = (text: string | null) => formatRateText(text, this.locale);

    const dataset = this.data !== undefined ? this.data : this.source?.value;
    const fromData = this.evaluation || dataset === undefined || !this.indicatorId || !support ? null : support.rowFromDataset(dataset, this.indicatorId, this.fiscalYear);
    if (fromData && 'problem' in fromData) {
      const path = fromData.code === 'not-an-object' ? 'data' : 'indicator-id';
      return { tier: null, rate: '', given: false, problem: fromData.problem ?? problem(path, fromData.code ?? 'unknown-value', path === 'data' ? dataset : this.indicatorId) };
    }
    if (this.evaluation || fromData) {
      const e = (this.evaluation ?? fromData!.row)!;
      const rowScheme = fromData ? fromData.scheme : scheme;
      // A grade the publisher gave stands alone: a rate we computed beside it is shown in its own column, not as part of the grade.
      const rate = rowScheme.computed || !e.judgment ? fmt(e.rateText) : '';
      return {
        tier: judgmentTier(e.judgment, rowScheme), rate, problem: null, given: !rowScheme.computed, provisional: !!e.provisional,
        scheme: rowScheme, warnings: fromData?.warnings ?? [],
      };
    }
    if (this.judgment) {
      const tier = judgmentTier(this.judgment, scheme);
      if (!tier) return { tier: null, rate: '', given: true, problem: problem('judgment', 'unknown-reference', this.judgment) };
      const rate = this.rate == null ? null : roundRate(this.rate, options).text;
      return { tier, rate: fmt(rate), problem: null, given: true, scheme };
    }
    if (this.rate != null) {
      const outcome = roundRate(this.rate, options);
      if (outcome.rate == null) return { tier: null, rate: '', given: false, problem: problem('rate', 'not-a-number', this.rate) };
      return { tier: judgmentTier(judge(outcome.rate, scheme), scheme), rate: fmt(outcome.text), problem: null, given: false, scheme };
    }
    if (this.target == null && this.actual == null) return { tier: null, rate: '', problem: null, given: false };

    const values: Partial<Record<'target' | 'actual' | 'baseline', Value | null>> = {};
    for (const name of ['target', 'actual', 'baseline'] as const) {
      const parsed = parseValue(this[name]);
      if (parsed?.error) return { tier: null, rate: '', given: false, problem: problem(name, parsed.error.code, this[name]) };
      values[name] = parsed?.value ?? null;
    }
    if (values.actual?.status === 'tallying') return { tier: scheme.tallying ?? null, rate: '', problem: null, given: false, scheme };
    const comparator = values.target?.comparator;
    const outcome = rateOutcome(
      {
        target: values.target?.decimal, actual: values.actual?.decimal, baseline: values.baseline?.decimal,
        direction: this.direction, method: this.method, ...(comparator && { comparator }),
      },
      options,
    );
    const id = judgeOutcome(outcome, scheme);
    const provisional = values.actual?.qualifier === 'estimate' || values.actual?.qualifier === 'preliminary';
    return { tier: judgmentTier(id, scheme), rate: fmt(outcome.text), problem: null, given: false, provisional, scheme };
  }

  override render() {
    return this.guard.render(() => this.renderView(), this.locale);
  }

  private renderView() {
    const m = badgeMessages(this.locale);
    const support = badgeData.get();
    if (this.data === undefined && support && this.source && (this.source.state === 'loading' || this.source.state === 'error')) {
      return support.renderLoadState(this.source, this.locale);
    }
    const { tier, rate, problem: bad, given, provisional, warnings = [], pending } = this.view;
    if (pending) return html`<span part="loading" class="loading" role="status">${statusMessages(this.locale).load.loading}</span>`;
    if (bad) {
      return html`<span part="base" class="badge tone-error problem" title=${bad.message}>
        <span part="label">${m.unreadable}</span>
      </span>`;
    }
    const label = tier ? localize(tier.label, this.locale) : '';
    const description = tier?.description ? localize(tier.description, this.locale) : '';
    const base = !tier
      ? rate ? m.rateOnly(rate) : m.none
      : given
        ? m.grade(label, description)
        : rate ? m.rated(rate, label) : label;
    const named = provisional && (tier || rate) ? m.provisional(base) : base;
    const name = warnings.length ? m.withProblems(named, warnings.length) : named;
    return html`<span part="base" class="badge tone-${tier?.tone ?? 'neutral'}">
      ${shapeIcon(tier?.shape, 'part="icon"')}
      <span part="label" aria-hidden="true">${label || (rate ? '' : '—')}</span>
      ${rate ? html`<span part="rate" class="rate" aria-hidden="true">${rate}</span>` : nothing}
      ${provisional && (tier || rate) ? html`<span part="provisional" class="provisional" aria-hidden="true">${m.provisionalMark}</span>` : nothing}
      ${warnings.length ? html`<span part="warning" class="warning" aria-hidden="true" title=${warnings[0]!.message}>!</span>` : nothing}
      <span class="visually-hidden">${name}</span>
    </span>`;
  }
}

/** An input as a problem shows it: strings quoted, other values as written (the badge's inputs are short). */
const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : v === undefined ? 'nothing' : typeof v === 'object' && v ? '[object]' : String(v));

function problem(path: string, code: Problem['code'], got: unknown): Problem {
  const text = show(got);
  return { path, code, severity: 'error', got: text, message: `${path}: cannot read ${text}` };
}


declare global {
  interface HTMLElementTagNameMap {
    'achievement-badge': AchievementBadge;
  }
}

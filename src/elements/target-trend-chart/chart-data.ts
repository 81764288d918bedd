import { chartData, chartProblem, type ChartData } from '../../chart/data.js';
import { rowsOfActuals } from '../../chart/labels.js';
import { evaluate, evaluateSeries, type EvaluationRow } from '../../core/evaluate.js';
import { resolveScheme, type JudgmentScheme } from '../../core/judgment.js';
import type { Dataset, Indicator, Problem } from '../../core/types.js';
import { validate } from '../../core/validate.js';
import type { ChartMessages } from '../../i18n/chart.js';
import { commonMessages, describeProblem } from '../../i18n/common.js';
import { withSourceProblems } from '../shared/data-source.js';
import { loadErrorMessage, renderLoadState } from '../shared/load-state.js';
import { chartDataSupport } from './chart-support.js';

/** What the chart draws, decided from its inputs. */
export interface ChartModel {
  dataset: Dataset;
  scheme: JudgmentScheme | null;
  indicator: Indicator;
  data: ChartData;
  row: EvaluationRow | null;
  /** The evaluated row of each year with an actual, by series id and year, for the point labels. */
  rowsByYear: Map<string, EvaluationRow>;
  year: number;
}

/** Why there is no chart: the key of its message in the chart's catalogue. */
export type ChartProblemKey = keyof ChartMessages['problems'];

/** The chart's inputs: a lone `indicator`, else `data` (or the dataset read from `src`) with `indicatorId`. */
export interface ChartInputs {
  indicator?: unknown;
  data?: unknown;
  /** The dataset read from `src` and the problems of reading it (CSV rows). */
  source: { value: unknown; problems: readonly Problem[] };
  indicatorId?: string | undefined;
  fiscalYear?: number | undefined;
}

/** A model to draw, or why there is none; and the problems of the indicator's own data either way. */
export interface ChartBuild {
  model: ChartModel | null;
  problem: ChartProblemKey | null;
  problems: Problem[];
}

/** For a lone indicator: the last year with an actual value, else the current year. */
function latestActualYear(indicator: unknown): number {
  const actuals = (indicator as { actuals?: Record<string, unknown> })?.actuals;
  const years = actuals ? Object.keys(actuals).map(Number).filter(Number.isInteger) : [];
  return years.length ? Math.max(...years) : new Date().getFullYear();
}

/** Validates and evaluates the chart's inputs into what it draws. */
export function buildChart(inputs: ChartInputs): ChartBuild {
  let dataset: Dataset | null = null;
  let indicator: Indicator | undefined;
  let problems: Problem[] = [];
  if (inputs.indicator !== undefined) {
    const result = validate({ plan: { title: '-', publisher: '-', reportedYear: inputs.fiscalYear ?? latestActualYear(inputs.indicator) }, indicators: [inputs.indicator] });
    dataset = result.dataset;
    indicator = dataset?.indicators[0];
    problems = result.problems.filter((p) => p.severity === 'error');
  } else if (inputs.data !== undefined || inputs.source.value !== undefined) {
    const result = withSourceProblems(validate(inputs.data !== undefined ? inputs.data : inputs.source.value), inputs.data !== undefined ? [] : inputs.source.problems);
    dataset = result.dataset;
    indicator = dataset?.indicators.find((i) => i.id === inputs.indicatorId);
    problems = result.problems.filter((p) => p.severity === 'error' && (p.indicatorId === undefined || p.indicatorId === inputs.indicatorId));
    if (dataset && !indicator) return { model: null, problem: inputs.indicatorId ? 'not-found' : 'no-indicator', problems };
  }
  if (!dataset || !indicator) {
    const given = inputs.data !== undefined || inputs.indicator !== undefined || inputs.source.value !== undefined;
    return { model: null, problem: !given ? null : dataset ? 'no-indicator' : 'invalid', problems };
  }
  const found = indicator;
  const year = inputs.fiscalYear ?? dataset.plan.reportedYear;
  const data = chartData(found, year, dataset.evaluation.basis);
  const problem = chartProblem(data);
  if (problem) return { model: null, problem, problems };
  const rows = evaluate(dataset, { year }).filter((r) => r.indicatorId === found.id);
  const { evaluation, plan } = dataset;
  const rowsByYear = rowsOfActuals(found, year, (i, y) => evaluateSeries(found, found.series[i]!, y, evaluation, plan.reportedYear));
  const scheme = resolveScheme(evaluation.scheme);
  return { model: { dataset, scheme, indicator: found, data, row: rows.find((r) => r.status !== 'not-comparable') ?? rows[0] ?? null, rowsByYear, year }, problem: null, problems };
}

/**
 * What `<target-trend-chart>` needs once it has data: validation, evaluation, the chart's data
 * series and the words of problems and load failures. The element loads this module as soon as it
 * has an input (while `src` is fetched); `policy-indicators`, the CDN bundles and a server render
 * import it up front.
 */
export const CHART_DATA = {
  buildChart,
  describeProblem,
  loadErrorMessage,
  renderLoadState,
  problemCount: (count: number, locale: string) => commonMessages(locale).problemCount(count),
};
export type ChartDataSupport = typeof CHART_DATA;

chartDataSupport.provide(CHART_DATA);

import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import '../src/elements/target-trend-chart/target-trend-chart.js';
import { WAITING_CHILDREN } from '../demo/examples.js';
import { ASAKA, ATSUGI, dark, narrow, FOUR_GRADE_PLAN, NAGANO, SAPPORO } from './helpers.js';

/** Every public attribute and property of the element, as the controls set them (see .storybook/arg-types.ts). */
interface Args {
  src?: string;
  data?: unknown;
  format?: string;
  timeout?: number;
  indicatorId?: string;
  indicator?: unknown;
  fiscalYear?: number;
  yearStyle?: string;
  height?: number;
  showTable?: boolean;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/target-trend-chart',
  component: 'target-trend-chart',
  render: (a) => html`<div style="max-width:56rem"><target-trend-chart src=${a.src ?? nothing} .data=${a.data} format=${a.format ?? nothing}
    timeout=${a.timeout ?? nothing} indicator-id=${a.indicatorId ?? nothing} .indicator=${a.indicator} fiscal-year=${a.fiscalYear ?? nothing}
    year-style=${a.yearStyle ?? nothing} height=${a.height ?? nothing} ?show-table=${a.showTable} lang=${a.lang ?? nothing}></target-trend-chart></div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Atsugi No.1: baseline FY2023, targets FY2024–FY2026, one actual (61.3%, 未達成). */
export const AtsugiIndicator: Story = { args: { src: ATSUGI, indicatorId: 'a01' } };
/** 集計中 in the reported year. */
export const Tallying: Story = { args: { src: ATSUGI, indicatorId: 'a17' } };
/** A percent indicator whose target is below its baseline (LED ratio). */
export const TargetBelowBaseline: Story = { args: { src: ATSUGI, indicatorId: 'a21' } };
/** Cumulative since FY2020. */
export const Cumulative: Story = { args: { src: ATSUGI, indicatorId: 'a07' } };
/** Census-based: a value only in census years; gaps, not zeros. */
export const CensusGaps: Story = { args: { src: ASAKA, indicatorId: 'a1-3-2' } };
/** Targets 1, 0, 1, 0, 1. */
export const ZeroTargets: Story = { args: { src: ASAKA, indicatorId: 'a2-1-3' } };
/** Two actual series after a definition change. */
export const DualSeries: Story = { args: { src: ASAKA, indicatorId: 'a1-2-2' } };
/** From the 2018 baseline to FY2028; FY2025 on not due. */
export const LongSeries: Story = { args: { src: ASAKA, indicatorId: 'a1-1-3' } };
/** Lower is better (our own example data). */
export const Decreasing: Story = { args: { indicator: WAITING_CHILDREN, fiscalYear: 2024 } };
export const WithTable: Story = { args: { src: ASAKA, indicatorId: 'a1-1-3', showTable: true } };
export const English: Story = { args: { src: ATSUGI, indicatorId: 'a01', lang: 'en', yearStyle: 'fy' } };
export const Narrow: Story = { render: () => narrow(html`<target-trend-chart src=${ASAKA} indicator-id="a1-1-3"></target-trend-chart>`, 320) };
export const Dark: Story = { render: () => dark(html`<target-trend-chart src=${ATSUGI} indicator-id="a01"></target-trend-chart>`) };
/** 長野県: the 目安値 (expected values) as their own line, progress from the baseline, the city's grade. */
export const ExpectedValues: Story = { args: { src: NAGANO, indicatorId: 'n2' } };
/** A custom 4-grade scale judged against the straight line to the final target. */
export const CustomScale: Story = { args: { data: FOUR_GRADE_PLAN, indicatorId: 'a' } };
/** 札幌市 保育所待機児童数: a zero target, no judgment printed, each value with its own year. */
export const ZeroTargetNoJudgment: Story = { args: { src: SAPPORO, indicatorId: 'e03' } };
/** Not in the data: a readable message. */
export const NotFound: Story = { args: { src: ATSUGI, indicatorId: 'nope' } };
/** No targets: nothing to chart, said plainly. */
export const NoTargets: Story = { args: { indicator: { id: 'x', name: '目標のない指標', unit: '件', actuals: { 2023: 1, 2024: 2 } } } };

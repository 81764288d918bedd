import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import '../src/elements/achievement-badge/achievement-badge.js';
import { ATSUGI, FOUR_GRADE, dark } from './helpers.js';

/** Every public attribute and property of the element, as the controls set them (see .storybook/arg-types.ts). */
interface Args {
  target?: string;
  actual?: string;
  baseline?: string;
  direction?: string;
  method?: string;
  rate?: number;
  judgment?: string;
  scheme?: string;
  digits?: number;
  rounding?: string;
  evaluation?: unknown;
  data?: unknown;
  src?: string;
  format?: string;
  timeout?: number;
  indicatorId?: string;
  fiscalYear?: number;
  size?: string;
  compact?: boolean;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/achievement-badge',
  component: 'achievement-badge',
  render: (a) => html`<achievement-badge target=${a.target ?? nothing} actual=${a.actual ?? nothing} baseline=${a.baseline ?? nothing}
    direction=${a.direction ?? nothing} method=${a.method ?? nothing} rate=${a.rate ?? nothing} judgment=${a.judgment ?? nothing}
    scheme=${a.scheme ?? nothing} digits=${a.digits ?? nothing} rounding=${a.rounding ?? nothing} .evaluation=${a.evaluation} .data=${a.data}
    src=${a.src ?? nothing} format=${a.format ?? nothing} timeout=${a.timeout ?? nothing} indicator-id=${a.indicatorId ?? nothing}
    fiscal-year=${a.fiscalYear ?? nothing} size=${a.size ?? nothing} ?compact=${a.compact} lang=${a.lang ?? nothing}></achievement-badge>`,
};
export default meta;
type Story = StoryObj<Args>;

/** 達成: Atsugi No.8, 45 of 25 (180.0%). */
export const Achieved: Story = { args: { target: '25', actual: '45' } };
/** 概ね達成: Atsugi No.3, 14 of 15 (93.3%). */
export const NearlyAchieved: Story = { args: { target: '15', actual: '14' } };
/** 未達成: Atsugi No.1, 2,176 of 3,550 (61.3%). */
export const NotAchieved: Story = { args: { target: '3,550', actual: '2,176' } };
/** 集計中: the actual is still being tallied. */
export const Tallying: Story = { args: { target: '30', actual: '集計中' } };
/** A rate given as 99.95 shows as 100.0% and is 達成, never 概ね達成. */
export const RateRoundsTo100: Story = { args: { rate: 99.95 } };
/** Target 0 (Asaka's seminar in FY2025): met without a rate. */
export const TargetZero: Story = { args: { target: '0', actual: '1' } };
/** Lower is better: target 10, actual 12 → 83.3%. */
export const Decreasing: Story = { args: { target: '10', actual: '12', direction: 'decrease' } };
/** The grades Asaka gives its measures. */
export const GivenGrades: Story = {
  render: () => html`${['A', 'B', 'C', 'D'].map((g) => html`<achievement-badge judgment=${g} scheme="given-grade"></achievement-badge> `)}`,
};
export const English: Story = { args: { target: '3550', actual: '2176', lang: 'en' } };
export const SmallAndCompact: Story = {
  render: () => html`<achievement-badge size="small" target="15" actual="14"></achievement-badge>
    <achievement-badge compact size="small" target="15" actual="14"></achievement-badge>`,
};
/** A custom scale given as data (property `scheme`): its own labels and shapes. */
export const CustomScheme: Story = {
  render: () => html`${['100', '85', '60', '10'].map((a) => html`<achievement-badge .scheme=${FOUR_GRADE} target="100" actual=${a}></achievement-badge> `)}`,
};
/** An actual printed as 見込み: the judgment is marked 暫定 (provisional). */
export const Provisional: Story = { args: { target: '80', actual: '23（見込み）' } };
/** An inequality target: met or not met, exactly at the bound, no rate. */
export const InequalityTarget: Story = {
  render: () => html`<achievement-badge target="1.0%未満" actual="0.9%"></achievement-badge>
    <achievement-badge target="1.0%未満" actual="1.0%"></achievement-badge>`,
};
/** A lower-is-better target of 0: met or not met, no meaningless 0.0%. */
export const ZeroTargetDecreasing: Story = { args: { target: '0', actual: '1389', direction: 'decrease' } };
/** From a dataset by URL: Atsugi No.10 (59.8%). */
export const FromSrc: Story = { args: { src: ATSUGI, indicatorId: 'a10' } };
/** Unreadable input: a readable problem, an indicator-error event. */
export const InvalidInput: Story = { args: { target: '10', actual: 'abc' } };
export const Dark: Story = {
  render: () => dark(html`${['10', '9', '1', '集計中'].map((a) => html`<achievement-badge target="10" actual=${a}></achievement-badge> `)}`),
};

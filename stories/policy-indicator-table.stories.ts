import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import '../src/elements/policy-indicator-table/policy-indicator-table.js';
import { ASAKA, ATSUGI, FOUR_GRADE_PLAN, NAGANO, SADO, SAPPORO, dark, narrow } from './helpers.js';

/** Every public attribute and property of the element, as the controls set them (see .storybook/arg-types.ts). */
interface Args {
  src?: string;
  data?: unknown;
  format?: string;
  timeout?: number;
  fiscalYear?: number;
  layout?: string;
  columns?: string;
  years?: string;
  yearStyle?: string;
  filter?: string;
  sort?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/policy-indicator-table',
  component: 'policy-indicator-table',
  render: (a) => html`<policy-indicator-table src=${a.src ?? nothing} .data=${a.data} format=${a.format ?? nothing} timeout=${a.timeout ?? nothing}
    fiscal-year=${a.fiscalYear ?? nothing} layout=${a.layout ?? nothing} columns=${a.columns ?? nothing} years=${a.years ?? nothing}
    year-style=${a.yearStyle ?? nothing} filter=${a.filter ?? nothing} sort=${a.sort ?? nothing} lang=${a.lang ?? nothing}></policy-indicator-table>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The real Atsugi FY2024 report (31 rows; 達成 20, 未達成 8, 集計中 3). */
export const AtsugiReport: Story = { args: { src: ATSUGI } };
export const AtsugiEnglish: Story = { args: { src: ATSUGI, lang: 'en' } };
export const AtsugiWesternYears: Story = { args: { src: ATSUGI, yearStyle: 'fy' } };
export const AtsugiNotAchievedOnly: Story = { args: { src: ATSUGI, filter: 'not-achieved' } };
export const AtsugiSortedByRate: Story = { args: { src: ATSUGI, sort: 'rate-desc', columns: 'no indicator actual result rate' } };
/** The real Asaka sheets: every plan year, census years, the dual series, the city's grades. */
export const AsakaSheets: Story = { args: { src: ASAKA } };
export const AsakaFY2023: Story = { args: { src: ASAKA, fiscalYear: 2023 } };
export const AsakaEnglish: Story = { args: { src: ASAKA, lang: 'en', yearStyle: 'fy' } };
/** A phone: the table scrolls sideways with a hint; the indicator name stays in view. */
export const Narrow: Story = { render: () => narrow(html`<policy-indicator-table src=${ATSUGI}></policy-indicator-table>`) };
export const Dark: Story = { render: () => dark(html`<policy-indicator-table src=${ATSUGI} columns="no indicator actual result rate"></policy-indicator-table>`) };
/** Edge cases of the core in one table: target 0, actual 0, decrease, tallying, not surveyed, not due, invalid. */
export const EdgeCases: Story = {
  args: {
    data: {
      plan: { title: '境界値の例', publisher: '例示市', reportedYear: 2024, period: { start: 2024, end: 2025 } },
      indicators: [
        { id: 'zero-target', no: 1, name: '目標0回のセミナー', unit: '回', direction: 'increase', targets: { 2024: 0, 2025: 1 }, actuals: { 2024: 1 } },
        { id: 'zero-actual', no: 2, name: '実績0件', unit: '件', direction: 'increase', targets: { 2024: 14, 2025: 14 }, actuals: { 2024: 0 } },
        { id: 'decrease', no: 3, name: '待機児童数（少ないほど良い）', unit: '人', direction: 'decrease', targets: { 2024: 10, 2025: 5 }, actuals: { 2024: 12 } },
        { id: 'tallying', no: 4, name: '市民意識調査の割合', unit: '%', direction: 'increase', targets: { 2024: '45.0', 2025: '48.0' }, actuals: { 2024: '集計中' } },
        { id: 'census', no: 5, name: '事業所数（経済センサス）', unit: '事業所', direction: 'increase', surveyYears: [2021, 2026], targets: { 2024: 520, 2025: 525 }, actuals: { 2021: 508, 2024: '—' } },
        { id: 'no-direction', no: 7, name: '方向の示されていない指標', unit: '件', targets: { 2024: 10 }, actuals: { 2024: 8 } },
        { id: 'invalid', no: 6, name: '読み取れない目標', unit: '件', direction: 'increase', targets: { 2024: '3,550人' }, actuals: { 2024: 5 } },
      ],
    },
  },
};
/** A custom 4-grade scale (A 順調 / B+ 概ね順調 / B やや遅れ / C 遅れ) judged against expected values, with an estimate, a note, a zero and an inequality target. */
export const CustomScale: Story = { args: { data: FOUR_GRADE_PLAN } };
export const CustomScaleEnglish: Story = { args: { data: FOUR_GRADE_PLAN, lang: 'en' } };
/** 長野県: final-year targets, printed 目安値 as 期待値, the city's A/B/C, latest actuals with their years. */
export const FinalYearTargets: Story = { args: { src: NAGANO } };
/** 佐渡市: a verbal A–E scale given by the city, text-only targets, 「14.5%未満」, numbered notes. */
export const VerbalScale: Story = { args: { src: SADO } };
/** 札幌市: a report without judgments: no filters, no result column; each value with its own year. */
export const NoJudgment: Story = { args: { src: SAPPORO } };
/** Invalid data from a file: located messages, the rest rendered. */
export const InvalidData: Story = { args: { src: 'test/fixtures/invalid-data.json' } };
/** A Shift_JIS CSV exported from Excel. */
export const FromCsv: Story = { args: { src: 'test/fixtures/kpi-sjis.csv' } };
/** A missing file: a readable 404 message. */
export const NotFound: Story = { args: { src: 'data/no-such-file.json' } };
/** No data given yet. */
export const NoData: Story = { args: {} };

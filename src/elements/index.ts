/** Registers every element. */
export * from './achievement-badge/achievement-badge.js';
export * from './policy-indicator-table/policy-indicator-table.js';
export * from './target-trend-chart/target-trend-chart.js';
export { DATA_FORMATS, type DataFormat } from './shared/data-source.js';
export type { IndicatorErrorDetail } from './shared/events.js';

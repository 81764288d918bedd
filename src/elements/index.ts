/** Registers every element. */
// Up front here (the badge alone loads it on demand): a badge from `data` renders in one pass, on a server too.
import './achievement-badge/badge-data.js';
export * from './achievement-badge/achievement-badge.js';
export * from './policy-indicator-table/policy-indicator-table.js';
export * from './target-trend-chart/target-trend-chart.js';
export { DATA_FORMATS, type DataFormat } from './shared/data-source.js';
export type { IndicatorErrorDetail } from './shared/events.js';

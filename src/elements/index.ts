/** Registers every element. */
// Up front here (each element alone loads its data support on demand): an element given `data` renders
// in one pass, on a server too.
import './achievement-badge/badge-data.js';
import './policy-indicator-table/table-data.js';
import './target-trend-chart/chart-data.js';
export * from './achievement-badge/achievement-badge.js';
export * from './policy-indicator-table/policy-indicator-table.js';
export * from './target-trend-chart/target-trend-chart.js';
export { DATA_FORMATS, type DataFormat } from './shared/data-source.js';
export type { IndicatorErrorDetail } from './shared/events.js';

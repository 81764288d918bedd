/** Registers every element. */
// The table first: defining it starts the request for its `src` (in connectedCallback), so the
// response is on its way while the rest of the bundle evaluates.
export * from './policy-indicator-table/policy-indicator-table.js';
// Up front here (each element alone loads its data support on demand): an element given `data` renders
// in one pass, on a server too.
import './achievement-badge/badge-data.js';
import './policy-indicator-table/table-data.js';
import './target-trend-chart/chart-data.js';
export * from './achievement-badge/achievement-badge.js';
export * from './target-trend-chart/target-trend-chart.js';
export { DATA_FORMATS, type DataFormat } from './shared/data-source.js';
export type { IndicatorErrorDetail } from './shared/events.js';

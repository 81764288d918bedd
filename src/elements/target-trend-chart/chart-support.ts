import { onDemand } from '../shared/on-demand.js';
import type { ChartDataSupport } from './chart-data.js';

/** The chart's data support (chart-data.ts): loaded on demand, or provided by an entry that imported it. */
export const chartDataSupport = onDemand<ChartDataSupport>(() => import('./chart-data.js').then((m) => m.CHART_DATA));

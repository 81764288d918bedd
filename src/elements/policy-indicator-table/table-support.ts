import { onDemand } from '../shared/on-demand.js';
import type { TableData } from './table-data.js';

/** The table's data support (table-data.ts): loaded on demand, or provided by an entry that imported it. */
export const tableData = onDemand<TableData>(() => import('./table-data.js').then((m) => m.TABLE_DATA));

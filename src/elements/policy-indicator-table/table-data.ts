import { validate } from '../../core/validate.js';
import { describeProblem } from '../../i18n/common.js';
import { tableModel } from '../../view/table-model.js';
import { withSourceProblems } from '../shared/data-source.js';
import { loadErrorMessage, renderLoadState } from '../shared/load-state.js';
import { tableData } from './table-support.js';
import { renderProblemBox, renderTable } from './table-render.js';

/**
 * What `<policy-indicator-table>` needs once it has a dataset: validation, the view model (with
 * evaluation and the summary), its rendering (table-render.ts) and the words of problems and load failures. The element loads this
 * module as soon as it is connected (while `src` is fetched), so the element's own code, which
 * defines the tag, is small; `policy-indicators`, the CDN bundles and a server render import it up
 * front.
 */
export const TABLE_DATA = { validate, withSourceProblems, tableModel, describeProblem, loadErrorMessage, renderLoadState, renderTable, renderProblemBox };
export type TableData = typeof TABLE_DATA;

tableData.provide(TABLE_DATA);

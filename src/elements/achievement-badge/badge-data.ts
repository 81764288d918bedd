import { evaluate, type EvaluationRow } from '../../core/evaluate.js';
import { resolveScheme, type JudgmentScheme } from '../../core/judgment.js';
import type { Problem } from '../../core/types.js';
import { validate, validateScheme } from '../../core/validate.js';
import { DataSourceController } from '../shared/data-source.js';
import { loadErrorMessage, renderLoadState } from '../shared/load-state.js';
import { badgeData } from './badge-support.js';

/** A row of a dataset for the badge, with the dataset's scheme and the problems beside it, or why there is none. */
export type DatasetRow =
  | { row: EvaluationRow; scheme: JudgmentScheme; warnings: Problem[] }
  | { problem: Problem | null; code?: Problem['code'] };

/**
 * The row of `indicatorId` in a dataset for `fiscalYear` (default: the reported year). An indicator
 * whose own value cannot be read says so (never a quiet 「— 判定なし」); whatever else is wrong in
 * its data, or the plan's, comes back as warnings beside the judgment.
 */
function rowFromDataset(input: unknown, indicatorId: string, fiscalYear: number | undefined): DatasetRow {
  const { dataset, problems } = validate(input);
  if (!dataset) return { problem: problems.find((p) => p.severity === 'error') ?? null, code: 'not-an-object' };
  const scheme = resolveScheme(dataset.evaluation.scheme);
  const rows = evaluate(dataset, fiscalYear ? { year: fiscalYear } : {}).filter((r) => r.indicatorId === indicatorId);
  const row = rows.find((r) => r.status !== 'not-comparable') ?? rows[0];
  if (!row || !scheme) return { problem: null, code: 'unknown-reference' };
  if (row.status === 'invalid') {
    const own = problems.find((p) => p.severity === 'error' && p.indicatorId === row.indicatorId && (p.year === undefined || p.year === row.year));
    return { problem: own ?? null, code: 'unknown-value' };
  }
  const warnings = problems.filter((p) => p.severity === 'error' && (p.indicatorId === row.indicatorId || p.indicatorId === undefined));
  return { row, scheme, warnings };
}

/**
 * What a badge needs only for `data`, `src`, inline JSON or a scheme object: validation, evaluation
 * and the loader. `<achievement-badge>` loads this module on demand, so a badge with attributes does
 * not carry it; `policy-indicators` (and the CDN bundles) import it up front, which also lets a server
 * render a badge from `data` in one pass.
 */
export const BADGE_DATA = { DataSourceController, rowFromDataset, validateScheme, renderLoadState, loadErrorMessage };
export type BadgeData = typeof BADGE_DATA;

badgeData.provide(BADGE_DATA);

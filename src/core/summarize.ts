import type { EvaluationRow, RowStatus } from './evaluate.js';
import { flattenGroups, indicatorsOfGroup } from './groups.js';
import { judgmentTier, resolveScheme, type JudgmentScheme } from './judgment.js';
import type { LocalizedText } from './localize.js';
import type { Dataset, Group } from './types.js';

export interface SummaryLine {
  /** The judgment id the line is named after. */
  id: string;
  label: LocalizedText;
  /** The judgment ids counted on this line (達成 counts 概ね達成 too). */
  includes: readonly string[];
  count: number;
}

export interface Summary {
  /** Rows summarised. */
  total: number;
  /** Rows per judgment id. */
  counts: Record<string, number>;
  /** The lines a report prints, e.g. 達成 20（概ね達成含む）・未達成 8・集計中 3. */
  lines: SummaryLine[];
  /** Rows without a judgment (not due, not surveyed, missing, invalid ...). */
  unjudged: number;
  /** Rows per status. */
  statuses: Partial<Record<RowStatus, number>>;
}

/** Counts per judgment for a set of rows, grouped the way the scheme's report prints them. */
export function summarize(rows: readonly EvaluationRow[], scheme: string | JudgmentScheme = 'three-tier'): Summary {
  const s = resolveScheme(scheme);
  const counts: Record<string, number> = {};
  const statuses: Partial<Record<RowStatus, number>> = {};
  let unjudged = 0;
  for (const row of rows) {
    statuses[row.status] = (statuses[row.status] ?? 0) + 1;
    if (row.judgment == null) unjudged++;
    else counts[row.judgment] = (counts[row.judgment] ?? 0) + 1;
  }
  const groups = s?.summary ?? [...(s?.tiers ?? []), ...(s?.tallying ? [s.tallying] : [])].map((t) => ({ id: t.id, includes: [t.id] }));
  const lines = groups.map((g) => ({
    id: g.id,
    label: judgmentTier(g.id, s ?? undefined)?.label ?? g.id,
    includes: g.includes,
    count: g.includes.reduce((n, id) => n + (counts[id] ?? 0), 0),
  }));
  return { total: rows.length, counts, lines, unjudged, statuses };
}

export interface GroupSummary {
  group: Group;
  depth: number;
  ancestors: string[];
  /** The summary of the rows of every indicator the group or its descendants list. */
  summary: Summary;
  /** The judgment the publisher gave the group for the year, if any (Asaka's A–D). */
  givenJudgment: string | null;
}

/** A summary for every group of the hierarchy, depth first. `rows` come from `evaluate`. */
export function summarizeGroups(
  dataset: Dataset,
  rows: readonly EvaluationRow[],
  scheme: string | JudgmentScheme = dataset.evaluation.scheme,
): GroupSummary[] {
  const year = rows[0]?.year ?? dataset.plan.reportedYear;
  return flattenGroups(dataset.groups).map(({ group, depth, ancestors }) => {
    const ids = new Set(indicatorsOfGroup(group));
    return {
      group,
      depth,
      ancestors,
      summary: summarize(rows.filter((r) => ids.has(r.indicatorId)), scheme),
      givenJudgment: group.givenJudgments[year] ?? null,
    };
  });
}


/**
 * Counts of the judgments a publisher gave its groups for a year (Asaka: how many measures
 * were graded A, B, C, D), counting each group that has one; `level` keeps one level only.
 */
export function summarizeGivenJudgments(
  dataset: Dataset,
  year: number = dataset.plan.reportedYear,
  level?: string,
): Summary {
  const scheme = resolveScheme(dataset.evaluation.scheme);
  const counts: Record<string, number> = {};
  let total = 0;
  for (const { group } of flattenGroups(dataset.groups)) {
    const j = group.givenJudgments[year];
    if (j === undefined || (level !== undefined && group.level !== level)) continue;
    counts[j] = (counts[j] ?? 0) + 1;
    total++;
  }
  const lines = (scheme?.tiers ?? []).map((t) => ({ id: t.id, label: t.label, includes: [t.id], count: counts[t.id] ?? 0 }));
  return { total, counts, lines, unjudged: 0, statuses: {} };
}

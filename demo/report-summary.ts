// The one-line summary of a report for the index page's cards, counted by the core:
// 「令和6年度 31単位施策の集計：達成 20（概ね達成含む）・未達成 8・集計中 3」.
import {
  evaluate, fiscalYearLabel, flattenGroups, judgmentTier, localize, resolveScheme, summarize, summarizeGivenJudgments, validate,
  type Summary,
} from '../src/core/index.js';

export interface ReportSummary {
  /** What is counted, e.g. 「令和6年度 31単位施策の集計：」. */
  label: string;
  /** The count per judgment, e.g. 「達成 20（概ね達成含む）」「未達成 8」「集計中 3」. */
  counts: string[];
  /** How counts are joined: 「・」 or " · ". */
  separator: string;
  /** The whole line, as text. */
  text: string;
  total: number;
}

const pluralEn = (count: number, one: string, other: string) => (new Intl.PluralRules('en').select(count) === 'one' ? one : other);

/** The summary of a dataset (as JSON), or null when it does not validate. */
export function reportSummary(json: unknown, lang: 'ja' | 'en'): ReportSummary | null {
  const { dataset } = validate(json);
  if (!dataset) return null;
  const en = lang === 'en';
  const year = dataset.plan.reportedYear;
  const fy = fiscalYearLabel(year, { locale: lang, style: en ? 'fy' : 'era' });
  const scheme = resolveScheme(dataset.evaluation.scheme);
  // Grades the publisher gave (Asaka's A–D) are counted per graded group; computed judgments per row.
  const graded = flattenGroups(dataset.groups).find(({ group }) => group.givenJudgments[year] !== undefined)?.group;
  let summary: Summary;
  let label: string;
  if (scheme && !scheme.computed && graded) {
    summary = summarizeGivenJudgments(dataset, year, graded.level);
    const level = dataset.plan.levels.find((l) => l.id === graded.level);
    const nounJa = level ? localize(level.label, 'ja') : '項目';
    const nounEn = level ? localize(level.label, 'en').toLowerCase() : 'item';
    label = en
      ? `Grades the city gave ${summary.total} ${pluralEn(summary.total, nounEn, `${nounEn}s`)}, ${fy}:`
      : `${fy} ${summary.total}${nounJa}の判定（市による）：`;
  } else {
    summary = summarize(evaluate(dataset), scheme ?? undefined);
    const noun = dataset.plan.rowNoun
      ? localize(dataset.plan.rowNoun, lang)
      : en ? pluralEn(summary.total, 'indicator', 'indicators') : '指標';
    label = en ? `Summary of ${summary.total} ${noun}, ${fy}:` : `${fy} ${summary.total}${noun}の集計：`;
  }
  const counts = summary.lines.map((line) => {
    const included = line.includes.filter((id) => id !== line.id).map((id) => localize(judgmentTier(id, scheme)?.label, lang));
    const note = included.length ? (en ? ` (incl. ${included.join(', ').toLowerCase()})` : `（${included.join('・')}含む）`) : '';
    return `${localize(line.label, lang)} ${line.count}${note}`;
  });
  const separator = en ? ' · ' : '・';
  return { label, counts, separator, text: `${label}${en ? ' ' : ''}${counts.join(separator)}`, total: summary.total };
}

import type { JudgmentScheme } from './judgment.js';
import type { LocalizedText } from './localize.js';
import type { Comparator, Direction, RateMethod } from './rate.js';
import type { RoundingMode } from './decimal.js';

/**
 * What a cell holds.
 * - `value`: a number.
 * - `tallying`: 集計中, the actual is still being counted.
 * - `not-surveyed`: a census-based indicator in a year without a survey.
 * - `not-applicable`: "—", nothing to report (e.g. a discontinued statistic).
 * - `text`: a target printed as words only (継続実施, 事業推進): shown, never judged.
 * - `invalid`: the data could not be read; `raw` keeps what it said.
 */
export const VALUE_STATUSES = ['value', 'tallying', 'not-surveyed', 'not-applicable', 'text', 'invalid'] as const;
export type ValueStatus = (typeof VALUE_STATUSES)[number];

export interface Value {
  status: ValueStatus;
  /** For `value`: the exact decimal as given, canonical ("3550", "45.0", "-2.5"). */
  decimal?: string;
  /** For `value`: the same as a JS number, for charts and sorting (never for rates). */
  value?: number;
  /** For `value`: how many decimals were given, kept for display (45.0% stays 45.0%). */
  decimals?: number;
  /** A printed remark on the cell, e.g. "令和6年度新規". */
  note?: string;
  /** An inequality target as printed: 「1.0%未満」 is `{ decimal: "1.0", comparator: "lt" }`. */
  comparator?: Comparator;
  /** A remark printed beside the number: 見込み, 速報値, 確定値. A rate on an estimate is provisional. */
  qualifier?: Qualifier;
  /** 「令和9年度以降」: the value holds from this fiscal year on. */
  since?: number;
  /** For `text`: the words printed instead of a number (継続実施). */
  text?: string;
  /** What the data said, when it was normalised from text or could not be read. */
  raw?: unknown;
}

/**
 * Remarks printed beside a value: `estimate` 見込み (not yet final), `preliminary` 速報値,
 * `final` 確定値. The first two make a rate provisional.
 */
export const QUALIFIERS = ['estimate', 'preliminary', 'final'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * What a year's actual is compared with.
 * - `target`: the target printed for the same year (default).
 * - `expected`: the expected value (期待値) of the year: printed in `expected`, else on the straight
 *   line from the baseline to the final target; shown as its own row, never as a target.
 * - `final-target`: the plan's final target (the target of the last year that has one); with
 *   `method: "progress"` this is the progress from the baseline toward it (進捗率).
 */
export const BASES = ['target', 'expected', 'final-target'] as const;
export type Basis = (typeof BASES)[number];

/** Values by fiscal year ("2024"). */
export type YearValues = Record<string, Value>;

export const INDICATOR_KINDS = ['outcome', 'activity'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export interface Baseline {
  /** The fiscal year of the baseline, when printed (現状値（令和5年度）, 計画策定時（2018年度）). */
  year?: number;
  value: Value;
  /** The printed heading, e.g. "計画策定時". */
  label?: LocalizedText;
}

/** One line of actuals. Most indicators have one; a definition change makes two. */
export interface Series {
  id: string;
  label?: LocalizedText;
  baseline?: Baseline;
  actuals: YearValues;
  /** false when the series is measured differently from the targets: no rate is computed. */
  comparable: boolean;
  note?: LocalizedText;
}

export interface Indicator {
  id: string;
  /** The printed row number (No.), if any. */
  no?: number;
  name: LocalizedText;
  kind: IndicatorKind;
  unit: LocalizedText;
  /**
   * Which way is good. Absent when the report does not say: then no rate and no judgment is
   * computed (an inequality target states its own direction).
   */
  direction?: Direction;
  /** Overrides the dataset's method. */
  method?: RateMethod;
  /** Overrides the dataset's basis. */
  basis?: Basis;
  /** Overrides the dataset's rounding of rates (a publisher may change it between editions). */
  rounding?: { digits: number; mode: RoundingMode };
  /** For `maintain`: the largest |actual − target| still counted as met. */
  tolerance?: string;
  /** Decimals to display, overriding what each value gave. */
  decimals?: number;
  /** A cumulative indicator (累計): counted since `since`. */
  cumulative?: { since?: number; label?: LocalizedText };
  baseline?: Baseline;
  targets: YearValues;
  /** Expected values (期待値) printed by the publisher, by year; others are computed when the basis is `expected`. */
  expected: YearValues;
  series: Series[];
  /** Judgments the publisher gave this indicator, by fiscal year (a verbal scale 1–5). */
  givenJudgments: Record<string, string>;
  /** The publisher's reason text per year (e.g. why a rate is ≥ 200% or < 80%). */
  reasons: Record<string, LocalizedText>;
  notes: LocalizedText[];
  /** Where the numbers come from (※1 総務省による経済センサス…). */
  source?: LocalizedText;
  /** Years in which the statistic is collected; other years are `not-surveyed`. */
  surveyYears?: number[];
}

/** Kinds of narrative text a plan carries. */
export const TEXT_KINDS = [
  'vision',
  'summary',
  'activities',
  'status',
  'issues',
  'committee',
  'plan',
  'result',
  'other',
] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

export interface NarrativeText {
  kind: TextKind;
  /** The fiscal year it speaks of, if any. */
  year?: number;
  /** The printed heading, e.g. "令和6年度事業内容". */
  label?: LocalizedText;
  text: LocalizedText;
}

export interface Group {
  id: string;
  /** A level id from `plan.levels` (基本方針, 基本施策, 単位施策 ...). */
  level?: string;
  /** The printed number, e.g. "I-1-(1)-①" or "1-2". */
  code?: string;
  name: LocalizedText;
  texts: NarrativeText[];
  /** Related programmes (関連事業). */
  programmes: LocalizedText[];
  /** Judgments given by the publisher, by fiscal year (Asaka's A–D). */
  givenJudgments: Record<string, string>;
  /** Ids of the indicators that measure this group (many-to-many). */
  indicators: string[];
  children: Group[];
  notes: LocalizedText[];
}

export const PROJECT_ROLES = ['primary', 'related'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

export interface Project {
  id: string;
  code?: string;
  name: LocalizedText;
  texts: NarrativeText[];
  /** Policies the project serves: ◎ primary, ○ related. */
  policies: { group: string; role: ProjectRole }[];
  givenJudgments: Record<string, string>;
}

export interface Level {
  id: string;
  label: LocalizedText;
}

export interface PlanInfo {
  id?: string;
  title: LocalizedText;
  /** The report this dataset transcribes, e.g. "令和6年度取組状況". */
  reportTitle?: LocalizedText;
  publisher: LocalizedText;
  /** The fiscal year reported on. */
  reportedYear: number;
  period?: { start: number; end: number };
  source?: { url?: string; title?: LocalizedText; published?: string; note?: LocalizedText };
  /** BCP 47 tag of the data's texts. */
  language: string;
  /** The names of the hierarchy levels, from the top. */
  levels: Level[];
  /** What the publisher calls one row of its summary when it counts them (「31単位施策」); default 指標 / indicators. */
  rowNoun?: LocalizedText;
}

export interface EvaluationSettings {
  /** A built-in scheme name (`three-tier`, `given-grade`, `none`) or a custom scheme. */
  scheme: string | JudgmentScheme;
  /** Default method; an indicator may override it. */
  method: RateMethod;
  /** What an actual is compared with by default; an indicator may override it. */
  basis: Basis;
  rounding: { digits: number; mode: RoundingMode };
  /** A reason is asked for when the rate is ≥ atOrAbove or < below (null: never). */
  reasonRequired: { atOrAbove: number | null; below: number | null };
}

/** A dataset after `validate`: every default filled in, every value normalised. */
export interface Dataset {
  formatVersion: 1;
  plan: PlanInfo;
  evaluation: EvaluationSettings;
  groups: Group[];
  indicators: Indicator[];
  projects: Project[];
}

/** One finding of `validate`. */
export interface Problem {
  /** Where, as a path into the document: `indicators[3].targets.2024`. */
  path: string;
  severity: 'error' | 'warning';
  /** A stable code for translations and tests. */
  code: ProblemCode;
  /** What was expected, in words ("a number in 件"). */
  expected?: string;
  /** What was found, as JSON. */
  got?: string;
  /** The indicator concerned, if any, and the field and year within it. */
  indicatorId?: string;
  field?: string;
  year?: number;
  /** The whole message in English: `indicators[3].targets.2024: expected a number in 件, got "3,550人"`. */
  message: string;
}

export const PROBLEM_CODES = [
  'not-an-object',
  'required',
  'wrong-type',
  'not-a-number',
  'unit-mismatch',
  'not-finite',
  'unknown-value',
  'bad-year',
  'duplicate-id',
  'unknown-reference',
  'conflict',
  'unknown-field',
  'no-direction',
  'zero-target',
  'no-expected',
  'too-large',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

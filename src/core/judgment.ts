import type { LocalizedText } from './localize.js';

/** Shapes a judgment can be drawn with, so it never relies on colour alone. */
export const JUDGMENT_SHAPES = ['circle', 'triangle', 'cross', 'dots', 'square', 'diamond'] as const;
export type JudgmentShape = (typeof JUDGMENT_SHAPES)[number];

/** Tones map a judgment to a colour family (Digital Agency tokens: success, warning, error). */
export const JUDGMENT_TONES = ['success', 'warning', 'error', 'neutral', 'info'] as const;
export type JudgmentTone = (typeof JUDGMENT_TONES)[number];

export interface JudgmentTier {
  id: string;
  /** The lowest displayed rate (percent) that earns this judgment. Absent on the last tier. */
  min?: number;
  label: LocalizedText;
  /** A longer description, e.g. the printed rule "達成率100%以上". */
  description?: LocalizedText;
  shape?: JudgmentShape;
  tone?: JudgmentTone;
}

export interface JudgmentScheme {
  id: string;
  label: LocalizedText;
  /** false when the publisher gives the judgment and we never compute it (A–D). */
  computed: boolean;
  /** Ordered from best to worst. */
  tiers: readonly JudgmentTier[];
  /** The judgment of an indicator whose actual is being tallied (集計中), if the scheme has one. */
  tallying?: JudgmentTier;
  /** How a summary groups judgments: e.g. 達成 counts 概ね達成 too. Default: one group per tier. */
  summary?: readonly { id: string; includes: readonly string[] }[];
  /**
   * The tier of a target that is met or not met without a rate (an inequality target such as
   * 「1.0%未満」, a zero target of a lower-is-better indicator). Default: the first and the last tier.
   */
  met?: string;
  notMet?: string;
}

/** As printed on the Atsugi report: 達成 ≥ 100%, 概ね達成 80% to < 100%, 未達成 < 80%. */
export const threeTier: JudgmentScheme = {
  id: 'three-tier',
  label: { ja: '達成・概ね達成・未達成', en: 'Achieved / nearly / not achieved' },
  computed: true,
  tiers: [
    {
      id: 'achieved',
      min: 100,
      label: { ja: '達成', en: 'Achieved' },
      description: { ja: '達成率100%以上', en: 'rate of 100% or more' },
      shape: 'circle',
      tone: 'success',
    },
    {
      id: 'nearly-achieved',
      min: 80,
      label: { ja: '概ね達成', en: 'Nearly achieved' },
      description: { ja: '達成率80%以上100%未満', en: 'rate from 80% to under 100%' },
      shape: 'triangle',
      tone: 'warning',
    },
    {
      id: 'not-achieved',
      label: { ja: '未達成', en: 'Not achieved' },
      description: { ja: '達成率80%未満', en: 'rate under 80%' },
      shape: 'cross',
      tone: 'error',
    },
  ],
  tallying: { id: 'tallying', label: { ja: '集計中', en: 'Being tallied' }, shape: 'dots', tone: 'neutral' },
  summary: [
    { id: 'achieved', includes: ['achieved', 'nearly-achieved'] },
    { id: 'not-achieved', includes: ['not-achieved'] },
    { id: 'tallying', includes: ['tallying'] },
  ],
};

/** As in the Asaka sheets: the city grades each measure A–D; rates are shown beside, not used. */
export const givenGrade: JudgmentScheme = {
  id: 'given-grade',
  label: { ja: 'A・B・C・D（市の判定）', en: 'Grades A–D given by the city' },
  computed: false,
  tiers: [
    { id: 'A', label: 'A', description: { ja: '計画を大幅に上回る進捗状況', en: 'well ahead of plan' }, shape: 'diamond', tone: 'success' },
    { id: 'B', label: 'B', description: { ja: '計画を上回る進捗状況', en: 'ahead of plan' }, shape: 'circle', tone: 'success' },
    { id: 'C', label: 'C', description: { ja: '計画どおりの進捗状況', en: 'on plan' }, shape: 'square', tone: 'info' },
    { id: 'D', label: 'D', description: { ja: '計画を下回る進捗状況', en: 'behind plan' }, shape: 'cross', tone: 'error' },
  ],
};

/** For reports that make no judgment (only 現状値 / 実績値 / 目標値): no tiers, no filters. */
export const noJudgment: JudgmentScheme = {
  id: 'none',
  label: { ja: '判定なし', en: 'No judgment' },
  computed: false,
  tiers: [],
};

/** The schemes known by name. A dataset may also define its own (see `resolveScheme`). */
export const SCHEMES: Readonly<Record<string, JudgmentScheme>> = {
  'three-tier': threeTier,
  'given-grade': givenGrade,
  none: noJudgment,
};

/** A scheme by name, or the object itself; unknown names (and names such as `constructor`) give null. */
export function resolveScheme(scheme: string | JudgmentScheme | null | undefined = 'three-tier'): JudgmentScheme | null {
  if (scheme == null) return null;
  if (typeof scheme === 'string') return Object.prototype.hasOwnProperty.call(SCHEMES, scheme) ? SCHEMES[scheme]! : null;
  return schemeObject(scheme);
}

/** The scheme object itself when it has tiers, else null. */
const schemeObject = (scheme: unknown): JudgmentScheme | null =>
  typeof scheme === 'object' && scheme != null && Array.isArray((scheme as JudgmentScheme).tiers) ? (scheme as JudgmentScheme) : null;

/** The tier id a met or not-met comparison earns in a scheme (see `JudgmentScheme.met`). */
export function metTier(scheme: JudgmentScheme, met: boolean): string | null {
  if (!scheme.computed) return null;
  const id = met ? scheme.met : scheme.notMet;
  return id ?? (met ? scheme.tiers[0] : scheme.tiers[scheme.tiers.length - 1])?.id ?? null;
}

/**
 * The judgment id for a displayed (already rounded) rate: pass the rate as shown, so a
 * page never shows 100.0% beside 概ね達成. Null for a null rate, an unknown scheme, or a
 * scheme whose judgments are given rather than computed.
 */
export function judge(rate: number | null, scheme: string | JudgmentScheme | null = 'three-tier'): string | null {
  // Of the schemes known by name only three-tier is computed: judging by name needs no other scheme.
  const s = typeof scheme === 'string' ? (scheme === threeTier.id ? threeTier : null) : schemeObject(scheme);
  if (rate == null || !Number.isFinite(rate) || !s?.computed) return null;
  return s.tiers.find((tier) => tier.min === undefined || rate >= tier.min)?.id ?? null;
}

/** The tier of a judgment id in a scheme (including the tallying one), or null. */
export function judgmentTier(id: string | null, scheme: string | JudgmentScheme | null = 'three-tier'): JudgmentTier | null {
  const s = resolveScheme(scheme);
  if (!s || id == null) return null;
  return s.tiers.find((tier) => tier.id === id) ?? (s.tallying?.id === id ? s.tallying : null);
}

/**
 * The judgment of a rate outcome: by the rate when there is one; when the formula divides by
 * zero (`meetsTarget` set), the best tier if the target is met, else the worst.
 */
export function judgeOutcome(
  outcome: { rate: number | null; meetsTarget?: boolean },
  scheme: string | JudgmentScheme | null = 'three-tier',
): string | null {
  const s = resolveScheme(scheme);
  if (!s) return null;
  if (outcome.rate != null) return judge(outcome.rate, s);
  if (outcome.meetsTarget === undefined) return null;
  return metTier(s, outcome.meetsTarget);
}

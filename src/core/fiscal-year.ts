import { resolveLocale } from './localize.js';

/**
 * How a fiscal year is written.
 * - `era`: 令和6年度 (en: "Reiwa 6")
 * - `era-short`: R6
 * - `western`: 2024年度 (en: "FY2024")
 * - `fy`: FY2024
 */
export const FISCAL_YEAR_STYLES = ['era', 'era-short', 'western', 'fy'] as const;
export type FiscalYearStyle = (typeof FISCAL_YEAR_STYLES)[number];

/**
 * Japanese eras by the first fiscal year counted in them. By municipal convention the
 * fiscal year that began in April 2019 is 令和元年度, although the era changed on 1 May.
 */
const ERAS = [
  { first: 2019, ja: '令和', en: 'Reiwa', short: 'R' },
  { first: 1989, ja: '平成', en: 'Heisei', short: 'H' },
  { first: 1926, ja: '昭和', en: 'Showa', short: 'S' },
] as const;

export interface FiscalYearLabelOptions {
  /** Default `era`. */
  style?: FiscalYearStyle;
  /** `ja` (default) or `en`. */
  locale?: string;
}

/** A fiscal year (April to March, named by the calendar year it starts in) as people write it. */
export function fiscalYearLabel(year: number, options: FiscalYearLabelOptions = {}): string {
  const { style = 'era' } = options;
  const en = resolveLocale(options.locale) === 'en';
  const era = ERAS.find((e) => year >= e.first);
  if (!Number.isInteger(year)) return String(year);
  if (style === 'fy' || (style === 'western' && en)) return `FY${year}`;
  if (style === 'western' || !era) return `${year}年度`;
  const n = year - era.first + 1;
  if (style === 'era-short') return `${era.short}${n}`;
  return en ? `${era.en} ${n}` : `${era.ja}${n === 1 ? '元' : n}年度`;
}

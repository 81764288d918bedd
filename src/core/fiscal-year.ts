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

const ERA_BY_NAME: Record<string, number> = { 令和: 2019, 平成: 1989, 昭和: 1926, r: 2019, h: 1989, s: 1926, reiwa: 2019, heisei: 1989, showa: 1926 };

/**
 * A fiscal year as people write it, back to its number: "2024", "2024年度", "FY2024", "令和6年度",
 * "令和元年度", "R6", "H30", "Reiwa 6" (full-width digits too). Null when it is not a fiscal year.
 */
export function parseFiscalYear(text: string | number): number | null {
  if (typeof text === 'number') return Number.isInteger(text) && text >= 1900 && text <= 2199 ? text : null;
  const s = text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '');
  let m = /^(?:fy)?(\d{4})(?:年度?)?$/.exec(s);
  if (m) return parseFiscalYear(Number(m[1]));
  m = /^(令和|平成|昭和|reiwa|heisei|showa|r|h|s)(元|\d{1,2})(?:年度?)?$/.exec(s);
  if (!m) return null;
  const n = m[2] === '元' ? 1 : Number(m[2]);
  return n >= 1 ? ERA_BY_NAME[m[1]!]! + n - 1 : null;
}

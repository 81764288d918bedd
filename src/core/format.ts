import { divideRounded, parseDecimal, scaledToString } from './decimal.js';
import { fiscalYearLabel } from './fiscal-year.js';
import { isolateBidi, localize, resolveLocale, type LocalizedText } from './localize.js';
import type { Comparator } from './rate.js';
import type { Qualifier, Value } from './types.js';

export interface FormatOptions {
  /** `ja` (default) or `en`. */
  locale?: string;
  /** Decimals to show; default: as many as the value was given with. */
  decimals?: number;
}

export interface ValueFormatOptions extends FormatOptions {
  /** Append the qualifier (「（見込み）」); default true. A table may show it as a marker instead. */
  qualifier?: boolean;
}

/**
 * A number with digit grouping: "3,550", "45.0". A decimal string is formatted exactly, rounded
 * half-up to `decimals` in integer arithmetic (never through a binary float, and with no limit on
 * the number of digits, where Intl.NumberFormat throws past 20 or 100). Japanese and English both
 * group by three with "," and use "." for decimals.
 */
export function formatNumber(value: number | string, options: FormatOptions = {}): string {
  const d = parseDecimal(typeof value === 'number' && !Number.isFinite(value) ? NaN : value);
  if (!d) return String(value);
  const asked = Math.trunc(options.decimals ?? d.scale);
  const decimals = Number.isFinite(asked) ? Math.max(0, Math.min(asked, 1000)) : d.scale;
  const scaled = divideRounded(d.coefficient, 10n ** BigInt(d.scale), decimals, 'half-up');
  const text = scaledToString(scaled < 0n ? -scaled : scaled, decimals);
  const [whole, fraction] = text.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${scaled < 0n ? '-' : ''}${grouped}${fraction !== undefined ? `.${fraction}` : ''}`;
}

/** Joins a number and its unit the way each language writes it: 3,550件, 45.0%, "3,550 cases". */
export function withUnit(number: string, unit: LocalizedText | undefined, locale = 'ja'): string {
  const u = localize(unit, locale);
  if (!u) return number;
  const spaced = resolveLocale(locale) === 'en' && /^[A-Za-z]/.test(u);
  return spaced ? `${number} ${u}` : `${number}${u}`;
}

/** Words for cells without a number. */
export const VALUE_STATUS_LABELS = {
  tallying: { ja: '集計中', en: 'Being tallied' },
  'not-surveyed': { ja: '調査年以外', en: 'Not surveyed this year' },
  'not-applicable': { ja: '—', en: '—' },
  text: { ja: '', en: '' },
  invalid: { ja: '読み取れない値', en: 'Unreadable value' },
} as const;

/** How an inequality target is written: 「1.0%未満」, "< 1.0%". */
export const COMPARATOR_LABELS: Record<Comparator, { ja: string; en: string }> = {
  lt: { ja: '未満', en: '<' },
  le: { ja: '以下', en: '≤' },
  ge: { ja: '以上', en: '≥' },
  gt: { ja: '超', en: '>' },
};

/** The words of each qualifier, short (a marker) and long (the legend). */
export const QUALIFIER_LABELS: Record<Qualifier, { ja: string; en: string; longJa: string; longEn: string }> = {
  estimate: { ja: '見込み', en: 'estimate', longJa: '見込み値（年度末の見込みで、確定値ではありません）', longEn: 'an estimate, not the final figure' },
  preliminary: { ja: '速報値', en: 'preliminary', longJa: '速報値（後に改定されることがあります）', longEn: 'a preliminary figure that may be revised' },
  final: { ja: '確定値', en: 'final', longJa: '確定値', longEn: 'the final figure' },
};

/** 「（令和9年度以降）」 / " (from FY2027)". */
export function sinceLabel(year: number, locale = 'ja'): string {
  return resolveLocale(locale) === 'en'
    ? ` (from ${fiscalYearLabel(year, { style: 'fy', locale })})`
    : `（${fiscalYearLabel(year, { locale })}以降）`;
}

/**
 * A cell as text: "3,550件", "45.0%", "集計中", "—". Null or absent gives "".
 * `decimals` (e.g. an indicator's) overrides the decimals the value was given with.
 */
export function formatValue(
  value: Value | null | undefined,
  unit?: LocalizedText,
  options: ValueFormatOptions = {},
): string {
  if (!value) return '';
  const en = resolveLocale(options.locale) === 'en';
  let text: string;
  if (value.status === 'text') text = isolateBidi(value.text ?? '');
  else if (value.status !== 'value') text = localize(VALUE_STATUS_LABELS[value.status], options.locale);
  else {
    const number = formatNumber(value.decimal ?? String(value.value), {
      locale: options.locale,
      decimals: options.decimals ?? value.decimals,
    });
    text = withUnit(number, unit, options.locale);
    if (value.comparator) {
      const c = COMPARATOR_LABELS[value.comparator];
      text = en ? `${c.en} ${text}` : `${text}${c.ja}`;
    }
  }
  if (value.since !== undefined) text += sinceLabel(value.since, options.locale);
  if (value.qualifier && options.qualifier !== false) {
    const q = QUALIFIER_LABELS[value.qualifier];
    text += en ? ` (${q.en})` : `（${q.ja}）`;
  }
  return text;
}

/** A rate text from core ("61.3", exactly its digits) as "61.3%": the one path every display uses. */
export function formatRateText(rateText: string | null | undefined, locale?: string): string {
  return rateText == null ? '' : `${formatNumber(rateText, { locale })}%`;
}

/** A rate as "61.3%" (always `digits` decimals), or "" for null. */
export function formatRate(rate: number | null, options: { digits?: number; locale?: string } = {}): string {
  if (rate == null) return '';
  return `${formatNumber(rate, { locale: options.locale, decimals: options.digits ?? 1 })}%`;
}

import { localize, resolveLocale, type LocalizedText } from './localize.js';
import type { Value } from './types.js';

export interface FormatOptions {
  /** `ja` (default) or `en`. */
  locale?: string;
  /** Decimals to show; default: as many as the value was given with. */
  decimals?: number;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, decimals: number): Intl.NumberFormat {
  const key = `${locale}|${decimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'ja-JP', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * A number with digit grouping: "3,550", "45.0". A decimal string is formatted exactly
 * (Intl.NumberFormat reads strings as decimals), so "0.05" with 1 decimal gives "0.1" by
 * Intl's half-expand rounding, never a binary-float artefact.
 */
export function formatNumber(value: number | string, options: FormatOptions = {}): string {
  const locale = resolveLocale(options.locale);
  const decimals = options.decimals ?? decimalsOf(value);
  return formatter(locale, decimals).format(value as unknown as number);
}

function decimalsOf(value: number | string): number {
  const s = String(value);
  const dot = s.indexOf('.');
  return dot < 0 || /e/i.test(s) ? 0 : s.length - dot - 1;
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
  invalid: { ja: '読み取れない値', en: 'Unreadable value' },
} as const;

/**
 * A cell as text: "3,550件", "45.0%", "集計中", "—". Null or absent gives "".
 * `decimals` (e.g. an indicator's) overrides the decimals the value was given with.
 */
export function formatValue(
  value: Value | null | undefined,
  unit?: LocalizedText,
  options: FormatOptions = {},
): string {
  if (!value) return '';
  if (value.status !== 'value') return localize(VALUE_STATUS_LABELS[value.status], options.locale);
  const number = formatNumber(value.decimal ?? String(value.value), {
    locale: options.locale,
    decimals: options.decimals ?? value.decimals,
  });
  return withUnit(number, unit, options.locale);
}

/** A rate as "61.3%" (always `digits` decimals), or "" for null. */
export function formatRate(rate: number | null, options: { digits?: number; locale?: string } = {}): string {
  if (rate == null) return '';
  return `${formatNumber(rate, { locale: options.locale, decimals: options.digits ?? 1 })}%`;
}

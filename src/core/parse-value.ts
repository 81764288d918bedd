import { decimalToString, parseDecimal } from './decimal.js';
import { parseFiscalYear } from './fiscal-year.js';
import type { Comparator } from './rate.js';
import type { Qualifier, Value, ValueStatus } from './types.js';

/** What a value is read against. */
export interface ValueContext {
  /** The indicator's unit as written ("件", "千円", "%", "㎡"); a suffix equal to it is accepted. */
  unit?: string;
  /** Set for census-type indicators: a dash in another year means `not-surveyed`. */
  surveyYears?: readonly number[];
  year?: number;
}

/** Why a value could not be read. */
export interface ValueError {
  code: 'not-a-number' | 'unit-mismatch' | 'not-finite' | 'unknown-value' | 'too-large';
  expected: string;
}

export type ParsedValue = { value: Value; error?: ValueError } | null;

const DASH = /^[-‐‑‒–—―−－ー─━]+$/;
const TALLYING = /^(集計中|調査中|算定中|集計中等|tallying)$/i;
const NOT_SURVEYED = /^(未調査|調査なし|not[- ]surveyed)$/i;
const NOT_APPLICABLE = /^(該当なし|n\/?a|not[- ]applicable)$/i;
/** Targets printed as words only. */
const TEXT_ONLY = /^(継続実施|継続|実施|事業推進|推進|維持|増加|減少|向上|充実|拡充|拡大|整備|策定|完了|実施済み?)$/;
/** 見込み (estimate), 速報値 (preliminary), 確定値 (final), in brackets or not, before or after the number. */
const QUALIFIER_WORDS: [RegExp, Qualifier][] = [
  [/^(見込み?|見込値|見込み値|estimated?|est\.?)$/i, 'estimate'],
  [/^(速報値?|preliminary|prelim\.?)$/i, 'preliminary'],
  [/^(確定値?|final)$/i, 'final'],
];
const QUALIFIER_SUFFIX = /^(.*?)[(\[【〔]?\s*(見込み値|見込値|見込み|見込|速報値|速報|確定値|確定|estimated|estimate|est\.|preliminary|prelim\.|final)\s*[)\]】〕]?$/i;
const QUALIFIER_PREFIX = /^[(\[【〔]?\s*(見込み値|見込値|見込み|見込|速報値|速報|確定値|確定)\s*[)\]】〕:：]?\s*(.+)$/;
/** 「令和9年度以降」「(R9以降)」「2027年度以降」 before or after the number. */
const SINCE = /[(\[【〔]?\s*((?:令和|平成|昭和|r|h|s|fy)?\s*(?:元|\d{1,4})\s*(?:年度|年)?)\s*以降\s*[)\]】〕]?/i;
const COMPARATOR_SUFFIX: [RegExp, Comparator][] = [[/未満$/, 'lt'], [/以下$/, 'le'], [/以上$/, 'ge'], [/超$/, 'gt']];
const COMPARATOR_PREFIX: [RegExp, Comparator][] = [[/^(<=|≦|≤)/, 'le'], [/^(>=|≧|≥)/, 'ge'], [/^</, 'lt'], [/^>/, 'gt']];

/** Sign (incl. Japanese ▲/△ for minus), digits with optional 3-digit grouping, decimals, the rest. */
const NUMBER = /^([+\-−▲△])?\s*(\d{1,3}(?:,\d{3})+|\d*)(\.\d+)?\s*(.*)$/;

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

function status(status: ValueStatus, raw: unknown): Value {
  return { status, raw };
}

/**
 * Values are read below 10^21 in magnitude: far beyond any municipal figure, exact in every rate
 * and text, and still a finite number for a chart (a 309-digit value would be Infinity there).
 */
export const MAX_MAGNITUDE_DIGITS = 21;
const TOO_LARGE: ValueError = { code: 'too-large', expected: `a number smaller than 10^${MAX_MAGNITUDE_DIGITS} in magnitude` };

function tooLarge(text: string): boolean {
  const d = parseDecimal(text);
  if (!d) return false;
  const m = d.coefficient < 0n ? -d.coefficient : d.coefficient;
  return m >= 10n ** BigInt(MAX_MAGNITUDE_DIGITS + d.scale);
}

function numberValue(text: string, raw?: unknown): Value | null {
  const d = parseDecimal(text);
  if (!d) return null;
  const decimal = decimalToString(d);
  const v: Value = { status: 'value', decimal, value: Number(decimal), decimals: d.scale };
  if (raw !== undefined) v.raw = raw;
  return v;
}

/**
 * Reads one cell as a spreadsheet gives it: numbers, "3,550", "3,550件", "45.0%", full-width
 * "１２", "▲5", "集計中", "—", "". Returns null for an empty cell, a Value otherwise; a cell that
 * cannot be read unambiguously comes back `invalid` with the reason.
 */
export function parseValue(raw: unknown, context: ValueContext = {}): ParsedValue {
  if (raw == null) return null;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { value: status('invalid', raw), error: { code: 'not-finite', expected: 'a finite number' } };
    // 10^21 is a double exactly, so this is tooLarge() without reading the digits.
    if (Math.abs(raw) >= 1e21) return { value: status('invalid', raw), error: TOO_LARGE };
    const text = String(raw);
    // A number's shortest round-trip string without an exponent ("3550", "-0.25") is already its
    // canonical decimal: what parseDecimal + decimalToString would give, without building BigInts.
    if (!text.includes('e')) {
      const point = text.indexOf('.');
      return { value: { status: 'value', decimal: text, value: Number(text), decimals: point < 0 ? 0 : text.length - point - 1 } };
    }
    return { value: numberValue(text)! };
  }
  if (typeof raw !== 'string') {
    return { value: status('invalid', raw), error: { code: 'not-a-number', expected: expectedNumber(context.unit) } };
  }
  let text = raw.normalize('NFKC').trim();
  if (text === '') return null;
  // Remarks printed around the number come off first and are kept beside the value.
  const marks: Pick<Value, 'qualifier' | 'since' | 'comparator'> = {};
  const since = SINCE.exec(text);
  if (since) {
    const year = parseFiscalYear(since[1]!);
    if (year !== null) {
      marks.since = year;
      text = (text.slice(0, since.index) + text.slice(since.index + since[0].length)).trim();
    }
  }
  const suffix = QUALIFIER_SUFFIX.exec(text);
  const prefix = suffix ? null : QUALIFIER_PREFIX.exec(text);
  if (suffix && suffix[1]!.trim()) {
    marks.qualifier = qualifierOf(suffix[2]!)!;
    text = suffix[1]!.trim();
  } else if (prefix) {
    marks.qualifier = qualifierOf(prefix[1]!)!;
    text = prefix[2]!.trim();
  }
  for (const [re, c] of COMPARATOR_SUFFIX) {
    if (re.test(text)) {
      marks.comparator = c;
      text = text.replace(re, '').trim();
      break;
    }
  }
  if (!marks.comparator) {
    for (const [re, c] of COMPARATOR_PREFIX) {
      if (re.test(text)) {
        marks.comparator = c;
        text = text.replace(re, '').trim();
        break;
      }
    }
  }
  const parsed = parseText(text, raw, context);
  if (parsed && !parsed.error && parsed.value.status === 'value') Object.assign(parsed.value, marks);
  else if (parsed && !parsed.error && (marks.qualifier || marks.since !== undefined)) {
    if (marks.qualifier) parsed.value.qualifier = marks.qualifier;
    if (marks.since !== undefined) parsed.value.since = marks.since;
  }
  return parsed;
}

function qualifierOf(word: string): Qualifier | undefined {
  return QUALIFIER_WORDS.find(([re]) => re.test(word))?.[1];
}

function parseText(text: string, raw: string, context: ValueContext): ParsedValue {
  if (text === '') return { value: status('invalid', raw), error: { code: 'not-a-number', expected: expectedNumber(context.unit) } };
  if (DASH.test(text)) {
    const census = context.surveyYears && context.year !== undefined && !context.surveyYears.includes(context.year);
    return { value: status(census ? 'not-surveyed' : 'not-applicable', raw) };
  }
  if (TALLYING.test(text)) return { value: status('tallying', raw) };
  if (NOT_SURVEYED.test(text)) return { value: status('not-surveyed', raw) };
  if (NOT_APPLICABLE.test(text)) return { value: status('not-applicable', raw) };
  if (TEXT_ONLY.test(text)) return { value: { status: 'text', text, raw } };

  const m = NUMBER.exec(text);
  const [, sign = '', whole = '', fraction = '', suffix = ''] = m ?? [];
  if (!m || (!whole && !fraction)) {
    return { value: status('invalid', raw), error: { code: 'not-a-number', expected: expectedNumber(context.unit) } };
  }
  if (/^[\d,.]/.test(suffix)) {
    return { value: status('invalid', raw), error: { code: 'not-a-number', expected: expectedNumber(context.unit) } };
  }
  if (suffix && (!context.unit || fold(suffix) !== fold(context.unit))) {
    return { value: status('invalid', raw), error: { code: 'unit-mismatch', expected: expectedNumber(context.unit) } };
  }
  const minus = sign && sign !== '+' ? '-' : '';
  const digits = minus + whole.replace(/,/g, '') + fraction;
  if (tooLarge(digits)) return { value: status('invalid', raw), error: TOO_LARGE };
  const value = numberValue(digits, raw)!;
  return { value };
}

function expectedNumber(unit?: string): string {
  return unit ? `a number in ${unit}` : 'a number';
}

import { decimalToString, parseDecimal } from './decimal.js';
import type { Value, ValueStatus } from './types.js';

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
  code: 'not-a-number' | 'unit-mismatch' | 'not-finite' | 'unknown-value';
  expected: string;
}

export type ParsedValue = { value: Value; error?: ValueError } | null;

const DASH = /^[-‐‑‒–—―−－ー─━]+$/;
const TALLYING = /^(集計中|調査中|算定中|集計中等|tallying)$/i;
const NOT_SURVEYED = /^(未調査|調査なし|not[- ]surveyed)$/i;
const NOT_APPLICABLE = /^(該当なし|n\/?a|not[- ]applicable)$/i;
/** Sign (incl. Japanese ▲/△ for minus), digits with optional 3-digit grouping, decimals, the rest. */
const NUMBER = /^([+\-−▲△])?\s*(\d{1,3}(?:,\d{3})+|\d*)(\.\d+)?\s*(.*)$/;

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

function status(status: ValueStatus, raw: unknown): Value {
  return { status, raw };
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
    return Number.isFinite(raw)
      ? { value: numberValue(String(raw))! }
      : { value: status('invalid', raw), error: { code: 'not-finite', expected: 'a finite number' } };
  }
  if (typeof raw !== 'string') {
    return { value: status('invalid', raw), error: { code: 'not-a-number', expected: expectedNumber(context.unit) } };
  }
  const text = raw.normalize('NFKC').trim();
  if (text === '') return null;
  if (DASH.test(text)) {
    const census = context.surveyYears && context.year !== undefined && !context.surveyYears.includes(context.year);
    return { value: status(census ? 'not-surveyed' : 'not-applicable', raw) };
  }
  if (TALLYING.test(text)) return { value: status('tallying', raw) };
  if (NOT_SURVEYED.test(text)) return { value: status('not-surveyed', raw) };
  if (NOT_APPLICABLE.test(text)) return { value: status('not-applicable', raw) };

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
  const value = numberValue(minus + whole.replace(/,/g, '') + fraction, raw)!;
  return { value };
}

function expectedNumber(unit?: string): string {
  return unit ? `a number in ${unit}` : 'a number';
}

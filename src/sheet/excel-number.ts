/**
 * Excel numbers read exactly. A sheet stores a number as decimal text in its XML ("3550", "0.45")
 * and shows it through a number format (`#,##0"件"` → 3,550件, `0.0%` → 45.0%). We keep the
 * stored decimal, moved into the unit shown (0.45 under a percent format is 45, padded to the
 * decimals the format shows: "45.0"), and take the unit from the format's literal text.
 */
import { decimalToString, divideRounded, parseDecimal } from '../core/decimal.js';

/**
 * Excel keeps 15 significant digits. A stored value with more (0.30000000000000004, the binary
 * result of =0.1+0.2) is a float artefact: it is rounded half-up to 15 significant digits, as
 * Excel itself shows it ("0.3"), and the zeros that rounding leaves are dropped.
 */
export const EXCEL_SIGNIFICANT_DIGITS = 15;

/** What a number format says about the numbers it shows. */
export interface NumberFormatInfo {
  /** An unquoted % multiplies by 100 (0.45 shows as 45%). */
  percent: boolean;
  /** Decimals always shown (the 0s after the point: 1 for `0.0`); null when the format does not fix them. */
  decimals: number | null;
  /** The unit printed beside the number: the quoted or escaped literal (件), or % for a percent format. */
  unit: string | null;
  /** A date or time format: the cell is read as the text it shows. */
  date: boolean;
}

const GENERAL: NumberFormatInfo = { percent: false, decimals: null, unit: null, date: false };

/** Splits a format at `;` outside quotes and brackets and returns the first section (positive numbers). */
function firstSection(format: string): string {
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '\\' && !quoted) i++;
    else if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '[') bracket = true;
    else if (!quoted && ch === ']') bracket = false;
    else if (!quoted && !bracket && ch === ';') return format.slice(0, i);
  }
  return format;
}

/** Reads a number format such as `#,##0"件"`, `0.0%`, `#,##0.0_ ;[赤]\-#,##0.0 ` or `yyyy/m/d`. */
export function readNumberFormat(format: string | null | undefined): NumberFormatInfo {
  if (!format || /^general$/i.test(format.trim()) || format.trim() === '@') return GENERAL;
  const section = firstSection(format);
  let literal = '';
  let numeric = '';
  let percent = false;
  let date = false;
  let literalBeforeNumber = '';
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const text = section.slice(i + 1, end < 0 ? undefined : end);
      if (numeric) literal += text;
      else literalBeforeNumber += text;
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') {
      if (numeric) literal += section[i + 1] ?? '';
      else literalBeforeNumber += section[i + 1] ?? '';
      i++;
    } else if (ch === '[') {
      const end = section.indexOf(']', i + 1);
      const inner = section.slice(i + 1, end < 0 ? undefined : end);
      // [$¥-411]: a currency symbol; [Red], [<=100], [$-411] (a locale) print nothing.
      const currency = /^\$([^-]+)/.exec(inner);
      if (currency) (numeric ? (literal += currency[1]) : (literalBeforeNumber += currency[1]));
      i = end < 0 ? section.length : end;
    } else if (ch === '_' || ch === '*') {
      i++; // padding: the width of the next character, or a fill
    } else if (ch === '%') {
      percent = true;
    } else if (/[0#?.,]/.test(ch)) {
      numeric += ch;
    } else if (/[ymdhsgebYMDHSGEB]/.test(ch) && !/[eE][+-]/.test(section.slice(i, i + 2))) {
      date = true;
    } else if (ch.trim() && !/[+\-()/:$]/.test(ch)) {
      if (numeric) literal += ch;
      else literalBeforeNumber += ch;
    }
  }
  if (date) return { ...GENERAL, date: true };
  const point = numeric.indexOf('.');
  const decimals = point < 0 ? 0 : (numeric.slice(point + 1).match(/0/g) ?? []).length;
  const unit = percent ? '%' : literal.trim() || literalBeforeNumber.trim() || null;
  return { percent, decimals: numeric ? decimals : null, unit, date: false };
}

/**
 * A stored number as an exact decimal string: a JS number through its shortest round-trip text
 * (which is the sheet's own text for any value of up to 15 significant digits), or the XML text
 * itself; more than 15 significant digits are rounded to 15 (see `EXCEL_SIGNIFICANT_DIGITS`).
 * Null for NaN, Infinity or text that is not a plain decimal.
 */
export function exactDecimal(stored: number | string): string | null {
  if (typeof stored === 'number' && !Number.isFinite(stored)) return null;
  const d = parseDecimal(typeof stored === 'number' ? String(stored) : stored.trim());
  if (!d) return null;
  const digits = (d.coefficient < 0n ? -d.coefficient : d.coefficient).toString().length;
  if (digits <= EXCEL_SIGNIFICANT_DIGITS) return decimalToString(d);
  const drop = digits - EXCEL_SIGNIFICANT_DIGITS;
  let coefficient = divideRounded(d.coefficient, 10n ** BigInt(drop), 0, 'half-up');
  let scale = d.scale - drop;
  if (scale < 0) {
    coefficient *= 10n ** BigInt(-scale);
    scale = 0;
  }
  while (scale > 0 && coefficient % 10n === 0n) {
    coefficient /= 10n;
    scale--;
  }
  return decimalToString({ coefficient, scale });
}

/** A decimal string moved two places (a percent format shows 0.45 as 45) and padded to `decimals`. */
function shown(decimal: string, percent: boolean, decimals: number | null): string {
  const d = parseDecimal(decimal)!;
  let { coefficient, scale } = d;
  if (percent) {
    scale -= 2;
    if (scale < 0) {
      coefficient *= 10n ** BigInt(-scale);
      scale = 0;
    }
  }
  if (decimals !== null && scale < decimals) {
    coefficient *= 10n ** BigInt(decimals - scale);
    scale = decimals;
  }
  return decimalToString({ coefficient, scale });
}

/**
 * A number cell from what a workbook stores: the value (a JS number or its XML text), its number
 * format, and the text the spreadsheet shows. A date format gives a text cell (the shown text).
 */
export function numberCell(stored: number | string, format?: string, displayed?: string): { text: string; number?: string; unit?: string; shownDecimals?: number; format?: string } {
  const info = readNumberFormat(format);
  const exact = exactDecimal(stored);
  const text = displayed ?? String(stored);
  if (info.date || exact === null) return { text, ...(format && { format }) };
  return {
    text,
    number: shown(exact, info.percent, info.decimals),
    ...(info.unit && { unit: info.unit }),
    ...(info.decimals !== null && { shownDecimals: info.decimals }),
    ...(format && { format }),
  };
}

/**
 * Exact decimals: an integer coefficient and a count of decimal places.
 * `12.50` is `{ coefficient: 1250n, scale: 2 }`. Rates are computed on these,
 * never on binary floats, so 23/80 rounds to 28.8 as a person with a pencil would.
 */
export interface Decimal {
  readonly coefficient: bigint;
  readonly scale: number;
}

/** Anything core accepts as a number "as given": a JS number or a plain decimal string. */
export type DecimalInput = number | string;

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * Reads a number or a plain decimal string ("12", "-0.5", "45.0", "1e-7") exactly.
 * A JS number is read through its shortest round-trip string, so `0.3` is 3/10.
 * Returns null for anything else (NaN, Infinity, "3,550", "").
 */
export function parseDecimal(input: DecimalInput): Decimal | null {
  if (typeof input === 'number' && !Number.isFinite(input)) return null;
  const match = DECIMAL.exec(String(input).trim());
  if (!match) return null;
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  if (!whole && !fraction) return null;
  // An exponent such as 1e999999999 would build a BigInt of a billion digits: beyond any value.
  if (exponent.length > 4) return null;
  let scale = fraction.length - Number(exponent);
  let coefficient = BigInt(sign + (whole + fraction || '0'));
  if (scale < 0) {
    coefficient *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { coefficient, scale };
}

/** The coefficients of `values` brought to one common scale, so they can be compared and subtracted. */
export function align(...values: Decimal[]): bigint[] {
  const scale = Math.max(...values.map((v) => v.scale));
  return values.map((v) => v.coefficient * 10n ** BigInt(scale - v.scale));
}

/** How a quotient is cut to the digits shown. */
export const ROUNDING_MODES = ['half-up', 'truncate'] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];

/**
 * `numerator / denominator`, as an integer count of units of 10^-digits, rounded exactly:
 * `half-up` (四捨五入) rounds a half away from zero; `truncate` (切り捨て) cuts toward zero.
 */
export function divideRounded(
  numerator: bigint,
  denominator: bigint,
  digits: number,
  mode: RoundingMode,
): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = (numerator < 0n ? -numerator : numerator) * 10n ** BigInt(digits);
  const d = denominator < 0n ? -denominator : denominator;
  let q = n / d;
  if (mode === 'half-up' && (n % d) * 2n >= d) q += 1n;
  return negative ? -q : q;
}

/** A scaled integer (units of 10^-digits) as the nearest JS number: 288n, 1 → 28.8. */
export function scaledToNumber(scaled: bigint, digits: number): number {
  return Number(scaled) / 10 ** digits;
}

/** A scaled integer as a fixed-point string: 288n, 1 → "28.8"; -5n, 2 → "-0.05". */
export function scaledToString(scaled: bigint, digits: number): string {
  const negative = scaled < 0n;
  const s = (negative ? -scaled : scaled).toString().padStart(digits + 1, '0');
  const whole = s.slice(0, s.length - digits);
  const text = digits > 0 ? `${whole}.${s.slice(-digits)}` : whole;
  return negative ? `-${text}` : text;
}

/** A decimal back to its canonical string, keeping its scale: {4500n, 2} → "45.00". */
export function decimalToString(value: Decimal): string {
  return scaledToString(value.coefficient, value.scale);
}

/**
 * An exact rational number `numerator / denominator` (denominator > 0). Used where a value is not
 * a finite decimal, e.g. an expected value one third of the way from a baseline to a target.
 */
export interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** A decimal as a fraction: {1250n, 2} → 1250/100. */
export function decimalToFraction(value: Decimal): Fraction {
  return { numerator: value.coefficient, denominator: 10n ** BigInt(value.scale) };
}

/** A number, decimal string or fraction as a fraction; null for what `parseDecimal` rejects. */
export function toFraction(input: DecimalInput | Fraction): Fraction | null {
  if (typeof input === 'object') return input.denominator > 0n ? input : null;
  const d = parseDecimal(input);
  return d ? decimalToFraction(d) : null;
}

/** -1, 0 or 1 as a < b, a = b, a > b, exactly. */
export function compareFractions(a: Fraction, b: Fraction): number {
  const l = a.numerator * b.denominator;
  const r = b.numerator * a.denominator;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** a − b, exactly. */
export function subtractFractions(a: Fraction, b: Fraction): Fraction {
  return { numerator: a.numerator * b.denominator - b.numerator * a.denominator, denominator: a.denominator * b.denominator };
}

/** A fraction rounded to `digits` decimals (exactly, by `mode`) as a plain decimal string: 4/3, 2 → "1.33". */
export function fractionToString(value: Fraction, digits: number, mode: RoundingMode = 'half-up'): string {
  return scaledToString(divideRounded(value.numerator, value.denominator, digits, mode), digits);
}

/** Is the fraction a decimal with at most `digits` places (so it can be shown without rounding)? */
export function fitsDigits(value: Fraction, digits: number): boolean {
  return (value.numerator * 10n ** BigInt(digits)) % value.denominator === 0n;
}

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

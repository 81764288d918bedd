/**
 * An independent reference for rates: schoolbook long division on digit strings, rounding by
 * looking at the first dropped digit (half-up: ≥ 5 rounds up). Core divides scaled BigInts and
 * compares twice the remainder instead; the two must agree.
 */
function digitsOf(decimal: string): { int: bigint; places: number } {
  const [whole, fraction = ''] = decimal.split('.');
  return { int: BigInt(`${whole}${fraction}`), places: fraction.length };
}

/** (actual / target) × 100 with `digits` decimals, for actual ≥ 0 and target > 0, as a string. */
export function referenceRate(actual: string, target: string, digits: number, mode: 'half-up' | 'truncate'): string {
  const a = digitsOf(actual);
  const t = digitsOf(target);
  const numerator = a.int * 100n * 10n ** BigInt(t.places);
  const denominator = t.int * 10n ** BigInt(a.places);
  let whole = numerator / denominator;
  let rest = numerator % denominator;
  const fraction: number[] = [];
  for (let i = 0; i <= digits; i++) {
    rest *= 10n;
    fraction.push(Number(rest / denominator));
    rest %= denominator;
  }
  const dropped = fraction.pop()!;
  if (mode === 'half-up' && dropped >= 5) {
    let i = fraction.length - 1;
    while (i >= 0 && fraction[i] === 9) fraction[i--] = 0;
    if (i >= 0) fraction[i]! += 1;
    else whole += 1n;
  }
  return digits > 0 ? `${whole}.${fraction.join('')}` : `${whole}`;
}

/** A decimal string from an integer count of 10^-places units: (2305, 2) → "23.05". */
export function decimalString(units: number, places: number): string {
  const s = String(units).padStart(places + 1, '0');
  return places > 0 ? `${s.slice(0, -places)}.${s.slice(-places)}` : s;
}

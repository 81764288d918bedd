/** Two lists of inputs hold the same values, compared by identity (as Lit compares a part's value). */
export function sameValues(a: readonly unknown[] | undefined, b: readonly unknown[]): boolean {
  return !!a && a.length === b.length && a.every((v, i) => v === b[i]);
}

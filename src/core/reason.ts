/** When a publisher asks for a written reason: by default a rate ≥ 200% or < 80% (Atsugi). */
export interface ReasonThresholds {
  /** null: never for high rates. */
  atOrAbove: number | null;
  /** null: never for low rates. */
  below: number | null;
}

export const DEFAULT_REASON_THRESHOLDS: ReasonThresholds = { atOrAbove: 200, below: 80 };

/** Does this displayed rate call for a written reason? False for a null rate. */
export function isReasonRequired(
  rate: number | null,
  thresholds: ReasonThresholds = DEFAULT_REASON_THRESHOLDS,
): boolean {
  if (rate == null) return false;
  return (
    (thresholds.atOrAbove != null && rate >= thresholds.atOrAbove) ||
    (thresholds.below != null && rate < thresholds.below)
  );
}

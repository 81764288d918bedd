import type { ComplexAttributeConverter } from 'lit';

/** A fiscal year attribute: "2024" → 2024; empty or unreadable ("", "R6") → undefined, i.e. the default. */
export const yearConverter: ComplexAttributeConverter<number | undefined> = {
  fromAttribute(value: string | null) {
    if (value == null || !/^\s*\d{4}\s*$/.test(value)) return undefined;
    return Number(value);
  },
  toAttribute(value: number | undefined) {
    return value == null ? null : String(value);
  },
};

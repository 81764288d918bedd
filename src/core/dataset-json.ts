/**
 * A dataset document as written: JSON in the policy-indicators format
 * (`schema/policy-indicators.schema.json`), with `plan` and `indicators` required. The parts are
 * typed loosely on purpose: cells may be spreadsheet text ("3,550件"), and `validate()` reads and
 * locates every problem, so parsed JSON (`any` from `JSON.parse` or `response.json()`), an
 * imported `.json` module and the `dataset` that `validate()` returns are all accepted as they are.
 */
export interface DatasetDocument {
  /** The schema's URL, as the files in `data/` carry it. */
  $schema?: string;
  formatVersion?: 1;
  plan: object;
  evaluation?: object;
  groups?: readonly unknown[];
  indicators: readonly unknown[];
  projects?: readonly unknown[];
}

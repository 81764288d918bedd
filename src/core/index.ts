/**
 * policy-indicators/core: the pure calculation module. No DOM, no Lit.
 * Every rate, rounding, judgment and summary shown by the elements comes from here.
 */
export * from './decimal.js';
export * from './rate.js';
export * from './judgment.js';
export * from './localize.js';
export * from './fiscal-year.js';
export * from './format.js';
export * from './parse-value.js';
export * from './reason.js';
export * from './types.js';
export * from './dataset-json.js';
export * from './validate.js';
export * from './evaluate.js';
export * from './groups.js';
export * from './summarize.js';

/** Registers every element. */
export * from './achievement-badge/achievement-badge.js';
export * from './policy-indicator-table/policy-indicator-table.js';

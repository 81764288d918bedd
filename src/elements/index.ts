/** Registers every element. */
export * from './achievement-badge/achievement-badge.js';

/**
 * policy-indicators: registers every element and re-exports the calculation core.
 * Import `policy-indicators/core` instead when you need the numbers without any element.
 */
export * from './core/index.js';

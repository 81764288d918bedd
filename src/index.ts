/**
 * policy-indicators: registers every element and re-exports the calculation core.
 * Import `policy-indicators/core` instead when you need the numbers without any element.
 */
export * from './core/index.js';
export * from './elements/index.js';
export { describeProblem, messagesFor, MESSAGES, type Messages } from './i18n/messages.js';

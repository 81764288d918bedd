/**
 * policy-indicators: registers every element and re-exports the calculation core.
 * Import `policy-indicators/core` instead when you need the numbers without any element.
 */
export * from './core/index.js';
export * from './elements/index.js';
// Tag names and each element's attributes, properties and events, for typing templates.
export * from './frameworks/elements.js';
export {
  badgeMessages, chartMessages, commonMessages, describeProblem, languageChain, messagesFor, MESSAGES, registerMessages, tableMessages,
  type BadgeMessages, type ChartMessages, type CommonMessages, type MessagePart, type Messages, type TableMessages,
} from './i18n/messages.js';

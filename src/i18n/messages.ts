import type { BadgeMessages } from './badge.js';
import { badgeMessages } from './badge.js';
import type { ChartMessages } from './chart.js';
import { chartMessages } from './chart.js';
import type { CommonMessages } from './common.js';
import { commonMessages } from './common.js';
import type { TableMessages } from './table.js';
import { tableMessages } from './table.js';

export { badgeMessages, chartMessages, commonMessages, tableMessages };
export type { BadgeMessages, ChartMessages, CommonMessages, TableMessages };
export { describeProblem } from './common.js';
export { languageChain, registerMessages, type MessagePart } from './registry.js';

/** Every word of every element for a `lang`. Elements read only their own part; this is for pages and tools. */
export interface Messages extends CommonMessages {
  table: TableMessages;
  chart: ChartMessages;
  badge: BadgeMessages;
}

/** All catalogues for a `lang`, with the fallback and overrides of `registerMessages`. */
export function messagesFor(lang: string | null | undefined): Messages {
  return { ...commonMessages(lang), table: tableMessages(lang), chart: chartMessages(lang), badge: badgeMessages(lang) };
}

/** The built-in catalogues. */
export const MESSAGES: Readonly<Record<'ja' | 'en', Messages>> = { ja: messagesFor('ja'), en: messagesFor('en') };

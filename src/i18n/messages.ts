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
  return words(lang, true);
}

function words(lang: string | null | undefined, withOverrides: boolean): Messages {
  return {
    ...commonMessages(lang, withOverrides), table: tableMessages(lang, withOverrides),
    chart: chartMessages(lang, withOverrides), badge: badgeMessages(lang, withOverrides),
  };
}

const builtIn = (lang: 'ja' | 'en') => {
  let value: Messages | undefined;
  return { enumerable: true, get: () => (value ??= words(lang, false)) };
};

/**
 * The built-in catalogues, without what pages registered. Each is built when first read: a page
 * that never reads them does not pay for merging every element's words in two languages at load.
 */
export const MESSAGES: Readonly<Record<'ja' | 'en', Messages>> = Object.freeze(
  Object.defineProperties({} as Record<'ja' | 'en', Messages>, { ja: builtIn('ja'), en: builtIn('en') }),
);

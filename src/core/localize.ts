/** A text in Japanese, with English where the publisher or we provide it. */
export type LocalizedText = string | { ja: string; en?: string };

/** The supported display languages. Japanese is the default. */
export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The language of texts and numbers for a `lang` tag: Japanese for Japanese tags and for no tag at
 * all (a municipal page), English for every other language (data carries ja and en only, so a
 * reader with `lang="ko"` gets English rather than Japanese). Message catalogues go further: see
 * `registerMessages`.
 */
export function resolveLocale(lang: string | null | undefined): Locale {
  return !lang || !lang.trim() || /^ja\b/i.test(lang.trim()) ? 'ja' : 'en';
}

/** Characters that embed, override or isolate text direction (LRE … RLO, LRI … PDI, marks). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * A text from data made safe to place among other text: when it carries direction controls
 * (an RLO in a name), it is wrapped in FSI … PDI, which closes whatever it opened, so it cannot
 * reorder the words around it. Text without such controls is returned as it is.
 */
export function isolateBidi(text: string): string {
  return BIDI_CONTROLS.test(text) ? `\u2068${text}\u2069` : text;
}

/** The text for a locale: English when asked for and given, Japanese otherwise; direction controls isolated. */
export function localize(text: LocalizedText | null | undefined, locale: string = 'ja'): string {
  if (text == null) return '';
  if (typeof text === 'string') return isolateBidi(text);
  return isolateBidi((resolveLocale(locale) === 'en' && text.en) || text.ja);
}

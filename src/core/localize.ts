/** A text in Japanese, with English where the publisher or we provide it. */
export type LocalizedText = string | { ja: string; en?: string };

/** The supported display languages. Japanese is the default. */
export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** `en` for any English tag ("en", "en-GB"), `ja` for everything else. */
export function resolveLocale(lang: string | null | undefined): Locale {
  return lang && /^en\b/i.test(lang) ? 'en' : 'ja';
}

/** The text for a locale: English when asked for and given, Japanese otherwise. */
export function localize(text: LocalizedText | null | undefined, locale: string = 'ja'): string {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  return (resolveLocale(locale) === 'en' && text.en) || text.ja;
}

/**
 * Message catalogues by locale, with overrides a page registers. Each element reads only its own
 * part (`common`, `badge`, `table`, `chart`), so a badge does not carry the table's words.
 *
 * Fallback: a language tag is tried as given ("ko-KR"), then its language ("ko"); a language
 * without the word falls back to English, and English to Japanese. Japanese ("ja", "ja-JP") and a
 * page without `lang` use Japanese. So `lang="ko"` with a few Korean words registered shows those
 * words and English for the rest, never a silent mix with Japanese.
 */
export type MessagePart = 'common' | 'badge' | 'table' | 'chart';

type Words = Record<string, unknown>;
const overrides = new Map<string, Partial<Record<MessagePart, Words>>>();
let version = 0;

/** The locales tried for a `lang`, most specific first: "ko-KR" → ko-kr, ko, en, ja. */
export function languageChain(lang: string | null | undefined): string[] {
  const tag = (lang ?? '').trim().toLowerCase().replace(/_/g, '-') || 'ja';
  const base = tag.split('-')[0]!;
  const chain = [tag, base];
  if (base !== 'ja') chain.push('en');
  chain.push('ja');
  return [...new Set(chain)];
}

/** One level deeper than the part itself: `problem`, `legend`, `status` … merge by key. */
function merge(base: Words, add: Words): Words {
  const out: Words = { ...base };
  for (const [key, value] of Object.entries(add)) {
    if (key === '__proto__' || key === 'constructor' || value === undefined) continue;
    const current = out[key];
    const plain = (v: unknown): v is Words => typeof v === 'object' && v !== null && !Array.isArray(v);
    out[key] = plain(current) && plain(value) ? { ...current, ...value } : value;
  }
  return out;
}

/**
 * Registers words for a locale, or overrides some of ours: `registerMessages('ja', { table: { result: '達成状況' } })`,
 * `registerMessages('ko', { badge: { none: '판정 없음' }, table: { … } })`. Later calls win. Elements
 * read the catalogue when they render: register before they render, or call `requestUpdate()` on them.
 */
export function registerMessages(locale: string, messages: Partial<Record<MessagePart, Words>>): void {
  const key = languageChain(locale)[0]!;
  const current = overrides.get(key) ?? {};
  for (const part of ['common', 'badge', 'table', 'chart'] as const) {
    const add = messages[part];
    if (add && typeof add === 'object') current[part] = merge(current[part] ?? {}, add as Words);
  }
  overrides.set(key, current);
  version++;
}

/** A part's words for any `lang`, built in `ja` and `en`, with what pages registered, cached. */
export function catalogue<T extends object>(part: MessagePart, builtIn: { ja: T; en: T }): Catalogue<T> {
  const cache = new Map<string, { version: number; value: T }>();
  // The built-in words alone are cached under a key of their own with version -1, which no registration changes.
  const read = (lang: string | null | undefined, withOverrides = true): T => {
    const chain = languageChain(lang);
    const key = withOverrides ? chain[0]! : `\u0000${chain[0]}`;
    const current = withOverrides ? version : -1;
    const hit = cache.get(key);
    if (hit && hit.version === current) return hit.value;
    let value: Words = {};
    for (const locale of [...chain].reverse()) {
      const own = (builtIn as unknown as Record<string, T | undefined>)[locale];
      if (own) value = merge(value, own as unknown as Words);
      const added = withOverrides && overrides.get(locale)?.[part];
      if (added) value = merge(value, added);
    }
    cache.set(key, { version: current, value: value as T });
    return value as T;
  };
  return read;
}

/**
 * A part's words for a `lang`: with what pages registered (the default), or the built-in words
 * alone (`withOverrides` false, for `MESSAGES`).
 */
export type Catalogue<T> = (lang: string | null | undefined, withOverrides?: boolean) => T;

import { nothing, type TemplateResult } from 'lit';
import type { JudgmentTier } from '../../core/judgment.js';
import { localize } from '../../core/localize.js';
import { badgeMessages } from '../../i18n/badge.js';
import { Markup } from './markup.js';
import { addShape } from './shapes.js';

/**
 * A judgment as the badge shows it (shape, text, tone), as plain markup inside another element's
 * shadow root: a table of 10,000 indicators then holds 10,000 spans, not 10,000 elements with
 * shadow roots of their own. The words and shapes are the badge's (same catalogue, same shapes),
 * so a table cell and an `<achievement-badge>` read the same.
 */
export function judgmentMark(
  tier: JudgmentTier | null,
  locale: string,
  options: { rate?: string; provisional?: boolean } = {},
): TemplateResult | typeof nothing {
  return tier ? addJudgmentMark(new Markup(), tier, locale, options).done() : nothing;
}

/**
 * `judgmentMark` written into a template being built (a table row), so it is not a template of its
 * own. Its markup is the same for every tier (the tier's shape and words are parts); the rate, the
 * provisional mark and the spoken description are markup only when the mark has them (an unused
 * part would leave a comment marker in every row).
 */
export function addJudgmentMark(t: Markup, tier: JudgmentTier, locale: string, options: { rate?: string; provisional?: boolean } = {}): Markup {
  const m = badgeMessages(locale);
  const description = tier.description ? localize(tier.description, locale) : '';
  t.s('<span part="judgment" class=').v(`judgment tone-${tier.tone ?? 'neutral'}`).s(' data-judgment=').v(tier.id).s('>');
  addShape(t, tier.shape, 'class="judgment-icon"').s('<span class="judgment-label">').v(localize(tier.label, locale)).s('</span>');
  if (description) t.s('<span class="visually-hidden">').v(m.aside(description)).s('</span>');
  if (options.rate) t.s('<span class="judgment-rate">').v(options.rate).s('</span>');
  if (options.provisional) t.s('<span class="judgment-provisional">').v(m.provisionalMark).s('</span>');
  return t.s('</span>');
}

// Shared by the demo pages: registers the elements and writes the page's own words in its language.
import '../src/index.js';
import { evaluate, localize, resolveScheme, summarize, summarizeGivenJudgments, validate } from '../src/core/index.js';

const lang = document.documentElement.lang === 'en' ? 'en' : 'ja';
for (const el of document.querySelectorAll<HTMLElement>('[data-ja]')) {
  el.textContent = (lang === 'en' && el.dataset.en) || el.dataset.ja!;
}
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
  link.textContent = lang === 'en' ? '日本語' : 'English';
  link.lang = lang === 'en' ? 'ja' : 'en';
  link.href = `?lang=${lang === 'en' ? 'ja' : 'en'}`;
}
for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href$=".html"]')) {
  if (lang === 'en') a.href += '?lang=en';
}

// The index page's cards: each report's own summary, computed by the core (not one indicator's badge,
// which would read as the whole report's verdict, and never a grade typed by hand).
for (const slot of document.querySelectorAll<HTMLElement>('[data-summary]')) {
  fetch(slot.dataset.summary!)
    .then((r) => r.json())
    .then((json) => {
      const { dataset } = validate(json);
      if (!dataset) return;
      const scheme = resolveScheme(dataset.evaluation.scheme);
      const rows = evaluate(dataset);
      const graded = scheme && !scheme.computed && scheme.tiers.length;
      const summary = graded ? summarizeGivenJudgments(dataset, dataset.plan.reportedYear, 'measure') : summarize(rows, scheme ?? undefined);
      const noun = graded
        ? (lang === 'en' ? 'measures graded by the city' : '施策（市の判定）')
        : dataset.plan.rowNoun ? localize(dataset.plan.rowNoun, lang) : lang === 'en' ? 'indicators' : '指標';
      const lines = summary.lines.map((l) => `${localize(l.label, lang)} ${l.count}`).join(lang === 'en' ? ', ' : '・');
      slot.textContent = `${summary.total}${lang === 'en' ? ' ' : ''}${noun}: ${lines}`;
    })
    .catch(() => {
      slot.textContent = lang === 'en' ? 'The summary could not be loaded.' : '概要を読み込めませんでした。';
    });
}

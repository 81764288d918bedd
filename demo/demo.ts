// Shared by the demo pages: registers the elements and writes the page's own words in its language.
import '../src/index.js';
import { reportSummary } from './report-summary.js';

const lang = document.documentElement.lang === 'en' ? 'en' : 'ja';
for (const el of document.querySelectorAll<HTMLElement>('[data-ja]')) {
  el.textContent = (lang === 'en' && el.dataset.en) || el.dataset.ja!;
}
for (const el of document.querySelectorAll<HTMLElement>('[data-label-ja]')) {
  el.setAttribute('aria-label', (lang === 'en' && el.dataset.labelEn) || el.dataset.labelJa!);
}
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
  link.textContent = lang === 'en' ? '日本語' : 'English';
  link.lang = lang === 'en' ? 'ja' : 'en';
  link.href = `?lang=${lang === 'en' ? 'ja' : 'en'}`;
}
for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href$=".html"]')) {
  if (lang === 'en') a.href += '?lang=en';
}

// The index page's cards: each report's own summary, counted by the core from the file the report
// page shows (not one indicator's badge, which would read as the whole report's verdict).
for (const slot of document.querySelectorAll<HTMLElement>('[data-summary]')) {
  fetch(slot.dataset.summary!)
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.statusText))))
    .then((json) => {
      const summary = reportSummary(json, lang);
      if (!summary) throw new Error('invalid dataset');
      const span = (text: string, className: string) => Object.assign(document.createElement('span'), { className, textContent: text });
      // Each count stays on one line (never 「B / 1」 on a phone).
      const counts = summary.counts.flatMap((count, i) => [...(i ? [summary.separator] : []), span(count, 'summary-count')]);
      slot.replaceChildren(span(summary.label, 'summary-label'), ...(lang === 'en' ? [' '] : []), ...counts);
    })
    .catch(() => {
      slot.textContent = lang === 'en' ? 'The summary could not be loaded.' : '集計を読み込めませんでした。';
    });
}

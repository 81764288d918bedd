// Shared by the demo pages: registers the elements and writes the page's own words in its language.
import '../src/index.js';

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

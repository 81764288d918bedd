// Demo page: both real reports in <policy-indicator-table>. (Loading by a `src` attribute is the
// embedding issue; until then the page fetches the JSON and sets the `data` property.)
import '../src/index.js';
import { localize, resolveLocale } from '../src/core/index.js';

const lang = resolveLocale(new URLSearchParams(location.search).get('lang'));
document.documentElement.lang = lang;
if (lang === 'en') {
  document.title = 'policy-indicators demo: policy evaluations of Atsugi and Asaka';
  document.getElementById('title')!.textContent = 'Policy evaluations as web tables everyone can read';
  document.getElementById('lead')!.textContent =
    'The FY2024 evaluations published by Atsugi and Asaka, shown from their own figures. Every rate and judgment is computed by policy-indicators/core and matches the printed reports.';
  document.getElementById('atsugi-heading')!.textContent = 'Atsugi City: Industry Master Plan (late-term), FY2024 status';
  document.getElementById('asaka-heading')!.textContent = 'Asaka City: Industry Promotion Plan, measure evaluation FY2024';
}
const link = document.getElementById('switch-lang') as HTMLAnchorElement;
link.textContent = lang === 'en' ? '日本語' : 'English';
link.href = lang === 'en' ? '?lang=ja' : '?lang=en';
link.lang = lang === 'en' ? 'ja' : 'en';

for (const table of document.querySelectorAll('policy-indicator-table')) {
  fetch(table.dataset.src!)
    .then((r) => r.json())
    .then((json) => {
      table.data = json;
    })
    .catch((e) => {
      table.data = { error: String(e) };
    });
}

document.getElementById('atsugi')!.addEventListener('indicator-select', (e) => {
  const table = e.currentTarget as HTMLElement & { data: { indicators: { id: string; name: string }[] } };
  const ind = table.data.indicators.find((i) => i.id === e.detail.indicatorId);
  document.getElementById('atsugi-selection')!.textContent =
    (lang === 'en' ? 'Selected: ' : '選択中：') + localize(ind?.name ?? e.detail.indicatorId, lang);
});

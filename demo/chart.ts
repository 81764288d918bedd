import '../src/index.js';
import { resolveLocale } from '../src/core/index.js';
import { WAITING_CHILDREN } from './examples.js';

const lang = resolveLocale(new URLSearchParams(location.search).get('lang'));
document.documentElement.lang = lang;
for (const chart of document.querySelectorAll<HTMLElement & { data?: unknown; indicator?: unknown }>('target-trend-chart')) {
  if (chart.dataset.src) fetch(chart.dataset.src).then((r) => r.json()).then((json) => (chart.data = json));
}
document.querySelector<HTMLElement & { indicator?: unknown }>('#decreasing')!.indicator = WAITING_CHILDREN;

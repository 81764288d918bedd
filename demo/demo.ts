// The demo page until the elements exist: both real reports rendered through policy-indicators/core,
// built with DOM APIs only (data is always text, never HTML).
import {
  evaluate, fiscalYearLabel, flattenGroups, formatRate, formatValue, judgmentTier, localize,
  resolveLocale, summarize, summarizeGivenJudgments, validate, type Dataset, type EvaluationRow,
} from '../src/core/index.js';

const lang = resolveLocale(new URLSearchParams(location.search).get('lang'));
const t = (ja: string, en: string) => (lang === 'en' ? en : ja);
document.documentElement.lang = lang;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function table(caption: string, head: string[], body: (string | [string, string])[][]): HTMLElement {
  const wrap = el('div', undefined, { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': caption });
  const tbl = el('table');
  tbl.append(el('caption', caption));
  const tr = el('tr');
  head.forEach((h) => tr.append(el('th', h, { scope: 'col' })));
  const thead = el('thead');
  thead.append(tr);
  tbl.append(thead);
  const tbody = el('tbody');
  for (const row of body) {
    const r = el('tr');
    row.forEach((cell, i) => {
      const [text, cls] = Array.isArray(cell) ? cell : [cell, ''];
      r.append(i === 0 ? el('th', text, { scope: 'row' }) : el('td', text, cls ? { class: cls } : {}));
    });
    tbody.append(r);
  }
  tbl.append(tbody);
  wrap.append(tbl);
  return wrap;
}

const heading = (d: Dataset) => {
  const title = localize(d.plan.title, lang);
  const publisher = localize(d.plan.publisher, lang);
  return title.startsWith(localize(d.plan.publisher)) ? title : `${publisher} ${title}`;
};

const judgmentText = (row: EvaluationRow, dataset: Dataset): [string, string] => {
  const tier = judgmentTier(row.judgment, dataset.evaluation.scheme);
  return [tier ? localize(tier.label, lang) : '', row.judgment ? `result j-${row.judgment}` : 'result'];
};

function atsugi(dataset: Dataset): HTMLElement {
  const section = el('section', undefined, { 'aria-labelledby': 'atsugi' });
  section.append(el('h2', heading(dataset), { id: 'atsugi' }));
  const rows = evaluate(dataset);
  const s = summarize(rows, dataset.evaluation.scheme);
  const [achieved, notAchieved, tallying] = s.lines;
  section.append(el('p', t(
    `${s.total}単位施策：達成 ${achieved!.count}（概ね達成含む）・未達成 ${notAchieved!.count}・集計中 ${tallying!.count}`,
    `${s.total} unit measures: achieved ${achieved!.count} (incl. nearly achieved), not achieved ${notAchieved!.count}, being tallied ${tallying!.count}`,
  ), { class: 'headline' }));
  const years = [2024, 2025, 2026];
  const ind = new Map(dataset.indicators.map((i) => [i.id, i]));
  section.append(table(
    t('令和6年度取組状況（成果指標）', 'FY2024 status (outcome indicators)'),
    ['No.', t('成果指標', 'Indicator'), ...years.map((y) => `${t('目標', 'Target')} ${fiscalYearLabel(y, { style: 'era-short', locale: lang })}`),
      t('実績', 'Actual'), t('結果', 'Result'), t('達成率', 'Rate'), t('理由', 'Reason')],
    rows.map((r) => [
      String(r.no), localize(r.name, lang),
      ...years.map((y): [string, string] => [formatValue(ind.get(r.indicatorId)!.targets[y], r.unit, { locale: lang }), 'num']),
      [formatValue(r.actual, r.unit, { locale: lang }), 'num'], judgmentText(r, dataset), [formatRate(r.rate, { locale: lang }), 'num'],
      r.reason ? localize(r.reason, lang) : '',
    ]),
  ));
  return section;
}

function asaka(dataset: Dataset): HTMLElement {
  const section = el('section', undefined, { 'aria-labelledby': 'asaka' });
  section.append(el('h2', heading(dataset), { id: 'asaka' }));
  const grades = summarizeGivenJudgments(dataset, 2024, 'measure');
  section.append(el('p', `${t('施策の判定（令和6年度）', 'Grades given by the city (FY2024)')}: ${grades.lines.map((l) => `${l.id} ${l.count}`).join(' / ')}`, { class: 'headline' }));
  const years = [2018, 2024, 2025, 2026, 2027, 2028];
  const rows = evaluate(dataset);
  for (const { group } of flattenGroups(dataset.groups).filter((g) => g.group.level === 'measure')) {
    section.append(el('h3', `${group.code} ${localize(group.name, lang)} — ${t('判定', 'Grade')} ${group.givenJudgments[2024] ?? '—'}`));
    const body = group.indicators.flatMap((id) => {
      const indicator = dataset.indicators.find((i) => i.id === id)!;
      return rows.filter((r) => r.indicatorId === id).map((r) => {
        const series = indicator.series.find((s) => s.id === r.seriesId)!;
        const name = localize(indicator.name, lang) + (r.seriesLabel ? ` — ${localize(r.seriesLabel, lang)}` : '');
        return [
          name,
          [formatValue((series.baseline ?? indicator.baseline)?.value, indicator.unit, { locale: lang }), 'num'] as [string, string],
          ...years.slice(1).map((y): [string, string] => [`${formatValue(indicator.targets[y], indicator.unit, { locale: lang })} / ${formatValue(series.actuals[y], indicator.unit, { locale: lang })}`, 'num']),
          [formatRate(r.rate, { locale: lang }), 'num'] as [string, string],
        ];
      });
    });
    section.append(table(
      t(`${group.code} の指標（目標 / 実績）`, `Indicators of ${group.code} (target / actual)`),
      [t('指標', 'Indicator'), t('計画策定時', 'Baseline'), ...years.slice(1).map((y) => fiscalYearLabel(y, { locale: lang })), t('達成率 R6', 'Rate FY2024')],
      body,
    ));
  }
  return section;
}

async function main() {
  document.getElementById('title')!.textContent = t('policy-indicators デモ：施策評価を、誰もが読めるウェブの表に', 'policy-indicators demo: policy evaluations as readable web tables');
  document.getElementById('lead')!.textContent = t(
    '厚木市と朝霞市が公表した令和6年度の評価を、そのままのデータから計算・表示しています。達成率・判定はすべて policy-indicators/core によるものです。',
    'The FY2024 evaluations published by Atsugi and Asaka, computed and shown from their own data. Every rate and judgment comes from policy-indicators/core.',
  );
  const link = document.getElementById('switch-lang') as HTMLAnchorElement;
  link.textContent = lang === 'en' ? '日本語' : 'English';
  link.href = lang === 'en' ? '?lang=ja' : '?lang=en';
  const main = document.getElementById('reports')!;
  for (const [name, render] of [['atsugi-fy2024', atsugi], ['asaka-fy2024', asaka]] as const) {
    try {
      const response = await fetch(`../data/${name}.json`);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      const result = validate(await response.json());
      if (!result.dataset) throw new Error(result.problems.map((p) => p.message).join('; '));
      main.append(render(result.dataset));
    } catch (e) {
      main.append(el('p', `${name}: ${(e as Error).message}`, { class: 'error', role: 'alert' }));
    }
  }
}
main();

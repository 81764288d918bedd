// The Asaka sheets as a page: each policy direction with its measures, the city's grade, the
// FY2024 texts beside FY2023's, and a chart per indicator. Built from the dataset with DOM APIs
// only (every text from the data is set as text).
import { fiscalYearLabel, localize, validate, type Group, type NarrativeText } from '../src/core/index.js';

const lang = document.documentElement.lang === 'en' ? 'en' : 'ja';
const t = (ja: string, en: string) => (lang === 'en' ? en : ja);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function texts(list: NarrativeText[], year: number) {
  const block = el('div', undefined, { class: 'texts' });
  for (const text of list.filter((x) => x.year === year)) {
    block.append(el('h5', localize(text.label, 'ja')));
    for (const line of localize(text.text).split('\n')) block.append(el('p', line));
  }
  return block;
}

function measure(group: Group, src: string) {
  const section = el('section', undefined, { class: 'measure', 'aria-labelledby': `m-${group.code}` });
  const heading = el('h3', `${group.code} ${localize(group.name)}`, { id: `m-${group.code}` });
  for (const year of [2024, 2023]) {
    const grade = group.givenJudgments[year];
    if (!grade) continue;
    const badge = el('achievement-badge', undefined, { judgment: grade, scheme: 'given-grade', size: 'small' });
    heading.append(' ', el('span', `${fiscalYearLabel(year, { locale: lang })}: `, { class: 'grade-year' }), badge);
  }
  section.append(heading);
  const years = el('div', undefined, { class: 'years' });
  for (const year of [2024, 2023]) {
    const column = el('div');
    column.append(el('h4', fiscalYearLabel(year, { locale: lang })), texts(group.texts, year));
    years.append(column);
  }
  section.append(years);
  const charts = el('div', undefined, { class: 'charts-grid' });
  for (const id of group.indicators) charts.append(el('target-trend-chart', undefined, { src, 'indicator-id': id }));
  section.append(charts);
  return section;
}

async function main() {
  const src = '../data/asaka-fy2024.json';
  const main = document.getElementById('sheets')!;
  const json = await (await fetch(src)).json();
  const { dataset } = validate(json);
  if (!dataset) return;
  // A 23,000 px page: a table of contents to each direction, measure and the projects.
  const nav = el('nav', undefined, { 'aria-label': t('このページの目次', 'Contents of this page'), class: 'toc' });
  const list = el('ol');
  for (const direction of dataset.groups) {
    const item = el('li');
    item.append(el('a', `${direction.code} ${localize(direction.name)}`, { href: `#d-${direction.code}` }));
    const sub = el('ol');
    for (const m of direction.children) {
      const li = el('li');
      li.append(el('a', `${m.code} ${localize(m.name)}`, { href: `#m-${m.code}` }));
      sub.append(li);
    }
    item.append(sub);
    list.append(item);
  }
  const projectsItem = el('li');
  projectsItem.append(el('a', t('プロジェクト', 'Projects'), { href: '#projects' }));
  list.append(projectsItem);
  nav.append(list);
  main.prepend(nav);
  for (const direction of dataset.groups) {
    const section = el('section', undefined, { class: 'direction', 'aria-labelledby': `d-${direction.code}` });
    section.append(el('h2', `${t('施策の方向性', 'Policy direction')} ${direction.code} ${localize(direction.name)}`, { id: `d-${direction.code}` }));
    const vision = direction.texts.find((x) => x.kind === 'vision');
    if (vision) section.append(el('p', `${t('目指す姿', 'Aim')}: ${localize(vision.text)}`, { class: 'vision' }));
    for (const m of direction.children) section.append(measure(m, src));
    for (const year of [2024, 2023]) {
      const issues = direction.texts.filter((x) => x.year === year && (x.kind === 'issues' || x.kind === 'committee'));
      if (issues.length) {
        const box = el('div', undefined, { class: 'issues' });
        box.append(el('h4', `${fiscalYearLabel(year, { locale: lang })} ${t('課題・委員会の評価', 'Issues and committee comments')}`), texts(issues, year));
        section.append(box);
      }
    }
    main.append(section);
  }
  const projects = el('section', undefined, { 'aria-labelledby': 'projects' });
  projects.append(el('h2', t('プロジェクト', 'Projects'), { id: 'projects' }));
  projects.append(el('p', t('◎ 主に関連する施策の方向性　○ 関連する施策の方向性', '◎ primary policy direction　○ related policy direction'), { class: 'legend' }));
  for (const p of dataset.projects) {
    const box = el('section', undefined, { class: 'measure' });
    const h = el('h3', `${p.code}. ${localize(p.name)} `);
    h.append(el('achievement-badge', undefined, { judgment: p.givenJudgments[2024] ?? '', scheme: 'given-grade', size: 'small' }));
    box.append(h);
    box.append(el('p', p.policies.map((x) => `${x.role === 'primary' ? '◎' : '○'}${x.group.replace('d', '')}`).join(' ')));
    box.append(texts(p.texts, 2024));
    projects.append(box);
  }
  main.append(projects);
}
main();

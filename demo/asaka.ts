// The Asaka sheets as a page: each policy direction with its measures, the city's grade, the
// FY2024 texts beside FY2023's, and a chart per indicator; a table of contents and a legend first,
// since the page is long (about 23,000 px). Built from the dataset with DOM APIs only (every text
// from the data is set as text).
import {
  fiscalYearLabel, localize, resolveScheme, validate, type Dataset, type Group, type NarrativeText, type Project,
} from '../src/core/index.js';

const lang = document.documentElement.lang === 'en' ? 'en' : 'ja';
const t = (ja: string, en: string) => (lang === 'en' ? en : ja);
const YEARS = [2024, 2023];
const fy = (year: number) => fiscalYearLabel(year, { locale: lang, style: lang === 'en' ? 'fy' : 'era' });
/** The id of a project's heading. */
const projectId = (p: Project) => `p-${p.code ?? p.id}`;
/** ◎ and ○ as the sheets print them before a policy direction's number (関連施策). */
const ROLE_MARK = { primary: '◎', related: '○' } as const;
const ROLE_WORDS = {
  primary: () => t('主に関連する施策の方向性', 'Main policy direction'),
  related: () => t('関連する施策の方向性', 'Related policy direction'),
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function link(text: string, id: string) {
  return el('a', text, { href: `#${id}` });
}

/** The way back from anywhere in a long page: to the table of contents. */
function backToContents() {
  const p = el('p', undefined, { class: 'back' });
  p.append(link(t('目次へ戻る', 'Back to contents'), 'toc'));
  return p;
}

/** A year's texts (or, with no year, the texts of no year such as a project's 概要) under their printed labels. */
function texts(list: NarrativeText[], year?: number, labelTag: 'h4' | 'h5' = 'h5') {
  const block = el('div', undefined, { class: 'texts' });
  for (const text of list.filter((x) => x.year === year)) {
    if (text.label) block.append(el(labelTag, localize(text.label, 'ja')));
    for (const line of localize(text.text).split('\n')) block.append(el('p', line));
  }
  return block;
}

/** 「令和6年度: [A] 令和5年度: [A]」 after a heading. */
function grades(heading: HTMLElement, judgments: Record<string, string>) {
  for (const year of YEARS) {
    const grade = judgments[year];
    if (!grade) continue;
    const badge = el('achievement-badge', undefined, { judgment: grade, scheme: 'given-grade', size: 'small' });
    heading.append(' ', el('span', `${fy(year)}: `, { class: 'grade-year' }), badge);
  }
}

/** FY2024's texts beside FY2023's. */
function years(list: NarrativeText[]) {
  const columns = el('div', undefined, { class: 'years' });
  for (const year of YEARS) {
    const column = el('div');
    column.append(el('h4', fy(year)), texts(list, year));
    columns.append(column);
  }
  return columns;
}

function measure(group: Group, src: string) {
  const section = el('section', undefined, { class: 'measure', 'aria-labelledby': `m-${group.code}` });
  const heading = el('h3', `${group.code} ${localize(group.name)}`, { id: `m-${group.code}` });
  grades(heading, group.givenJudgments);
  section.append(heading, years(group.texts));
  const charts = el('div', undefined, { class: 'charts-grid' });
  for (const id of group.indicators) charts.append(el('target-trend-chart', undefined, { src, 'indicator-id': id }));
  section.append(charts);
  return section;
}

function direction(group: Group, src: string) {
  const section = el('section', undefined, { class: 'direction', 'aria-labelledby': `d-${group.code}` });
  section.append(el('h2', `${t('施策の方向性', 'Policy direction')} ${group.code} ${localize(group.name)}`, { id: `d-${group.code}` }));
  const vision = group.texts.find((x) => x.kind === 'vision');
  if (vision) section.append(el('p', `${t('目指す姿', 'Aim')}: ${localize(vision.text)}`, { class: 'vision' }));
  for (const m of group.children) section.append(measure(m, src));
  for (const year of YEARS) {
    const issues = group.texts.filter((x) => x.year === year && (x.kind === 'issues' || x.kind === 'committee'));
    if (!issues.length) continue;
    const box = el('div', undefined, { class: 'issues' });
    box.append(el('h4', `${fy(year)} ${t('課題・委員会の評価', 'Issues and committee comments')}`), texts(issues, year));
    section.append(box);
  }
  section.append(backToContents());
  return section;
}

/** ◎ 1 暮らしにマッチした生活環境の創造 ○ 2 …: each with its words for screen readers and a link. */
function policies(project: Project, dataset: Dataset) {
  const box = el('div', undefined, { class: 'policies' });
  box.append(el('span', t('関連施策', 'Policy directions served'), { class: 'policies-label', id: `${projectId(project)}-policies` }));
  const list = el('ul', undefined, { 'aria-labelledby': `${projectId(project)}-policies` });
  for (const { group: id, role } of project.policies) {
    const group = dataset.groups.find((g) => g.id === id);
    const item = el('li');
    item.append(el('span', ROLE_MARK[role], { class: 'role-mark', 'aria-hidden': 'true' }), el('span', `${ROLE_WORDS[role]()}: `, { class: 'visually-hidden' }));
    item.append(group ? link(`${group.code} ${localize(group.name)}`, `d-${group.code}`) : id);
    list.append(item);
  }
  box.append(list);
  return box;
}

function project(p: Project, dataset: Dataset) {
  const section = el('section', undefined, { class: 'measure project', 'aria-labelledby': projectId(p) });
  const heading = el('h3', `${p.code}. ${localize(p.name)}`, { id: projectId(p) });
  grades(heading, p.givenJudgments);
  section.append(heading, policies(p, dataset), texts(p.texts, undefined, 'h4'), years(p.texts));
  return section;
}

/** What the grades and the marks mean, as the sheets define them. */
function legend(dataset: Dataset) {
  const section = el('section', undefined, { id: 'legend', class: 'legend', 'aria-labelledby': 'legend-heading' });
  section.append(el('h2', t('判定と記号の見方', 'How to read the grades and marks'), { id: 'legend-heading' }));
  const scheme = resolveScheme(dataset.evaluation.scheme);
  if (scheme?.tiers.length) {
    section.append(el('h3', t('判定（市による評価）', 'Grades (given by the city)'), { id: 'legend-grades' }));
    const grades = el('dl', undefined, { 'aria-labelledby': 'legend-grades' });
    for (const tier of scheme.tiers) {
      const dt = el('dt');
      dt.append(el('achievement-badge', undefined, { judgment: tier.id, scheme: scheme.id, size: 'small' }));
      grades.append(dt, el('dd', localize(tier.description, lang)));
    }
    section.append(grades);
  }
  if (dataset.projects.length) {
    section.append(el('h3', t('プロジェクトの関連施策', 'Policy directions of the projects'), { id: 'legend-marks' }));
    const marks = el('dl', undefined, { 'aria-labelledby': 'legend-marks' });
    for (const role of ['primary', 'related'] as const) {
      marks.append(el('dt', ROLE_MARK[role], { class: 'role-mark' }), el('dd', ROLE_WORDS[role]()));
    }
    section.append(marks);
  }
  return section;
}

/** The table of contents: the legend, the table, every direction with its measures, the projects. */
function contents(dataset: Dataset) {
  const nav = el('nav', undefined, { id: 'toc', class: 'toc', 'aria-labelledby': 'toc-heading' });
  nav.append(el('h2', t('目次', 'Contents'), { id: 'toc-heading' }));
  const list = el('ul');
  const item = (text: string, id: string, children: [string, string][] = []) => {
    const li = el('li');
    li.append(link(text, id));
    if (children.length) {
      const sub = el('ul');
      for (const [childText, childId] of children) sub.append(item(childText, childId));
      li.append(sub);
    }
    return li;
  };
  list.append(item(t('判定と記号の見方', 'How to read the grades and marks'), 'legend-heading'));
  list.append(item(t('全指標の一覧表', 'All indicators in one table'), 'overview-heading'));
  for (const d of dataset.groups) {
    list.append(item(`${d.code} ${localize(d.name)}`, `d-${d.code}`, d.children.map((m) => [`${m.code} ${localize(m.name)}`, `m-${m.code}`])));
  }
  if (dataset.projects.length) {
    list.append(item(t('プロジェクト', 'Projects'), 'projects', dataset.projects.map((p) => [`${p.code}. ${localize(p.name)}`, projectId(p)])));
  }
  nav.append(list);
  return nav;
}

/** A link back to the contents that stays in a corner once the contents are scrolled away. */
function floatingBackLink(toc: HTMLElement) {
  const a = link('', 'toc');
  a.className = 'to-top';
  a.append(el('span', '↑', { 'aria-hidden': 'true' }), ` ${t('目次へ', 'Contents')}`);
  a.hidden = true;
  // root: document, this page's own viewport (also when the page is shown in a frame).
  const shown = (entry: IntersectionObserverEntry) => !entry.isIntersecting && entry.boundingClientRect.top < 0;
  new IntersectionObserver((entries) => (a.hidden = !shown(entries.at(-1)!)), { root: document }).observe(toc);
  document.body.append(a);
}

async function main() {
  const src = '../data/asaka-fy2024.json';
  const main = document.getElementById('sheets')!;
  const json = await (await fetch(src)).json();
  const { dataset } = validate(json);
  if (!dataset) return;
  const toc = contents(dataset);
  main.prepend(toc, legend(dataset));
  document.getElementById('overview')!.append(backToContents());
  for (const d of dataset.groups) main.append(direction(d, src));
  if (dataset.projects.length) {
    const projects = el('section', undefined, { class: 'projects', 'aria-labelledby': 'projects' });
    projects.append(el('h2', t('プロジェクト', 'Projects'), { id: 'projects' }));
    projects.append(el('p', `${ROLE_MARK.primary} ${ROLE_WORDS.primary()}${t('　', '   ')}${ROLE_MARK.related} ${ROLE_WORDS.related()}`, { class: 'legend-line' }));
    for (const p of dataset.projects) projects.append(project(p, dataset));
    projects.append(backToContents());
    main.append(projects);
  }
  floatingBackLink(toc);
  // Opened with a #fragment (a shared link): the target exists only now.
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}
main();

import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { closeAll, open, text } from './frame.js';

/** The Asaka page is about 23,000 px tall: contents with anchors, ways back, and a legend for ◎ / ○. */
async function asaka(lang: 'ja' | 'en' = 'ja', width = 1200) {
  const page = await open(`demo/asaka.html${lang === 'en' ? '?lang=en' : ''}`, width);
  const start = performance.now();
  while (page.doc.querySelectorAll('section.project').length < 4) {
    if (performance.now() - start > 10000) throw new Error('the sheets were not built');
    await new Promise((r) => setTimeout(r, 25));
  }
  return page;
}

const until = async (check: () => boolean, ms = 5000) => {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
};

afterEach(closeAll);

describe('Asaka page: in-page navigation and legend', () => {
  it('the contents link every direction, measure and project, the table and the legend; every link targets an existing id', async () => {
    const { doc } = await asaka();
    const nav = doc.querySelector('nav#toc')!;
    expect(nav.getAttribute('aria-labelledby')).to.equal('toc-heading');
    expect(text(doc.getElementById('toc-heading'))).to.equal('目次');
    const targets = [...nav.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    expect(targets.every((href) => href.startsWith('#'))).to.equal(true);
    for (const href of targets) expect(doc.getElementById(decodeURIComponent(href.slice(1))), href).to.not.equal(null);
    // 2 (legend, table) + 5 directions + 14 measures + the projects heading + 4 projects.
    expect(targets).to.have.length(2 + 5 + 14 + 1 + 4);
    const headings = [...doc.querySelectorAll('section.direction > h2[id], section.measure > h3[id], #projects')].map((h) => `#${h.id}`);
    expect(headings).to.have.length(5 + 14 + 4 + 1);
    for (const id of headings) expect(targets, `a link to ${id}`).to.include(id);
    // The contents come first, before the long table.
    expect(nav.compareDocumentPosition(doc.getElementById('table')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('keyboard: Enter on a contents link goes to the measure, and Tab continues from there', async () => {
    const { doc, win } = await asaka();
    const link = doc.querySelector<HTMLAnchorElement>('#toc a[href="#m-5-4"]')!;
    link.focus();
    expect(doc.activeElement).to.equal(link);
    await sendKeys({ press: 'Enter' });
    await until(() => win.location.hash === '#m-5-4');
    const heading = doc.getElementById('m-5-4')!;
    await until(() => Math.abs(heading.getBoundingClientRect().top) < 40);
    await sendKeys({ press: 'Tab' });
    const focused = doc.activeElement!;
    const after = heading.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING;
    expect(after, `focus moved on from the heading, not back to the top (${focused.outerHTML.slice(0, 80)})`).to.not.equal(0);
  });

  it('a way back to the contents: after every direction, the table and the projects, and a floating link once scrolled', async () => {
    const { doc, win } = await asaka();
    const back = [...doc.querySelectorAll<HTMLAnchorElement>('.back a')];
    expect(back).to.have.length(1 + 5 + 1);
    for (const a of back) {
      expect(a.getAttribute('href')).to.equal('#toc');
      expect(text(a)).to.equal('目次へ戻る');
    }
    const floating = doc.querySelector<HTMLAnchorElement>('a.to-top')!;
    expect(floating.getAttribute('href')).to.equal('#toc');
    await until(() => floating.hidden); // the contents are in view at the top
    win.scrollTo(0, 8000);
    await until(() => !floating.hidden);
    const box = floating.getBoundingClientRect();
    expect(box.bottom).to.be.at.most(win.innerHeight);
    expect(text(floating)).to.equal('↑ 目次へ');
    floating.click();
    await until(() => Math.abs(doc.getElementById('toc')!.getBoundingClientRect().top) < 40);
  });

  it('a legend says what ◎ and ○ and the grades A–D mean, as the sheets define them', async () => {
    const { doc } = await asaka();
    const legend = doc.getElementById('legend')!;
    expect(doc.querySelector('#toc a[href="#legend-heading"]')).to.not.equal(null);
    const terms = (dl: Element) => [...dl.querySelectorAll('dt')].map((dt, i) => [dt.querySelector('achievement-badge')?.getAttribute('judgment') ?? text(dt), text(dl.querySelectorAll('dd')[i])]);
    const [grades, marks] = [...legend.querySelectorAll('dl')];
    expect(terms(grades!)).to.deep.equal([
      ['A', '計画を大幅に上回る進捗状況'], ['B', '計画を上回る進捗状況'], ['C', '計画どおりの進捗状況'], ['D', '計画を下回る進捗状況'],
    ]);
    expect(terms(marks!)).to.deep.equal([['◎', '主に関連する施策の方向性'], ['○', '関連する施策の方向性']]);
  });

  it('each project names its directions with ◎ / ○, words for screen readers, and a link to the direction', async () => {
    const { doc } = await asaka();
    const p2 = doc.getElementById('p-2')!.closest('section')!;
    const items = [...p2.querySelectorAll('.policies li')];
    expect(items.map((li) => li.querySelector('[aria-hidden=true]')!.textContent)).to.deep.equal(['○', '◎']);
    expect(items.map((li) => text(li.querySelector('.visually-hidden')))).to.deep.equal(['関連する施策の方向性:', '主に関連する施策の方向性:']);
    expect(items.map((li) => li.querySelector('a')!.getAttribute('href'))).to.deep.equal(['#d-2', '#d-3']);
    for (const a of doc.querySelectorAll('.policies a')) expect(doc.getElementById(a.getAttribute('href')!.slice(1))).to.not.equal(null);
  });

  it('English: contents, legend and ways back in English, years as FY', async () => {
    const { doc } = await asaka('en');
    expect(text(doc.getElementById('toc-heading'))).to.equal('Contents');
    expect(text(doc.getElementById('legend-heading'))).to.equal('How to read the grades and marks');
    const marks = doc.querySelectorAll('#legend dl')[1]!;
    expect([...marks.querySelectorAll('dd')].map(text)).to.deep.equal(['Main policy direction', 'Related policy direction']);
    expect(text(doc.querySelector('.back a'))).to.equal('Back to contents');
    expect(text(doc.querySelector('#m-1-1'))).to.contain('FY2024:');
    // Our own words carry no Japanese: the contents' and legend's labels outside data names.
    const ours = [doc.getElementById('toc-heading'), doc.getElementById('legend-heading'), ...doc.querySelectorAll('#legend h3, #legend dd, .back a, .policies-label, .grade-year')];
    for (const el of ours) expect(text(el), text(el)).not.to.match(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});

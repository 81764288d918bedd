import { expect } from '@open-wc/testing';
import { PRINTED } from '../helpers/atsugi-printed.js';
import { closeAll, open, text } from './frame.js';

/**
 * The index page's cards summarise each report with counts made by the core. The expected counts
 * come from the printed reports, never from our code: Atsugi's results per row as printed
 * (test/helpers/atsugi-printed.ts), Asaka's grades as printed on the sheets (the dataset's
 * givenJudgments, which the core does not compute).
 */
const printed = (...results: string[]) => PRINTED.filter(([, , , result]) => results.includes(result)).length;
const ATSUGI = { total: PRINTED.length, achieved: printed('達成', '概ね達成'), notAchieved: printed('未達成'), tallying: printed('') };

async function asakaGrades() {
  const json = await (await fetch(new URL('../../data/asaka-fy2024.json', import.meta.url))).json();
  const grades: Record<string, number> = { A: 0, B: 0, C: 0, D: 0 };
  for (const direction of json.groups) for (const measure of direction.children) grades[measure.givenJudgments['2024']]++;
  return grades;
}

const summaries = async (path: string) => {
  const { doc } = await open(path);
  const slots = () => [...doc.querySelectorAll('[data-summary]')];
  await new Promise<void>((resolve, reject) => {
    const start = performance.now();
    const check = () => (slots().length && slots().every((s) => s.textContent) ? resolve() : performance.now() - start > 10000 ? reject(new Error('no summary')) : setTimeout(check, 25));
    check();
  });
  return { doc, slots: slots() as HTMLElement[] };
};

afterEach(closeAll);

describe('index page: a summary of each report, counted by the core', () => {
  it('the printed Atsugi report has 31 rows: 達成 20 (概ね達成 included), 未達成 8, 集計中 3', () => {
    expect(ATSUGI).to.deep.equal({ total: 31, achieved: 20, notAchieved: 8, tallying: 3 });
  });

  it('Japanese: Atsugi’s counts per judgment and Asaka’s grades per measure, each labelled with what is counted', async () => {
    const { slots } = await summaries('demo/index.html');
    const [atsugi, asaka] = slots.map(text);
    expect(atsugi).to.equal(
      `令和6年度 ${ATSUGI.total}単位施策の集計：達成 ${ATSUGI.achieved}（概ね達成含む）・未達成 ${ATSUGI.notAchieved}・集計中 ${ATSUGI.tallying}`,
    );
    const g = await asakaGrades();
    expect(g).to.deep.equal({ A: 1, B: 1, C: 10, D: 2 });
    expect(asaka).to.equal(`令和6年度 14施策の判定（市による）：A ${g.A}・B ${g.B}・C ${g.C}・D ${g.D}`);
  });

  it('English: the same counts in English words', async () => {
    const { slots } = await summaries('demo/index.html?lang=en');
    const [atsugi, asaka] = slots.map(text);
    expect(atsugi).to.equal(
      `Summary of ${ATSUGI.total} unit measures, FY2024: Achieved ${ATSUGI.achieved} (incl. nearly achieved) · Not achieved ${ATSUGI.notAchieved} · Being tallied ${ATSUGI.tallying}`,
    );
    expect(asaka).to.equal('Grades the city gave 14 measures, FY2024: A 1 · B 1 · C 10 · D 2');
    expect(atsugi + asaka).not.to.match(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('each summary is counted from the data file its report page shows, and sits in that report’s card', async () => {
    const { doc, slots } = await summaries('demo/index.html');
    for (const slot of slots) {
      const card = slot.closest('li')!;
      const report = card.querySelector('a')!.href;
      const page = new DOMParser().parseFromString(await (await fetch(report)).text(), 'text/html');
      const table = page.querySelector('policy-indicator-table[src]')!;
      expect(new URL(table.getAttribute('src')!, report).href, report).to.equal(new URL(slot.dataset.summary!, doc.baseURI).href);
    }
    // No single indicator's badge stands beside a report as if it were the report's verdict.
    expect(doc.querySelectorAll('.cards achievement-badge')).to.have.length(0);
  });
});

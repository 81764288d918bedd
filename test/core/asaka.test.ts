import { expect } from '@open-wc/testing';
import {
  evaluate, flattenGroups, formatValue, localize, summarizeGivenJudgments, type Dataset,
} from '../../src/core/index.js';
import { loadDataset } from '../helpers/datasets.js';

/**
 * Figures printed in brackets in the sheets' 事業内容 texts (【205,000人】 …): a second source in
 * the report for the actuals of the indicator tables. [indicator id, FY2024, FY2023].
 */
const BRACKETED: [string, string, string][] = [
  ['a1-1-1', '3件', '3件'], ['a1-1-3', '205,000人', '275,000人'], ['a1-2-1', '4件', '4件'],
  ['a1-2-3', '17件', '15件'], ['a1-3-1', '1件', '1件'], ['a1-3-3', '341件', '347件'],
  ['a2-1-1', '2件', '2件'], ['a2-1-3', '1回', '1回'], ['a2-2-1', '76人', '51人'],
  ['a3-1-1', '4件', '5件'], ['a4-1-2', '26経営体', '29経営体'], ['a4-2-1', '120日', '146日'],
  ['a4-2-2', '85%', '85%'], ['a5-1-1', '32件', '16件'], ['a5-2-1', '47件', '37件'],
  ['a5-2-2', '7件', '4件'], ['a5-3-2', '3人', '8人'], ['a5-4-3', '34件', '17件'],
];

describe('Asaka FY2024 (+ FY2023): the dataset against the sheets', () => {
  let dataset: Dataset & { result: { problems: unknown[] } };
  before(async () => {
    dataset = await loadDataset('asaka-fy2024');
  });
  const ind = (id: string) => dataset.indicators.find((i) => i.id === id)!;

  it('has 5 directions, 14 measures, 35 indicators, 4 projects, and validates cleanly', () => {
    expect(dataset.result.problems).to.deep.equal([]);
    expect(dataset.groups).to.have.length(5);
    expect(flattenGroups(dataset.groups).filter((g) => g.group.level === 'measure').map((g) => g.group.code)).to.deep.equal([
      '1-1', '1-2', '1-3', '2-1', '2-2', '3-1', '3-2', '3-3', '4-1', '4-2', '5-1', '5-2', '5-3', '5-4',
    ]);
    expect(dataset.indicators).to.have.length(35);
    expect(dataset.projects.map((p) => p.code)).to.deep.equal(['1', '2', '3', '4']);
  });

  it('actuals agree with the figures bracketed in the 事業内容 texts, FY2024 and FY2023', () => {
    for (const [id, fy2024, fy2023] of BRACKETED) {
      const i = ind(id);
      expect(formatValue(i.series[0]!.actuals[2024], i.unit), `${id} FY2024`).to.equal(fy2024);
      expect(formatValue(i.series[0]!.actuals[2023], i.unit), `${id} FY2023`).to.equal(fy2023);
    }
  });

  it('given judgments FY2024: A 1 (1-1), B 1 (2-2), C 10, D 2 (2-1, 5-4)', () => {
    const s = summarizeGivenJudgments(dataset, 2024, 'measure');
    expect(s.lines.map((l) => [l.id, l.count])).to.deep.equal([['A', 1], ['B', 1], ['C', 10], ['D', 2]]);
    const d = flattenGroups(dataset.groups).filter((g) => g.group.givenJudgments[2024] === 'D').map((g) => g.group.code);
    expect(d).to.deep.equal(['2-1', '5-4']);
  });

  it('given judgments FY2023: A 1, B 0, C 10, D 3 (2-1, 5-2, 5-4); every project C both years', () => {
    expect(summarizeGivenJudgments(dataset, 2023).lines.map((l) => l.count)).to.deep.equal([1, 0, 10, 3]);
    for (const p of dataset.projects) expect(p.givenJudgments).to.deep.equal({ 2023: 'C', 2024: 'C' });
  });

  it('computes rates beside the given grades without judging them: 集客数 205,000 / 125,000 = 164.0%', () => {
    const row = evaluate(dataset).find((r) => r.indicatorId === 'a1-1-3')!;
    expect(row.rate).to.equal(164);
    expect(row.judgment).to.equal(null);
  });

  it('census indicators: not surveyed in FY2024 (not zero, not missing); the FY2021 census value is there', () => {
    const census = dataset.indicators.filter((i) => i.surveyYears);
    expect(census.map((i) => i.id)).to.deep.equal(['a1-1-2', 'a1-3-2', 'a2-1-2', 'a3-1-2', 'a5-1-2', 'a5-4-2']);
    const rows = evaluate(dataset).filter((r) => census.some((c) => c.id === r.indicatorId));
    expect(rows.every((r) => r.status === 'not-surveyed')).to.equal(true);
    expect(formatValue(ind('a1-3-2').series[0]!.actuals[2021], '㎡')).to.equal('70,319㎡');
    expect(ind('a1-1-2').series[0]!.actuals[2026]).to.equal(undefined);
    expect(ind('a1-1-2').series[0]!.actuals[2027]!.status).to.equal('not-surveyed');
  });

  it('商店街店舗数 has two labelled actual series; the new definition is not compared with the targets', () => {
    const rows = evaluate(dataset).filter((r) => r.indicatorId === 'a1-2-2');
    expect(rows.map((r) => [localize(r.seriesLabel), r.status, formatValue(r.actual, r.unit)])).to.deep.equal([
      ['商業統計に基づく数値（小売のみ）', 'not-applicable', '—'],
      ['商店会に対する市補助金の添付書類に基づく数値（業種不問）', 'not-comparable', '341件'],
    ]);
    expect(formatValue(ind('a1-2-2').series[1]!.baseline!.value, '件')).to.equal('369件');
  });

  it('the seminar targets 1, 0, 1, 0, 1 (FY2024–FY2028) keep the zeros', () => {
    const i = ind('a2-1-3');
    expect([2024, 2025, 2026, 2027, 2028].map((y) => formatValue(i.targets[y], i.unit))).to.deep.equal(['1回', '0回', '1回', '0回', '1回']);
  });

  it('targets run from FY2019 to FY2028 and actuals to FY2024; FY2025 on is not due', () => {
    const i = ind('a5-4-3');
    expect(Object.keys(i.targets)).to.deep.equal(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026', '2027', '2028']);
    expect(Object.keys(i.series[0]!.actuals)).to.deep.equal(['2019', '2020', '2021', '2022', '2023', '2024']);
    expect(evaluate(dataset, { year: 2025 }).find((r) => r.indicatorId === 'a5-4-3')!.status).to.equal('not-due');
  });

  it('projects link to policy directions as ◎ primary / ○ related', () => {
    expect(dataset.projects[0]!.policies).to.deep.equal([
      { group: 'd1', role: 'primary' }, { group: 'd2', role: 'related' }, { group: 'd5', role: 'related' },
    ]);
    expect(dataset.projects[1]!.policies.find((p) => p.role === 'primary')!.group).to.equal('d3');
  });

  it('keeps the committee comments of FY2023 and the texts of both years', () => {
    const d1 = dataset.groups[0]!;
    expect(d1.texts.filter((t) => t.kind === 'committee').map((t) => t.year)).to.deep.equal([2023]);
    const m11 = d1.children[0]!;
    expect(m11.texts.map((t) => `${t.kind}:${t.year}`)).to.deep.equal(['activities:2024', 'status:2024', 'activities:2023', 'status:2023']);
    expect(localize(m11.texts[0]!.text)).to.contain('【205,000人】');
  });

  it('商工会組織率 FY2022–FY2024 keep their decimals: 51.2%, 51.0%, 51.0%', () => {
    const i = ind('a3-3-2');
    expect([2022, 2023, 2024].map((y) => formatValue(i.series[0]!.actuals[y], i.unit))).to.deep.equal(['51.2%', '51.0%', '51.0%']);
  });
});

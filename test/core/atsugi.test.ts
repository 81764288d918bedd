import { expect } from '@open-wc/testing';
import {
  evaluate, fiscalYearLabel, formatRate, formatValue, judgmentTier, localize, summarize, summarizeGroups, type EvaluationRow,
} from '../../src/core/index.js';
import { loadDataset } from '../helpers/datasets.js';
import { LATER_TARGETS, PRINTED, ROWS_WITH_REASON } from '../helpers/atsugi-printed.js';


describe('Atsugi FY2024: the core reproduces the printed report', () => {
  let rows: EvaluationRow[];
  let dataset: Awaited<ReturnType<typeof loadDataset>>;
  before(async () => {
    dataset = await loadDataset('atsugi-fy2024');
    rows = evaluate(dataset);
  });
  const row = (no: number) => rows.find((r) => r.no === no)!;

  it('validates without problems and has 31 rows, one per printed No.', () => {
    expect(dataset.result.problems).to.deep.equal([]);
    expect(rows.map((r) => r.no)).to.deep.equal(PRINTED.map(([no]) => no));
  });

  it('reproduces all 28 printed rates exactly', () => {
    const printed = PRINTED.filter(([, , , , rate]) => rate !== '');
    expect(printed).to.have.length(28);
    for (const [no, , , , rate] of printed) expect(formatRate(row(no).rate), `No. ${no}`).to.equal(rate);
  });

  it('reproduces all 31 printed results (集計中 where the result cell is blank)', () => {
    for (const [no, , actual, result] of PRINTED) {
      const label = localize(judgmentTier(row(no).judgment)?.label);
      expect(label, `No. ${no}`).to.equal(result || (actual === '集計中' ? '集計中' : '?'));
    }
  });

  it('prints targets and actuals with their units as the report does', () => {
    for (const [no, target, actual] of PRINTED) {
      const r = row(no);
      expect(formatValue(r.target, r.unit, { decimals: r.decimals }), `No. ${no} target`).to.equal(target);
      expect(formatValue(r.actual, r.unit, { decimals: r.decimals }), `No. ${no} actual`).to.equal(actual);
    }
  });

  it('holds the R7 and R8 targets, not yet due', () => {
    for (const [no, [r7, r8]] of Object.entries(LATER_TARGETS)) {
      const ind = dataset.indicators.find((i) => i.no === Number(no))!;
      expect(formatValue(ind.targets[2025], ind.unit), `No. ${no} R7`).to.equal(r7);
      expect(formatValue(ind.targets[2026], ind.unit), `No. ${no} R8`).to.equal(r8);
      const later = evaluate(dataset, { year: 2026 }).find((r) => r.no === Number(no))!;
      expect(later.status).to.equal('not-due');
    }
  });

  it('flags a reason exactly on the rows where the report gives one', () => {
    expect(rows.filter((r) => r.reasonRequired).map((r) => r.no)).to.deep.equal(ROWS_WITH_REASON);
    expect(rows.filter((r) => r.reason).map((r) => r.no)).to.deep.equal(ROWS_WITH_REASON);
  });

  it('headline: 31単位施策, 達成 20（概ね達成含む）, 未達成 8, 集計中 3', () => {
    const s = summarize(rows);
    expect(s.total).to.equal(31);
    expect(s.lines.map((l) => [localize(l.label), l.count])).to.deep.equal([['達成', 20], ['未達成', 8], ['集計中', 3]]);
    expect(s.counts['nearly-achieved']).to.equal(7);
  });

  it('links indicators to unit measures many-to-many (row 17 serves three, 通勤環境 has none)', () => {
    expect(row(17).groupIds).to.deep.equal(['uII-1-(2)-①', 'uII-3-(1)-②', 'uII-5-(1)-①']);
    expect(row(14).groupIds).to.deep.equal(['uI-3-(3)-①', 'uI-3-(3)-③']);
    const groups = summarizeGroups(dataset, rows);
    const commute = groups.find((g) => g.group.code === 'III-2-(1)-②')!;
    expect(commute.summary.total).to.equal(0);
    expect(commute.group.programmes).to.deep.equal([]);
  });

  it('summarises each 基本方針: pillar I has 15 rows, II 8, III 8', () => {
    const groups = summarizeGroups(dataset, rows).filter((g) => g.depth === 0);
    expect(groups.map((g) => [g.group.code, g.summary.total])).to.deep.equal([['I', 15], ['II', 8], ['III', 8]]);
  });

  it('keeps the baseline year (現状値 令和5年度) and new indicators without a baseline', () => {
    expect(fiscalYearLabel(row(1).baseline!.year!)).to.equal('令和5年度');
    expect(formatValue(row(1).baseline!.value, row(1).unit)).to.equal('2,588件');
    expect(row(27).baseline!.value).to.deep.include({ status: 'not-applicable', note: '令和6年度新規' });
  });

  it('marks cumulative indicators (令和2年度からの累計)', () => {
    const cumulative = dataset.indicators.filter((i) => i.cumulative).map((i) => [i.no, i.cumulative!.since]);
    expect(cumulative).to.deep.equal([[7, 2020], [8, 2020], [9, 2020]]);
  });
});

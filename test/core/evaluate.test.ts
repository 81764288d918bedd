import { expect } from '@open-wc/testing';
import { evaluate, summarize, validate, type EvaluationRow } from '../../src/core/index.js';
import { doc } from '../helpers/datasets.js';

function rows(indicators: unknown[], options: Parameters<typeof evaluate>[1] = {}, extra = {}): EvaluationRow[] {
  // These fixtures are increasing indicators; a missing direction is tested on its own.
  const withDirection = indicators.map((i) => ({ direction: 'increase', ...(i as object) }));
  const { dataset } = validate(doc(withDirection, extra));
  return evaluate(dataset!, options);
}
const one = (indicator: Record<string, unknown>, options = {}) =>
  rows([{ id: 'i', name: '指標', unit: '件', direction: 'increase', ...indicator }], options)[0]!;

describe('evaluate: the row of an indicator for a year', () => {
  it('has the required fields, with rate, judgment and reason flag from core', () => {
    const row = one({ no: 1, targets: { 2024: 3550 }, actuals: { 2024: 2176 }, reasons: { 2024: '理由' } });
    expect(row).to.deep.include({
      indicatorId: 'i', name: '指標', unit: '件', year: 2024, rate: 61.3, rateText: '61.3',
      judgment: 'not-achieved', reasonRequired: true, reason: '理由', status: 'evaluated', no: 1,
    });
    expect(row.target).to.include({ decimal: '3550' });
    expect(row.actual).to.include({ decimal: '2176' });
  });

  it('defaults to the reported year and evaluates any year asked for', () => {
    const ind = { targets: { 2023: 10, 2024: 10 }, actuals: { 2023: 12, 2024: 9 } };
    expect(one(ind).rate).to.equal(90);
    expect(one(ind, { year: 2023 }).rate).to.equal(120);
  });

  it('flags a reason at ≥ 200% as well as < 80%, and not at 199.9% or 80.0%', () => {
    expect(one({ targets: { 2024: 10 }, actuals: { 2024: 20 } }).reasonRequired).to.equal(true);
    expect(one({ targets: { 2024: 1000 }, actuals: { 2024: 1999 } }).reasonRequired).to.equal(false);
    expect(one({ targets: { 2024: 10 }, actuals: { 2024: 8 } }).reasonRequired).to.equal(false);
  });

  it('tallying (集計中): judgment "tallying", no rate', () => {
    expect(one({ targets: { 2024: 30 }, actuals: { 2024: '集計中' } })).to.deep.include({ status: 'tallying', judgment: 'tallying', rate: null });
  });

  it('a future year with a target but no actual is not due: no judgment', () => {
    expect(one({ targets: { 2026: 30 } }, { year: 2026 })).to.deep.include({ status: 'not-due', judgment: null, rate: null });
  });

  it('a due year without an actual is missing: no judgment', () => {
    expect(one({ targets: { 2024: 30 } })).to.deep.include({ status: 'missing', judgment: null });
  });

  it('a census indicator in a non-survey year is not surveyed, not zero', () => {
    const row = one({ surveyYears: [2021, 2026], targets: { 2024: 520 }, actuals: { 2021: 508, 2024: '—' } });
    expect(row).to.deep.include({ status: 'not-surveyed', judgment: null, rate: null });
    expect(one({ surveyYears: [2021, 2026], targets: { 2021: 515 }, actuals: { 2021: 508 } }, { year: 2021 }).rate).to.equal(98.6);
  });

  it('no target: no-target; "—" actual: not-applicable', () => {
    expect(one({ actuals: { 2024: 5 } }).status).to.equal('no-target');
    expect(one({ targets: { 2024: 5 }, actuals: { 2024: '—' } }).status).to.equal('not-applicable');
  });

  it('target 0 (seminar 1, 0, 1, 0, 1): met without a rate, judged 達成', () => {
    const row = one({ unit: '回', targets: { 2025: 0 }, actuals: { 2025: 1 } }, { year: 2025 });
    expect(row).to.deep.include({ status: 'evaluated', rate: null, rateReason: 'target-zero', judgment: 'achieved', reasonRequired: false });
  });

  it('actual 0 against a positive target: 0.0%, 未達成, reason required', () => {
    expect(one({ targets: { 2024: 14 }, actuals: { 2024: 0 } })).to.deep.include({ rate: 0, judgment: 'not-achieved', reasonRequired: true });
  });

  it('decrease with actual 0: met without a rate, 達成', () => {
    expect(one({ direction: 'decrease', targets: { 2024: 5 }, actuals: { 2024: 0 } })).to.deep.include({ rate: null, judgment: 'achieved' });
  });

  it('decrease: target / actual × 100 by default; progress by option', () => {
    expect(one({ direction: 'decrease', targets: { 2024: 900 }, actuals: { 2024: 1000 } }).rate).to.equal(90);
    expect(one({ direction: 'decrease', method: 'progress', baseline: 1000, targets: { 2024: 900 }, actuals: { 2024: 950 } }).rate).to.equal(50);
  });

  it('baseline equal to target under progress: judged by comparison', () => {
    const ind = { method: 'progress', baseline: { year: 2023, value: 50 }, targets: { 2024: 50 } };
    expect(one({ ...ind, actuals: { 2024: 50 } })).to.deep.include({ rate: null, rateReason: 'baseline-equals-target', judgment: 'achieved' });
    expect(one({ ...ind, actuals: { 2024: 40 } })).to.deep.include({ rate: null, judgment: 'not-achieved' });
  });

  it('negative values: progress computes, ratio gives not-computable with no judgment', () => {
    expect(one({ method: 'progress', baseline: -100, targets: { 2024: 0 }, actuals: { 2024: -40 } }).rate).to.equal(60);
    expect(one({ targets: { 2024: -10 }, actuals: { 2024: -5 } })).to.deep.include({ status: 'not-computable', judgment: null });
  });

  it('an unreadable target or actual: invalid, no judgment, the rest still evaluated', () => {
    const result = rows([
      { id: 'bad', name: 'B', unit: '件', targets: { 2024: 'たくさん' }, actuals: { 2024: 5 } },
      { id: 'good', name: 'G', unit: '件', targets: { 2024: 10 }, actuals: { 2024: 10 } },
    ]);
    expect(result.map((r) => [r.indicatorId, r.status, r.judgment])).to.deep.equal([
      ['bad', 'invalid', null], ['good', 'evaluated', 'achieved'],
    ]);
  });

  it('overrides digits and rounding per call: 202/160 → 126.25 or 126.2', () => {
    const ind = { targets: { 2024: 160 }, actuals: { 2024: 202 } };
    expect(one(ind, { digits: 2 }).rateText).to.equal('126.25');
    expect(one(ind, { rounding: 'truncate' }).rateText).to.equal('126.2');
  });

  it('uses the dataset rounding: truncate (切り捨て)', () => {
    const r = rows([{ id: 'i', name: 'n', targets: { 2024: 160 }, actuals: { 2024: 202 } }], {}, { evaluation: { rounding: { mode: 'truncate' } } });
    expect(r[0]!.rate).to.equal(126.2);
  });

  it('a series not comparable with the targets gets no rate', () => {
    const r = rows([{
      id: 'shops', name: '商店街店舗数', unit: '件', targets: { 2024: 165 },
      series: [
        { id: 'old', label: '商業統計', actuals: { 2024: '—' } },
        { id: 'new', label: '補助金書類', actuals: { 2024: 341 }, comparable: false },
      ],
    }]);
    expect(r.map((x) => [x.seriesId, x.status, x.rate])).to.deep.equal([['old', 'not-applicable', null], ['new', 'not-comparable', null]]);
    expect(r[1]!.seriesLabel).to.equal('補助金書類');
  });

  it('lists the groups that measure each indicator', () => {
    const r = rows([{ id: 'i', name: 'n', targets: { 2024: 1 }, actuals: { 2024: 1 } }], {}, {
      groups: [{ id: 'g1', name: 'G1', indicators: ['i'] }, { id: 'g2', name: 'G2', children: [{ id: 'g3', name: 'G3', indicators: ['i'] }] }],
    });
    expect(r[0]!.groupIds).to.deep.equal(['g1', 'g3']);
  });
});

describe('summarize', () => {
  it('counts judgments and prints 達成 including 概ね達成', () => {
    const r = rows([
      { id: 'a', name: 'a', targets: { 2024: 10 }, actuals: { 2024: 10 } },
      { id: 'b', name: 'b', targets: { 2024: 10 }, actuals: { 2024: 9 } },
      { id: 'c', name: 'c', targets: { 2024: 10 }, actuals: { 2024: 1 } },
      { id: 'd', name: 'd', targets: { 2024: 10 }, actuals: { 2024: '集計中' } },
      { id: 'e', name: 'e', targets: { 2025: 10 } },
    ]);
    const s = summarize(r);
    expect(s.total).to.equal(5);
    expect(s.counts).to.deep.equal({ achieved: 1, 'nearly-achieved': 1, 'not-achieved': 1, tallying: 1 });
    expect(s.lines.map((l) => [l.id, l.count])).to.deep.equal([['achieved', 2], ['not-achieved', 1], ['tallying', 1]]);
    expect(s.unjudged).to.equal(1);
    expect(s.statuses).to.deep.equal({ evaluated: 3, tallying: 1, missing: 1 });
  });

  it('with no rows gives zeros', () => {
    const s = summarize([]);
    expect(s.total).to.equal(0);
    expect(s.lines.every((l) => l.count === 0)).to.equal(true);
  });
});

import { expect } from '@open-wc/testing';
import {
  evaluate,
  expectedValue,
  formatNumber,
  formatValue,
  judge,
  parseValue,
  rateOutcome,
  summarize,
  validate,
  type Dataset,
  type EvaluationRow,
} from '../../src/core/index.js';
import { doc } from '../helpers/datasets.js';
import { referenceRate } from '../helpers/reference.js';

/** Expected numbers in this file are worked by hand as fractions (shown in each test) or by the
 * independent long-division reference; none is copied from running the code under test. */

function dataset(indicators: unknown[], extra: Record<string, unknown> = {}): Dataset {
  const result = validate(doc(indicators, extra));
  expect(result.dataset, JSON.stringify(result.problems)).to.not.equal(null);
  return result.dataset!;
}
const rowOf = (indicator: Record<string, unknown>, extra: Record<string, unknown> = {}, year?: number): EvaluationRow =>
  evaluate(dataset([{ id: 'i', name: '指標', unit: '人', ...indicator }], extra), year ? { year } : {})[0]!;

describe('cells as printed: comparators, qualifiers, 以降, text-only targets', () => {
  it('reads 「1.0%未満」「10%以下」「80%以上」「30店超」 as a number with its comparator', () => {
    expect(parseValue('1.0%未満', { unit: '%' })!.value).to.deep.include({ decimal: '1.0', comparator: 'lt', decimals: 1 });
    expect(parseValue('10%以下', { unit: '%' })!.value).to.deep.include({ decimal: '10', comparator: 'le' });
    expect(parseValue('８０％以上', { unit: '%' })!.value).to.deep.include({ decimal: '80', comparator: 'ge' });
    expect(parseValue('30店超', { unit: '店' })!.value).to.deep.include({ decimal: '30', comparator: 'gt' });
    expect(parseValue('≦5', {})!.value).to.deep.include({ decimal: '5', comparator: 'le' });
    expect(parseValue('<1.0', {})!.value).to.deep.include({ decimal: '1.0', comparator: 'lt' });
  });

  it('keeps 見込み / 速報値 / 確定値 beside the value, before or after it, in brackets or not', () => {
    expect(parseValue('1,389人（見込み）', { unit: '人' })!.value).to.deep.include({ decimal: '1389', qualifier: 'estimate' });
    expect(parseValue('1,389人(見込)', { unit: '人' })!.value).to.deep.include({ qualifier: 'estimate' });
    expect(parseValue('速報値 45.2%', { unit: '%' })!.value).to.deep.include({ decimal: '45.2', qualifier: 'preliminary' });
    expect(parseValue('【確定値】3,550件', { unit: '件' })!.value).to.deep.include({ decimal: '3550', qualifier: 'final' });
  });

  it('keeps 「令和9年度以降」 as the year from which a value holds', () => {
    expect(parseValue('0人（令和9年度以降）', { unit: '人' })!.value).to.deep.include({ decimal: '0', since: 2027 });
    expect(parseValue('R9以降 100%', { unit: '%' })!.value).to.deep.include({ decimal: '100', since: 2027 });
  });

  it('keeps text-only targets (継続実施) as text, never as a number or a problem', () => {
    expect(parseValue('継続実施')).to.deep.equal({ value: { status: 'text', text: '継続実施', raw: '継続実施' } });
    expect(parseValue('事業推進')!.value.status).to.equal('text');
    expect(parseValue('推進する予定')!.error!.code).to.equal('not-a-number');
  });

  it('prints them back as the report does, in both languages', () => {
    const [lt] = [parseValue('1.0%未満', { unit: '%' })!.value];
    expect(formatValue(lt, '%')).to.equal('1.0%未満');
    expect(formatValue(lt, '%', { locale: 'en' })).to.equal('< 1.0%');
    const est = parseValue('1,389人（見込み）', { unit: '人' })!.value;
    expect(formatValue(est, '人')).to.equal('1,389人（見込み）');
    expect(formatValue(est, '人', { qualifier: false })).to.equal('1,389人');
    expect(formatValue(parseValue('0人（令和9年度以降）', { unit: '人' })!.value, '人')).to.equal('0人（令和9年度以降）');
  });
});

describe('inequality targets: met or not met, exactly at the bound, no rate', () => {
  const at = (target: string, actual: string | number) => rateOutcome({ target: target.replace(/[^\d.]/g, ''), actual, comparator: parseValue(target, { unit: '%' })!.value.comparator! });

  it('1.0 is not < 1.0, but is ≤ 1.0; 0.99 < 1.0', () => {
    expect(at('1.0%未満', '1.0')).to.deep.equal({ rate: null, text: null, reason: 'inequality', meetsTarget: false });
    expect(at('1.0%以下', '1.0').meetsTarget).to.equal(true);
    expect(at('1.0%未満', '0.99').meetsTarget).to.equal(true);
    expect(at('1.0%未満', '1.000000000000000000001').meetsTarget).to.equal(false);
  });

  it('80 is ≥ 80 but not > 80', () => {
    expect(at('80%以上', 80).meetsTarget).to.equal(true);
    expect(at('80%超', 80).meetsTarget).to.equal(false);
    expect(at('80%超', '80.01').meetsTarget).to.equal(true);
  });

  it('in a dataset the comparator states the direction and the judgment is the best or worst tier', () => {
    const met = rowOf({ unit: '%', targets: { 2024: '1.0%未満' }, actuals: { 2024: '0.9%' } });
    expect(met).to.deep.include({ direction: 'decrease', status: 'evaluated', rate: null, rateReason: 'inequality', meetsTarget: true, judgment: 'achieved' });
    const bound = rowOf({ unit: '%', targets: { 2024: '1.0%未満' }, actuals: { 2024: '1.0%' } });
    expect(bound).to.deep.include({ meetsTarget: false, judgment: 'not-achieved' });
  });

  it('a custom scheme can name the tiers of met and not met', () => {
    const scheme = { id: 'ab', label: 'AB', tiers: [{ id: 'A', min: 100, label: '達成' }, { id: 'B', min: 50, label: '一部' }, { id: 'C', label: '未達' }], met: 'A', notMet: 'B' };
    const row = rowOf({ unit: '%', targets: { 2024: '10%以下' }, actuals: { 2024: '12%' } }, { evaluation: { scheme } });
    expect(row.judgment).to.equal('B');
  });
});

describe('zero targets of lower-is-better indicators (待機児童数 0人)', () => {
  it('gives no rate (0 / actual is 0% for 1 child and for 1,389), judges met / not met, and keeps the change from the baseline', () => {
    const row = rowOf({ direction: 'decrease', baseline: { year: 2023, value: 1339 }, targets: { 2024: 0 }, actuals: { 2024: 1389 } });
    // 1,389 − 1,339 = 50
    expect(row).to.deep.include({ rate: null, rateReason: 'target-zero', meetsTarget: false, judgment: 'not-achieved', status: 'evaluated' });
    expect(row.change).to.deep.equal({ decimal: '50', decimals: 0 });
    const zero = rowOf({ direction: 'decrease', targets: { 2024: 0 }, actuals: { 2024: 0 } });
    expect(zero).to.deep.include({ meetsTarget: true, judgment: 'achieved' });
  });

  it('validate suggests progress from the baseline, as a warning on that target', () => {
    const { problems, valid } = validate(doc([{ id: 'w', name: '待機児童数', unit: '人', direction: 'decrease', targets: { 2026: '0人' } }]));
    expect(valid).to.equal(true);
    const p = problems.find((x) => x.code === 'zero-target')!;
    expect(p).to.deep.include({ path: 'indicators[0].targets.2026', severity: 'warning', year: 2026 });
    expect(p.expected).to.contain('"method": "progress"');
  });

  it('with method progress: (actual − baseline) / (0 − baseline): 1,339 → 1,000 with target 0 is 339/1339 = 25.317…% → 25.3', () => {
    const row = rowOf({ direction: 'decrease', method: 'progress', baseline: { year: 2023, value: 1339 }, targets: { 2024: 0 }, actuals: { 2024: 1000 } });
    expect(row.rateText).to.equal(referenceRate('339', '1339', 1, 'half-up'));
    expect(row.rateText).to.equal('25.3');
  });
});

describe('final-year targets: expected values (期待値) and progress toward the final target', () => {
  const plan = { baseline: { year: 2021, value: 100 }, targets: { 2026: 200 }, actuals: { 2022: 110, 2023: 150, 2024: 155 } };

  it('the expected value is the straight line from the baseline to the final target: 100 + (200 − 100) × 3/5 = 160 in FY2024', () => {
    const row = rowOf({ ...plan, direction: 'increase', basis: 'expected' });
    expect(row.expected!.value.decimal).to.equal('160');
    expect(row.expected!.computed).to.equal(true);
    expect(row.comparedWith!.decimal).to.equal('160');
    // 155 / 160 = 96.875% → 96.9 half-up
    expect(row.rateText).to.equal(referenceRate('155', '160', 1, 'half-up'));
    expect(row.judgment).to.equal('nearly-achieved');
  });

  it('an expected value that is not a whole number is kept exact for the rate and shown with one more decimal than the target', () => {
    // baseline 1,000 (FY2023), final 1,001 (FY2026): FY2024 expects 1000 + 1/3 = 3001/3 = 1,000.333…
    const ind = { id: 'x', name: 'x', unit: '人', direction: 'increase', basis: 'expected', baseline: { year: 2023, value: 1000 }, targets: { 2026: 1001 }, actuals: { 2024: 1000 } };
    const ds = dataset([ind]);
    const e = expectedValue(ds.indicators[0]!, ds.indicators[0]!.baseline!, 2024)!;
    expect(e.exact).to.deep.equal({ numerator: 3001n * 1n, denominator: 3n });
    expect(e.value.decimal).to.equal('1000.3');
    // 1000 / (3001/3) = 3000/3001 = 99.9666…%: half-up shows 100.0 and is 達成; truncation shows 99.9 and is 概ね達成.
    const halfUp = evaluate(ds)[0]!;
    expect(halfUp.rateText).to.equal(referenceRate('3000', '3001', 1, 'half-up'));
    expect(halfUp.rateText).to.equal('100.0');
    expect(halfUp.judgment).to.equal('achieved');
    const cut = evaluate(dataset([{ ...ind, rounding: { digits: 1, mode: 'truncate' } }]))[0]!;
    expect(cut.rateText).to.equal(referenceRate('3000', '3001', 1, 'truncate'));
    expect(cut.rateText).to.equal('99.9');
    expect(cut.judgment).to.equal('nearly-achieved');
  });

  it('a printed expected value wins over the straight line', () => {
    const row = rowOf({ ...plan, direction: 'increase', basis: 'expected', expected: { 2024: 150 } });
    expect(row.expected).to.deep.include({ computed: false });
    expect(row.rateText).to.equal(referenceRate('155', '150', 1, 'half-up')); // 103.3
  });

  it('progress toward the final target: (155 − 100) / (200 − 100) = 55.0%', () => {
    const row = rowOf({ ...plan, direction: 'increase', basis: 'final-target', method: 'progress' });
    expect(row).to.deep.include({ comparedYear: 2026, rateText: '55.0', judgment: 'not-achieved' });
  });

  it('the latest actual (with its year) stands in when the year shown has none', () => {
    const row = rowOf({ ...plan, direction: 'increase' }, {}, 2025);
    expect(row.actual).to.equal(null);
    expect(row.latest).to.deep.include({ year: 2024 });
    expect(row.latest!.value.decimal).to.equal('155');
  });
});

describe('qualified actuals make a provisional rate', () => {
  it('見込み and 速報値 are provisional; 確定値 is not', () => {
    expect(rowOf({ direction: 'increase', targets: { 2024: 80 }, actuals: { 2024: '23人（見込み）' } })).to.deep.include({ provisional: true, rateText: '28.8' });
    expect(rowOf({ direction: 'increase', targets: { 2024: 80 }, actuals: { 2024: '速報値 23' } }).provisional).to.equal(true);
    expect(rowOf({ direction: 'increase', targets: { 2024: 80 }, actuals: { 2024: '23（確定値）' } }).provisional).to.equal(false);
  });
});

describe('no direction printed: no rate, no judgment, a warning', () => {
  it('does not assume increase', () => {
    const row = rowOf({ targets: { 2024: 80 }, actuals: { 2024: 23 } });
    expect(row).to.deep.include({ direction: null, status: 'no-direction', rate: null, judgment: null });
  });

  it('warns, saying when the targets fall below the baseline', () => {
    const { problems } = validate(doc([{ id: 'a', name: 'a', baseline: 50, targets: { 2024: 40 } }]));
    const p = problems.find((x) => x.code === 'no-direction')!;
    expect(p).to.deep.include({ severity: 'warning', path: 'indicators[0].direction' });
    expect(p.expected).to.contain('fall below the baseline');
  });

  it('reads direction words a clerk writes (増加, 減少, ↓)', () => {
    const ds = dataset([{ id: 'a', name: 'a', direction: '減少' }, { id: 'b', name: 'b', direction: '↑' }]);
    expect(ds.indicators.map((i) => i.direction)).to.deep.equal(['decrease', 'increase']);
  });
});

describe('rounding per indicator: one publisher, two editions', () => {
  it('202/160 = 126.25 is 126.3 half-up and 126.2 truncated, in the same dataset', () => {
    const ds = dataset([
      { id: 'h', name: 'h', direction: 'increase', targets: { 2024: 160 }, actuals: { 2024: 202 } },
      { id: 't', name: 't', direction: 'increase', rounding: { digits: 1, mode: 'truncate' }, targets: { 2024: 160 }, actuals: { 2024: 202 } },
      { id: 'd', name: 'd', direction: 'increase', rounding: { digits: 2, mode: 'half-up' }, targets: { 2024: 160 }, actuals: { 2024: 202 } },
    ]);
    expect(evaluate(ds).map((r) => r.rateText)).to.deep.equal(['126.3', '126.2', '126.25']);
  });
});

describe('judgment schemes as data', () => {
  const fourGrade = {
    id: 'pref-4', label: '4段階',
    tiers: [
      { id: 'A', min: 100, label: '順調', shape: 'circle', tone: 'success' },
      { id: 'B+', min: 80, label: '概ね順調', shape: 'triangle', tone: 'success' },
      { id: 'B', min: 50, label: 'やや遅れ', shape: 'square', tone: 'warning' },
      { id: 'C', label: '遅れ', shape: 'cross', tone: 'error' },
    ],
  };

  it('a printed band 80~99% is min 80: 99.5% is B+, 100.0% is A, 49.9% is C', () => {
    const { dataset: ds, problems } = validate(doc([], { evaluation: { scheme: fourGrade } }));
    expect(problems).to.deep.equal([]);
    const s = ds!.evaluation.scheme;
    expect([judge(99.5, s), judge(100, s), judge(79.9, s), judge(50, s), judge(49.9, s)]).to.deep.equal(['B+', 'A', 'B', 'B', 'C']);
  });

  it('rejects a computed scheme without a catch-all tier, reserved ids, unknown shapes and tones, with located problems', () => {
    const bad = {
      id: 'x', label: 'x',
      tiers: [{ id: 'constructor', min: 100, label: 'a' }, { id: 'b', min: 50, label: 'b', shape: 'constructor', tone: 'pink' }],
    };
    const { problems } = validate(doc([], { evaluation: { scheme: bad } }));
    expect(problems.map((p) => `${p.path} ${p.code}`)).to.include.members([
      'evaluation.scheme.tiers[0].id duplicate-id',
      'evaluation.scheme.tiers[1].shape wrong-type',
      'evaluation.scheme.tiers[1].tone wrong-type',
      'evaluation.scheme.tiers[1].min required',
    ]);
    expect(validate(doc([], { evaluation: { scheme: 'constructor' } })).problems[0]!.code).to.equal('unknown-reference');
  });

  it('a verbal scale given per indicator (1 目標を大きく上回って達成 … 5) is shown as given, beside the computed rate', () => {
    const verbal = { id: 'v5', label: '5段階', computed: false, tiers: ['1', '2', '3', '4', '5'].map((id) => ({ id, label: `段階${id}` })) };
    const row = rowOf({ direction: 'increase', targets: { 2024: 80 }, actuals: { 2024: 23 }, givenJudgments: { 2024: '4' } }, { evaluation: { scheme: verbal } });
    expect(row).to.deep.include({ judgment: '4', rateText: '28.8' });
  });

  it('"none": a report that judges nothing has no summary lines', () => {
    const ds = dataset([{ id: 'a', name: 'a', direction: 'increase', targets: { 2024: 1 }, actuals: { 2024: 1 } }], { evaluation: { scheme: 'none' } });
    const rows = evaluate(ds);
    expect(rows[0]!.judgment).to.equal(null);
    expect(summarize(rows, 'none').lines).to.deep.equal([]);
  });
});

describe('baselines', () => {
  it('a baseline printed with its year and no value is kept (shown as —), not dropped', () => {
    const ds = dataset([{ id: 'a', name: 'a', baseline: { year: 2006, value: '—', label: '現状値' } }]);
    expect(ds.indicators[0]!.baseline).to.deep.include({ year: 2006, label: '現状値' });
    expect(formatValue(ds.indicators[0]!.baseline!.value)).to.equal('—');
    const none = dataset([{ id: 'a', name: 'a', baseline: { year: 2006 } }]);
    expect(none.indicators[0]!.baseline!.year).to.equal(2006);
  });
});

describe('formatting any decimal the core accepts', () => {
  it('formats more than 100 decimals and 300-digit numbers exactly (Intl.NumberFormat would throw)', () => {
    expect(formatNumber('1e-101')).to.equal(`0.${'0'.repeat(100)}1`);
    expect(formatNumber('0.05', { decimals: 1 })).to.equal('0.1');
    expect(formatNumber('-1234567.891', { decimals: 2 })).to.equal('-1,234,567.89');
    expect(formatNumber(`1${'0'.repeat(300)}`)).to.equal(`1${',000'.repeat(100)}`);
  });
});

import { expect } from '@open-wc/testing';
import { evaluate, formatValue, judgmentTier, localize, resolveScheme, summarize, type Dataset, type Value } from '../../src/core/index.js';
import { loadDataset } from '../helpers/datasets.js';
import * as nagano from '../helpers/nagano-sousei-strategy-fy2017-printed.js';
import * as sado from '../helpers/sado-kaikaku-sengen-fy2006-printed.js';
import * as sapporo2008 from '../helpers/sapporo-machizukuri-fy2008-printed.js';
import * as sapporo2012 from '../helpers/sapporo-machizukuri-fy2012-printed.js';

/**
 * Three more publishers' reports (長野県, 佐渡市, 札幌市 in two editions), checked figure by figure
 * against strings typed from the printed pages (test/helpers/*-printed.ts), not against our output.
 */

/** 平成19年度 / 19年度 / H29年 / R6 as a Western fiscal year (the reports print Heisei years without the era). */
function printedYear(label: string): number {
  const m = /(\d+)/.exec(label.normalize('NFKC'))!;
  const n = Number(m[1]);
  return /^R|令和/.test(label) ? 2018 + n : 1988 + n;
}

const shown = (ds: Dataset, id: string, v: Value | null | undefined) => {
  const ind = ds.indicators.find((i) => i.id === id)!;
  return formatValue(v, ind.unit, { decimals: ind.decimals });
};

/** A printed dash (- or —) and ours compare equal; everything else must match exactly. */
const dash = (s: string) => s.replace(/^[-‐—]$/, '—');

describe('札幌市 第3次札幌新まちづくり計画 進捗状況（平成24年度）: no judgment, a zero target', () => {
  let ds: Dataset & { result: { problems: { severity: string; code: string }[] } };
  before(async () => {
    ds = await loadDataset('sapporo-machizukuri-fy2012');
  });

  it('is valid; its only warnings are the ones the report gives reason for (no direction printed, a zero target)', () => {
    expect(ds.plan.source?.url).to.equal(sapporo2012.SOURCE_URL);
    const codes = new Set(ds.result.problems.map((p) => p.code));
    expect([...codes].every((c) => c === 'no-direction' || c === 'zero-target')).to.equal(true);
  });

  it('every printed baseline, actual and target, each with its own year, is in the dataset as printed', () => {
    for (const p of sapporo2012.PRINTED) {
      const ind = ds.indicators.find((i) => i.id === p.id)!;
      expect(ind, p.id).to.not.equal(undefined);
      expect(ind.baseline!.year, `${p.id} baseline year`).to.equal(printedYear(p.baselineYear));
      expect(shown(ds, p.id, ind.baseline!.value), `${p.id} baseline`).to.equal(dash(p.baseline));
      expect(shown(ds, p.id, ind.series[0]!.actuals[printedYear(p.actualYear)]), `${p.id} actual`).to.equal(p.actual);
      expect(shown(ds, p.id, ind.targets[printedYear(p.targetYear)]), `${p.id} target`).to.equal(p.target);
    }
    expect(ds.indicators).to.have.length(sapporo2012.PRINTED.length);
  });

  it('makes no judgment: no summary line, no judgment on any row', () => {
    const rows = evaluate(ds);
    expect(rows.every((r) => r.judgment === null)).to.equal(true);
    expect(summarize(rows, ds.evaluation.scheme).lines).to.deep.equal([]);
  });

  it('保育所待機児童数 1,339人 → 1,389人 against 0人: with the final target, not met, +50 from the baseline, no 0.0%', () => {
    const id = sapporo2012.PRINTED.find((p) => p.name === '保育所待機児童数')!.id;
    const row = evaluate({ ...ds, evaluation: { ...ds.evaluation, basis: 'final-target' } }).find((r) => r.indicatorId === id)!;
    expect(row.rateText).to.equal(null);
    expect(row.meetsTarget).to.equal(false);
    expect(row.change!.decimal).to.equal('50'); // 1,389 − 1,339
  });
});

describe('札幌市 札幌新まちづくり計画 進捗状況（平成20年度進行管理）: a zero target and 「1.0%未満」', () => {
  let ds: Dataset;
  before(async () => {
    ds = await loadDataset('sapporo-machizukuri-fy2008');
  });

  it('every printed figure is in the dataset as printed, 「1.0%未満」 included', () => {
    for (const p of sapporo2008.PRINTED) {
      const ind = ds.indicators.find((i) => i.id === p.id)!;
      expect(localize(ind.name), p.id).to.equal(p.name);
      expect(ind.baseline!.year).to.equal(printedYear(p.baselineYear));
      expect(shown(ds, p.id, ind.baseline!.value), `${p.id} baseline`).to.equal(dash(p.baseline));
      expect(shown(ds, p.id, ind.series[0]!.actuals[printedYear(p.actualYear)]), `${p.id} actual`).to.equal(p.actual);
      expect(shown(ds, p.id, ind.targets[printedYear(p.targetYear)]), `${p.id} target`).to.equal(p.target);
    }
  });

  it('不登校の出現率 1.16% against 「1.0%未満」 is not met, without a rate; the bound states lower is better', () => {
    const row = evaluate({ ...ds, evaluation: { ...ds.evaluation, basis: 'final-target' } }, { year: 2007 }).find((r) => r.indicatorId === 'e09')!;
    expect(row).to.deep.include({ direction: 'decrease', rateReason: 'inequality', meetsTarget: false, rateText: null });
  });
});

describe('長野県 信州創生戦略 政策評価（対象:29年度）: final-year targets, 目安値, its own A/B/C', () => {
  let ds: Dataset;
  before(async () => {
    ds = await loadDataset('nagano-sousei-strategy-fy2017');
  });

  it('every printed baseline, final target, 目安値 and actual is in the dataset as printed (the page prints no unit beside them; ▲ is minus)', () => {
    expect(ds.plan.source?.url).to.equal(nagano.SOURCE_URL);
    const bare = (id: string, v: Value | null | undefined) => {
      const ind = ds.indicators.find((i) => i.id === id)!;
      return formatValue(v, undefined, { decimals: ind.decimals }).replace(/^-/, '▲');
    };
    for (const p of nagano.PRINTED) {
      const ind = ds.indicators.find((i) => i.id === p.id)!;
      expect(ind, p.id).to.not.equal(undefined);
      expect(bare(p.id, ind.baseline!.value), `${p.id} baseline`).to.equal(p.baseline);
      for (const [y, v] of Object.entries(p.targets)) expect(bare(p.id, ind.targets[y]), `${p.id} target ${y}`).to.equal(v);
      for (const [y, v] of Object.entries(p.expected)) expect(bare(p.id, ind.expected[y]), `${p.id} expected ${y}`).to.equal(v);
      for (const [y, v] of Object.entries(p.actuals)) expect(bare(p.id, ind.series[0]!.actuals[y]), `${p.id} actual ${y}`).to.equal(v);
    }
  });

  it('shows every printed 進捗区分 for the FY2017 evaluation, in its own scale', () => {
    const scheme = resolveScheme(ds.evaluation.scheme)!;
    const rows = evaluate(ds);
    for (const p of nagano.PRINTED) {
      const row = rows.find((r) => r.indicatorId === p.id)!;
      const printed = p.judgment.replace(/\s.*$/, '');
      expect(row.judgment ?? '-', p.id).to.equal(printed);
      if (row.judgment) expect(localize(judgmentTier(row.judgment, scheme)!.label)).to.equal(printed);
    }
  });

  it('progress toward the 目安値 from the baseline matches every printed judgment: at or above it A, below it C', () => {
    // 合計特殊出生率: (1.56 − 1.54) / (1.62 − 1.54) = 0.02 / 0.08 = 25.0%; 社会増減: (−2,530 + 3,703) / (−2,700 + 3,703) = 1,173 / 1,003 = 116.9%
    const byData = nagano.PRINTED.filter((p) => Object.keys(p.actuals).length && p.judgment !== '-');
    for (const p of byData) {
      const year = Number(Object.keys(p.actuals)[0]);
      const row = evaluate(ds, { year }).find((r) => r.indicatorId === p.id)!;
      expect(row.rateText, p.id).to.not.equal(null);
      expect(Number(row.rateText) >= 100 ? 'A' : 'C', `${p.id} ${row.rateText}`).to.equal(p.judgment.replace(/\s.*$/, ''));
    }
    expect(evaluate(ds, { year: 2017 }).find((r) => r.indicatorId === 'n1')!.rateText).to.equal('25.0');
    expect(evaluate(ds, { year: 2017 }).find((r) => r.indicatorId === 'n2')!.rateText).to.equal('116.9');
  });
});

describe('佐渡市「改革宣言2006」事後検証: a verbal A–E scale, an inequality target, text-only targets', () => {
  let ds: Dataset;
  before(async () => {
    ds = await loadDataset('sado-kaikaku-sengen-fy2006');
  });

  it('has the printed scale A 極めて良好 … E 極めて問題, as data', () => {
    const scheme = resolveScheme(ds.evaluation.scheme)!;
    expect(scheme.computed).to.equal(false);
    expect(scheme.tiers.map((t) => [t.id, localize(t.label)])).to.deep.equal(sado.SCALE.map((s) => [s.id, s.label]));
  });

  it('every printed target, actual and judgment is there (compound 億・万 numbers keep the printed text as the cell note)', () => {
    const rows = evaluate(ds);
    for (const p of sado.PRINTED) {
      const ind = ds.indicators.find((i) => i.id === p.id)!;
      for (const [y, printed] of Object.entries(p.targets)) {
        const v = ind.targets[y]!;
        expect(v.note && /[億万]/.test(printed) ? v.note.startsWith(printed) : shown(ds, p.id, v), `${p.id} target`).to.equal(v.note && /[億万]/.test(printed) ? true : printed);
      }
      for (const [y, printed] of Object.entries(p.actuals)) {
        const v = ind.series[0]!.actuals[y]!;
        expect(v.note && /[億万]/.test(printed) ? v.note.startsWith(printed) : shown(ds, p.id, v), `${p.id} actual`).to.equal(v.note && /[億万]/.test(printed) ? true : printed);
      }
      expect(rows.find((r) => r.indicatorId === p.id)!.judgment, p.id).to.equal(p.judgment);
    }
  });

  it('実質公債費比率 13.8% against 「14.5%未満」 meets the bound; the city’s own A stands as given', () => {
    const row = evaluate(ds).find((r) => r.indicatorId === 'f2')!;
    expect(row).to.deep.include({ rateReason: 'inequality', meetsTarget: true, judgment: 'A' });
  });
});

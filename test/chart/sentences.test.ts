import { expect } from '@open-wc/testing';
import { chartData } from '../../src/chart/data.js';
import { chartGeometry, chartSize } from '../../src/chart/geometry.js';
import { chartYearStyles, judgmentText, pointLabel, rowsOfActuals } from '../../src/chart/labels.js';
import { chartSentences } from '../../src/chart/sentences.js';
import { evaluate, evaluateSeries, resolveScheme, type Dataset, type Indicator } from '../../src/core/index.js';
import { DATASETS, loadDataset } from '../helpers/datasets.js';


function sentences(dataset: Dataset, indicator: Indicator, year: number, locale: string): string[] {
  const data = chartData(indicator, year, dataset.evaluation.basis);
  const rows = evaluate(dataset, { year }).filter((r) => r.indicatorId === indicator.id);
  const row = rows.find((r) => r.status !== 'not-comparable') ?? rows[0] ?? null;
  return chartSentences(data, row, indicator, resolveScheme(dataset.evaluation.scheme), year, locale, chartYearStyles(locale).long);
}

function pointLabels(dataset: Dataset, indicator: Indicator, locale: string): { kind: string; label: string }[] {
  const year = dataset.plan.reportedYear;
  const data = chartData(indicator, year, dataset.evaluation.basis);
  const g = chartGeometry(data, chartSize(data, 640, undefined));
  const rowsByYear = rowsOfActuals(indicator, year, (i, y) => evaluateSeries(indicator, indicator.series[i]!, y, dataset.evaluation, year));
  const ctx = { data, indicator, scheme: resolveScheme(dataset.evaluation.scheme), rowsByYear, locale, styles: chartYearStyles(locale) };
  return g.points.map((p) => ({ kind: p.kind, label: pointLabel(p, ctx) }));
}

/** A status word used as if it were a value: 「実績は実績なし」「実績は調査年以外」, "the actual is no value". */
const STILTED = [/実績は(実績なし|調査年以外|値なし|未到来|集計中。)/, /は(値なし|実績なし|調査年以外)[。（]/, /actual (is|of) (no value|without|not surveyed|no actual)/i, /without a value/i];

describe('chart sentences read naturally (both languages)', () => {
  for (const name of DATASETS) {
    it(`${name}: every indicator in every year of its range, ja and en: no status word used as a value, one sentence each`, async () => {
      const dataset = await loadDataset(name);
      const bad: string[] = [];
      for (const indicator of dataset.indicators) {
        const years = chartData(indicator, dataset.plan.reportedYear).years;
        for (const year of years) {
          for (const locale of ['ja', 'en']) {
            for (const s of sentences(dataset, indicator, year, locale)) {
              if (STILTED.some((re) => re.test(s))) bad.push(`${indicator.id} ${year} ${locale}: ${s}`);
              if (locale === 'ja' ? !s.endsWith('。') : !/[.!?]$/.test(s)) bad.push(`${indicator.id} ${year} ${locale}: no full stop: ${s}`);
              if (locale === 'en' && /Reiwa|Heisei|令和|平成/.test(s)) bad.push(`${indicator.id} ${year} en: era year: ${s}`);
            }
          }
        }
      }
      expect(bad, bad.slice(0, 20).join('\n')).to.deep.equal([]);
    });
  }

  it('each status is a sentence of its own: not a survey year, no actual yet, still being tallied', async () => {
    const asaka = await loadDataset('asaka-fy2024');
    const census = asaka.indicators.find((i) => i.id === 'a1-3-2')!;
    expect(sentences(asaka, census, 2022, 'ja')[0]).to.equal('令和4年度は調査年ではありません（目標 74,000㎡）。');
    expect(sentences(asaka, census, 2022, 'en')[0]).to.equal('FY2022 is not a survey year (target: 74,000㎡).');
    const atsugi = await loadDataset('atsugi-fy2024');
    const a01 = atsugi.indicators.find((i) => i.id === 'a01')!;
    expect(sentences(atsugi, a01, 2025, 'ja')[0]).to.equal('令和7年度の実績はまだありません（目標 3,600件）。');
    expect(sentences(atsugi, a01, 2025, 'en')[0]).to.equal('There is no actual for FY2025 yet (target: 3,600件).');
    const a17 = atsugi.indicators.find((i) => i.id === 'a17')!;
    expect(sentences(atsugi, a17, 2024, 'ja')[0]).to.equal('令和6年度の実績は集計中です（目標 45.0%）。');
    expect(sentences(atsugi, a17, 2024, 'en')[0]).to.equal('The actual for FY2024 is still being tallied (target: 45.0%).');
  });

  it('English reads as prose: the actual was …, it rose/fell from … to …; a grade keeps its capital', async () => {
    const atsugi = await loadDataset('atsugi-fy2024');
    const en = sentences(atsugi, atsugi.indicators.find((i) => i.id === 'a01')!, 2024, 'en');
    expect(en).to.deep.equal([
      'In FY2024 the actual was 2,176件 against a target of 3,550件: an achievement rate of 61.3% (not achieved).',
      'It fell from 2,588件 in FY2023 to 2,176件 in FY2024.',
      'The target for FY2026 is 3,650件.',
    ]);
    const nagano = await loadDataset('nagano-sousei-strategy-fy2017');
    const n1 = sentences(nagano, nagano.indicators.find((i) => i.id === 'n1')!, 2017, 'en');
    expect(n1[0]).to.equal('In FY2017 the actual was 1.56 against an expected value of 1.62: a progress rate of 25.0% (grade C).');
    expect(sentences(nagano, nagano.indicators.find((i) => i.id === 'n1')!, 2017, 'ja')[0]).to.equal('平成29年度の実績 1.56は期待値 1.62に対し進捗率25.0%（判定C）。');
  });

  it('judgment words: a scheme label, a grade letter with its word, lower case in an English sentence', () => {
    const three = resolveScheme('three-tier');
    expect(judgmentText('not-achieved', three, 'ja')).to.equal('未達成');
    expect(judgmentText('not-achieved', three, 'en')).to.equal('not achieved');
    expect(judgmentText('C', resolveScheme('given-grade'), 'en')).to.equal('grade C');
    expect(judgmentText(null, three, 'en')).to.equal('');
  });
});

describe('chart points: every actual names its rate and judgment (or why it has none)', () => {
  it('Atsugi, ja and en: 「令和6年度 実績値 2,176件（達成率61.3%、未達成）」 and the same in English', async () => {
    const atsugi = await loadDataset('atsugi-fy2024');
    const a01 = atsugi.indicators.find((i) => i.id === 'a01')!;
    expect(pointLabels(atsugi, a01, 'ja').find((p) => p.kind === 'actual')!.label).to.equal('令和6年度 実績値 2,176件（達成率61.3%、未達成）');
    expect(pointLabels(atsugi, a01, 'en').find((p) => p.kind === 'actual')!.label).to.equal('FY2024 actual: 2,176件 (achievement rate 61.3%, not achieved)');
    expect(pointLabels(atsugi, a01, 'en').find((p) => p.kind === 'target')!.label).to.equal('FY2024 target: 3,550件');
  });

  it('Nagano: progress rate (進捗率), not achievement rate, with the grade the prefecture gave', async () => {
    const nagano = await loadDataset('nagano-sousei-strategy-fy2017');
    const n1 = nagano.indicators.find((i) => i.id === 'n1')!;
    expect(pointLabels(nagano, n1, 'ja').find((p) => p.kind === 'actual')!.label).to.equal('平成29年度 実績値 1.56（進捗率25.0%、判定C）');
    expect(pointLabels(nagano, n1, 'en').find((p) => p.kind === 'actual')!.label).to.equal('FY2017 actual: 1.56 (progress rate 25.0%, grade C)');
  });

  for (const name of DATASETS) {
    it(`${name}: every actual point of the reported year or before carries a rate, a judgment or the reason it has none`, async () => {
      const dataset = await loadDataset(name);
      const bare: string[] = [];
      for (const indicator of dataset.indicators) {
        for (const locale of ['ja', 'en']) {
          for (const p of pointLabels(dataset, indicator, locale).filter((x) => x.kind === 'actual')) {
            if (!/[（(].+[）)]$/.test(p.label)) bare.push(`${indicator.id} ${locale}: ${p.label}`);
          }
        }
      }
      expect(bare, bare.slice(0, 20).join('\n')).to.deep.equal([]);
    });
  }

  it('a second series measured differently says so; English uses English brackets', async () => {
    const asaka = await loadDataset('asaka-fy2024');
    const dual = asaka.indicators.find((i) => i.id === 'a1-2-2')!;
    const en = pointLabels(asaka, dual, 'en').filter((p) => p.kind === 'actual').map((p) => p.label);
    expect(en.at(-1)).to.match(/^FY2024 actual \(商店会.+\): 341件 \(measured differently: not compared with the targets\)$/);
    const ja = pointLabels(asaka, dual, 'ja').filter((p) => p.kind === 'actual').map((p) => p.label);
    expect(ja.at(-1)).to.match(/^令和6年度 実績値（商店会.+） 341件（定義変更のため目標と比較しない）$/);
  });
});

import { expect } from '@open-wc/testing';
import { badgeMessages, chartMessages, commonMessages, tableMessages } from '../../src/i18n/messages.js';
import { englishCount } from '../../src/i18n/table.js';
import { tableModel } from '../../src/view/table-model.js';
import { baselineHeader, baselineLabel } from '../../src/view/table-text.js';
import { validate } from '../../src/core/index.js';
import { loadJson } from '../helpers/datasets.js';

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;

describe('English words: counts through Intl.PluralRules', () => {
  it('"1 indicator", "31 unit measures", "14 measures" (a level name from the data, made plural), "2 policies"', () => {
    expect(englishCount(1, 'indicators')).to.equal('1 indicator');
    expect(englishCount(0, 'indicators')).to.equal('0 indicators');
    expect(englishCount(31, 'unit measures')).to.equal('31 unit measures');
    expect(englishCount(1, 'unit measures')).to.equal('1 unit measure');
    expect(englishCount(14, 'Measure')).to.equal('14 measures');
    expect(englishCount(2, 'Policy')).to.equal('2 policies');
    expect(englishCount(1, 'business')).to.equal('1 business');
    expect(englishCount(3, '単位施策')).to.equal('3 単位施策');
  });

  it('the table headline of both reports in English', async () => {
    for (const [name, expected] of [['atsugi-fy2024', '31 unit measures'], ['asaka-fy2024', /^\d+ measures$/]] as const) {
      const model = tableModel(validate(await loadJson(name)), { locale: 'en' });
      const headline = tableMessages('en').headline(model.headline.count, model.headline.noun);
      if (typeof expected === 'string') expect(headline, name).to.equal(expected);
      else expect(headline, name).to.match(expected);
    }
    expect(tableMessages('ja').headline(31, '単位施策')).to.equal('31単位施策');
    expect(tableMessages('en').problems(1)).to.equal('The data has 1 problem, shown in the rows concerned.');
    expect(commonMessages('en').problemCount(2)).to.equal('The data has 2 problems, shown where they are.');
  });
});

describe('English words: the baseline labels reports print', () => {
  it('計画策定時 and 現状値 from the data become ours in English, stay in Japanese, and an English label from the data is kept', () => {
    expect(baselineLabel('計画策定時', 'en')).to.equal('At plan adoption');
    expect(baselineLabel('現状値', 'en')).to.equal('Baseline');
    expect(baselineLabel('何かの値', 'en')).to.equal('Baseline');
    expect(baselineLabel({ ja: '計画策定時', en: 'When adopted' }, 'en')).to.equal('When adopted');
    expect(baselineLabel('計画策定時', 'ja')).to.equal('計画策定時');
    expect(baselineLabel(undefined, 'ja')).to.equal('基準値');
  });

  it('the Asaka table header: 計画策定時 in Japanese, "At plan adoption" in English', async () => {
    const result = validate(await loadJson('asaka-fy2024'));
    expect(baselineHeader(tableModel(result, { locale: 'ja' }), 'ja')).to.match(/^計画策定時/);
    expect(baselineHeader(tableModel(result, { locale: 'en' }), 'en')).to.match(/^At plan adoption/);
  });
});

describe('English words: no Japanese in our English catalogues', () => {
  it('every English string of the chart, table, badge and common catalogues (and what their functions return) is free of CJK', () => {
    const leaks: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (typeof v === 'string') {
        if (CJK.test(v)) leaks.push(`${path}: ${v}`);
      } else if (typeof v === 'function') {
        const f = v as (...a: unknown[]) => unknown;
        let out: unknown;
        try {
          out = f('X', 'Y', 'Z', 'W', 'V', 'U');
        } catch {
          out = f('X', 2, ['Y']); // line(label, count, included)
        }
        walk(typeof out === 'string' ? out : '', `${path}()`);
      } else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
      }
    };
    walk(chartMessages('en'), 'chart');
    walk(tableMessages('en'), 'table');
    walk(badgeMessages('en'), 'badge');
    walk(commonMessages('en'), 'common');
    expect(leaks).to.deep.equal([]);
  });
});

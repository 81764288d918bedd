import { expect } from '@open-wc/testing';
import { achievementRate, givenGrade, judge, judgmentTier, resolveScheme, SCHEMES, threeTier, type JudgmentScheme } from '../../src/core/index.js';

describe('judge: three-tier (as printed on the Atsugi report)', () => {
  it('達成 at 100% and above, 概ね達成 from 80% to under 100%, 未達成 under 80%', () => {
    expect(judge(100)).to.equal('achieved');
    expect(judge(180)).to.equal('achieved');
    expect(judge(99.9)).to.equal('nearly-achieved');
    expect(judge(80)).to.equal('nearly-achieved');
    expect(judge(79.9)).to.equal('not-achieved');
    expect(judge(0)).to.equal('not-achieved');
    expect(judge(-5)).to.equal('not-achieved');
  });

  it('judges the displayed rate: 99.95% shows as 100.0% and is 達成, never 概ね達成', () => {
    const rate = achievementRate({ target: 2000, actual: 1999 }); // 99.95 exactly
    expect(rate).to.equal(100);
    expect(judge(rate)).to.equal('achieved');
    const below = achievementRate({ target: 20000, actual: 19989 }); // 99.945 → 99.9
    expect(judge(below)).to.equal('nearly-achieved');
  });

  it('79.95% displays as 80.0% and is 概ね達成; under truncation it shows 79.9% and is 未達成', () => {
    expect(judge(achievementRate({ target: 2000, actual: 1599 }))).to.equal('nearly-achieved');
    expect(judge(achievementRate({ target: 2000, actual: 1599 }, { rounding: 'truncate' }))).to.equal('not-achieved');
  });

  it('gives null for a null or non-finite rate', () => {
    expect(judge(null)).to.equal(null);
    expect(judge(NaN)).to.equal(null);
  });

  it('labels each judgment in both languages and gives it a shape, not only a colour', () => {
    expect(judgmentTier('nearly-achieved')?.label).to.deep.equal({ ja: '概ね達成', en: 'Nearly achieved' });
    expect(judgmentTier('tallying')?.label).to.deep.equal({ ja: '集計中', en: 'Being tallied' });
    const shapes = threeTier.tiers.map((t) => t.shape);
    expect(new Set(shapes).size).to.equal(3);
  });
});

describe('judge by name', () => {
  it('judges every named scheme as the scheme object itself would be judged, and no other name', () => {
    // judge() resolves names without the full table (so rate + judge stay small): this holds it to resolveScheme.
    const rates = [-5, 0, 79.9, 80, 99.9, 100, 180];
    for (const name of [...Object.keys(SCHEMES), 'constructor', '__proto__', 'toString', 'unknown', '']) {
      const scheme = resolveScheme(name);
      for (const rate of rates) expect(judge(rate, name), `${name} ${rate}`).to.equal(scheme ? judge(rate, scheme) : null);
    }
    expect(Object.values(SCHEMES).filter((s) => s.computed)).to.deep.equal([threeTier]);
  });
});

describe('judge: given-grade (Asaka A–D)', () => {
  it('never computes a grade from a rate', () => {
    expect(judge(150, 'given-grade')).to.equal(null);
    expect(judge(150, givenGrade)).to.equal(null);
  });

  it('knows the four grades and what each means', () => {
    expect(givenGrade.tiers.map((t) => t.id)).to.deep.equal(['A', 'B', 'C', 'D']);
    expect(judgmentTier('D', 'given-grade')?.description).to.deep.equal({ ja: '計画を下回る進捗状況', en: 'behind plan' });
  });
});

describe('judge: custom schemes are configuration', () => {
  const fiveTier: JudgmentScheme = {
    id: 'five',
    label: 'S–D',
    computed: true,
    tiers: [
      { id: 'S', min: 120, label: 'S' },
      { id: 'A', min: 100, label: 'A' },
      { id: 'B', min: 80, label: 'B' },
      { id: 'C', min: 50, label: 'C' },
      { id: 'D', label: 'D' },
    ],
  };

  it('uses the ordered thresholds', () => {
    expect([130, 120, 119.9, 100, 85, 50, 49.9].map((r) => judge(r, fiveTier))).to.deep.equal(['S', 'S', 'A', 'A', 'B', 'C', 'D']);
  });

  it('resolves names, passes objects through and gives null for unknown names', () => {
    expect(resolveScheme('three-tier')).to.equal(threeTier);
    expect(resolveScheme(fiveTier)).to.equal(fiveTier);
    expect(resolveScheme('nope')).to.equal(null);
    expect(judge(100, 'nope')).to.equal(null);
  });
});

/**
 * No contradictions: for random targets, actuals, baselines, directions, methods, rounding digits
 * (0–6) and modes, the table's rate cell, the badges (in the table, in the chart's caption, given
 * the same numbers as attributes, given the dataset) and the chart's sentence show the same rate
 * text for the same row, and the judgment shown is the one the scheme gives that displayed rate
 * (a displayed 100.00% is never 概ね達成). The rate itself is checked against the independent
 * long-division reference of test/helpers/reference.ts.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { LitElement } from 'lit';
import type { DatasetDocument } from '../../src/core/dataset-json.js';
import { decimalString, referenceRate } from '../helpers/reference.js';
import { preview } from './arbitraries.js';
import { fuzzParameters, logDurations, timeoutFor } from './env.js';
import { deepText } from './render.js';

logDurations('consistency');

/** A prefecture's 4 grades, as the README defines it (min is the lowest displayed rate of a tier). */
const FOUR_GRADE = {
  id: 'pref-4', label: '4段階',
  tiers: [
    { id: 'A', min: 100, label: { ja: '順調', en: 'On track' }, shape: 'circle', tone: 'success' },
    { id: 'B+', min: 80, label: { ja: '概ね順調', en: 'Mostly on track' }, shape: 'triangle', tone: 'success' },
    { id: 'B', min: 50, label: { ja: 'やや遅れ', en: 'Slightly behind' }, shape: 'square', tone: 'warning' },
    { id: 'C', label: { ja: '遅れ', en: 'Behind' }, shape: 'cross', tone: 'error' },
  ],
};

/** The README's rules: each scheme's tiers from the best, with the lowest displayed rate of each. */
const RULES = {
  'three-tier': [
    { min: '100', ja: '達成', en: 'Achieved' },
    { min: '80', ja: '概ね達成', en: 'Nearly achieved' },
    { min: null, ja: '未達成', en: 'Not achieved' },
  ],
  'pref-4': [
    { min: '100', ja: '順調', en: 'On track' },
    { min: '80', ja: '概ね順調', en: 'Mostly on track' },
    { min: '50', ja: 'やや遅れ', en: 'Slightly behind' },
    { min: null, ja: '遅れ', en: 'Behind' },
  ],
} as const;
type SchemeName = keyof typeof RULES;

interface Case {
  /** `rate`: a plain target; `bound`: an inequality target (「10未満」); `zero`: a target of 0. */
  kind?: 'rate' | 'bound' | 'zero';
  comparator?: 'lt' | 'le' | 'ge' | 'gt';
  places: number;
  /** Values in units of 10^-places. */
  target: number;
  actual: number;
  baseline: number;
  direction: 'increase' | 'decrease' | 'maintain';
  method: 'ratio' | 'progress';
  digits: number;
  mode: 'half-up' | 'truncate';
  scheme: SchemeName;
  lang: 'ja' | 'en';
}

/** Actuals near the 80% and 100% boundaries of either direction, and anywhere. */
const rateCase: fc.Arbitrary<Case> = fc
  .record({
    places: fc.integer({ min: 0, max: 2 }),
    target: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 10_000_000 })),
    where: fc.constantFrom('100', '80', '50', 'any'),
    offset: fc.integer({ min: -3, max: 3 }),
    anyFactor: fc.double({ min: 0, max: 2.5, noNaN: true }),
    baselineFactor: fc.double({ min: 0, max: 0.95, noNaN: true }),
    direction: fc.constantFrom('increase', 'decrease', 'maintain'),
    method: fc.constantFrom('ratio', 'progress'),
    digits: fc.integer({ min: 0, max: 6 }),
    mode: fc.constantFrom('half-up', 'truncate'),
    scheme: fc.constantFrom('three-tier', 'pref-4'),
    lang: fc.constantFrom('ja', 'en'),
  })
  .map((r): Case => {
    const decrease = r.direction === 'decrease';
    const progress = r.method === 'progress';
    const baseline = progress ? Math.floor(r.target * r.baselineFactor) * (decrease ? -1 : 1) + (decrease ? r.target * 2 : 0) : 0;
    const share = r.where === 'any' ? r.anyFactor : Number(r.where) / 100;
    let actual: number;
    if (progress) actual = Math.round(baseline + (r.target - baseline) * share);
    else if (decrease) actual = Math.round(r.target / Math.max(share, 0.05));
    else actual = Math.round(r.target * share);
    return { ...r, baseline, actual: Math.max(progress ? 0 : 1, actual + r.offset), target: r.target } as Case;
  });

const common = {
  places: fc.integer({ min: 0, max: 2 }),
  digits: fc.integer({ min: 0, max: 6 }),
  mode: fc.constantFrom('half-up' as const, 'truncate' as const),
  scheme: fc.constantFrom('three-tier' as const, 'pref-4' as const),
  lang: fc.constantFrom('ja' as const, 'en' as const),
};

/** An inequality target (「10未満」), judged met or not exactly at the bound, with no rate. */
const boundCase: fc.Arbitrary<Case> = fc
  .record({ ...common, comparator: fc.constantFrom('lt' as const, 'le' as const, 'ge' as const, 'gt' as const), target: fc.integer({ min: 1, max: 100_000 }), offset: fc.integer({ min: -2, max: 2 }) })
  .map((r): Case => ({
    ...r, kind: 'bound', actual: Math.max(0, r.target + r.offset), baseline: 0,
    direction: r.comparator === 'lt' || r.comparator === 'le' ? 'decrease' : 'increase', method: 'ratio',
  }));

/** A target of 0 (待機児童 0人, Asaka's seminar target 0回): met or not, with no rate. */
const zeroCase: fc.Arbitrary<Case> = fc
  .record({ ...common, actual: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5000 })), baseline: fc.integer({ min: 1, max: 5000 }), direction: fc.constantFrom('increase' as const, 'decrease' as const) })
  .map((r): Case => ({ ...r, kind: 'zero', target: 0, method: 'ratio' }));

const caseArbitrary: fc.Arbitrary<Case> = fc.oneof(
  { arbitrary: rateCase, weight: 6 },
  { arbitrary: boundCase, weight: 1 },
  { arbitrary: zeroCase, weight: 1 },
);

const SUFFIX = { lt: '未満', le: '以下', ge: '以上', gt: '超' } as const;

/** The target as typed: 「10未満」 for a bound. */
const targetText = (c: Case) => `${dec(c.target, c.places)}${c.kind === 'bound' ? SUFFIX[c.comparator!] : ''}`;

/**
 * For a target judged met or not met (a bound, a zero target): whether it is met, by the README's
 * rules (exactly at the bound; a zero target of a lower-is-better indicator only by 0); else null.
 */
function metOrNot(c: Case): boolean | null {
  if (c.kind === 'bound') {
    const [a, t] = [c.actual, c.target];
    return { lt: a < t, le: a <= t, ge: a >= t, gt: a > t }[c.comparator!];
  }
  if (c.kind === 'zero') return c.direction === 'decrease' ? c.actual === 0 : true;
  return null;
}

const dec = (units: number, places: number) => (units < 0 ? `-${decimalString(-units, places)}` : decimalString(units, places));

/** The rate the README's formulas give, by long division, or null when no rate is defined. */
function expectedRate(c: Case): string | null {
  const { target: t, actual: a, baseline: b, places, digits, mode } = c;
  if (c.kind === 'bound' || c.kind === 'zero') return null;
  if (c.method === 'progress') {
    if (t === b) return null;
    const n = a - b;
    const d = t - b;
    const text = referenceRate(dec(Math.abs(n), places), dec(Math.abs(d), places), digits, mode);
    const negative = n < 0 !== d < 0 && /[1-9]/.test(text);
    return negative ? `-${text}` : text;
  }
  if (c.direction === 'maintain') return null; // its tolerance rule is checked for agreement only
  if (c.direction === 'decrease') return a === 0 ? null : referenceRate(dec(t, places), dec(a, places), digits, mode);
  return referenceRate(dec(a, places), dec(t, places), digits, mode);
}

/** -1, 0, 1 comparing two plain decimal strings exactly. */
function compareDecimals(a: string, b: string): number {
  const scale = (s: string) => s.split('.')[1]?.length ?? 0;
  const places = Math.max(scale(a), scale(b));
  const units = (s: string) => BigInt(s.replace('.', '') + '0'.repeat(places - scale(s)));
  const x = units(a);
  const y = units(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The label the scheme gives a displayed rate ("99.96%"). */
function labelFor(displayed: string, c: Case): string {
  const rate = displayed.replace(/[,%]/g, '');
  const tier = RULES[c.scheme].find((t) => t.min === null || compareDecimals(rate, t.min) >= 0)!;
  return tier[c.lang];
}

function documentOf(c: Case): DatasetDocument {
  const indicator: Record<string, unknown> = {
    id: 'k', name: '指標', unit: '件', direction: c.direction,
    targets: { 2024: targetText(c) }, actuals: { 2024: dec(c.actual, c.places) },
  };
  if (c.method === 'progress' || c.kind === 'zero') indicator.baseline = { year: 2020, value: dec(c.baseline, c.places) };
  return {
    plan: { title: '計画', publisher: '市', reportedYear: 2024 },
    evaluation: { scheme: c.scheme === 'pref-4' ? FOUR_GRADE : 'three-tier', method: c.method, rounding: { digits: c.digits, mode: c.mode } },
    indicators: [indicator],
  };
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function settle(elements: LitElement[]): Promise<void> {
  for (let round = 0; round < 2; round++) {
    for (const el of elements) {
      await el.updateComplete;
      for (const inner of el.shadowRoot?.querySelectorAll('achievement-badge') ?? []) await (inner as LitElement).updateComplete;
      // (the table's result cells are its own markup, not badge elements)
    }
    await frame();
  }
}

interface Shown {
  where: string;
  /** The rate shown; null for a display that never shows one (the table's result mark, beside the rate column). */
  rate: string | null;
  /** The judgment shown ('' for none); null for a display that never shows one (the rate cell). */
  label: string | null;
}

const RATE = /-?\d[\d,]*(?:\.\d+)?%/g;

function badgeShows(badge: Element | null | undefined, where: string): Shown[] {
  const root = badge?.shadowRoot;
  if (!root) return [];
  const label = deepText(root.querySelector('[part=label]') ?? document.createElement('i'));
  return [{ where, rate: deepText(root.querySelector('[part=rate]') ?? document.createElement('i')), label: label === '—' ? '' : label }];
}

/** Renders the four displays of one row side by side and collects the rate and judgment each shows. */
async function displays(c: Case): Promise<Shown[]> {
  const doc = documentOf(c);
  const box = document.createElement('div');
  box.style.width = '900px';
  box.lang = c.lang;
  const table = document.createElement('policy-indicator-table');
  table.setAttribute('columns', 'indicator result rate');
  table.data = structuredClone(doc);
  const chart = document.createElement('target-trend-chart');
  chart.setAttribute('indicator-id', 'k');
  chart.data = structuredClone(doc);
  const byAttributes = document.createElement('achievement-badge');
  for (const [name, value] of Object.entries({ target: targetText(c), actual: dec(c.actual, c.places), direction: c.direction, method: c.method, digits: String(c.digits), rounding: c.mode })) {
    byAttributes.setAttribute(name, value);
  }
  if (c.method === 'progress') byAttributes.setAttribute('baseline', dec(c.baseline, c.places));
  if (c.scheme === 'pref-4') byAttributes.scheme = FOUR_GRADE as never;
  const byData = document.createElement('achievement-badge');
  byData.setAttribute('indicator-id', 'k');
  byData.data = structuredClone(doc);
  box.append(table, chart, byAttributes, byData);
  document.body.append(box);
  try {
    await settle([table, chart, byAttributes, byData]);
    const shown: Shown[] = [];
    const row = table.shadowRoot!.querySelector('tr.data');
    const cells = row ? [...row.querySelectorAll('td')] : [];
    // The rate cell of a zero target shows the change from the baseline instead (「基準値から+50件」): only a % is a rate.
    const cell = deepText(cells.at(-1) ?? document.createElement('i'));
    shown.push({ where: `table rate cell "${cell}"`, rate: (cell.match(RATE) ?? []).join(' / '), label: null });
    // The result cell's mark: its judgment (its rate is in the rate column beside it).
    const mark = cells[0]?.querySelector('[part=judgment]');
    if (mark) shown.push({ where: 'table result mark', rate: null, label: deepText(mark.querySelector('.judgment-label') ?? document.createElement('i')) });
    const summary = deepText(chart.shadowRoot!.querySelector('[part=summary]') ?? document.createElement('i'));
    const rates = summary.match(RATE) ?? [];
    // The judgment closes the first sentence: 「…達成率99.96%（概ね達成）。」, "… of 99.96% (nearly achieved)."
    const first = c.lang === 'ja' ? summary.split('。')[0]! : summary.split(/\.(?:\s|$)/)[0]!;
    const judged = c.lang === 'ja' ? /（([^（）]+)）$/.exec(first) : /\(([^()]+)\)$/.exec(first);
    shown.push({ where: `chart sentence "${summary.slice(0, 140)}"`, rate: rates.join(' / '), label: judged?.[1] ?? '' });
    // The caption's judgment mark, with its rate (as the badge shows them).
    const captionMark = chart.shadowRoot!.querySelector('[part=caption] [part=judgment]');
    if (captionMark) {
      shown.push({
        where: 'chart caption mark',
        rate: deepText(captionMark.querySelector('.judgment-rate') ?? document.createElement('i')),
        label: deepText(captionMark.querySelector('.judgment-label') ?? document.createElement('i')),
      });
    }
    shown.push(...badgeShows(byAttributes, 'badge by attributes'));
    shown.push(...badgeShows(byData, 'badge by data + indicator-id'));
    return shown;
  } finally {
    box.remove();
  }
}

function checkConsistent(c: Case, shown: Shown[]): void {
  const report = `${preview(c)}\n${shown.map((s) => `  ${s.where}: rate "${s.rate}"${s.label === null ? '' : `, judgment "${s.label}"`}`).join('\n')}`;
  const expected = expectedRate(c);
  const rates = shown.filter((s) => s.rate !== null).map((s) => s.rate!);
  // Every display shows a rate, the same text, or none does.
  expect(new Set(rates).size, `the displays disagree on the rate:\n${report}`).to.equal(1);
  const displayed = rates[0]!;
  if (expected !== null) {
    expect(displayed.replace(/,/g, ''), `the rate differs from the long-division reference ${expected}%:\n${report}`).to.equal(`${expected}%`);
  }
  const labels = shown.filter((s) => s.label !== null).map((s) => s.label!.toLowerCase());
  expect(new Set(labels).size, `the displays disagree on the judgment:\n${report}`).to.be.at.most(1);
  const met = metOrNot(c);
  if (met !== null) {
    // Judged met or not met: no rate anywhere, and never a middle tier (a bound is never 概ね達成).
    expect(displayed, `a rate is shown for a target judged met or not met:\n${report}`).to.equal('');
    const tiers = RULES[c.scheme];
    const label = (met ? tiers[0] : tiers[tiers.length - 1])[c.lang];
    for (const s of shown) {
      if (s.label !== null) expect(s.label.toLowerCase(), `${s.where} shows "${s.label}", the target is ${met ? '' : 'not '}met ("${label}"):\n${report}`).to.equal(label.toLowerCase());
    }
  } else if (displayed) {
    const label = labelFor(displayed, c);
    for (const s of shown) {
      if (s.label) expect(s.label.toLowerCase(), `${s.where} shows "${s.label}" beside ${displayed}, the scheme gives "${label}":\n${report}`).to.equal(label.toLowerCase());
    }
  }
}

describe('fuzz: the table, the chart and the badges never contradict one another', () => {
  it('target 10,000, actual 9,996, 2 digits: 99.96% and 概ね達成 everywhere (1 digit: 100.0%, 達成)', async function () {
    const base: Case = { places: 0, target: 10000, actual: 9996, baseline: 0, direction: 'increase', method: 'ratio', digits: 2, mode: 'half-up', scheme: 'three-tier', lang: 'ja' };
    const two = await displays(base);
    checkConsistent(base, two);
    const rated = two.filter((s) => s.rate !== null);
    expect(rated.map((s) => s.rate)).to.deep.equal(Array(rated.length).fill('99.96%'));
    expect(rated).to.have.length(5);
    expect(new Set(two.filter((s) => s.label !== null).map((s) => s.label))).to.deep.equal(new Set(['概ね達成']));
    const one = { ...base, digits: 1 };
    const shown = await displays(one);
    checkConsistent(one, shown);
    expect(shown[0]!.rate).to.equal('100.0%');
  });

  it('random targets, actuals, directions, methods, rounding digits and modes', async function () {
    this.timeout(timeoutFor(300, 0.2, 200));
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (c) => checkConsistent(c, await displays(c))),
      fuzzParameters(300, 0.2, {
        examples: [
          [{ places: 0, target: 10000, actual: 9996, baseline: 0, direction: 'increase', method: 'ratio', digits: 2, mode: 'half-up', scheme: 'three-tier', lang: 'ja' }],
          [{ places: 0, target: 2000, actual: 1999, baseline: 0, direction: 'increase', method: 'ratio', digits: 1, mode: 'half-up', scheme: 'three-tier', lang: 'en' }],
          [{ places: 0, target: 3001, actual: 3000, baseline: 0, direction: 'increase', method: 'ratio', digits: 1, mode: 'truncate', scheme: 'three-tier', lang: 'ja' }],
          [{ places: 2, target: 100, actual: 125, baseline: 0, direction: 'decrease', method: 'ratio', digits: 6, mode: 'half-up', scheme: 'pref-4', lang: 'ja' }],
        ],
      }),
    );
  });
});

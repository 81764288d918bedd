import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { argTypesFor, CATEGORIES, declarationOf, ENUMERATIONS, isPublic, type CustomElementsManifest } from '../../.storybook/arg-types.js';
import { DIRECTIONS, RATE_METHODS } from '../../src/core/rate.js';
import { FISCAL_YEAR_STYLES } from '../../src/core/fiscal-year.js';
import { LOCALES } from '../../src/core/localize.js';
import { ROUNDING_MODES } from '../../src/core/decimal.js';
import { SORT_KEYS, TABLE_LAYOUTS } from '../../src/view/table-model.js';
import { DATA_FORMATS } from '../../src/elements/shared/data-source.js';
import { BADGE_SIZES } from '../../src/elements/achievement-badge/achievement-badge.js';
import * as badgeStories from '../../stories/achievement-badge.stories.js';
import * as tableStories from '../../stories/policy-indicator-table.stories.js';
import * as chartStories from '../../stories/target-trend-chart.stories.js';

/**
 * The Storybook docs table and controls (.storybook/arg-types.ts) against custom-elements.json:
 * every public attribute, property, event, part and custom property described, a select for every
 * enumeration, typed controls for the rest, no private state, and each control wired to the element.
 */
const TAGS = ['achievement-badge', 'policy-indicator-table', 'target-trend-chart'] as const;

let manifest: CustomElementsManifest;
before(async () => {
  manifest = (await (await fetch('/custom-elements.json')).json()) as CustomElementsManifest;
});

type Row = { name?: string; description?: string; control?: false | { type: string }; options?: string[]; table?: { category?: string; defaultValue?: { summary?: string } } };
const rows = (tag: string) => argTypesFor(manifest, tag) as Record<string, Row>;
const fieldsOf = (tag: string) => (declarationOf(manifest, tag)?.members ?? []).filter((m) => m.kind === 'field');

describe('Storybook docs table from custom-elements.json', () => {
  for (const tag of TAGS) {
    describe(tag, () => {
      it('has a described row, named as a page writes it, for every public attribute and property', () => {
        const d = declarationOf(manifest, tag)!;
        const public_ = fieldsOf(tag).filter(isPublic);
        expect(public_.length).to.be.greaterThan(5);
        for (const m of public_) {
          const row = rows(tag)[m.name];
          expect(row, m.name).to.exist;
          expect(row!.description?.trim(), `${m.name} described`).to.not.equal('');
          expect(row!.name, `${m.name} named by its attribute`).to.equal(m.attribute ?? m.name);
          expect(row!.table?.category).to.equal(m.attribute ? CATEGORIES.attributes : CATEGORIES.properties);
        }
        for (const a of d.attributes ?? []) {
          expect(Object.values(rows(tag)).some((r) => r.name === a.name && r.table?.category === CATEGORIES.attributes), `attribute ${a.name}`).to.equal(true);
        }
      });

      it('has a described row for every event, method, CSS part and CSS custom property', () => {
        const d = declarationOf(manifest, tag)!;
        const r = rows(tag);
        const check = (key: string, category: string) => {
          expect(r[key], key).to.exist;
          expect(r[key]!.description?.trim(), `${key} described`).to.not.equal('');
          expect(r[key]!.table?.category, key).to.equal(category);
        };
        expect(d.events?.length, 'events').to.be.greaterThan(0);
        for (const e of d.events ?? []) check(`${e.name}-event`, CATEGORIES.events);
        for (const m of (d.members ?? []).filter((x) => x.kind === 'method' && isPublic(x))) check(`${m.name}-method`, CATEGORIES.methods);
        expect(d.cssParts?.length, 'parts').to.be.greaterThan(3);
        for (const p of d.cssParts ?? []) check(`${p.name}-part`, CATEGORIES.parts);
        expect(d.cssProperties?.length, 'custom properties').to.be.greaterThan(5);
        for (const p of d.cssProperties ?? []) {
          check(p.name, CATEGORIES.cssProperties);
          if (p.default) expect(r[p.name]!.table?.defaultValue?.summary, `${p.name} default`).to.equal(p.default);
        }
        // The shared judgment colours are listed on every element.
        for (const name of ['--pi-success', '--pi-warning', '--pi-error', '--pi-neutral', '--pi-surface', '--pi-text']) expect(r[name], name).to.exist;
      });

      it('lists no private state and no Lit internals', () => {
        const r = rows(tag);
        const privateFields = fieldsOf(tag).filter((m) => !isPublic(m));
        expect(privateFields.length, 'the manifest does list private fields').to.be.greaterThan(0);
        for (const m of privateFields) expect(r[m.name], `private ${m.name}`).to.equal(undefined);
        for (const key of Object.keys(r)) expect(key, 'no _name').to.not.match(/^_|^#/);
        for (const internal of ['renderOptions', 'renderRoot', 'isUpdatePending', 'hasUpdated', 'updateComplete', 'shadowRootOptions', 'styles', 'properties'])
          expect(r[internal], internal).to.equal(undefined);
      });

      it('gives typed controls: a select for each enumeration, number, boolean, text, object', () => {
        const r = rows(tag);
        for (const m of fieldsOf(tag).filter(isPublic)) {
          const row = r[m.name]!;
          const type = (m.type?.text ?? '').replace(/\s*\|\s*undefined/g, '');
          const literals = type.split('|').map((t) => t.trim());
          const control = row.control === false ? 'none' : row.control?.type;
          if (literals.length > 1 && literals.every((t) => /^'.*'$/.test(t))) {
            expect(control, m.name).to.equal('select');
            expect(row.options, m.name).to.deep.equal(literals.map((t) => t.slice(1, -1)));
          } else if (ENUMERATIONS[m.name]) {
            expect(control, m.name).to.equal('select');
            expect(row.options, m.name).to.deep.equal([...ENUMERATIONS[m.name]!]);
          } else if (type === 'number') expect(control, m.name).to.equal('number');
          else if (type === 'boolean') expect(control, m.name).to.equal('boolean');
          else if (type === 'string') expect(control, m.name).to.equal('text');
          else expect(control, `${m.name}: ${type}`).to.equal('object');
        }
        for (const [key, row] of Object.entries(r)) if (/-(event|part|method)$/.test(key)) expect(row.control, key).to.equal(false);
      });
    });
  }

  it('offers selects for layout, language, year style, judgment scheme, sort and filter, with the values the code accepts', () => {
    const badge = rows('achievement-badge');
    const table = rows('policy-indicator-table');
    const chart = rows('target-trend-chart');
    expect(table.layout!.options).to.deep.equal([...TABLE_LAYOUTS]);
    expect(table.yearStyle!.options).to.deep.equal([...FISCAL_YEAR_STYLES]);
    expect(chart.yearStyle!.options).to.deep.equal([...FISCAL_YEAR_STYLES]);
    for (const r of [badge, table, chart]) {
      expect(r.lang!.options).to.deep.equal([...LOCALES]);
      expect(r.format!.options).to.deep.equal([...DATA_FORMATS]);
    }
    expect(badge.scheme!.options).to.deep.equal(['three-tier', 'given-grade', 'none']);
    expect(badge.direction!.options).to.deep.equal([...DIRECTIONS]);
    expect(badge.method!.options).to.deep.equal([...RATE_METHODS]);
    expect(badge.rounding!.options).to.deep.equal([...ROUNDING_MODES]);
    expect(badge.size!.options).to.deep.equal([...BADGE_SIZES]);
    expect(table.sort!.options).to.deep.equal(SORT_KEYS.flatMap((k) => [k, `${k}-desc`]));
    expect(table.filter!.options).to.include.members(['achieved', 'not-achieved', 'tallying', 'A', 'D']);
    expect(table.data!.control).to.deep.equal({ type: 'object' });
    expect(chart.indicator!.control).to.deep.equal({ type: 'object' });
    expect(chart.showTable!.control).to.deep.equal({ type: 'boolean' });
    expect(chart.height!.control).to.deep.equal({ type: 'number' });
  });
});

/** A value for a control that differs from the element's default. */
function sample(row: Row, fallbackDefault: string | undefined): unknown {
  const control = row.control === false ? undefined : row.control?.type;
  if (control === 'select') return row.options!.find((o) => `'${o}'` !== fallbackDefault && o !== fallbackDefault) ?? row.options![0];
  if (control === 'number') return 1234;
  if (control === 'boolean') return true;
  if (control === 'object') return { sample: true };
  return 'sample-text';
}

type Render = (args: Record<string, unknown>) => TemplateResult;
const metas: [string, { render: Render }][] = [
  ['achievement-badge', badgeStories.default as unknown as { render: Render }],
  ['policy-indicator-table', tableStories.default as unknown as { render: Render }],
  ['target-trend-chart', chartStories.default as unknown as { render: Render }],
];

describe('every control reaches the element (the stories render every public attribute and property)', () => {
  for (const [tag, meta] of metas) {
    it(tag, async () => {
      const args: Record<string, unknown> = {};
      const fields = fieldsOf(tag).filter(isPublic);
      for (const m of fields) args[m.name] = sample(rows(tag)[m.name]!, m.default);
      const container = document.createElement('div');
      document.body.append(container);
      try {
        render(meta.render(args), container);
        const el = container.querySelector(tag) as unknown as Record<string, unknown>;
        expect(el, tag).to.exist;
        for (const m of fields) expect(el[m.name], m.name).to.deep.equal(args[m.name]);
      } finally {
        container.remove();
      }
    });
  }
});

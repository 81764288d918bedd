/**
 * Storybook argTypes (the docs table and the controls) from custom-elements.json: one row per
 * public attribute or property, event, method, CSS part and CSS custom property, each with the
 * description written in the element's JSDoc. Private state never gets a row.
 *
 * Controls follow the types: a select for every enumeration, text for strings, number for
 * numbers, boolean for booleans, object for data given as objects. Enumerations are read from the
 * manifest's literal unions ('auto' | 'summary' | 'series'); where the manifest only says
 * `string`, the values come from the same `as const` arrays the code uses.
 */
import type { ArgTypes, InputType } from 'storybook/internal/types';
import { SCHEMES } from '../src/core/judgment.js';
import { LOCALES } from '../src/core/localize.js';
import { SORT_KEYS } from '../src/view/table-model.js';

interface CemType {
  text: string;
}
interface CemMember {
  kind: 'field' | 'method';
  name: string;
  type?: CemType;
  default?: string;
  description?: string;
  attribute?: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  parameters?: { name: string; type?: CemType; optional?: boolean }[];
  return?: { type?: CemType };
}
interface CemNamed {
  name: string;
  description?: string;
  default?: string;
  type?: CemType;
}
export interface CemDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  summary?: string;
  members?: CemMember[];
  attributes?: (CemNamed & { fieldName?: string })[];
  events?: CemNamed[];
  cssParts?: CemNamed[];
  cssProperties?: (CemNamed & { syntax?: string })[];
  slots?: CemNamed[];
}
export interface CustomElementsManifest {
  modules: { path: string; declarations?: CemDeclaration[] }[];
}

/** Values of attributes whose manifest type is a plain `string`, taken from the code's own lists. */
export const ENUMERATIONS: Record<string, readonly string[]> = {
  /** Any BCP 47 tag works; the elements speak these two (`ja` also for no tag at all). */
  lang: LOCALES,
  /** The schemes known by name; a custom scale is set as an object through the property. */
  scheme: Object.keys(SCHEMES),
  /** `rate`, `rate-desc` … */
  sort: SORT_KEYS.flatMap((key) => [key, `${key}-desc`]),
  /** The summary lines of the named schemes (a custom scale filters by its own tier ids). */
  filter: [
    ...new Set(
      Object.values(SCHEMES).flatMap((s) => s.summary?.map((line) => line.id) ?? [...s.tiers, ...(s.tallying ? [s.tallying] : [])].map((t) => t.id)),
    ),
  ],
};

/** The declaration of a custom element by its tag name. */
export function declarationOf(manifest: CustomElementsManifest, tagName: string): CemDeclaration | undefined {
  for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.customElement && d.tagName === tagName) return d;
  return undefined;
}

/** Public API only: no `private`/`protected`, no statics, no `_`/`#` names, nothing tagged `@internal`. */
export function isPublic(m: { name: string; privacy?: string; static?: boolean; description?: string }): boolean {
  return m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && !/^[_#]/.test(m.name) && !/@internal\b/.test(m.description ?? '');
}

/** The alternatives of a union type, without `undefined` and `null`. */
const alternatives = (type: string | undefined) =>
  (type ?? '')
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t && t !== 'undefined' && t !== 'null');

const unquote = (s: string) => s.replace(/^(['"])(.*)\1$/, '$2');

/** The values of an enumeration: a union of string literals in the manifest, else a known list. */
export function optionsOf(member: { name: string; type?: CemType }): readonly string[] | null {
  const alts = alternatives(member.type?.text);
  if (alts.length > 1 && alts.every((t) => /^(['"]).*\1$/.test(t))) return alts.map(unquote);
  return ENUMERATIONS[member.name] ?? null;
}

export type ControlType = 'select' | 'text' | 'number' | 'boolean' | 'object';

/** The control for a public field. */
export function controlOf(member: CemMember): ControlType {
  if (optionsOf(member)) return 'select';
  const alts = alternatives(member.type?.text);
  if (alts.length === 1 && alts[0] === 'boolean') return 'boolean';
  if (alts.length === 1 && alts[0] === 'number') return 'number';
  if (alts.length === 1 && alts[0] === 'string') return 'text';
  // Objects and arrays are properties only (`attribute: false`); what has an attribute is text.
  return member.attribute ? 'text' : 'object';
}

const SB_TYPE: Record<ControlType, InputType['type']> = {
  select: undefined,
  text: { name: 'string' },
  number: { name: 'number' },
  boolean: { name: 'boolean' },
  object: { name: 'object', value: {} },
};

/** A colour control for custom properties that hold colours (by default value or by name). */
const isColour = (p: CemNamed) => /#[0-9a-f]{3,8}\b|light-dark\(|rgb|-colou?r$/i.test(`${p.default ?? ''} ${p.name}`);

/** Categories of the docs table, in this order. */
export const CATEGORIES = {
  attributes: 'attributes',
  properties: 'properties (JavaScript only)',
  events: 'events',
  methods: 'methods',
  parts: 'css shadow parts',
  cssProperties: 'css custom properties',
  slots: 'slots',
} as const;

/**
 * The argTypes of an element. Keys of attributes and properties are the property names (the args
 * a story's render binds: `fiscalYear`), rows are named by the attribute a page writes (`fiscal-year`).
 * Custom properties are keyed by their name (`--pi-success`) and applied by the preview's decorator.
 */
export function argTypesFor(manifest: CustomElementsManifest, tagName: string): ArgTypes {
  const d = declarationOf(manifest, tagName);
  if (!d) return {};
  const out: ArgTypes = {};
  const fields = (d.members ?? []).filter((m) => m.kind === 'field' && isPublic(m));
  // Attributes first (what a page writes), then the JavaScript-only properties; each in source order.
  fields.sort((a, b) => Number(!a.attribute) - Number(!b.attribute));

  for (const m of fields) {
    const control = controlOf(m);
    const options = optionsOf(m);
    const attribute = m.attribute ?? d.attributes?.find((a) => a.fieldName === m.name)?.name;
    const also = attribute && attribute !== m.name ? `\n\nProperty: \`${m.name}\`.` : '';
    out[m.name] = {
      name: attribute ?? m.name,
      description: (m.description ?? '') + also,
      control: m.readonly ? false : { type: control },
      ...(options ? { options: [...options] } : {}),
      type: options ? { name: 'enum', value: [...options] } : SB_TYPE[control],
      table: {
        category: attribute ? CATEGORIES.attributes : CATEGORIES.properties,
        type: { summary: m.type?.text ?? '' },
        defaultValue: m.default !== undefined ? { summary: unquote(m.default) } : undefined,
      },
    };
  }
  // An attribute the manifest lists without a field (none today) still gets its row.
  for (const a of d.attributes ?? []) {
    if (a.fieldName && fields.some((m) => m.name === a.fieldName)) continue;
    if (!isPublic(a)) continue;
    out[a.name] = {
      name: a.name,
      description: a.description ?? '',
      control: { type: 'text' },
      table: { category: CATEGORIES.attributes, type: { summary: a.type?.text ?? 'string' } },
    };
  }
  for (const e of d.events ?? []) {
    out[`${e.name}-event`] = {
      name: e.name,
      description: e.description ?? '',
      control: false,
      table: { category: CATEGORIES.events, type: { summary: e.type?.text ?? 'Event' } },
    };
  }
  for (const m of (d.members ?? []).filter((x) => x.kind === 'method' && isPublic(x))) {
    const params = (m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`).join(', ');
    out[`${m.name}-method`] = {
      name: `${m.name}()`,
      description: m.description ?? '',
      control: false,
      table: { category: CATEGORIES.methods, type: { summary: `(${params}) => ${m.return?.type?.text ?? 'void'}` } },
    };
  }
  for (const p of d.cssParts ?? []) {
    out[`${p.name}-part`] = {
      name: p.name,
      description: p.description ?? '',
      control: false,
      table: { category: CATEGORIES.parts, type: { summary: `${tagName}::part(${p.name})` } },
    };
  }
  for (const p of d.cssProperties ?? []) {
    out[p.name] = {
      name: p.name,
      description: p.description ?? '',
      control: { type: isColour(p) ? 'color' : 'text' },
      type: { name: 'string' },
      table: {
        category: CATEGORIES.cssProperties,
        type: { summary: p.syntax ?? p.type?.text ?? (isColour(p) ? '<color>' : 'CSS value') },
        defaultValue: p.default !== undefined ? { summary: p.default } : undefined,
      },
    };
  }
  for (const s of d.slots ?? []) {
    out[`${s.name || 'default'}-slot`] = {
      name: s.name || 'default',
      description: s.description ?? '',
      control: false,
      table: { category: CATEGORIES.slots },
    };
  }
  return out;
}

/** Names of the custom properties documented for an element (what the preview's decorator may set). */
export function cssPropertyNames(manifest: CustomElementsManifest, tagName: string): string[] {
  return (declarationOf(manifest, tagName)?.cssProperties ?? []).map((p) => p.name);
}

/** Names of the events an element fires (logged in the Actions panel). */
export function eventNames(manifest: CustomElementsManifest, tagName: string): string[] {
  return (declarationOf(manifest, tagName)?.events ?? []).map((e) => e.name);
}

/**
 * What the property tests feed the library: hostile strings and numbers, values JSON cannot hold,
 * and mutations of the real datasets in data/ (replace, remove, duplicate, retype, rename a field,
 * inject a string), each printed readably when fast-check reports a counterexample.
 */
import fc from 'fast-check';
import { CSV_COLUMNS } from '../../src/core/csv.js';

import { DATASETS, type DatasetName } from '../helpers/datasets.js';

export { DATASETS, type DatasetName };

const raw = new Map<string, unknown>();

/** Fetches every dataset once; `pristine(name)` then gives a fresh copy synchronously. */
export async function loadDatasets(): Promise<void> {
  await Promise.all(
    DATASETS.map(async (name) => {
      if (!raw.has(name)) raw.set(name, await (await fetch(new URL(`../../data/${name}.json`, import.meta.url))).json());
    }),
  );
}

export function pristine(name: DatasetName): Record<string, unknown> {
  const json = raw.get(name);
  if (!json) throw new Error(`loadDatasets() first (${name})`);
  return structuredClone(json) as Record<string, unknown>;
}

// ---- hostile values ------------------------------------------------------------------------

/** Each sets `window.__pwned` if it ever runs as script (alert is trapped to do the same). */
export const XSS_STRINGS = [
  '</script><img src=x onerror=alert(1)>',
  '<img src=x onerror="window.__pwned=true">',
  '<svg onload="window.__pwned=true"></svg>',
  '"><script>window.__pwned=true</script>',
  `'><iframe srcdoc="<script>parent.__pwned=true</script>"></iframe>`,
  'javascript:window.__pwned=true',
  '${window.__pwned=true}',
  '<style>*{display:none!important}</style>',
  '<!--',
];

const digits300 = '9'.repeat(300);

/** Decimal strings whose exponent asks for a number of a billion digits. */
export const EXPONENT_BOMBS = ['1e999999999', '1e-999999999', '1e100000000', '-1e-100000000'];

export const HOSTILE_STRINGS = [
  ...XSS_STRINGS,
  '\u202E', '\u202Eabc\u202C', 'ABC\u202E123', '\u200B', '\uFEFF', '\u0000', '\uD800', '𠮷野家', '🎌',
  digits300, `-${digits300}`, `1${'0'.repeat(299)}`, `0.${'0'.repeat(299)}1`, `${digits300}件`,
  '1e-101', '1e+101', ...EXPONENT_BOMBS, '1e308', '9007199254740993',
  '１２３', '３，５５０件', '１２．５％', '集計中', '—', '－', 'ー', '3,550人', '3,550件', '3,55', '1,2,3', '▲5', '△0.5',
  '1.0%未満', '80%以上', '30店超', '10%以下', '1,389千人（見込み）', '速報値 52.1%', '0（令和9年度以降）',
  '継続実施', '延伸', '令和元年度', '令和6年度', 'R6', 'H27', 'FY2024', '2024年度', '平成99年度',
  '', ' ', '\t\n', 'NaN', 'Infinity', '-Infinity', 'null', 'undefined', 'true', '[]', '{}',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf',
  '%', '100%', '-0', '+0', '0x10', '1_000', '١٢٣', '٣٫٥', '1.', '.5', '5.', '-', '+', '1e', 'e5',
  'あ'.repeat(5000), 'a'.repeat(100000),
];

export const HOSTILE_NUMBERS = [
  NaN, Infinity, -Infinity, -0, 0, 1, -1, 1e308, -1e308, 5e-324, 1e-101, 1e21, 2 ** 53 + 2, 0.1 + 0.2,
  2024, 2024.5, -2024, 1899, 2201, 0.5, 99.95, 79.95, 1e9,
];

export const hostileString = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 1 },
);

export const hostileNumber = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_NUMBERS), weight: 3 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.integer(), weight: 1 },
);

/** A cell as a value object, with any of its fields hostile. */
const valueObject = fc.record(
  {
    value: fc.oneof(hostileString, hostileNumber),
    status: fc.constantFrom('value', 'tallying', 'not-surveyed', 'not-applicable', 'text', 'invalid', 'x', '__proto__'),
    note: hostileString,
    text: hostileString,
    raw: fc.oneof(hostileString, hostileNumber),
    decimal: hostileString,
    decimals: fc.oneof(fc.integer({ min: -5, max: 20 }), hostileNumber),
    comparator: fc.constantFrom('lt', 'le', 'ge', 'gt', 'eq', '__proto__'),
    qualifier: fc.constantFrom('estimate', 'preliminary', 'final', 'x'),
    since: fc.oneof(fc.integer({ min: 1800, max: 2300 }), hostileString),
  },
  { requiredKeys: [] },
);

/** Replacement values a JSON document can hold (NaN and ±Infinity only reach elements by property). */
export const jsonReplacement: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 5 },
  { arbitrary: hostileNumber, weight: 3 },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 2 },
  { arbitrary: valueObject, weight: 2 },
  { arbitrary: fc.constantFrom(null, true, false, [], {}), weight: 1 },
);

/** A marker replaced, when a mutation is applied, by a reference to the document itself. */
export const CYCLE = Symbol.for('fuzz.cycle');

class Opaque {
  field = 1;
}

/** Values no JSON document can hold: BigInt, symbols, functions, undefined, cycles, null prototypes … */
export const NON_JSON_VALUES: readonly (() => unknown)[] = [
  () => 1n,
  () => 10n ** 300n,
  () => -1n,
  () => Symbol('fuzz'),
  () => () => 0,
  () => undefined,
  () => NaN,
  () => Infinity,
  () => new Date(NaN),
  () => new Map([[2024, 1]]),
  () => new Set([2024]),
  () => Object.create(null),
  () => Object.assign(Object.create(null), { value: 1, status: 'value' }),
  () => [, 1, , 2], // eslint-disable-line no-sparse-arrays
  () => new Uint8Array([1, 2]),
  () => new Number(5), // eslint-disable-line no-new-wrappers
  () => new String('3,550'), // eslint-disable-line no-new-wrappers
  () => new Opaque(),
  () => ({ toString: null, valueOf: null }),
  () => CYCLE,
];

export const nonJsonReplacement: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: NON_JSON_VALUES.length - 1 }).map((i) => NON_JSON_VALUES[i]!()), weight: 3 },
  {
    arbitrary: fc.anything({
      withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true,
      withTypedArray: true, withSparseArray: true, withBoxedValues: true, maxDepth: 2,
    }),
    weight: 2,
  },
  { arbitrary: jsonReplacement, weight: 1 },
);

// ---- CSV ------------------------------------------------------------------------------------

const ALIASES = Object.values(CSV_COLUMNS).flat();
const CSV_WORDS = [
  'a01', 'a02', '__proto__', '2024', '令和6年度', 'R6', 'FY2024', '2024年度', '元年度', '令和元年度', '増加', '減少', '維持', '↑', '↓',
  '成果指標', '活動指標', '強い経営基盤 > 産業振興', 'A＞B＞C', '>', ' > ', '3,550件', '45.0%', '集計中', '—', '継続実施', '1.0%未満',
  '四捨五入', '切り捨て', '2', '7', '-1', '達成率', '進捗率', '目標値', '期待値', '最終目標値', 'A', 'D', '累計', '○', '2021、2026',
  '達成・概ね達成・未達成', 'A〜D', 'なし',
];
const csvCell = fc.oneof(
  { arbitrary: fc.constantFrom(...CSV_WORDS), weight: 4 },
  { arbitrary: hostileString.filter((s) => s.length < 2000), weight: 2 },
  { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
);
const quote = (cell: string, force: boolean) => (force || /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
/** CSV text in the long format: known and unknown headers, hostile cells, any quoting and line ends. */
export const csvText = fc
  .record({
    header: fc.array(fc.oneof({ arbitrary: fc.constantFrom(...ALIASES), weight: 5 }, { arbitrary: fc.constantFrom('x-memo', '#', '', '実績値（確定）', '指標ＩＤ', ' Fiscal Year '), weight: 1 }, { arbitrary: hostileString.filter((s) => s.length < 200), weight: 1 }), { minLength: 1, maxLength: 10 }),
    rows: fc.array(fc.array(fc.tuple(csvCell, fc.boolean()), { maxLength: 12 }), { maxLength: 12 }),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
  })
  .map(({ header, rows, eol, bom }) =>
    (bom ? '\uFEFF' : '') + [header.map((h) => quote(h, false)), ...rows.map((r) => r.map(([c, q]) => quote(c, q)))].map((r) => r.join(',')).join(eol),
  );

// ---- mutations of a document ----------------------------------------------------------------

type Key = string | number;

/** A location in a document, written `indicators[3].targets.2024`. */
export function pathText(path: readonly Key[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('') || '$';
}

/** Every location in a JSON document (objects, arrays and leaves), in document order. */
export function allPaths(json: unknown, max = 20000): Key[][] {
  const out: Key[][] = [];
  const walk = (v: unknown, path: Key[]) => {
    if (out.length >= max) return;
    if (path.length) out.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(json, []);
  return out;
}

/** How `retype` changes a value. */
export const RETYPES = [
  'to-string', 'to-number', 'wrap-in-array', 'wrap-in-object', 'array<->object', 'to-null', 'to-true', 'full-width', 'empty-string',
] as const;

export type Mutation =
  | { op: 'replace'; at: string; value: unknown }
  | { op: 'remove'; at: string }
  | { op: 'duplicate'; at: string }
  | { op: 'retype'; at: string; how: (typeof RETYPES)[number] }
  | { op: 'rename'; at: string; key: string }
  | { op: 'inject'; at: string; text: string; where: 'prefix' | 'suffix' | 'whole' };

const RENAME_KEYS = ['__proto__', 'constructor', 'toString', '2024', '２０２４', 'R6', '令和6年度', '1899', '2201', '0', '', ' ', 'x-note', '$comment', 'unknownField', '2024.5', '-2024'];

/**
 * Mutations of a document whose locations are `paths` (from `allPaths`). `replacement` makes the
 * new values: JSON only, or with values JSON cannot hold.
 */
export function mutations(paths: readonly string[], replacement: fc.Arbitrary<unknown>, maxLength = 4): fc.Arbitrary<Mutation[]> {
  const at = fc.constantFrom(...paths);
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { arbitrary: fc.record({ op: fc.constant('replace' as const), at, value: replacement }), weight: 4 },
    { arbitrary: fc.record({ op: fc.constant('remove' as const), at }), weight: 2 },
    { arbitrary: fc.record({ op: fc.constant('duplicate' as const), at }), weight: 1 },
    { arbitrary: fc.record({ op: fc.constant('retype' as const), at, how: fc.constantFrom(...RETYPES) }), weight: 2 },
    { arbitrary: fc.record({ op: fc.constant('rename' as const), at, key: fc.oneof(fc.constantFrom(...RENAME_KEYS), hostileString) }), weight: 1 },
    {
      arbitrary: fc.record({ op: fc.constant('inject' as const), at, text: hostileString, where: fc.constantFrom('prefix' as const, 'suffix' as const, 'whole' as const) }),
      weight: 3,
    },
  );
  return fc.array(mutation, { minLength: 1, maxLength });
}

/** Parses `indicators[3].targets.2024` back into keys. */
function parsePath(text: string): Key[] {
  const keys: Key[] = [];
  const re = /\[(\d+)\]|\.?([^.[]+)/g;
  for (const m of text.matchAll(re)) keys.push(m[1] !== undefined ? Number(m[1]) : m[2]!);
  return keys;
}

/** Sets an own property, even one named `__proto__` (as JSON.parse makes it). */
function setOwn(target: Record<Key, unknown>, key: Key, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

const toFullWidth = (s: string) => s.replace(/[0-9.,%+-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

function retype(value: unknown, how: (typeof RETYPES)[number]): unknown {
  switch (how) {
    case 'to-string': return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
    case 'to-number': return typeof value === 'object' && value !== null ? Object.keys(value).length : Number(value);
    case 'wrap-in-array': return [value];
    case 'wrap-in-object': return { value };
    case 'array<->object': return Array.isArray(value) ? Object.assign({}, value) : value && typeof value === 'object' ? Object.values(value) : { [String(value)]: value };
    case 'to-null': return null;
    case 'to-true': return true;
    case 'full-width': return toFullWidth(typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value));
    case 'empty-string': return '';
  }
}

/** The document with the mutations applied in order (a mutation whose location is gone is skipped). */
export function applyMutations(doc: Record<string, unknown>, list: readonly Mutation[]): Record<string, unknown> {
  for (const m of list) {
    const keys = parsePath(m.at);
    const key = keys.pop()!;
    let parent: unknown = doc;
    for (const k of keys) parent = parent && typeof parent === 'object' ? (parent as Record<Key, unknown>)[k] : undefined;
    if (!parent || typeof parent !== 'object' || !Object.prototype.hasOwnProperty.call(parent, key)) continue;
    const p = parent as Record<Key, unknown>;
    const current = p[key];
    const put = (v: unknown) => setOwn(p, key, v === CYCLE ? doc : v);
    switch (m.op) {
      case 'replace': put(m.value); break;
      case 'remove':
        if (Array.isArray(p)) p.splice(Number(key), 1);
        else delete p[key];
        break;
      case 'duplicate':
        if (Array.isArray(p)) p.splice(Number(key), 0, copy(current));
        else setOwn(p, variantKey(String(key)), copy(current));
        break;
      case 'retype': put(retype(current, m.how)); break;
      case 'rename':
        if (Array.isArray(p)) put(undefined);
        else {
          delete p[key];
          setOwn(p, m.key, current);
        }
        break;
      case 'inject':
        put(typeof current === 'string' ? (m.where === 'prefix' ? m.text + current : m.where === 'suffix' ? current + m.text : m.text) : m.text);
        break;
    }
  }
  return doc;
}

function copy(v: unknown): unknown {
  try {
    return structuredClone(v);
  } catch {
    return v;
  }
}

/** A key that a spreadsheet would read as the same field or year: full-width, padded, with a space. */
function variantKey(key: string): string {
  const full = toFullWidth(key);
  return full !== key ? full : `${key} `;
}

// ---- extremes ------------------------------------------------------------------------------

/** `{ "value": { "value": … 42 } }`, `depth` levels deep. */
export function nestedValue(depth: number, leaf: unknown = 42, key = 'value'): unknown {
  let v: unknown = leaf;
  for (let i = 0; i < depth; i++) v = { [key]: v };
  return v;
}

/** `[[[… ]]]`, `depth` levels deep. */
export function nestedArray(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** A hierarchy of `depth` groups, each the only child of the one above; the deepest lists `indicatorId`. */
export function nestedGroups(depth: number, indicatorId: string): unknown[] {
  let g: Record<string, unknown> = { id: `g${depth}`, name: `施策${depth}`, indicators: [indicatorId] };
  for (let i = depth - 1; i >= 1; i--) g = { id: `g${i}`, name: `施策${i}`, children: [g] };
  return [g];
}

/** A valid document of `count` indicators with `years` years each. */
export function hugeDocument(count: number, years: number): Record<string, unknown> {
  const indicators = Array.from({ length: count }, (_, i) => {
    const targets: Record<string, unknown> = {};
    const actuals: Record<string, unknown> = {};
    for (let y = 0; y < years; y++) {
      targets[2000 + y] = `${(i + 1) * 100 + y},000件`;
      actuals[2000 + y] = (i + 1) * 97 + y * 3;
    }
    return { id: `i${i}`, no: i + 1, name: `指標${i}`, unit: '件', direction: i % 3 ? 'increase' : 'decrease', targets, actuals, reasons: { 2010: '理由'.repeat(20) } };
  });
  const groups = Array.from({ length: Math.ceil(count / 10) }, (_, g) => ({
    id: `g${g}`, name: `施策${g}`, indicators: indicators.slice(g * 10, g * 10 + 10).map((i) => i.id),
  }));
  return { plan: { title: '大きな計画', publisher: 'テスト市', reportedYear: 2000 + Math.floor(years / 2), period: { start: 2000, end: 2000 + years - 1 } }, indicators, groups };
}

// ---- checks --------------------------------------------------------------------------------

/**
 * The first place where `value` is not plain JSON (NaN, a BigInt, a cycle, a hole, a Map …), or
 * null; `skipKey` fields are not looked into. Iterative, so a 10,000-level document cannot overflow it.
 */
export function notJson(value: unknown, path = '$', skipKey?: string): string | null {
  const ancestors = new Set<object>();
  const stack: ({ value: unknown; path: string } | { leave: object })[] = [{ value, path }];
  while (stack.length) {
    const frame = stack.pop()!;
    if ('leave' in frame) {
      ancestors.delete(frame.leave);
      continue;
    }
    const { value: v, path: p } = frame;
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue;
    if (typeof v === 'number') {
      if (Number.isFinite(v)) continue;
      return `${p} is ${v}`;
    }
    if (typeof v !== 'object') return `${p} is ${typeof v === 'bigint' ? 'a BigInt' : typeof v}`;
    if (ancestors.has(v)) return `${p} is a cycle`;
    const proto = Object.getPrototypeOf(v);
    if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) return `${p} is a ${(v as object).constructor?.name ?? 'non-plain object'}`;
    ancestors.add(v);
    stack.push({ leave: v });
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) {
        if (!(i in v)) return `${p}[${i}] is a hole`;
        stack.push({ value: v[i], path: `${p}[${i}]` });
      }
    } else {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, x] = entries[i]!;
        if (x === undefined || k === skipKey) continue; // JSON.stringify leaves an absent field out
        stack.push({ value: x, path: `${p}.${k}` });
      }
    }
  }
  return null;
}

/** Records the slowest call of each function and fails a call slower than `limitMs`. */
export class Timings {
  private slowest = new Map<string, { ms: number; input: string }>();

  constructor(readonly limitMs: number) {}

  time<T>(name: string, describeInput: () => string, fn: () => T): T {
    const start = performance.now();
    const result = fn();
    const ms = performance.now() - start;
    const known = this.slowest.get(name);
    if (!known || ms > known.ms) this.slowest.set(name, { ms, input: describeInput().slice(0, 160) });
    if (ms > this.limitMs) throw new Error(`${name} took ${ms.toFixed(0)} ms (limit ${this.limitMs} ms) on ${describeInput().slice(0, 300)}`);
    return result;
  }

  report(): string {
    return [...this.slowest].map(([name, { ms, input }]) => `  ${name}: slowest ${ms.toFixed(1)} ms (${input})`).join('\n');
  }
}

/** A short description of any value for a failure message (never throws, even for a cycle or a BigInt). */
export function preview(value: unknown, max = 300): string {
  const seen = new WeakSet<object>();
  try {
    const text = JSON.stringify(value, (_k, v: unknown) => {
      if (typeof v === 'bigint') return `${v}n`;
      if (typeof v === 'symbol' || typeof v === 'function') return String(v);
      if (v === undefined) return 'undefined';
      if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
      if (v && typeof v === 'object') {
        if (seen.has(v)) return '[cycle]';
        seen.add(v);
      }
      return v;
    });
    return (text ?? String(value)).slice(0, max);
  } catch (e) {
    return `[undescribable: ${(e as Error).message}]`;
  }
}

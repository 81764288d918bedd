import { LIMITS, inspectJson, showValue } from './json-shape.js';
import { ROUNDING_MODES, toFraction, compareFractions, type RoundingMode } from './decimal.js';
import { JUDGMENT_SHAPES, JUDGMENT_TONES, resolveScheme, type JudgmentScheme, type JudgmentTier } from './judgment.js';
import { localize, type LocalizedText } from './localize.js';
import { parseValue, type ValueContext } from './parse-value.js';
import { COMPARATORS, DIRECTIONS, RATE_METHODS, type Direction } from './rate.js';
import {
  BASES,
  INDICATOR_KINDS,
  PROJECT_ROLES,
  QUALIFIERS,
  TEXT_KINDS,
  type Baseline,
  type Dataset,
  type EvaluationSettings,
  type Group,
  type Indicator,
  type Level,
  type NarrativeText,
  type PlanInfo,
  type Problem,
  type ProblemCode,
  type Project,
  type Series,
  type Value,
  type YearValues,
} from './types.js';

export interface ValidationResult {
  /** True when there is no problem of severity `error`. */
  valid: boolean;
  /** Every problem found, in document order. */
  problems: Problem[];
  /**
   * The normalised dataset, or null when the document is unusable (not an object, no plan).
   * Unreadable values are kept as `invalid`, so a table can show them where they are.
   */
  dataset: Dataset | null;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = showValue;

class Reader {
  problems: Problem[] = [];
  indicatorId?: string;

  report(path: string, code: ProblemCode, expected: string, got: unknown, extra: Partial<Problem> = {}): void {
    const severity = extra.severity ?? (code === 'unknown-field' ? 'warning' : 'error');
    const gotText = got === undefined && code === 'required' ? undefined : show(got);
    this.problems.push({
      path,
      severity,
      code,
      expected,
      ...(gotText !== undefined && { got: gotText }),
      ...(this.indicatorId !== undefined && { indicatorId: this.indicatorId }),
      ...extra,
      message: `${path}: expected ${expected}${gotText !== undefined ? `, got ${gotText}` : ''}`,
    });
  }

  fields(obj: Obj, path: string, known: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (!known.includes(key) && !key.startsWith('$') && !key.startsWith('x-')) {
        this.report(`${path}.${key}`, 'unknown-field', `one of the fields ${known.join(', ')}`, key);
      }
    }
  }

  text(v: unknown, path: string, required: true): LocalizedText;
  text(v: unknown, path: string, required?: false): LocalizedText | undefined;
  text(v: unknown, path: string, required = false): LocalizedText | undefined {
    if (v === undefined && !required) return undefined;
    if (typeof v === 'string' && (v.trim() || !required)) return v;
    if (isObj(v) && typeof v.ja === 'string' && (v.en === undefined || typeof v.en === 'string')) {
      return v.en === undefined ? { ja: v.ja } : { ja: v.ja, en: v.en };
    }
    this.report(path, v === undefined ? 'required' : 'wrong-type', 'a text (a string, or { "ja": ..., "en": ... })', v);
    return required ? '' : undefined;
  }

  texts(v: unknown, path: string): LocalizedText[] {
    if (v === undefined) return [];
    if (!Array.isArray(v)) return this.texts([v], path);
    return Array.from(v, (t, i) => this.text(t, `${path}[${i}]`, true));
  }

  id(v: unknown, path: string): string {
    if (typeof v === 'string' && v.trim()) return v;
    if (typeof v === 'number' && Number.isInteger(v)) return String(v);
    this.report(path, v === undefined ? 'required' : 'wrong-type', 'an id (a non-empty string)', v);
    return '';
  }

  year(v: unknown, path: string): number | undefined {
    if (v === undefined) return undefined;
    const n = typeof v === 'string' && /^\d{4}$/.test(v.trim()) ? Number(v) : v;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 1900 && n <= 2200) return n;
    this.report(path, 'bad-year', 'a fiscal year such as 2024', v);
    return undefined;
  }

  oneOf<T extends string>(v: unknown, path: string, allowed: readonly T[], fallback: T): T {
    if (v === undefined) return fallback;
    if (allowed.includes(v as T)) return v as T;
    this.report(path, 'wrong-type', `one of ${allowed.join(', ')}`, v);
    return fallback;
  }

  integer(v: unknown, path: string, min: number, max: number): number | undefined {
    if (v === undefined) return undefined;
    if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return v;
    this.report(path, 'wrong-type', `a whole number from ${min} to ${max}`, v);
    return undefined;
  }

  array(v: unknown, path: string): unknown[] {
    if (v === undefined) return [];
    // Array.from fills holes ([,]) with undefined, which the readers then report as they would any bad entry.
    if (Array.isArray(v)) return Array.from(v);
    this.report(path, 'wrong-type', 'a list', v);
    return [];
  }

  value(raw: unknown, path: string, context: ValueContext, field: string): Value | null {
    if (isObj(raw)) return this.valueObject(raw, path, context, field);
    const parsed = parseValue(raw, context);
    if (parsed?.error) {
      this.report(path, parsed.error.code, parsed.error.expected, raw, {
        field,
        ...(context.year !== undefined && { year: context.year }),
      });
    }
    return parsed?.value ?? null;
  }

  valueObject(raw: Obj, path: string, context: ValueContext, field: string): Value | null {
    // `decimal` and `raw` are what validate itself writes: a normalised dataset reads back as it
    // is, and an unreadable cell is read again from what it said, so its problem is reported again.
    if (raw.status === 'invalid') return this.value(raw.raw ?? null, path, context, field);
    this.fields(raw, path, ['value', 'status', 'note', 'decimals', 'decimal', 'raw', 'comparator', 'qualifier', 'since', 'text']);
    const given = raw.raw;
    const normalised = typeof raw.decimal === 'string';
    if (normalised) raw = { ...raw, value: raw.decimal };
    const statuses = ['value', 'tallying', 'not-surveyed', 'not-applicable', 'text'] as const;
    const status = raw.status === undefined ? undefined : this.oneOf(raw.status, `${path}.status`, statuses, 'value');
    let value: Value | null =
      raw.value === undefined ? null : this.value(raw.value, `${path}.value`, context, field);
    if (status === 'text' || (status === undefined && raw.value === undefined && typeof raw.text === 'string')) {
      const text = this.text(raw.text, `${path}.text`, true);
      value = { status: 'text', text: localize(text) };
    } else if (status && status !== 'value') {
      if (value?.status === 'value') {
        this.report(`${path}.value`, 'conflict', `no value with status "${status}"`, raw.value, { field });
      }
      value = { status };
    } else if (!value) {
      if (status === 'value') this.report(`${path}.value`, 'required', 'a number', raw.value, { field });
      if (raw.note === undefined) return null;
      value = { status: 'not-applicable' };

    }
    const note = this.text(raw.note, `${path}.note`);
    if (note !== undefined) value.note = localize(note);
    if (raw.comparator !== undefined) {
      const c = this.oneOf(raw.comparator, `${path}.comparator`, COMPARATORS, 'ge');
      if (value.status === 'value') value.comparator = c;
    }
    if (raw.qualifier !== undefined) value.qualifier = this.oneOf(raw.qualifier, `${path}.qualifier`, QUALIFIERS, 'estimate');
    if (raw.since !== undefined) {
      const since = this.year(raw.since, `${path}.since`);
      if (since !== undefined) value.since = since;
    }
    const decimals = this.integer(raw.decimals, `${path}.decimals`, 0, 10);
    if (decimals !== undefined) value.decimals = decimals;
    if (given !== undefined) value.raw = given;
    else if (normalised) delete value.raw;
    return value;
  }

  yearValues(raw: unknown, path: string, context: ValueContext, field: string): YearValues {
    const out: YearValues = {};
    if (raw === undefined) return out;
    if (!isObj(raw)) {
      this.report(path, 'wrong-type', 'values by fiscal year, e.g. { "2024": 3550 }', raw, { field });
      return out;
    }
    for (const [key, cell] of Object.entries(raw)) {
      const at = `${path}.${key}`;
      const year = this.year(key, at);
      if (year === undefined) continue;
      const v = this.value(cell, at, { ...context, year }, field);
      if (v) out[year] = v;
    }
    return out;
  }
}

/**
 * Checks a dataset document and normalises it: spreadsheet text ("3,550件", "45.0%", "１２",
 * "集計中", "—") becomes values where it is unambiguous; everything else is a located problem
 * (`indicators[3].targets.2024: expected a number in 件, got "3,550人"`). Never throws.
 */
export function validate(json: unknown): ValidationResult {
  const r = new Reader();
  if (typeof json === 'string') {
    try {
      json = JSON.parse(json);
    } catch (e) {
      r.report('$', 'wrong-type', 'a JSON document', (e as Error).message);
      return { valid: false, problems: r.problems, dataset: null };
    }
  }
  if (!isObj(json)) {
    r.report('$', 'not-an-object', 'a dataset object with "plan" and "indicators"', json);
    return { valid: false, problems: r.problems, dataset: null };
  }
  // A document that is cyclic, too deep or too large is not read at all (the readers recurse);
  // a value that is not JSON (a BigInt, a function) is reported where it is by the readers.
  const fatal = inspectJson(json);
  if (fatal.length) {
    for (const issue of fatal) {
      const expected = issue.kind === 'cycle' ? 'a JSON document without cycles'
        : issue.kind === 'too-deep' ? `at most ${LIMITS.depth} levels of nesting`
          : `at most ${LIMITS.values} values`;
      r.report(issue.path, 'too-large', expected, issue.got);
    }
    return { valid: false, problems: r.problems, dataset: null };
  }
  r.fields(json, '$', ['formatVersion', 'plan', 'evaluation', 'groups', 'indicators', 'projects']);
  if (json.formatVersion !== undefined && json.formatVersion !== 1) {
    r.report('formatVersion', 'wrong-type', 'format version 1', json.formatVersion);
  }
  const plan = readPlan(r, json.plan);
  if (!plan) return { valid: false, problems: r.problems, dataset: null };
  const evaluation = readEvaluation(r, json.evaluation);
  const indicators = r.array(json.indicators, 'indicators').map((raw, i) => readIndicator(r, raw, `indicators[${i}]`, i));
  if (json.indicators === undefined) r.report('indicators', 'required', 'a list of indicators', undefined);
  const groups = r.array(json.groups, 'groups').map((raw, i) => readGroup(r, raw, `groups[${i}]`));
  const projects = r.array(json.projects, 'projects').map((raw, i) => readProject(r, raw, `projects[${i}]`));
  checkReferences(r, indicators, groups, projects);
  const dataset: Dataset = { formatVersion: 1, plan, evaluation, groups, indicators, projects };
  return { valid: !r.problems.some((p) => p.severity === 'error'), problems: r.problems, dataset };
}

function readPlan(r: Reader, raw: unknown): PlanInfo | null {
  if (!isObj(raw)) {
    r.report('plan', raw === undefined ? 'required' : 'wrong-type', 'an object with title, publisher and reportedYear', raw);
    return null;
  }
  r.fields(raw, 'plan', ['id', 'title', 'reportTitle', 'publisher', 'reportedYear', 'period', 'source', 'language', 'levels', 'rowNoun']);
  const reportedYear = r.year(raw.reportedYear, 'plan.reportedYear');
  if (raw.reportedYear === undefined) r.report('plan.reportedYear', 'required', 'the fiscal year reported, e.g. 2024', undefined);
  const plan: PlanInfo = {
    title: r.text(raw.title, 'plan.title', true),
    publisher: r.text(raw.publisher, 'plan.publisher', true),
    reportedYear: reportedYear ?? new Date().getFullYear(),
    language: typeof raw.language === 'string' ? raw.language : 'ja',
    levels: r.array(raw.levels, 'plan.levels').map((l, i): Level => {
      const path = `plan.levels[${i}]`;
      if (!isObj(l)) {
        r.report(path, 'wrong-type', 'a level { "id": ..., "label": ... }', l);
        return { id: '', label: '' };
      }
      return { id: r.id(l.id, `${path}.id`), label: r.text(l.label, `${path}.label`, true) };
    }),
  };
  if (raw.id !== undefined) plan.id = r.id(raw.id, 'plan.id');
  const rowNoun = r.text(raw.rowNoun, 'plan.rowNoun');
  if (rowNoun !== undefined) plan.rowNoun = rowNoun;
  const reportTitle = r.text(raw.reportTitle, 'plan.reportTitle');
  if (reportTitle !== undefined) plan.reportTitle = reportTitle;
  if (raw.period !== undefined) {
    const p = isObj(raw.period) ? raw.period : {};
    const start = r.year(p.start, 'plan.period.start');
    const end = r.year(p.end, 'plan.period.end');
    if (start !== undefined && end !== undefined) plan.period = { start, end };
    else r.report('plan.period', 'wrong-type', 'an object { "start": 2024, "end": 2026 }', raw.period);
  }
  if (raw.source !== undefined) {
    if (isObj(raw.source)) {
      r.fields(raw.source, 'plan.source', ['url', 'title', 'published', 'note']);
      const { url, published } = raw.source;
      plan.source = {};
      if (typeof url === 'string') plan.source.url = url;
      if (typeof published === 'string') plan.source.published = published;
      const title = r.text(raw.source.title, 'plan.source.title');
      if (title !== undefined) plan.source.title = title;
      const note = r.text(raw.source.note, 'plan.source.note');
      if (note !== undefined) plan.source.note = note;
    } else r.report('plan.source', 'wrong-type', 'an object { "url": ..., "title": ... }', raw.source);
  }
  return plan;
}

function readEvaluation(r: Reader, raw: unknown): EvaluationSettings {
  const settings: EvaluationSettings = {
    scheme: 'three-tier',
    method: 'ratio',
    basis: 'target',
    rounding: { digits: 1, mode: 'half-up' },
    reasonRequired: { atOrAbove: 200, below: 80 },
  };
  if (raw === undefined) return settings;
  if (!isObj(raw)) {
    r.report('evaluation', 'wrong-type', 'an object { "scheme", "method", "rounding", "reasonRequired" }', raw);
    return settings;
  }
  r.fields(raw, 'evaluation', ['scheme', 'method', 'basis', 'rounding', 'reasonRequired']);
  if (typeof raw.scheme === 'string') {
    if (resolveScheme(raw.scheme)) settings.scheme = raw.scheme;
    else r.report('evaluation.scheme', 'unknown-reference', 'three-tier, given-grade, none or a scheme object', raw.scheme);
  } else if (raw.scheme !== undefined) {
    settings.scheme = readScheme(r, raw.scheme, 'evaluation.scheme') ?? settings.scheme;
  }
  settings.method = r.oneOf(raw.method, 'evaluation.method', RATE_METHODS, 'ratio');
  settings.basis = r.oneOf(raw.basis, 'evaluation.basis', BASES, 'target');
  if (raw.rounding !== undefined) settings.rounding = readRounding(r, raw.rounding, 'evaluation.rounding') ?? settings.rounding;
  if (raw.reasonRequired !== undefined) {
    const rr = isObj(raw.reasonRequired) ? raw.reasonRequired : {};
    const limit = (v: unknown, path: string, fallback: number | null) => {
      if (v === undefined) return fallback;
      if (v === null || (typeof v === 'number' && Number.isFinite(v))) return v;
      r.report(path, 'wrong-type', 'a percentage or null', v);
      return fallback;
    };
    settings.reasonRequired = {
      atOrAbove: limit(rr.atOrAbove, 'evaluation.reasonRequired.atOrAbove', 200),
      below: limit(rr.below, 'evaluation.reasonRequired.below', 80),
    };
  }
  return settings;
}

function readRounding(r: Reader, raw: unknown, path: string): { digits: number; mode: RoundingMode } | undefined {
  if (!isObj(raw)) {
    r.report(path, 'wrong-type', 'an object { "digits": 1, "mode": "half-up" }', raw);
    return undefined;
  }
  r.fields(raw, path, ['digits', 'mode']);
  return {
    digits: r.integer(raw.digits, `${path}.digits`, 0, 6) ?? 1,
    mode: r.oneOf(raw.mode, `${path}.mode`, ROUNDING_MODES, 'half-up'),
  };
}

/**
 * A scheme given as data, checked in full: ids unique and not inherited names, thresholds falling
 * from tier to tier, a catch-all last tier for a computed scheme (else some rates get no judgment),
 * known shapes and tones, and `met` / `notMet` / summary lines that name tiers.
 */
function readScheme(r: Reader, raw: unknown, path: string): JudgmentScheme | null {
  if (!isObj(raw) || !Array.isArray(raw.tiers)) {
    r.report(path, 'wrong-type', 'a scheme { "id", "label", "tiers": [{ "id", "min", "label" }] }', raw);
    return null;
  }
  r.fields(raw, path, ['id', 'label', 'computed', 'tiers', 'tallying', 'summary', 'met', 'notMet', 'description']);
  const computed = raw.computed !== false;
  if (raw.computed !== undefined && typeof raw.computed !== 'boolean') r.report(`${path}.computed`, 'wrong-type', 'true or false', raw.computed);
  if (computed && raw.tiers.length === 0) {
    r.report(`${path}.tiers`, 'required', 'at least one tier for a computed scheme', raw.tiers);
    return null;
  }
  let previous = Infinity;
  const ids = new Set<string>();
  const tier = (t: unknown, p: string, withMin: boolean): JudgmentTier | null => {
    if (!isObj(t)) {
      r.report(p, 'wrong-type', 'a tier { "id", "label", "min" }', t);
      return null;
    }
    r.fields(t, p, ['id', 'min', 'label', 'description', 'shape', 'tone']);
    const id = r.id(t.id, `${p}.id`);
    if (!id) return null;
    if (ids.has(id) || id in Object.prototype) {
      r.report(`${p}.id`, 'duplicate-id', 'a tier id used once and not a reserved name', id);
      return null;
    }
    ids.add(id);
    const out: JudgmentTier = { id, label: r.text(t.label, `${p}.label`, true) };
    if (withMin && t.min !== undefined) {
      if (typeof t.min === 'number' && Number.isFinite(t.min) && t.min < previous) out.min = previous = t.min;
      else r.report(`${p}.min`, 'wrong-type', `a finite percentage lower than the tier above${previous < Infinity ? ` (${previous})` : ''}`, t.min);
    }
    if (t.shape !== undefined) out.shape = r.oneOf(t.shape, `${p}.shape`, JUDGMENT_SHAPES, 'square');
    if (t.tone !== undefined) out.tone = r.oneOf(t.tone, `${p}.tone`, JUDGMENT_TONES, 'neutral');
    const description = r.text(t.description, `${p}.description`);
    if (description !== undefined) out.description = description;
    return out;
  };
  const tiers = Array.from(raw.tiers as unknown[], (t, i) => tier(t, `${path}.tiers[${i}]`, computed)).filter((t): t is JudgmentTier => !!t);
  if (computed && tiers.length && tiers[tiers.length - 1]!.min !== undefined) {
    r.report(`${path}.tiers[${raw.tiers.length - 1}].min`, 'required', 'no "min" on the last tier, so every rate gets a judgment (a catch-all)', tiers[tiers.length - 1]!.min, { severity: 'error' });
  }
  const scheme: JudgmentScheme = {
    id: typeof raw.id === 'string' && raw.id.trim() ? raw.id : 'custom',
    label: r.text(raw.label, `${path}.label`) ?? 'custom',
    computed,
    tiers,
  };
  if (raw.tallying !== undefined) {
    const t = tier(raw.tallying, `${path}.tallying`, false);
    if (t) scheme.tallying = t;
  }
  for (const key of ['met', 'notMet'] as const) {
    if (raw[key] === undefined) continue;
    if (typeof raw[key] === 'string' && tiers.some((t) => t.id === raw[key])) scheme[key] = raw[key] as string;
    else r.report(`${path}.${key}`, 'unknown-reference', 'the id of a tier of this scheme', raw[key]);
  }
  if (raw.summary !== undefined) {
    const lines = r.array(raw.summary, `${path}.summary`).flatMap((l, i) => {
      const p = `${path}.summary[${i}]`;
      if (!isObj(l) || typeof l.id !== 'string' || !Array.isArray(l.includes)) {
        r.report(p, 'wrong-type', 'a line { "id": tier id, "includes": [tier ids] }', l);
        return [];
      }
      const includes = l.includes.filter((id): id is string => typeof id === 'string' && ids.has(id));
      if (!ids.has(l.id) || includes.length !== l.includes.length) {
        r.report(p, 'unknown-reference', 'tier ids of this scheme', l);
        return [];
      }
      return [{ id: l.id, includes }];
    });
    if (lines.length) scheme.summary = lines;
  }
  return scheme;
}

/** A scheme given as data (e.g. to a badge's `scheme` property), checked as `validate` checks one in a dataset. */
export function validateScheme(raw: unknown): { scheme: JudgmentScheme | null; problems: Problem[] } {
  const r = new Reader();
  if (typeof raw === 'string') {
    const scheme = resolveScheme(raw);
    if (!scheme) r.report('scheme', 'unknown-reference', 'three-tier, given-grade, none or a scheme object', raw);
    return { scheme, problems: r.problems };
  }
  const scheme = readScheme(r, raw, 'scheme');
  return { scheme: r.problems.some((p) => p.severity === 'error') ? null : scheme, problems: r.problems };
}

/** Direction words as a clerk may write them. */
const DIRECTION_WORDS: Record<string, Direction> = {
  増加: 'increase', 上昇: 'increase', 向上: 'increase', up: 'increase', '↑': 'increase',
  減少: 'decrease', 低下: 'decrease', 削減: 'decrease', down: 'decrease', '↓': 'decrease',
  維持: 'maintain',
};

const INDICATOR_FIELDS = [
  'id', 'no', 'name', 'kind', 'unit', 'direction', 'method', 'basis', 'rounding', 'tolerance', 'decimals', 'cumulative',
  'baseline', 'targets', 'expected', 'actuals', 'series', 'reasons', 'notes', 'source', 'surveyYears', 'givenJudgments',
] as const;

function readIndicator(r: Reader, raw: unknown, path: string, index: number): Indicator {
  r.indicatorId = undefined;
  const obj = isObj(raw) ? raw : {};
  if (!isObj(raw)) r.report(path, 'not-an-object', 'an indicator object', raw);
  const id = r.id(obj.id, `${path}.id`) || `#${index + 1}`;
  r.indicatorId = id;
  r.fields(obj, path, INDICATOR_FIELDS);
  const unit = r.text(obj.unit, `${path}.unit`) ?? '';
  const surveyYears = obj.surveyYears === undefined
    ? undefined
    : r.array(obj.surveyYears, `${path}.surveyYears`).map((y, i) => r.year(y, `${path}.surveyYears[${i}]`)).filter((y): y is number => y !== undefined);
  const context: ValueContext = { unit: localize(unit), ...(surveyYears && { surveyYears }) };
  const indicator: Indicator = {
    id,
    name: r.text(obj.name, `${path}.name`, true),
    kind: r.oneOf(obj.kind, `${path}.kind`, INDICATOR_KINDS, 'outcome'),
    unit,
    targets: r.yearValues(obj.targets, `${path}.targets`, context, 'targets'),
    expected: r.yearValues(obj.expected, `${path}.expected`, context, 'expected'),
    series: [],
    reasons: {},
    notes: r.texts(obj.notes, `${path}.notes`),
    givenJudgments: readGivenJudgments(r, obj.givenJudgments, `${path}.givenJudgments`),
  };
  if (obj.direction !== undefined) {
    const folded = typeof obj.direction === 'string' ? obj.direction.normalize('NFKC').trim().toLowerCase() : '';
    const word = Object.prototype.hasOwnProperty.call(DIRECTION_WORDS, folded) ? DIRECTION_WORDS[folded] : undefined;
    indicator.direction = word ?? r.oneOf(obj.direction, `${path}.direction`, DIRECTIONS, 'increase');
  }
  if (obj.basis !== undefined) indicator.basis = r.oneOf(obj.basis, `${path}.basis`, BASES, 'target');
  if (obj.rounding !== undefined) {
    const rounding = readRounding(r, obj.rounding, `${path}.rounding`);
    if (rounding) indicator.rounding = rounding;
  }
  const no = r.integer(obj.no, `${path}.no`, 0, 1e6);
  if (no !== undefined) indicator.no = no;
  if (obj.method !== undefined) indicator.method = r.oneOf(obj.method, `${path}.method`, RATE_METHODS, 'ratio');
  if (obj.tolerance !== undefined) {
    const t = parseValue(obj.tolerance, context);
    if (t?.value.status === 'value') indicator.tolerance = t.value.decimal;
    else r.report(`${path}.tolerance`, 'not-a-number', 'a number', obj.tolerance, { field: 'tolerance' });
  }
  const decimals = r.integer(obj.decimals, `${path}.decimals`, 0, 10);
  if (decimals !== undefined) indicator.decimals = decimals;
  const cumulative = obj.cumulative === undefined ? undefined : readCumulative(r, obj.cumulative, `${path}.cumulative`);
  if (cumulative) indicator.cumulative = cumulative;
  const baseline = obj.baseline === undefined ? undefined : readBaseline(r, obj.baseline, `${path}.baseline`, context);
  if (baseline) indicator.baseline = baseline;
  if (surveyYears) indicator.surveyYears = surveyYears;
  const source = r.text(obj.source, `${path}.source`);
  if (source !== undefined) indicator.source = source;
  if (obj.reasons !== undefined) {
    if (isObj(obj.reasons)) {
      for (const [key, text] of Object.entries(obj.reasons)) {
        const year = r.year(key, `${path}.reasons.${key}`);
        const t = r.text(text, `${path}.reasons.${key}`, true);
        if (year !== undefined) indicator.reasons[year] = t;
      }
    } else r.report(`${path}.reasons`, 'wrong-type', 'reason texts by fiscal year', obj.reasons);
  }
  if (obj.series !== undefined) {
    if (obj.actuals !== undefined) {
      r.report(`${path}.actuals`, 'conflict', 'either "actuals" or "series", not both', 'both');
    }
    indicator.series = r.array(obj.series, `${path}.series`).map((s, i) => readSeries(r, s, `${path}.series[${i}]`, context));
    if (indicator.series.length === 0) r.report(`${path}.series`, 'required', 'at least one series', obj.series);
  } else {
    indicator.series = [{ id: 'actual', actuals: r.yearValues(obj.actuals, `${path}.actuals`, context, 'actuals'), comparable: true }];
  }
  checkIndicatorSense(r, indicator, path);
  r.indicatorId = undefined;
  return indicator;
}

/**
 * Warnings about an indicator whose numbers will not be judged as the author may think:
 * no direction while the targets fall below the baseline; a zero target of a lower-is-better
 * indicator under `ratio` (met / not met only, suggest `progress`).
 */
function checkIndicatorSense(r: Reader, indicator: Indicator, path: string): void {
  const numeric = Object.entries(indicator.targets).filter(([, v]) => v.status === 'value' && !v.comparator);
  const base = indicator.baseline?.value.status === 'value' ? toFraction(indicator.baseline.value.decimal!) : null;
  if (!indicator.direction && numeric.length) {
    const below = base && numeric.some(([, v]) => compareFractions(toFraction(v.decimal!)!, base) < 0);
    r.report(`${path}.direction`, 'no-direction', below
      ? '"increase" or "decrease": the targets fall below the baseline, so lower may be better; without a direction no rate or judgment is computed'
      : '"increase", "decrease" or "maintain"; without a direction no rate or judgment is computed', undefined, { severity: 'warning', field: 'direction' });
  }
  const zero = numeric.find(([, v]) => /^-?0(\.0+)?$/.test(v.decimal!));
  if (zero && indicator.direction === 'decrease' && indicator.method !== 'progress') {
    r.report(`${path}.targets.${zero[0]}`, 'zero-target',
      'a target of 0 for a lower-is-better indicator gives 0% for any actual above it: it is judged met / not met and shown with the change from the baseline; set "method": "progress" for the progress from the baseline',
      zero[1].raw ?? 0, { severity: 'warning', field: 'targets', year: Number(zero[0]) });
  }
}

function readCumulative(r: Reader, raw: unknown, path: string): Indicator['cumulative'] {
  if (raw === true) return {};
  if (!isObj(raw)) {
    r.report(path, 'wrong-type', 'true or { "since": 2020 }', raw);
    return undefined;
  }
  const out: NonNullable<Indicator['cumulative']> = {};
  const since = r.year(raw.since, `${path}.since`);
  if (since !== undefined) out.since = since;
  const label = r.text(raw.label, `${path}.label`);
  if (label !== undefined) out.label = label;
  return out;
}

function readBaseline(r: Reader, raw: unknown, path: string, context: ValueContext): Baseline | undefined {
  const obj = isObj(raw) && ('value' in raw || 'year' in raw || 'label' in raw) && !('status' in raw) ? raw : { value: raw };
  r.fields(obj, path, ['year', 'value', 'label']);
  const year = r.year(obj.year, `${path}.year`);
  // A baseline printed with its year but no value is kept (shown as —), never dropped.
  const value = r.value(obj.value, `${path}.value`, { ...context, ...(year !== undefined && { year }) }, 'baseline')
    ?? (year !== undefined ? { status: 'not-applicable' as const } : null);
  if (!value) return undefined;
  const baseline: Baseline = { value };
  if (year !== undefined) baseline.year = year;
  const label = r.text(obj.label, `${path}.label`);
  if (label !== undefined) baseline.label = label;
  return baseline;
}

function readSeries(r: Reader, raw: unknown, path: string, context: ValueContext): Series {
  const obj = isObj(raw) ? raw : {};
  if (!isObj(raw)) r.report(path, 'not-an-object', 'a series { "id", "label", "actuals" }', raw);
  r.fields(obj, path, ['id', 'label', 'baseline', 'actuals', 'comparable', 'note']);
  const series: Series = {
    id: r.id(obj.id, `${path}.id`),
    actuals: r.yearValues(obj.actuals, `${path}.actuals`, context, 'actuals'),
    comparable: obj.comparable !== false,
  };
  const label = r.text(obj.label, `${path}.label`);
  if (label !== undefined) series.label = label;
  const note = r.text(obj.note, `${path}.note`);
  if (note !== undefined) series.note = note;
  const baseline = obj.baseline === undefined ? undefined : readBaseline(r, obj.baseline, `${path}.baseline`, context);
  if (baseline) series.baseline = baseline;
  return series;
}

function readTexts(r: Reader, raw: unknown, path: string): NarrativeText[] {
  return r.array(raw, path).map((t, i) => {
    const p = `${path}[${i}]`;
    const obj = isObj(t) ? t : { text: t, kind: 'other' };
    r.fields(obj, p, ['kind', 'year', 'label', 'text']);
    const text: NarrativeText = {
      kind: r.oneOf(obj.kind, `${p}.kind`, TEXT_KINDS, 'other'),
      text: r.text(obj.text, `${p}.text`, true),
    };
    const year = r.year(obj.year, `${p}.year`);
    if (year !== undefined) text.year = year;
    const label = r.text(obj.label, `${p}.label`);
    if (label !== undefined) text.label = label;
    return text;
  });
}

function readGivenJudgments(r: Reader, raw: unknown, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (raw === undefined) return out;
  if (!isObj(raw)) {
    r.report(path, 'wrong-type', 'judgments by fiscal year, e.g. { "2024": "C" }', raw);
    return out;
  }
  for (const [key, j] of Object.entries(raw)) {
    const year = r.year(key, `${path}.${key}`);
    if (typeof j !== 'string' || !j) r.report(`${path}.${key}`, 'wrong-type', 'a judgment id such as "C"', j);
    else if (year !== undefined) out[year] = j;
  }
  return out;
}

function readGroup(r: Reader, raw: unknown, path: string, depth = 0): Group {
  const obj = isObj(raw) ? raw : {};
  if (!isObj(raw)) r.report(path, 'not-an-object', 'a group object', raw);
  r.fields(obj, path, ['id', 'level', 'code', 'name', 'texts', 'programmes', 'givenJudgments', 'indicators', 'children', 'notes']);
  const group: Group = {
    id: r.id(obj.id, `${path}.id`),
    name: r.text(obj.name, `${path}.name`, true),
    texts: readTexts(r, obj.texts, `${path}.texts`),
    programmes: r.texts(obj.programmes, `${path}.programmes`),
    givenJudgments: readGivenJudgments(r, obj.givenJudgments, `${path}.givenJudgments`),
    indicators: r.array(obj.indicators, `${path}.indicators`).map((id, i) => r.id(id, `${path}.indicators[${i}]`)),
    children: depth + 1 >= LIMITS.groupDepth
      ? tooDeep(r, obj.children, `${path}.children`)
      : r.array(obj.children, `${path}.children`).map((c, i) => readGroup(r, c, `${path}.children[${i}]`, depth + 1)),
    notes: r.texts(obj.notes, `${path}.notes`),
  };
  if (typeof obj.level === 'string') group.level = obj.level;
  if (obj.code !== undefined) group.code = r.id(obj.code, `${path}.code`);
  return group;
}

/** Groups nested past the limit are reported, not read. */
function tooDeep(r: Reader, children: unknown, path: string): Group[] {
  if (Array.isArray(children) && children.length) {
    r.report(path, 'too-large', `at most ${LIMITS.groupDepth} levels of groups`, `${children.length} groups below level ${LIMITS.groupDepth}`);
  }
  return [];
}

function readProject(r: Reader, raw: unknown, path: string): Project {
  const obj = isObj(raw) ? raw : {};
  if (!isObj(raw)) r.report(path, 'not-an-object', 'a project object', raw);
  r.fields(obj, path, ['id', 'code', 'name', 'texts', 'policies', 'givenJudgments']);
  const project: Project = {
    id: r.id(obj.id, `${path}.id`),
    name: r.text(obj.name, `${path}.name`, true),
    texts: readTexts(r, obj.texts, `${path}.texts`),
    policies: r.array(obj.policies, `${path}.policies`).map((p, i) => {
      const pp = `${path}.policies[${i}]`;
      const o = isObj(p) ? p : {};
      if (!isObj(p)) r.report(pp, 'wrong-type', 'a link { "group": id, "role": "primary" | "related" }', p);
      return { group: r.id(o.group, `${pp}.group`), role: r.oneOf(o.role, `${pp}.role`, PROJECT_ROLES, 'related') };
    }),
    givenJudgments: readGivenJudgments(r, obj.givenJudgments, `${path}.givenJudgments`),
  };
  if (obj.code !== undefined) project.code = r.id(obj.code, `${path}.code`);
  return project;
}

function checkReferences(r: Reader, indicators: Indicator[], groups: Group[], projects: Project[]): void {
  const seen = new Set<string>();
  indicators.forEach((ind, i) => {
    if (seen.has(ind.id)) r.report(`indicators[${i}].id`, 'duplicate-id', 'an id used by no other indicator', ind.id, { indicatorId: ind.id });
    seen.add(ind.id);
    const ids = new Set<string>();
    ind.series.forEach((s, j) => {
      if (ids.has(s.id)) r.report(`indicators[${i}].series[${j}].id`, 'duplicate-id', 'a series id unique within the indicator', s.id, { indicatorId: ind.id });
      ids.add(s.id);
    });
  });
  const groupIds = new Set<string>();
  const walk = (list: Group[], path: string) =>
    list.forEach((g, i) => {
      const p = `${path}[${i}]`;
      if (groupIds.has(g.id)) r.report(`${p}.id`, 'duplicate-id', 'an id used by no other group', g.id);
      groupIds.add(g.id);
      g.indicators.forEach((id, j) => {
        if (id && !seen.has(id)) r.report(`${p}.indicators[${j}]`, 'unknown-reference', 'the id of an indicator in "indicators"', id);
      });
      walk(g.children, `${p}.children`);
    });
  walk(groups, 'groups');
  projects.forEach((proj, i) =>
    proj.policies.forEach((link, j) => {
      if (link.group && !groupIds.has(link.group)) {
        r.report(`projects[${i}].policies[${j}].group`, 'unknown-reference', 'the id of a group', link.group);
      }
    }),
  );
}


import { validate, type Dataset, type DatasetDocument, type ValidationResult } from '../../src/core/index.js';

/** The real reports in data/, by file name. */
export const DATASETS = [
  'atsugi-fy2024',
  'asaka-fy2024',
  'nagano-sousei-strategy-fy2017',
  'sado-kaikaku-sengen-fy2006',
  'sapporo-machizukuri-fy2008',
  'sapporo-machizukuri-fy2012',
] as const;
export type DatasetName = (typeof DATASETS)[number];

const cache = new Map<string, Promise<DatasetDocument>>();

/** The raw JSON of a dataset in data/. */
export function loadJson(name: string): Promise<DatasetDocument> {
  if (!cache.has(name)) {
    cache.set(name, fetch(new URL(`../../data/${name}.json`, import.meta.url)).then((r) => r.json()));
  }
  return cache.get(name)!.then((json) => structuredClone(json));
}

/** A dataset in data/, validated; fails the test if it is not valid. */
export async function loadDataset(name: string): Promise<Dataset & { result: ValidationResult }> {
  const result = validate(await loadJson(name));
  if (!result.valid || !result.dataset) {
    throw new Error(`${name} is not valid: ${result.problems.map((p) => p.message).join('\n')}`);
  }
  return Object.assign(result.dataset, { result });
}

/** The smallest valid document around some indicators, for edge-case tests. */
export function doc(indicators: unknown[], extra: Record<string, unknown> = {}): DatasetDocument & Record<string, unknown> {
  return { plan: { title: 'テスト計画', publisher: 'テスト市', reportedYear: 2024 }, indicators, ...extra };
}

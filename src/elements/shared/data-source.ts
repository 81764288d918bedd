import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { decodeText } from '../../core/decode.js';
import type { Problem } from '../../core/types.js';
import type { ValidationResult } from '../../core/validate.js';

/** Why a dataset could not be loaded: nothing usable came (for a CSV, no usable header). */
export interface LoadError {
  kind: 'http' | 'network' | 'json' | 'csv';
  /** The URL, or "inline" for a child <script type="application/json">. */
  source: string;
  status?: number;
  statusText?: string;
  detail?: string;
  problems?: Problem[];
}

/** `json`, `csv`, or `auto` (from the file name, then the content type). */
export const DATA_FORMATS = ['auto', 'json', 'csv'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

/** What a source gave: the document, and the problems found while reading it that did not stop it. */
export interface LoadedData {
  value: unknown;
  /** For a CSV: an unknown column, an unreadable year on a row … located by row (the header is row 1). */
  problems: Problem[];
}

const cache = new Map<string, Promise<LoadedData>>();

/**
 * Fetches and reads a dataset once per URL and format for the whole page, so several elements
 * with the same `src` share one request. A failed load is forgotten, so the next try fetches again.
 */
export function loadDataset(src: string, format: DataFormat = 'auto', base = document.baseURI): Promise<LoadedData> {
  const url = new URL(src, base).href;
  const key = `${format}|${url}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = fetchDataset(url, format);
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

async function fetchDataset(url: string, format: DataFormat): Promise<LoadedData> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.1' } });
  } catch (e) {
    throw { kind: 'network', source: url, detail: String((e as Error)?.message ?? e) } satisfies LoadError;
  }
  if (!response.ok) throw { kind: 'http', source: url, status: response.status, statusText: response.statusText } satisfies LoadError;
  const bytes = await response.arrayBuffer();
  const type = response.headers.get('content-type') ?? '';
  const csv = format === 'csv' || (format === 'auto' && (/\.csv(\?|#|$)/i.test(url) || /text\/csv/i.test(type)));
  const text = decodeText(bytes);
  return csv ? readCsv(text, url) : { value: readJson(text, url), problems: [] };
}

export function readJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw { kind: 'json', source, detail: (e as Error).message } satisfies LoadError;
  }
}

/**
 * The CSV reader (and d3-dsv) loads only when a page reads a CSV. Only a CSV without a usable
 * header (no 指標ID or 年度 column, no value column) is a load failure; a problem on a row (an
 * unreadable year, an unknown column) is passed on with the document, so the rest still renders.
 */
async function readCsv(text: string, source: string): Promise<LoadedData> {
  const { csvToDataset } = await import('../../core/csv.js');
  const { document, problems } = csvToDataset(text);
  if (!document) throw { kind: 'csv', source, problems } satisfies LoadError;
  return { value: document, problems };
}

/**
 * A validation result with the problems of reading the source (CSV rows) put first, so an
 * element shows them and reports them in `indicator-error` like the dataset's own problems.
 */
export function withSourceProblems(result: ValidationResult, problems: readonly Problem[]): ValidationResult {
  if (!problems.length) return result;
  return {
    ...result,
    valid: result.valid && !problems.some((p) => p.severity === 'error'),
    problems: [...problems, ...result.problems],
  };
}

/** An element that can load its data: `src`, `format`, or a child <script type="application/json">. */
export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  format?: DataFormat;
}

/**
 * Gives an element its dataset from `src` (JSON or CSV, fetched once per page) or from an inline
 * <script type="application/json"> child (for CMS pages that allow no external files). When `src`
 * changes quickly, only the latest answer is used: a stale response never overwrites a newer one.
 */
export class DataSourceController implements ReactiveController {
  /** The dataset read, or undefined. */
  value: unknown = undefined;
  /**
   * Problems of reading `value` that did not stop it (for a CSV: a row's unreadable year, an
   * unknown column), located by row. Give them to `withSourceProblems` with the validation result.
   */
  problems: Problem[] = [];
  state: 'idle' | 'loading' | 'loaded' | 'error' = 'idle';
  error: LoadError | null = null;
  /** Increases whenever value, state or error change. */
  version = 0;

  private key = '';
  private request = 0;
  private observer?: MutationObserver;

  constructor(private readonly host: DataSourceHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** Call from willUpdate: starts a load when src, format or the inline JSON changed. */
  sync(): void {
    const inline = this.host.querySelector(':scope > script[type="application/json"]')?.textContent ?? null;
    const src = this.host.src?.trim() || '';
    const key = `${this.host.format ?? 'auto'}|${src}|${inline ?? ''}`;
    if (key === this.key) return;
    this.key = key;
    const request = ++this.request;
    if (inline !== null) {
      try {
        this.settle(request, 'loaded', { value: readJson(inline, 'inline'), problems: [] }, null);
      } catch (e) {
        this.settle(request, 'error', undefined, e as LoadError);
      }
      return;
    }
    if (!src) {
      this.settle(request, 'idle', undefined, null);
      return;
    }
    this.settle(request, 'loading', undefined, null);
    loadDataset(src, this.host.format ?? 'auto').then(
      (loaded) => this.settle(request, 'loaded', loaded, null, true),
      (e: LoadError) => this.settle(request, 'error', undefined, e?.kind ? e : { kind: 'network', source: src, detail: String(e) }, true),
    );
  }

  private settle(request: number, state: DataSourceController['state'], loaded: LoadedData | undefined, error: LoadError | null, async = false): void {
    if (request !== this.request) return; // a newer src has been asked for since
    this.state = state;
    this.value = loaded?.value;
    this.problems = loaded?.problems ?? [];
    this.error = error;
    this.version++;
    if (async) this.host.requestUpdate();
  }
}

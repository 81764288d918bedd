import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DatasetDocument } from '../../core/dataset-json.js';
import { decodeText } from '../../core/decode.js';
import type { Problem } from '../../core/types.js';
import type { ValidationResult } from '../../core/validate.js';
import { inlineJson } from './inline-json.js';

/** Why a dataset could not be loaded: nothing usable came (for a CSV, no usable header). */
export interface LoadError {
  /** `url`: `src` is not a URL; `timeout`: no complete answer within the element's `timeout`. */
  kind: 'http' | 'network' | 'json' | 'csv' | 'timeout' | 'url';
  /** The URL, or "inline" for a child <script type="application/json">. */
  source: string;
  status?: number;
  statusText?: string;
  detail?: string;
  problems?: Problem[];
  /** For a timeout: how long the element waited, in milliseconds. */
  timeout?: number;
}

/** `json`, `csv`, or `auto` (from the file's own shape, then its name and content type). */
export const DATA_FORMATS = ['auto', 'json', 'csv'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

/** What a source gave: the document, and the problems found while reading it that did not stop it. */
export interface LoadedData {
  value: unknown;
  /** For a CSV: an unknown column, an unreadable year on a row … located by row (the header is row 1). */
  problems: Problem[];
}

/** How long an element waits for `src` by default, and the range its `timeout` is clamped to (ms). */
export const DEFAULT_TIMEOUT = 15000;
export const MIN_TIMEOUT = 100;
export const MAX_TIMEOUT = 300000;

/** An element's `timeout` as used: 100–300000 ms; anything else that is not a positive number means 15000. */
export function clampTimeout(value: unknown): number {
  const ms = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  if (!Number.isFinite(ms) || ms <= 0) return DEFAULT_TIMEOUT;
  return Math.min(MAX_TIMEOUT, Math.max(MIN_TIMEOUT, Math.round(ms)));
}

/** One request shared by every element that asked for the same URL and format. */
interface SharedLoad {
  promise: Promise<LoadedData>;
  abort: AbortController;
  /** Elements still waiting for (or holding) this answer; at 0 an unsettled request is aborted. */
  users: number;
  settled: boolean;
}

/** A claim on a shared request: release it when the answer is no longer wanted. */
export interface DatasetClaim {
  promise: Promise<LoadedData>;
  release(): void;
}

const shared = new Map<string, SharedLoad>();

/**
 * Claims the dataset at `url` (absolute): one request per URL and format for the whole page, so
 * several elements with the same `src` share it. The request is aborted when the last claim on it
 * is released before it settles. A failed request is forgotten at once, so the next claim fetches
 * again; `fresh` always makes a new request (revalidated with the server: `cache: 'no-cache'`),
 * which later claims share.
 */
export function claimDataset(url: string, format: DataFormat = 'auto', fresh = false): DatasetClaim {
  const key = `${format}|${url}`;
  let entry = fresh ? undefined : shared.get(key);
  if (!entry) {
    const abort = new AbortController();
    const created: SharedLoad = { abort, users: 0, settled: false, promise: fetchDataset(url, format, abort.signal, fresh) };
    const forget = () => {
      if (shared.get(key) === created) shared.delete(key);
    };
    created.promise.then(
      () => (created.settled = true),
      () => {
        created.settled = true;
        forget();
      },
    );
    shared.set(key, created);
    entry = created;
  }
  const claimed = entry;
  claimed.users++;
  let released = false;
  return {
    promise: claimed.promise,
    release() {
      if (released) return;
      released = true;
      if (--claimed.users > 0 || claimed.settled) return;
      claimed.abort.abort();
      if (shared.get(key) === claimed) shared.delete(key);
    },
  };
}

async function fetchDataset(url: string, format: DataFormat, signal: AbortSignal, fresh: boolean): Promise<LoadedData> {
  let response: Response;
  let bytes: ArrayBuffer;
  try {
    // The request starts a microtask later, from a short stack. `fetch()` records where in the
    // script it was called, and an element in the page when its bundle runs is connected from the
    // bundle's top level: V8 then parses the whole bundle again to find the position (it compiles
    // code without source positions and finds them when first asked). The 31-row Atsugi page is complete sooner without
    // it: 524 vs 561 ms with no DevTools attached, 1,096 vs 1,193 ms with 4× CPU throttling (12
    // interleaved loads each, medians).
    await null;
    response = await fetch(url, { signal, cache: fresh ? 'no-cache' : 'default', headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.1' } });
    if (!response.ok) throw { kind: 'http', source: url, status: response.status, statusText: response.statusText } satisfies LoadError;
    bytes = await response.arrayBuffer();
  } catch (e) {
    throw asLoadError(e, url);
  }
  const text = decodeText(bytes);
  const kind = format === 'auto' ? sniffFormat(text, url, response.headers.get('content-type') ?? '') : format;
  return kind === 'csv' ? readCsv(text, url) : { value: readJson(text, url), problems: [] };
}

/** A LoadError as is; anything else thrown while fetching is a network failure. */
function asLoadError(e: unknown, source: string): LoadError {
  if (e && typeof e === 'object' && 'kind' in e && 'source' in e) return e as LoadError;
  return { kind: 'network', source, detail: String((e as Error)?.message ?? e) };
}

/**
 * JSON or CSV, for `format="auto"`: the file's own shape wins over its name and content type
 * (servers often send JSON as text/plain or text/csv). A document starting with `{` or `[` is
 * JSON; one whose first line has a comma is a CSV; otherwise a `.csv` name or `text/csv` type
 * decides, and everything else is read as JSON (so an HTML error page says "not JSON").
 */
export function sniffFormat(text: string, url: string, contentType: string): 'json' | 'csv' {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (/^[[{]/.test(head)) return 'json';
  if (!head.startsWith('<') && (head.split(/\r?\n/, 1)[0] ?? '').includes(',')) return 'csv';
  return /\.csv(\?|#|$)/i.test(url) || /text\/csv/i.test(contentType) ? 'csv' : 'json';
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
 * Anything thrown while reading is a CSV failure with its detail, never a "network error".
 */
async function readCsv(text: string, source: string): Promise<LoadedData> {
  let result: { document: DatasetDocument | null; problems: Problem[] };
  try {
    const { csvToDataset } = await import('../../core/csv.js');
    result = csvToDataset(text);
  } catch (e) {
    throw { kind: 'csv', source, detail: String((e as Error)?.message ?? e), problems: [] } satisfies LoadError;
  }
  if (!result.document) throw { kind: 'csv', source, problems: result.problems } satisfies LoadError;
  return { value: result.document, problems: result.problems };
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

/** An element that can load its data: `src`, `format`, `timeout`, or a child <script type="application/json">. */
export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  format?: DataFormat;
  /** Milliseconds to wait for `src` (clamped by `clampTimeout`). */
  timeout?: number;
}

/**
 * Gives an element its dataset from `src` (JSON or CSV, fetched once per page) or from an inline
 * <script type="application/json"> child (for CMS pages that allow no external files).
 *
 * - Only the latest `src` counts: a stale answer never overwrites a newer one, and the element's
 *   claim on the old request is released (the request is aborted when no other element wants it).
 * - Removing the element does the same; putting it back (or moving it) loads again.
 * - After `timeout` ms without a complete answer (no response, or a body that never ends) the
 *   state is `error` with kind `timeout`, and the claim is released.
 * - `reload()` fetches again; after a failure, the next element asking for the URL fetches again too.
 * Never throws: every failure, an invalid URL included, ends in the `error` state.
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
  private connected = false;
  private fresh = false;
  private claim?: DatasetClaim;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: DataSourceHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    if (isServer) return; // a server render (even one that calls connectedCallback) never watches nor fetches
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    if (this.key) return;
    // The request is made here rather than from an update. It goes out in the microtasks right
    // after the script that connected the element (fetchDataset: from a short stack). An `src` or
    // inline JSON that changes before the update is read again there (`sync` compares).
    this.sync();
    this.host.requestUpdate(); // also: a load given up on removal starts again
  }

  hostDisconnected(): void {
    this.connected = false;
    this.observer?.disconnect();
    // A move (removed and inserted in the same task) keeps its request; a removal gives it up.
    queueMicrotask(() => {
      if (!this.connected && this.state === 'loading') this.giveUp();
    });
  }

  /** Reads the source again: a new request for `src` (replacing the page's shared copy), or the inline JSON. */
  reload(): void {
    this.fresh = true;
    this.key = '';
    this.host.requestUpdate();
  }

  /** Call from willUpdate: starts a load when src, format or the inline JSON changed. */
  sync(): void {
    // A server render does not give an element its light-DOM children: pass the dataset as `data` there.
    const inline = inlineJson(this.host)?.textContent ?? null;
    const src = String(this.host.src ?? '').trim();
    const format: DataFormat = (DATA_FORMATS as readonly unknown[]).includes(this.host.format) ? this.host.format! : 'auto';
    const key = `${format}|${src}|${inline ?? ''}`;
    if (key === this.key) return;
    this.key = key;
    this.stop();
    const request = ++this.request;
    if (inline !== null) {
      try {
        this.settle(request, 'loaded', { value: readJson(inline, 'inline'), problems: [] }, null);
      } catch (e) {
        this.settle(request, 'error', undefined, asLoadError(e, 'inline'));
      }
      return;
    }
    if (!src) {
      this.settle(request, 'idle', undefined, null);
      return;
    }
    let url: string;
    try {
      // The server knows no page address: it only checks that `src` parses, as the browser will.
      url = new URL(src, isServer ? 'http://localhost/' : this.host.baseURI).href;
    } catch (e) {
      this.settle(request, 'error', undefined, { kind: 'url', source: src, detail: String((e as Error)?.message ?? e) });
      return;
    }
    this.settle(request, 'loading', undefined, null);
    if (isServer || !this.connected) {
      this.key = ''; // not in the page (or on the server): load when connected again
      return;
    }
    const timeout = clampTimeout(this.host.timeout);
    const claim = (this.claim = claimDataset(url, format, this.fresh));
    this.fresh = false;
    this.timer = setTimeout(() => this.finish(claim, request, 'error', undefined, { kind: 'timeout', source: url, timeout }), timeout);
    claim.promise.then(
      (loaded) => this.finish(claim, request, 'loaded', loaded, null),
      (e: unknown) => this.finish(claim, request, 'error', undefined, asLoadError(e, url)),
    );
  }

  /** The first of answer, failure and timeout settles the claim; the others find it gone. */
  private finish(claim: DatasetClaim, request: number, state: 'loaded' | 'error', loaded: LoadedData | undefined, error: LoadError | null): void {
    if (claim !== this.claim) return;
    this.stop();
    this.settle(request, state, loaded, error, true);
  }

  /** Releases the claim on the current request (aborting it if no other element wants it). */
  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.claim?.release();
    this.claim = undefined;
  }

  /** Out of the page while loading: release the request, ignore its answer, load again when back. */
  private giveUp(): void {
    this.stop();
    this.request++;
    this.key = '';
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

/**
 * Runs one core function in a worker for test/fuzz/time-limit.ts, so that a call that takes
 * minutes (or never ends) can be stopped and reported instead of freezing the test page.
 */
import * as core from '../../src/core/index.js';
import { csvToDataset, decodeText } from '../../src/core/csv.js';

const functions: Record<string, (...args: never[]) => unknown> = { ...core, csvToDataset, decodeText } as never;

self.onmessage = (e: MessageEvent<{ name: string; args: unknown[] }>) => {
  const { name, args } = e.data;
  const start = performance.now();
  try {
    const value = (functions[name] as (...a: unknown[]) => unknown)(...args);
    self.postMessage({ ok: true, value: JSON.stringify(value) ?? String(value), ms: performance.now() - start });
  } catch (err) {
    self.postMessage({ ok: false, error: `${(err as Error)?.name}: ${(err as Error)?.message ?? err}`, ms: performance.now() - start });
  }
};

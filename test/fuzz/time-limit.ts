/** Calls a core function in a worker and stops it after a time limit (see core-worker.ts). */
export type Outcome =
  | { ok: true; value: string; ms: number }
  | { ok: false; error: string; ms: number }
  | { ok: false; timedOut: true; ms: number };

export function callInWorker(name: string, args: unknown[], limitMs: number): Promise<Outcome> {
  const worker = new Worker(new URL('./core-worker.ts', import.meta.url), { type: 'module' });
  const start = performance.now();
  return new Promise<Outcome>((resolve) => {
    const timer = setTimeout(() => resolve({ ok: false, timedOut: true, ms: performance.now() - start }), limitMs);
    worker.onmessage = (e: MessageEvent<Outcome>) => {
      clearTimeout(timer);
      resolve(e.data);
    };
    worker.onerror = (e) => {
      clearTimeout(timer);
      resolve({ ok: false, error: `worker failed: ${e.message}`, ms: performance.now() - start });
    };
    worker.postMessage({ name, args });
  }).finally(() => worker.terminate());
}

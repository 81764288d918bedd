/**
 * The size and seed of the property tests, from the environment of the test run (FUZZ_RUNS,
 * FUZZ_SEED: scripts/fuzz-env.mjs serves them as /__fuzz-env.json). Without FUZZ_RUNS each
 * property runs its own small CI count with a fixed seed; with FUZZ_RUNS=N a core property runs
 * N cases and a rendering one `N × weight` (rendering costs ~100× a core call).
 */
import type { Parameters } from 'fast-check';

interface Served {
  runs: number | null;
  seed: number;
}

const served: Served | null = await fetch('/__fuzz-env.json')
  .then((r) => (r.ok ? (r.json() as Promise<Served>) : null))
  .catch(() => null);

/** The seed every property of this run uses (printed, and named in every failure). */
export const SEED = served?.seed ?? 20250917;

/** Set for a long run (FUZZ_RUNS=N). */
export const LONG_RUNS = served?.runs ?? null;

/** Prints on the terminal of the test run (the summary reporter shows no browser logs). */
export async function log(text: string): Promise<void> {
  console.info(text);
  for (let i = 0; i < text.length; i += 4000) {
    await fetch(`/__fuzz-log?text=${encodeURIComponent(text.slice(i, i + 4000))}`).catch(() => undefined);
  }
}

/** The number of cases of a property: its CI count, or FUZZ_RUNS × weight. */
export function runs(ci: number, weight = 1): number {
  return LONG_RUNS === null ? ci : Math.max(1, Math.round(LONG_RUNS * weight));
}

/** fast-check parameters for a property: the run's seed, its number of cases. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- examples are the property's own arguments
export function fuzzParameters(ci: number, weight = 1, extra: Parameters<any> = {}): Parameters<any> {
  return { seed: SEED, numRuns: runs(ci, weight), includeErrorInReport: true, ...extra };
}

/**
 * A mocha timeout for a property of `ci` cases that takes about `msPerCase` each: generous, since
 * the machine is shared, and scaled for long runs.
 */
export function timeoutFor(ci: number, weight: number, msPerCase: number): number {
  return Math.max(20_000, runs(ci, weight) * msPerCase * 4);
}

/** Prints how long each test of the file took, so the CI budget can be watched. */
export function logDurations(file: string): void {
  const lines: string[] = [];
  let total = 0;
  afterEach(function () {
    const t = this.currentTest;
    if (!t) return;
    total += t.duration ?? 0;
    lines.push(`  ${t.duration ?? '?'} ms  ${t.state === 'failed' ? 'FAILED ' : ''}${t.fullTitle()}`);
  });
  after(() => log(`[fuzz] ${file}: ${(total / 1000).toFixed(1)} s, seed ${SEED}\n${lines.join('\n')}`));
}

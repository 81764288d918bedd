// How many cases the property tests in test/fuzz/ run, and with which seed; served to the browser
// as /__fuzz-env.json by a web-test-runner plugin (test/fuzz/env.ts reads it).
//   FUZZ_RUNS unset: the CI size (each property's own small count) and a fixed seed.
//   FUZZ_RUNS=N:     N cases per core property (the rendering ones run a fraction), a random seed.
//   FUZZ_SEED=S:     replays a run (the seed is printed at the start and in every failure).
const FIXED_SEED = 20250917;

function readRuns(text) {
  if (!text) return null;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`FUZZ_RUNS must be a whole number ≥ 1, got ${JSON.stringify(text)}`);
  return n;
}

function readSeed(text, long) {
  if (text) {
    const n = Number(text);
    if (!Number.isInteger(n)) throw new Error(`FUZZ_SEED must be a whole number, got ${JSON.stringify(text)}`);
    return n;
  }
  return long ? Math.floor(Math.random() * 2 ** 31) : FIXED_SEED;
}

const runs = readRuns(process.env.FUZZ_RUNS);
export const fuzzEnv = { runs, seed: readSeed(process.env.FUZZ_SEED, runs !== null) };

/** A long run may take hours: web-test-runner's 2-minute limit per test file would stop it. */
export const fuzzFinishTimeout = runs === null ? 120_000 : 24 * 3_600_000;

export function fuzzEnvPlugin() {
  return {
    name: 'fuzz-env',
    serverStart() {
      const size = runs === null ? 'CI size' : `FUZZ_RUNS=${runs}`;
      console.log(`fuzz: ${size}, seed ${fuzzEnv.seed} (replay with FUZZ_SEED=${fuzzEnv.seed}${runs === null ? '' : ` FUZZ_RUNS=${runs}`})`);
    },
    serve(context) {
      if (context.path === '/__fuzz-env.json') return { body: JSON.stringify(fuzzEnv), type: 'json' };
      // The summary reporter shows no browser logs: the tests send their timings here.
      if (context.path === '/__fuzz-log') {
        console.log(String(context.query.text ?? ''));
        return { body: '', type: 'text' };
      }
      return undefined;
    },
  };
}

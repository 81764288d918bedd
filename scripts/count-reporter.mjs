// Counts passed / failed / skipped browser tests (a file that fails to load counts as one failure)
// and writes them as JSON, so scripts/test.sh can print one summary line for every runner.
import { writeFileSync } from 'node:fs';

function count(results, totals) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const suite of results?.suites ?? []) count(suite, totals);
}

export function countReporter(file) {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        if (session.errors?.length) totals.failed += 1;
        if (!session.testResults && !session.errors?.length && !session.passed) totals.failed += 1;
      }
      if (file) writeFileSync(file, JSON.stringify(totals));
    },
  };
}

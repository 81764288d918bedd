#!/usr/bin/env bash
# Every test, on a fresh machine: installs what is missing, type-checks, builds, runs the Node
# tests (package, schema, size budget) and the browser tests in headless Chromium, then prints
# one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh || exit 1
CHROME_PATH="$(bash scripts/find-chrome.sh)" || exit 1
export CHROME_PATH
echo "Browser: $CHROME_PATH"

passed=0; failed=0; skipped=0
step() { # name, command...: a check that is not a test file counts as one test
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok: $name"; else failed=$((failed + 1)); echo "FAILED: $name"; fi
}
step "type-check (tsc)" npx --no-install tsc --noEmit -p tsconfig.test.json
step "build" npm run --silent build
step "build-storybook" npm run --silent build-storybook
step "build the React and Vue examples" node scripts/build-examples.mjs

# Node tests (node:test): the built package, the JSON Schema, the size budget.
node_out=$(mktemp)
node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$node_out" test/node/ 
node_status=$?
np=$(grep -Eo '^# pass [0-9]+' "$node_out" | grep -Eo '[0-9]+' || echo 0)
nf=$(grep -Eo '^# fail [0-9]+' "$node_out" | grep -Eo '[0-9]+' || echo 0)
if [ "$node_status" -ne 0 ] && [ "${nf:-0}" -eq 0 ]; then nf=1; fi
passed=$((passed + ${np:-0})); failed=$((failed + ${nf:-0}))

# Browser tests (web-test-runner in Chromium).
count_file=$(mktemp)
WTR_COUNT_FILE="$count_file" npx --no-install web-test-runner
wtr_status=$?
if [ -s "$count_file" ]; then
  read -r bp bf bs < <(node -e "const c=JSON.parse(require('fs').readFileSync(process.argv[1],'utf8'));console.log(c.passed,c.failed,c.skipped)" "$count_file")
else
  bp=0; bf=1; bs=0
fi
if [ "$wtr_status" -ne 0 ] && [ "$bf" -eq 0 ]; then bf=1; fi
passed=$((passed + bp)); failed=$((failed + bf)); skipped=$((skipped + bs))

echo
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]

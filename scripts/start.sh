#!/usr/bin/env bash
# The demo, on a fresh machine: installs what is missing and serves the two real reports.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
port="${PORT:-5173}"
echo "Demo: http://localhost:${port}/demo/  (English: http://localhost:${port}/demo/?lang=en)"
echo "From a spreadsheet to a page (.xlsx or CSV, nothing uploaded): http://localhost:${port}/demo/builder.html"
exec node_modules/.bin/vite --port "$port"

#!/usr/bin/env bash
# Prints the path of a Chromium/Chrome to test with. Order: $CHROME_PATH, Debian's chromium,
# the usual Chrome paths. As root on Debian/Ubuntu it installs Debian's chromium (+ CJK fonts)
# when none is found; elsewhere it fails and says how to point CHROME_PATH. Never downloads a
# browser from npm.
set -euo pipefail
candidates=("${CHROME_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome
  /usr/bin/google-chrome-stable /opt/google/chrome/chrome /snap/bin/chromium
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" "/Applications/Chromium.app/Contents/MacOS/Chromium")
find_one() {
  for c in "${candidates[@]}"; do
    if [ -n "$c" ] && [ -x "$c" ]; then echo "$c"; return 0; fi
  done
  return 1
}
if find_one; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found: installing Debian's chromium and fonts-noto-cjk with apt-get ..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium fonts-noto-cjk >&2
  find_one && exit 0
fi
echo "No Chromium or Chrome found. Install one (Debian: sudo apt-get install chromium fonts-noto-cjk)" >&2
echo "or point CHROME_PATH at its executable: CHROME_PATH=/path/to/chrome npm test" >&2
exit 1

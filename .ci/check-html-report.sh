#!/usr/bin/env bash
# Checks that an allocpath HTML budget report renders in headless Chromium the way a person would
# open it: Chromium loads the page from disk with networking off, the DOM it renders must hold
# both bar charts with bars in them, the totals, and a chart row and a table row for every
# component named on the command line; then a screenshot is taken for a person to look at.
#
# Usage: .ci/check-html-report.sh REPORT.html [COMPONENT...]
# Environment: SCREENSHOT=FILE (default: REPORT.png beside the report), CHROMIUM=path of the binary.
# When no Chromium is found, Debian's chromium package is installed with apt-get (root or sudo -n).
# Exit status: 0 the page renders as expected, 1 a check failed, 2 usage or setup error.
set -euo pipefail

if [ "$#" -lt 1 ] || [ ! -f "$1" ]; then
  echo "usage: $0 REPORT.html [COMPONENT...]" >&2
  exit 2
fi
report="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shift
screenshot="${SCREENSHOT:-${report%.html}.png}"

find_chromium() {
  for candidate in "${CHROMIUM:-}" chromium chromium-browser google-chrome; do
    if [ -n "$candidate" ] && command -v "$candidate" >/dev/null 2>&1; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

if ! chromium="$(find_chromium)"; then
  echo "check-html-report: installing Debian's chromium" >&2
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      as_root=(sudo -n)
    else
      echo "check-html-report: no Chromium, and no root to install it (apt-get install chromium)" >&2
      exit 2
    fi
  fi
  "${as_root[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq chromium >&2
  chromium="$(find_chromium)" || { echo "check-html-report: chromium still missing after apt-get" >&2; exit 2; }
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking
  --disable-component-update --disable-sync --no-first-run --hide-scrollbars
  --user-data-dir="$work/profile")

if ! timeout 120 "$chromium" "${flags[@]}" --dump-dom "file://$report" >"$work/dom.html" 2>"$work/chromium.log"; then
  echo "check-html-report: chromium failed to load $report:" >&2
  tail -20 "$work/chromium.log" >&2
  exit 2
fi

failures=0
expect() { # expect DESCRIPTION FIXED-STRING [MINIMUM-COUNT]
  local found
  found="$(grep -oF -- "$2" "$work/dom.html" | wc -l || true)"  # grep finds none: status 1, count 0
  if [ "$found" -lt "${3:-1}" ]; then
    echo "FAIL: $1: expected at least ${3:-1} of '$2' in the rendered DOM, found $found" >&2
    failures=$((failures + 1))
  else
    echo "ok: $1"
  fi
}
html_escape() {
  printf '%s' "$1" | sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/"/\&quot;/g' -e "s/'/\&#39;/g"
}

expect "the page is the budget report" "<title>Internal-RAM budget"
expect "the totals are shown" 'id="card-estimated-bytes"'
expect "the chart of bytes per component" '<svg id="component-chart"'
expect "the chart of bytes per class" '<svg id="class-chart"'
expect "bars are drawn" '<rect class="bar ' 2
expect "the component table" 'id="component-table"'
for component in "$@"; do
  name="$(html_escape "$component")"
  expect "component '$component' has a chart row" "<g class=\"row\" data-name=\"$name\""
  expect "component '$component' has a table row" "<tr data-component=\"$name\""
done

if ! timeout 120 "$chromium" "${flags[@]}" --window-size=1100,2400 --screenshot="$screenshot" \
    "file://$report" >"$work/screenshot.log" 2>&1; then
  echo "FAIL: chromium could not take a screenshot:" >&2
  tail -20 "$work/screenshot.log" >&2
  failures=$((failures + 1))
elif [ "$(wc -c <"$screenshot")" -lt 20000 ]; then
  echo "FAIL: the screenshot $screenshot is suspiciously small (a blank page?)" >&2
  failures=$((failures + 1))
else
  echo "ok: screenshot written to $screenshot"
fi

if [ "$failures" -gt 0 ]; then
  echo "check-html-report: $failures check(s) failed for $report" >&2
  exit 1
fi
echo "check-html-report: $report renders as expected"

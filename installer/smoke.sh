#!/usr/bin/env bash
# Smoke-tests the built bundle headless: CLI commands, then the window offscreen (the first
# start's welcome, then a database).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app="${1:-$root/dist/revmentor/revmentor}"
[ -x "$app" ] || { echo "smoke: FAIL: no bundle at $app (run bash installer/build.sh)" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export REVMENTOR_DATA_DIR="$tmp/data" QT_QPA_PLATFORM=offscreen
unset REVMENTOR_DB
cd "$tmp"  # nothing may come from the source tree

fail() { echo "smoke: FAIL: $*" >&2; exit 1; }
step() { echo "smoke: \$ revmentor $*"; "$app" "$@" || fail "revmentor $* exited with $?"; }

step --version
step --db "$tmp/x.sqlite" demo --people 50
step --db "$tmp/x.sqlite" check | tee "$tmp/check.txt"
grep -q '^OK' "$tmp/check.txt" || fail "check did not print OK"
step --db "$tmp/x.sqlite" export people "$tmp/p.xlsx"
step --db "$tmp/x.sqlite" suggest --programme "Reverse Mentoring 2026/27" --json >"$tmp/pairs.json"
grep -q '"mentor_email"' "$tmp/pairs.json" || fail "suggest --json listed no pairs"
[ -s "$tmp/p.xlsx" ] || fail "export wrote no p.xlsx"
step --db "$tmp/x.sqlite" agreement 1 -o "$tmp/agreement.pdf"
step --db "$tmp/x.sqlite" report --programme "Reverse Mentoring 2026/27" -o "$tmp/report.pdf"
head -c 5 "$tmp/report.pdf" | grep -q '%PDF-' || fail "report wrote no PDF"

# The window stays up for 8 s (timeout's 124) and reports no error and no missing font.
window() {
  echo "smoke: \$ timeout 8 revmentor $*   (window, offscreen)"
  local status=0
  timeout 8 "$app" "$@" >"$tmp/window.log" 2>&1 || status=$?
  [ "$status" -eq 124 ] || { cat "$tmp/window.log" >&2; fail "the window exited early with $status (want 124: still up)"; }
  if grep -Eq 'Traceback|revmentor: error|OpenType support missing' "$tmp/window.log"; then
    cat "$tmp/window.log" >&2; fail "the window reported an error"
  fi
}
window  # the first start: the welcome asks, and nothing is made before the user chooses
db="$REVMENTOR_DATA_DIR/revmentor.sqlite"
[ ! -e "$db" ] || fail "the first start made the organisation's database $db before being asked"
window --db "$tmp/x.sqlite"  # a database with the demo in it
echo "smoke: PASS"

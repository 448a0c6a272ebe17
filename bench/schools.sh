#!/usr/bin/env bash
# School search on the release build with a fresh SQLite file holding 5,000 generated schools
# (`scripts/gen_schools.py 5000`, imported with `wegwijs import-schools`): search latency over
# eight searches (filters, every sort, deep pages) and the size of the search and comparison
# pages as served (compressed, without the WASM). Writes bench/schools-results.md (overwritten)
# and prints it.
#
# Usage: bench/schools.sh [--no-build] [--schools N]
# Budgets (issue 4): search p95 <= 20 ms, one request at a time (the server's own time; four at
# a time is reported too); page <= 100 KB compressed without WASM. A missed
# budget prints FAIL; the exit code is 0 whenever the report was written.
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$BENCH/../scripts/lib.sh"

build=1 schools=5000
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --schools) schools="$2"; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done
cd "$ROOT"
[ "$build" = 1 ] && scripts/build.sh
apt_install curl python3

bench_tmp schools
log "generating and importing $schools schools"
python3 scripts/gen_schools.py "$schools" >"$TMP/schools.csv"
start=$(date +%s.%N)
IMPORT="$("$SERVER_BIN" import-schools "$TMP/schools.csv" 2>/dev/null)"
IMPORT_S=$(python3 -c "import sys; print(round($(date +%s.%N) - $start, 2))")

bench_start 3960

log "searching"
# One at a time is the server's own time per search (the budget); four at a time on a 2-core
# machine that also runs the load generator adds queueing, reported for comparison.
RESULT="$(node "$BENCH/schools.mjs" --base "$BASE" --requests 400 --concurrency 1)"
LOADED="$(node "$BENCH/schools.mjs" --base "$BASE" --requests 400 --concurrency 4)"

# Page weight as a phone gets it: the HTML (brotli as served) plus the stylesheet; no WASM.
size() { curl -s -H 'Accept-Encoding: br, gzip' -o /dev/null -w '%{size_download}' "$1"; }
CSS_URL="$(curl -s "$BASE/schools" | grep -o '/pkg/wegwijs[^"]*\.css' | head -1)"
CSS=$(size "$BASE$CSS_URL")
SEARCH_PAGE=$(size "$BASE/schools?sent=1&route=all&keurmerk=1")
IDS="$(curl -s "$BASE/schools" | grep -o 'name="offer" value="[0-9]*"' | head -4 | grep -o '[0-9]*' | sed 's/^/offer=/' | paste -sd'&')"
COMPARE_PAGE=$(size "$BASE/schools/compare?$IDS")

python3 - "$RESULT" "$schools" "$IMPORT" "$IMPORT_S" "$SEARCH_PAGE" "$COMPARE_PAGE" "$CSS" "$(nproc)" "$LOADED" \
  >"$BENCH/schools-results.md" <<'PY'
import json, sys
r, loaded = json.loads(sys.argv[1]), json.loads(sys.argv[9])
schools, imported, import_s = sys.argv[2], sys.argv[3], sys.argv[4]
search_page, compare_page, css, cores = int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7]), sys.argv[8]
errors = sum(n for k, n in list(r["statuses"].items()) + list(loaded["statuses"].items()) if k != "200")
checks = [
    (r["p95_ms"] <= 20, f"search p95 {r['p95_ms']} ms (budget <= 20)"),
    (errors == 0, f"{errors} responses other than 200"),
    (search_page + css <= 100_000, f"search page {search_page:,} B + CSS {css:,} B = {search_page + css:,} B compressed (budget <= 100,000)"),
    (compare_page + css <= 100_000, f"comparison of 4 {compare_page:,} B + CSS {css:,} B = {compare_page + css:,} B compressed (budget <= 100,000)"),
]
print("# Schools benchmark\n")
print(f"Release build, SQLite, {cores} cores, load generator on the same machine. `bench/schools.sh`.\n")
print(f"- import of {int(schools):,} generated schools with `wegwijs import-schools`: {import_s} s ({imported})")
print(f"- {r['requests']} searches over 8 kinds (filters, every sort, page 40), {r['concurrency']} at a time: "
      f"p50 {r['p50_ms']} ms, p95 {r['p95_ms']} ms, p99 {r['p99_ms']} ms; statuses {r['statuses']}")
print(f"- the same with {loaded['concurrency']} at a time (queueing on {cores} cores shared with the load generator): "
      f"p50 {loaded['p50_ms']} ms, p95 {loaded['p95_ms']} ms, p99 {loaded['p99_ms']} ms\n")
for ok, text in checks:
    print(("PASS: " if ok else "FAIL: ") + text)
PY
cat "$BENCH/schools-results.md"

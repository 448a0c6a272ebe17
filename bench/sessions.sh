#!/usr/bin/env bash
# Booking under load and the session list, on the release build with a fresh SQLite file:
# 1,000 booking attempts from 64 concurrent clients at a 20-seat session, then the list with
# 10,000 sessions in the database. Writes bench/sessions-results.md (overwritten) and prints it.
#
# Usage: bench/sessions.sh [--no-build] [--clients N] [--concurrency N]
# Budgets (issue 7): >= 300 bookings/s, p99 <= 250 ms, exactly the capacity confirmed, no
# duplicates, no 5xx; list p95 <= 20 ms. A missed budget prints FAIL; the exit code is 0
# whenever the report was written.
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$BENCH/../scripts/lib.sh"

build=1 clients=1000 concurrency=64
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --clients) clients="$2"; shift ;;
    --concurrency) concurrency="$2"; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done
cd "$ROOT"
[ "$build" = 1 ] && scripts/build.sh
apt_install curl python3

bench_tmp sessions
bench_start 3950

log "booking: $clients attempts, $concurrency at a time, 20 seats; then the list"
RESULT="$(node "$BENCH/sessions.mjs" --base "$BASE" --db "$TMP/bench.db" --mail "$TMP/mail" \
  --clients "$clients" --concurrency "$concurrency" --seats 20 --sessions 10000)"
BUSY="$(grep -ci "database is locked\|database is busy" "$TMP/server.log" || true)"

python3 - "$RESULT" "$BUSY" "$(nproc)" >"$BENCH/sessions-results.md" <<'PY'
import json, sys
r, busy, cores = json.loads(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
db = r["database"]
errors = sum(n for k, n in r["outcomes"].items() if not k.startswith("303"))
checks = [
    (r["bookings_per_second"] >= 300, f"{r['bookings_per_second']} bookings/s (budget >= 300)"),
    (r["booking_p99_ms"] <= 250, f"booking p99 {r['booking_p99_ms']} ms (budget <= 250)"),
    (db["confirmed"] == db["capacity"] == db["taken"], f"{db['confirmed']} confirmed, {db['taken']} seats taken of {db['capacity']}"),
    (db["live"] == db["people"] == r["clients"], f"{db['live']} live bookings for {db['people']} people ({r['clients']} attempts): no duplicates"),
    (errors == 0, f"{errors} responses other than 303"),
    (busy == 0, f"{busy} 'database is busy/locked' lines in the server log"),
    (r["list_p95_ms"] <= 20, f"session list p95 {r['list_p95_ms']} ms with {r['sessions_in_db']:,} sessions (budget <= 20)"),
]
print("# Sessions benchmark\n")
print(f"Release build, SQLite, {cores} cores, load generator on the same machine. `bench/sessions.sh`.\n")
print(f"- {r['clients']} booking attempts, {r['concurrency']} concurrent clients, {r['seats']} seats: "
      f"{r['bookings_per_second']} bookings/s, p50 {r['booking_p50_ms']} ms, p99 {r['booking_p99_ms']} ms; outcomes {r['outcomes']}")
print(f"- list `/sessions?municipality=0344&language=ar`, 400 requests, 4 at a time: p50 {r['list_p50_ms']} ms, p95 {r['list_p95_ms']} ms\n")
for ok, text in checks:
    print(("PASS: " if ok else "FAIL: ") + text)
PY
cat "$BENCH/sessions-results.md"

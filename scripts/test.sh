#!/usr/bin/env bash
# Sets up everything the tests need on a fresh Debian 12 machine and runs every test:
# Rust unit and integration tests on SQLite and on a real PostgreSQL, the locale checks,
# the size budgets and the Playwright suite (JavaScript off and on) against a release build.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
started=$(date +%s)

apt_install postgresql chromium
ensure_postgres() {
  local cluster
  cluster="$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2" "$4}')"
  if [ -z "$cluster" ]; then
    log "creating a PostgreSQL cluster"
    as_root pg_createcluster 15 main >/dev/null
    cluster="15 main down"
  fi
  set -- $cluster
  if [ "$3" != "online" ]; then
    log "starting PostgreSQL $1/$2"
    as_root pg_ctlcluster "$1" "$2" start
  fi
  local psql=(as_root su postgres -c)
  if ! "${psql[@]}" "psql -tAc \"select 1 from pg_roles where rolname = 'wegwijs_test'\"" | grep -q 1; then
    "${psql[@]}" "psql -qc \"create role wegwijs_test login createdb password 'wegwijs_test'\""
  fi
  # Databases left behind by earlier runs (each test makes its own).
  "${psql[@]}" "psql -tAc \"select datname from pg_database where datname like 'wegwijs_test_%'\"" |
    while read -r db; do [ -n "$db" ] && "${psql[@]}" "dropdb --if-exists $db"; done
}
ensure_postgres
export TEST_DATABASE_URL="postgres://wegwijs_test:wegwijs_test@127.0.0.1:5432/postgres"

log "node packages for the end-to-end tests and the mail server (maildev)"
(cd end2end && npm ci --no-audit --no-fund --silent)

# A real SMTP server for the tests; its REST API lets them read what was sent.
ensure_maildev() {
  if ! curl -fsS http://127.0.0.1:1080/api/email >/dev/null 2>&1; then
    log "starting maildev (SMTP 1025, API 1080)"
    (cd end2end && exec npx maildev --smtp 1025 --web 1080 --ip 127.0.0.1 >"${TMPDIR:-/tmp}/wegwijs-maildev.log" 2>&1) &
    MAILDEV_PID=$!
    trap '[ -n "${MAILDEV_PID:-}" ] && kill "$MAILDEV_PID" 2>/dev/null || true' EXIT
    for _ in $(seq 1 50); do
      curl -fsS http://127.0.0.1:1080/api/email >/dev/null 2>&1 && return 0
      sleep 0.2
    done
    echo "maildev did not start" >&2
    exit 1
  fi
}
ensure_maildev
export TEST_SMTP_URL="smtp://127.0.0.1:1025" TEST_MAILDEV_URL="http://127.0.0.1:1080"

scripts/build.sh

log "Rust: formatting and lints"
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings

log "Rust: unit, locale and integration tests (SQLite and PostgreSQL)"
# Release profile: reuses the dependencies scripts/build.sh just compiled.
cargo test --workspace --release --locked

log "Playwright: release build, JavaScript off and on, axe, size budgets"
cd end2end
export WEGWIJS_SERVER_BIN="$SERVER_BIN" WEGWIJS_SITE_ROOT="$SITE"
npx playwright test

log "all tests passed in $(( $(date +%s) - started )) s"

#!/usr/bin/env bash
# Builds the release portal and serves it on the embedded SQLite database (data/wegwijs.db)
# at http://127.0.0.1:${WEGWIJS_PORT:-3000}. Every setting can be overridden: see README.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
scripts/build.sh
export DATABASE_URL="${DATABASE_URL:-sqlite://data/wegwijs.db}"
export WEGWIJS_SITE_ROOT="${WEGWIJS_SITE_ROOT:-$SITE}"
"$SERVER_BIN" migrate
"$SERVER_BIN" seed-demo
log "serving at http://${WEGWIJS_HOST:-127.0.0.1}:${WEGWIJS_PORT:-3000} (Ctrl-C stops)"
exec "$SERVER_BIN" serve

# Shared by the scripts in this folder: where build outputs and tools live, and how to
# install what is missing. Sourced, not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Outside the clone, so a machine that built before (CI included) rebuilds only what changed.
WEGWIJS_CACHE="${WEGWIJS_CACHE:-$HOME/.cache/wegwijs}"
TOOLS="$WEGWIJS_CACHE/tools"
SITE="$WEGWIJS_CACHE/site"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$WEGWIJS_CACHE/target}"
FRONT_TARGET_DIR="$WEGWIJS_CACHE/front"
export PATH="$TOOLS/bin:$TOOLS/node_modules/.bin:$HOME/.cargo/bin:$PATH"
SERVER_BIN="$CARGO_TARGET_DIR/release/wegwijs"

WASM_BINDGEN_VERSION="0.2.130"   # must equal the wasm-bindgen pin in Cargo.toml
BINARYEN_VERSION="132.0.0"       # never Debian's binaryen: it breaks hydration (toolchain.md)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Installs Debian packages that are missing (only the ones named).
apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing ${missing[*]} (apt)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

ensure_build_tools() {
  mkdir -p "$TOOLS"
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
    log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes, once per machine)"
    # Without --locked: with it, resolution fails on webpki-roots (toolchain.md).
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --root "$TOOLS" --quiet
  fi
  if [ ! -x "$TOOLS/node_modules/.bin/wasm-opt" ] || ! grep -q "\"version\": \"$BINARYEN_VERSION\"" "$TOOLS/node_modules/binaryen/package.json" 2>/dev/null; then
    log "installing binaryen $BINARYEN_VERSION (npm)"
    npm install --prefix "$TOOLS" --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION"
  fi
}

# For bench/: a temp dir in $TMP (removed on exit, with the server) holding a fresh SQLite
# database ($DATABASE_URL) and file mail. Call bench_start next to start the release server.
bench_tmp() {
  TMP="$(mktemp -d -t "wegwijs-bench-$1.XXXXXX")"
  SERVER_PID=""
  trap bench_stop EXIT
  export DATABASE_URL="sqlite://$TMP/bench.db" RUST_LOG=warn
}
bench_stop() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  rm -rf "$TMP"
}
# Starts the release server on the first free port from $1 (or WEGWIJS_BENCH_PORT); sets BASE.
bench_start() {
  PORT="${WEGWIJS_BENCH_PORT:-$1}"
  while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
  BASE="http://127.0.0.1:$PORT"
  log "starting the server on $BASE (SQLite in $TMP, mail as files)"
  WEGWIJS_HOST=127.0.0.1 WEGWIJS_PORT="$PORT" WEGWIJS_SITE_ROOT="$SITE" WEGWIJS_MAIL_URL="file://$TMP/mail" \
    "$SERVER_BIN" >"$TMP/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 120); do curl -fsS -o /dev/null "$BASE/health" 2>/dev/null && return 0; sleep 0.5; done
  echo "the server did not start; see $TMP/server.log" >&2
  return 1
}

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

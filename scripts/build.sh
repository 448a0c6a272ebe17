#!/usr/bin/env bash
# Builds the release site without cargo-leptos: the islands WASM bundle (size-optimised),
# the hashed and pre-compressed static files, and the server binary.
# Output: $WEGWIJS_CACHE/site (static files) and $WEGWIJS_CACHE/target/release/wegwijs.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
ensure_build_tools

log "building the browser bundle (wasm32, profile wasm-release)"
cargo build -p app --lib --profile wasm-release --target wasm32-unknown-unknown \
  --no-default-features --features hydrate --target-dir "$FRONT_TARGET_DIR"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
wasm-bindgen --target web --no-typescript --out-dir "$stage" --out-name wegwijs \
  "$FRONT_TARGET_DIR/wasm32-unknown-unknown/wasm-release/app.wasm"
log "optimising the WASM (wasm-opt -Oz)"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$stage/wegwijs_bg.wasm" -o "$stage/wegwijs.wasm"

log "writing the site to $SITE"
rm -rf "$SITE.new" && mkdir -p "$SITE.new/pkg"
cp -r public/. "$SITE.new/"
: > "$SITE.new/hash.txt"
for kind in js wasm css; do
  case "$kind" in css) src="style/main.css" ;; *) src="$stage/wegwijs.$kind" ;; esac
  hash="$(sha256sum "$src" | cut -c1-16)"
  cp "$src" "$SITE.new/pkg/wegwijs.$hash.$kind"
  echo "$kind: $hash" >> "$SITE.new/hash.txt"
done
node "$ROOT/scripts/precompress.mjs" "$SITE.new"
rm -rf "$SITE" && mv "$SITE.new" "$SITE"

log "building the server (release)"
cargo build -p server --release --bin wegwijs
log "built: $SERVER_BIN and $SITE"

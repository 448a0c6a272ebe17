#!/usr/bin/env bash
# Benchmarks the release build of the portal and writes a Markdown report to bench/results.md
# (overwritten) and stdout: first-load transfer size, SSR throughput, latency at a fixed rate,
# a stall test and Lighthouse (mobile). See bench/README.md.
#
# Usage: bench/run.sh [--no-build]
# Exits 0 when the report was written, even if budgets fail (each failing budget prints a
# FAIL line); exits non-zero only when the benchmark itself could not run.
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$BENCH/../scripts/lib.sh"

build=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $arg (usage: bench/run.sh [--no-build])" >&2; exit 2 ;;
  esac
done

# --- Budgets -------------------------------------------------------------------------------
KB=1000                       # 1 KB = 1,000 bytes (the stricter reading)
BUDGET_NO_JS_KB=100           # HTML + CSS + favicon, as transferred
BUDGET_JS_WASM_KB=150         # JS + WASM, brotli
BUDGET_RPS=2000               # SSR of / at saturation
BUDGET_FIXED_P99_MS=50        # p99 at 200 req/s
BUDGET_LH_PERF=95
BUDGET_LH_A11Y=100

LIGHTHOUSE_VERSION="12.8.2"   # 13 needs a newer Node than Debian's
BENCH_TOOLS="$WEGWIJS_CACHE/bench-tools"
LH_OUT="$WEGWIJS_CACHE/bench"  # full Lighthouse JSON reports (outside the clone)

# --- Build and tools -----------------------------------------------------------------------
cd "$ROOT"
if [ "$build" = 1 ]; then
  "$ROOT/scripts/build.sh"
fi
[ -x "$SERVER_BIN" ] || { echo "no server binary at $SERVER_BIN (run scripts/build.sh)" >&2; exit 1; }
[ -f "$SITE/hash.txt" ] || { echo "no built site at $SITE (run scripts/build.sh)" >&2; exit 1; }

apt_install wrk chromium curl
if ! grep -q "\"version\": \"$LIGHTHOUSE_VERSION\"" "$BENCH_TOOLS/node_modules/lighthouse/package.json" 2>/dev/null; then
  log "installing lighthouse $LIGHTHOUSE_VERSION (npm, into $BENCH_TOOLS)"
  mkdir -p "$BENCH_TOOLS"
  npm install --prefix "$BENCH_TOOLS" --no-audit --no-fund --silent "lighthouse@$LIGHTHOUSE_VERSION"
fi
LIGHTHOUSE="$BENCH_TOOLS/node_modules/.bin/lighthouse"
CHROME="$(command -v chromium || echo /usr/bin/chromium)"

# --- Server --------------------------------------------------------------------------------
TMP="$(mktemp -d -t wegwijs-bench.XXXXXX)"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT="${WEGWIJS_BENCH_PORT:-3900}"
while port_in_use "$PORT"; do PORT=$((PORT + 1)); done
BASE="http://127.0.0.1:$PORT"

log "starting the server on $BASE (SQLite in $TMP)"
WEGWIJS_HOST=127.0.0.1 WEGWIJS_PORT="$PORT" DATABASE_URL="sqlite://$TMP/bench.db" \
  WEGWIJS_SITE_ROOT="$SITE" WEGWIJS_LOG_FORMAT=pretty RUST_LOG=warn \
  "$SERVER_BIN" >"$TMP/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  if curl -fsS -o /dev/null "$BASE/health" 2>/dev/null; then break; fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "the server exited before it was ready; its log:" >&2; cat "$TMP/server.log" >&2; exit 1
  fi
  sleep 0.5
done
curl -fsS -o /dev/null "$BASE/health" || { echo "no answer on /health after 60 s; log:" >&2; cat "$TMP/server.log" >&2; exit 1; }

# --- Report helpers ------------------------------------------------------------------------
REPORT="$TMP/report.md"
: >"$REPORT"
SUMMARY=()
FAILS=0
out() { printf '%s\n' "$*" >>"$REPORT"; }
# budget <pass:0|1> <text>
budget() {
  if [ "$1" = 1 ]; then SUMMARY+=("PASS: $2"); else SUMMARY+=("FAIL: $2"); FAILS=$((FAILS + 1)); fi
}
pf() { if [ "$1" = 1 ]; then echo PASS; else echo FAIL; fi; }
# Floating-point comparison: ge A B -> 1 when A >= B (0 when A is empty or not a number).
ge() { awk -v a="$1" -v b="$2" 'BEGIN { print (a ~ /^-?[0-9.]+$/ && a + 0 >= b + 0) ? 1 : 0 }'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { print (a ~ /^-?[0-9.]+$/ && a + 0 <= b + 0) ? 1 : 0 }'; }
eq() { awk -v a="$1" -v b="$2" 'BEGIN { print (a ~ /^-?[0-9.]+$/ && a + 0 == b + 0) ? 1 : 0 }'; }
thousands() { printf '%s' "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|[,.]\)/\1,\2\3/;ta'; }
kb() { awk -v b="$1" -v k="$KB" 'BEGIN { printf "%.1f KB", b / k }'; }
# jget <json file> <key> : prints a top-level field ("-" when missing or null; objects as JSON).
jget() {
  node -e 'const o = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
           const v = o[process.argv[2]];
           console.log(v === undefined || v === null ? "-" : typeof v === "object" ? JSON.stringify(v) : v);' "$1" "$2"
}

commit="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo "none (no commit yet)")"
if [ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null | head -1)" ]; then commit="$commit, with uncommitted changes"; fi
cpu_model="$(awk -F: '/^model name/ { sub(/^ +/, "", $2); print $2; exit }' /proc/cpuinfo 2>/dev/null || true)"

out "# Wegwijs benchmark"
out ""
out "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
out "- Commit: $commit"
out "- Machine: $(nproc) CPUs (nproc)${cpu_model:+, $cpu_model}, $(awk '/MemTotal/ { printf "%.1f GB RAM", $2 / 1048576 }' /proc/meminfo)"
out "- Load average when the run started (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
out "- **The load generators (wrk, Node, Chromium) run on the same machine as the server** and compete with it for the CPUs; numbers are lower than on a dedicated load generator."
out "- Server: release build ($SERVER_BIN), SQLite in a fresh temp dir, RUST_LOG=warn, $BASE"
out "- Tools: $(wrk -v 2>&1 | head -1 | awk '{print $1, $2}'), Node $(node --version), $("$CHROME" --version 2>/dev/null | head -1 | awk '{print $1, $2}'), Lighthouse $("$LIGHTHOUSE" --version 2>/dev/null || echo '?')"
out ""

# --- (a) First-load transfer ---------------------------------------------------------------
phase_a() {
  log "(a) first-load transfer"
  curl -fsS --compressed "$BASE/" -o "$TMP/home.html" || : >"$TMP/home.html"
  # Prints "kind url" for the stylesheet, favicon, island loader JS (modulepreload) and WASM (preload).
  node - "$TMP/home.html" >"$TMP/assets.txt" <<'EOF'
  const html = require("fs").readFileSync(process.argv[2], "utf8");
  const decode = (s) => s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'");
  const found = {};
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const attrs = {};
    const body = tag.replace(/^<link\b/i, "");
    for (const m of body.matchAll(/([a-zA-Z_:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      attrs[m[1].toLowerCase()] = decode(m[2] ?? m[3] ?? m[4] ?? "");
    }
    const rel = (attrs.rel ?? "").toLowerCase().split(/\s+/);
    const href = attrs.href;
    if (!href) continue;
    if (rel.includes("stylesheet")) found.css ??= href;
    else if (rel.includes("icon")) found.favicon ??= href;
    else if (rel.includes("modulepreload")) found.js ??= href;
    else if (rel.includes("preload") && (/\.wasm(\?|$)/.test(href) || attrs.type === "application/wasm")) found.wasm ??= href;
  }
  for (const kind of ["css", "favicon", "js", "wasm"]) console.log(kind, found[kind] ?? "-");
EOF
  asset() { awk -v k="$1" '$1 == k { print $2 }' "$TMP/assets.txt"; }

  # measure <url path> -> "status encoding bytes" (bytes = body as sent, not decompressed)
  measure() {
    local headers="$TMP/headers.txt" size status enc
    size="$(curl -s -o /dev/null -D "$headers" -H 'Accept-Encoding: br, gzip' -w '%{size_download}' "$BASE$1")"
    status="$(awk 'NR == 1 { print $2 }' "$headers")"
    enc="$(awk -F': *' 'tolower($1) == "content-encoding" { gsub(/\r/, "", $2); print $2 }' "$headers" | tail -1)"
    echo "$status ${enc:-identity} $size"
  }

  out "## (a) First-load transfer of the home page"
  out ""
  out "Request header \`Accept-Encoding: br, gzip\`; bytes = response body as sent on the wire (not decompressed, HTTP headers not counted). Asset URLs are taken from the HTML of \`/\`. 1 KB = 1,000 bytes."
  out ""
  out "| resource | URL | encoding | bytes |"
  out "|---|---|---|---:|"
  declare -gA BYTES ENC
  notes=()
  html_encoding=identity
  for row in "HTML:html:/" "CSS:css:$(asset css)" "favicon:favicon:$(asset favicon)" "JS (island loader):js:$(asset js)" "WASM:wasm:$(asset wasm)"; do
    name="${row%%:*}"; rest="${row#*:}"; kind="${rest%%:*}"; url="${rest#*:}"
    if [ "$url" = "-" ] || [ -z "$url" ]; then
      out "| $name | (not referenced by the page) | - | - |"
      notes+=("$name: no URL found in the HTML of /.")
      BYTES[$kind]=0; ENC[$kind]="-"
      continue
    fi
    read -r status enc size <<<"$(measure "$url")"
    BYTES[$kind]="$size"; ENC[$kind]="$enc"
    [ "$kind" = html ] && html_encoding="$enc"
    [ "$status" = 200 ] || notes+=("$name ($url) answered HTTP $status, not 200.")
    out "| $name | \`$url\` | $enc | $(thousands "$size") |"
  done
  no_js=$(( BYTES[html] + BYTES[css] + BYTES[favicon] ))
  js_wasm=$(( BYTES[js] + BYTES[wasm] ))
  ok_no_js=$(le "$no_js" $((BUDGET_NO_JS_KB * KB)))
  ok_js_wasm=$(le "$js_wasm" $((BUDGET_JS_WASM_KB * KB)))
  if [ "${ENC[js]}" != br ] || [ "${ENC[wasm]}" != br ]; then notes+=("JS/WASM were not both served as brotli (js: ${ENC[js]}, wasm: ${ENC[wasm]}).") ; fi
  out ""
  out "| total | bytes | budget | result |"
  out "|---|---:|---|---|"
  out "| without JS/WASM (HTML + CSS + favicon) | $(thousands "$no_js") ($(kb "$no_js")) | ≤ $BUDGET_NO_JS_KB KB | $(pf "$ok_no_js") |"
  out "| JS + WASM | $(thousands "$js_wasm") ($(kb "$js_wasm")) | ≤ $BUDGET_JS_WASM_KB KB brotli | $(pf "$ok_js_wasm") |"
  for n in "${notes[@]+"${notes[@]}"}"; do out ""; out "Note: $n"; done
  out ""
  budget "$ok_no_js" "first load without JS/WASM $(kb "$no_js") (budget ≤ $BUDGET_NO_JS_KB KB)"
  budget "$ok_js_wasm" "JS + WASM $(kb "$js_wasm") (budget ≤ $BUDGET_JS_WASM_KB KB brotli)"
}

# --- (b) SSR throughput --------------------------------------------------------------------
phase_b() {
  log "(b) SSR throughput (wrk: 3 s warm-up, then 15 s)"
  # Latency value from wrk (e.g. 850.00us, 1.23ms, 1.02s) -> milliseconds.
  to_ms() {
    awk '{ v = $1; u = v; sub(/[0-9.]+/, "", u); n = v + 0;
           if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000;
           printf "%.2f", n }'
  }
  wrk_field() { # <wrk output> <rps|p50|p99|errors>
    case "$2" in
      rps) awk '/^Requests\/sec:/ { print $2 }' "$1" ;;
      p50) awk '$1 == "50%" { print $2 }' "$1" | to_ms ;;
      p99) awk '$1 == "99%" { print $2 }' "$1" | to_ms ;;
      errors) awk '/Non-2xx or 3xx responses:/ { n += $NF }
                   /Socket errors:/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) n += $i + 0 }
                   END { print n + 0 }' "$1" ;;
    esac
  }
  run_wrk() { # <output file> <duration> [extra wrk args...]
    local file="$1" dur="$2"; shift 2
    wrk -t2 -c64 -d"$dur" --latency "$@" "$BASE/" >"$file" 2>&1 || true
  }
  run_wrk "$TMP/wrk-warmup.txt" 3s
  run_wrk "$TMP/wrk.txt" 15s
  rps="$(wrk_field "$TMP/wrk.txt" rps)"
  wrk_err="$(wrk_field "$TMP/wrk.txt" errors)"
  ok_rps=$([ "$(ge "$rps" "$BUDGET_RPS")" = 1 ] && [ "$wrk_err" = 0 ] && echo 1 || echo 0)

  out "## (b) SSR throughput of \`/\` at saturation"
  out ""
  out "\`wrk -t2 -c64 -d15s --latency\` after a 3 s warm-up (closed loop: latency here includes queueing at saturation). Errors = non-2xx/3xx responses + socket errors."
  out ""
  out "| run | req/s | p50 | p99 | errors | budget | result |"
  out "|---|---:|---:|---:|---:|---|---|"
  out "| \`/\` (no Accept-Encoding) | $(thousands "${rps:-?}") | $(wrk_field "$TMP/wrk.txt" p50) ms | $(wrk_field "$TMP/wrk.txt" p99) ms | $wrk_err | ≥ $(thousands $BUDGET_RPS) req/s, 0 errors | $(pf "$ok_rps") |"
  if [ "$html_encoding" != identity ]; then
    # The HTML is compressed per request when the client asks: measure that too (no budget).
    log "(b) SSR throughput with Accept-Encoding: br, gzip (15 s)"
    run_wrk "$TMP/wrk-br.txt" 15s -H 'Accept-Encoding: br, gzip'
    out "| \`/\` with \`Accept-Encoding: br, gzip\` (served $html_encoding; informational) | $(thousands "$(wrk_field "$TMP/wrk-br.txt" rps)") | $(wrk_field "$TMP/wrk-br.txt" p50) ms | $(wrk_field "$TMP/wrk-br.txt" p99) ms | $(wrk_field "$TMP/wrk-br.txt" errors) | - | - |"
  fi
  [ -n "$rps" ] || { out ""; out "Note: wrk printed no result:"; out '```'; cat "$TMP/wrk.txt" >>"$REPORT"; out '```'; }
  out ""
  budget "$ok_rps" "SSR throughput ${rps:-?} req/s with $wrk_err errors (budget ≥ $BUDGET_RPS req/s, 0 errors)"
}

# --- (c) Fixed rate ------------------------------------------------------------------------
phase_c() {
  log "(c) p99 latency at 200 req/s for 20 s"
  node "$BENCH/fixed-rate.mjs" "$BASE/" 200 20 >"$TMP/fixed.json" 2>"$TMP/fixed.err" || true
  out "## (c) Latency at a fixed 200 req/s"
  out ""
  out "\`node bench/fixed-rate.mjs\`: open loop, one request every 5 ms for 20 s regardless of responses (keep-alive), latency counted from the scheduled send time; percentiles over successful responses."
  out ""
  if [ -s "$TMP/fixed.json" ]; then
    f() { jget "$TMP/fixed.json" "$1"; }
    f_err="$(f errors)"; f_p99="$(f p99_ms)"
    ok_fixed=$([ "$(le "$f_p99" "$BUDGET_FIXED_P99_MS")" = 1 ] && [ "$f_err" = 0 ] && echo 1 || echo 0)
    out "| sent | ok | errors | p50 | p95 | p99 | max | budget | result |"
    out "|---:|---:|---:|---:|---:|---:|---:|---|---|"
    out "| $(thousands "$(f sent)") | $(thousands "$(f ok)") | $(thousands "$f_err") | $(f p50_ms) ms | $(f p95_ms) ms | $f_p99 ms | $(f max_ms) ms | p99 ≤ $BUDGET_FIXED_P99_MS ms, 0 errors | $(pf "$ok_fixed") |"
    [ "$f_err" = 0 ] || { out ""; out "Errors by kind: \`$(f errors_by_kind)\`"; }
    [ "$(f late_sends)" = 0 ] || { out ""; out "Note: $(f late_sends) requests left more than 5 ms after their scheduled time (client busy); their latency still counts from the schedule."; }
  else
    ok_fixed=0; f_p99="?"; f_err="?"
    out "The script failed:"; out '```'; cat "$TMP/fixed.err" >>"$REPORT"; out '```'
  fi
  out ""
  budget "$ok_fixed" "p99 at 200 req/s $f_p99 ms with $f_err errors (budget ≤ $BUDGET_FIXED_P99_MS ms, 0 errors)"
}

# --- (d) Stalls ----------------------------------------------------------------------------
phase_d() {
  log "(d) 10,000 requests at concurrency 32, 5 s timeout"
  node "$BENCH/stall.mjs" "$BASE/" 10000 32 5 >"$TMP/stall.json" 2>"$TMP/stall.err" || true
  out "## (d) Stall test"
  out ""
  out "\`node bench/stall.mjs\`: 10,000 GET \`/\` from 32 keep-alive workers; every body read to the end; stalled = body not complete within 5 s (then aborted); failed = non-200 or connection error."
  out ""
  if [ -s "$TMP/stall.json" ]; then
    s() { jget "$TMP/stall.json" "$1"; }
    s_stalled="$(s stalled)"; s_failed="$(s failed)"
    ok_stall=$([ "$s_stalled" = 0 ] && [ "$s_failed" = 0 ] && echo 1 || echo 0)
    out "| total | ok (200) | failed | stalled | elapsed | req/s | p50 | p99 | max | budget | result |"
    out "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"
    out "| $(thousands "$(s total)") | $(thousands "$(s ok_200)") | $(thousands "$s_failed") | $(thousands "$s_stalled") | $(s elapsed_s) s | $(thousands "$(s req_per_s)") | $(s p50_ms) ms | $(s p99_ms) ms | $(s max_ms) ms | 0 stalled, 0 failed | $(pf "$ok_stall") |"
    [ "$s_failed" = 0 ] || { out ""; out "Failures by kind: \`$(s failed_by_kind)\`"; }
  else
    ok_stall=0; s_stalled="?"; s_failed="?"
    out "The script failed:"; out '```'; cat "$TMP/stall.err" >>"$REPORT"; out '```'
  fi
  out ""
  budget "$ok_stall" "stall test: $s_stalled stalled, $s_failed failed of 10,000 (budget 0 and 0)"
}

# --- (e) Lighthouse ------------------------------------------------------------------------
phase_e() {
  out "## (e) Lighthouse (mobile, default config)"
  out ""
  out "Lighthouse $LIGHTHOUSE_VERSION, default mobile emulation with simulated throttling, headless Chromium; full reports in \`$LH_OUT\`."
  out ""
  out "| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | budget | result |"
  out "|---|---:|---:|---:|---:|---:|---:|---:|---|---|"
  mkdir -p "$LH_OUT"
  LH_NOTES="$TMP/lh-notes.md"
  : >"$LH_NOTES"
  for lang in nl ar; do
    url="$BASE/?lang=$lang"
    json="$LH_OUT/lighthouse-$lang.report.json"
    rm -f "$json"
    log "(e) Lighthouse $url"
    CHROME_PATH="$CHROME" timeout 300 "$LIGHTHOUSE" "$url" --quiet --output=json --output-path="$json" \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
      >"$TMP/lh-$lang.log" 2>&1 || true
    if [ ! -s "$json" ]; then
      out "| \`/?lang=$lang\` | - | - | - | - | - | - | - | perf ≥ $BUDGET_LH_PERF, a11y = $BUDGET_LH_A11Y | FAIL |"
      { echo; echo "- \`/?lang=$lang\`: Lighthouse did not write a report; last lines of its output:"; echo
        echo '```'; tail -n 15 "$TMP/lh-$lang.log"; echo '```'; echo; } >>"$LH_NOTES"
      budget 0 "Lighthouse /?lang=$lang performance: Lighthouse did not run (budget ≥ $BUDGET_LH_PERF)"
      budget 0 "Lighthouse /?lang=$lang accessibility: Lighthouse did not run (budget = $BUDGET_LH_A11Y)"
      continue
    fi
    # Prints: perf a11y bp seo lcp_ms tbt_ms cls, then lines of notes.
    node - "$json" >"$TMP/lh-$lang.txt" <<'EOF'
  const r = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
  const score = (id) => (r.categories?.[id]?.score == null ? "-" : Math.round(r.categories[id].score * 100));
  const num = (id, digits) => {
    const v = r.audits?.[id]?.numericValue;
    return v == null ? "-" : v.toFixed(digits);
  };
  console.log([score("performance"), score("accessibility"), score("best-practices"), score("seo"),
    num("largest-contentful-paint", 0), num("total-blocking-time", 0), num("cumulative-layout-shift", 3)].join(" "));
  if (r.runtimeError) console.log(`runtime error: ${r.runtimeError.code} ${r.runtimeError.message}`);
  for (const w of r.runWarnings ?? []) console.log(`warning: ${w.replace(/\s+/g, " ")}`);
  for (const id of ["accessibility", "best-practices", "seo"]) {
    const failing = (r.categories?.[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && r.audits[ref.id]?.score != null && r.audits[ref.id].score < 1)
      .map((ref) => ref.id);
    if (failing.length) console.log(`${id} audits not passed: ${failing.join(", ")}`);
  }
  const perf = r.categories?.performance?.score;
  if (perf != null && perf < 1) {
    const metrics = ["first-contentful-paint", "largest-contentful-paint", "speed-index", "total-blocking-time", "cumulative-layout-shift"]
      .map((id) => `${id} ${r.audits[id]?.displayValue ?? "-"} (score ${r.audits[id]?.score ?? "-"})`);
    console.log(`performance metrics: ${metrics.join("; ")}`);
  }
EOF
    read -r lp la lb ls llcp ltbt lcls <"$TMP/lh-$lang.txt"
    ok_lh=$([ "$(ge "$lp" "$BUDGET_LH_PERF")" = 1 ] && [ "$(eq "$la" "$BUDGET_LH_A11Y")" = 1 ] && echo 1 || echo 0)
    out "| \`/?lang=$lang\` | $lp | $la | $lb | $ls | $(thousands "$llcp") ms | $(thousands "$ltbt") ms | $lcls | perf ≥ $BUDGET_LH_PERF, a11y = $BUDGET_LH_A11Y | $(pf "$ok_lh") |"
    tail -n +2 "$TMP/lh-$lang.txt" | sed "s|^|- \`/?lang=$lang\` |" >>"$LH_NOTES"
    budget "$(ge "$lp" "$BUDGET_LH_PERF")" "Lighthouse /?lang=$lang performance $lp (budget ≥ $BUDGET_LH_PERF)"
    budget "$(eq "$la" "$BUDGET_LH_A11Y")" "Lighthouse /?lang=$lang accessibility $la (budget = $BUDGET_LH_A11Y)"
  done
  if [ -s "$LH_NOTES" ]; then out ""; cat -s "$LH_NOTES" >>"$REPORT"; fi
  out ""
}

# --- (f) Obligations evaluation ------------------------------------------------------------
phase_f() {
  out "## (f) One obligations evaluation"
  out ""
  local json mean
  json="$(cd "$ROOT" && cargo bench -q -p app --bench evaluate 2>/dev/null | tail -n 1)"
  mean="$(printf '%s' "$json" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{console.log(JSON.parse(s).mean_us)}catch{console.log("-")}})')"
  out "| evaluations | mean | budget | result |"
  out "|---:|---:|---|---|"
  local ok; ok="$(le "$mean" 1000)"
  out "| 100,000 | ${mean} µs | < 1 ms | $(pf "$ok") |"
  out ""
  out "Command: \`cargo bench -p app --bench evaluate\` (pure Rust, in process; the HTTP round trip is measured in (b))."
  out ""
  budget "$ok" "one obligations evaluation: ${mean} µs (budget < 1,000 µs)"
}

# --- Run the sections, stopping when the server is gone ----------------------------------
declare -A PHASE_TITLE=(
  [a]="(a) First-load transfer of the home page" [b]="(b) SSR throughput of \`/\` at saturation"
  [c]="(c) Latency at a fixed 200 req/s" [d]="(d) Stall test" [e]="(e) Lighthouse (mobile, default config)"
  [f]="(f) One obligations evaluation"
)
SERVER_STATUS=""   # why the server stopped, once it has
# Returns 1 (and reports it) when the server is no longer running.
server_check() { # <section>
  [ -z "$SERVER_STATUS" ] || return 1
  if kill -0 "$SERVER_PID" 2>/dev/null; then return 0; fi
  local rc=0
  wait "$SERVER_PID" 2>/dev/null || rc=$?
  case "$rc" in
    0) SERVER_STATUS="exit status 0, a clean shutdown: it got SIGTERM or SIGINT from outside this script" ;;
    12[89]|1[3-9][0-9]|2[0-9][0-9]) SERVER_STATUS="killed by signal $((rc - 128)) (SIG$(kill -l $((rc - 128)) 2>/dev/null || echo '?'))" ;;
    *) SERVER_STATUS="exit status $rc" ;;
  esac
  out ""
  out "**The server stopped during section $1 ($SERVER_STATUS). The results of this section are not valid; the sections after it were skipped.**"
  out ""
  budget 0 "the server stopped during section $1: $SERVER_STATUS"
  return 1
}
for phase in a b c d e f; do
  if [ -n "$SERVER_STATUS" ]; then
    out "## ${PHASE_TITLE[$phase]}"; out ""; out "Skipped: the server was no longer running."; out ""
    budget 0 "section ($phase) not measured: the server was no longer running"
    continue
  fi
  "phase_$phase"
  server_check "($phase)" || true
done

# --- Summary -------------------------------------------------------------------------------
out "## Budgets"
out ""
out "$FAILS of ${#SUMMARY[@]} budgets failed."
out ""
out '```'
for line in "${SUMMARY[@]}"; do out "$line"; done
out '```'
if [ -s "$TMP/server.log" ]; then
  out ""
  out "Server log (RUST_LOG=warn), last lines:"
  out '```'
  tail -n 20 "$TMP/server.log" >>"$REPORT"
  out '```'
fi

cp "$REPORT" "$BENCH/results.md"
cat "$REPORT"
echo
if [ "$FAILS" -gt 0 ]; then
  for line in "${SUMMARY[@]}"; do case "$line" in FAIL:*) echo "$line" ;; esac; done
fi
log "report written to $BENCH/results.md"
exit 0

// Stall test: a fixed number of GET requests from a fixed number of workers (each sends its
// next request when the previous one is done), every response body read to the end. A request
// whose body is not complete within the timeout counts as stalled and is aborted.
// Node 20, no dependencies.
//
// Usage: node bench/stall.mjs <url> [total=10000] [concurrency=32] [timeout_s=5]
// Prints one JSON object: {total, ok_200, failed, stalled, elapsed_s, ...}.
import http from "node:http";
import { performance } from "node:perf_hooks";

const [url, totalArg = "10000", concurrencyArg = "32", timeoutArg = "5"] = process.argv.slice(2);
if (!url) {
  console.error("usage: node stall.mjs <url> [total] [concurrency] [timeout_s]");
  process.exit(2);
}
const total = Number(totalArg);
const concurrency = Number(concurrencyArg);
const timeoutMs = Number(timeoutArg) * 1000;

const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

let issued = 0;
let ok200 = 0;
let failed = 0;
let stalled = 0;
let maxMs = 0;
const failedKinds = {};
const latencies = [];

// Resolves with null (200, body complete), "stalled", or a failure kind.
function one() {
  return new Promise((resolve) => {
    const began = performance.now();
    let settled = false;
    const settle = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const ms = performance.now() - began;
      if (result === null) latencies.push(ms);
      maxMs = Math.max(maxMs, ms);
      resolve(result);
    };
    const req = http.get(url, { agent }, (res) => {
      const status = res.statusCode;
      res.on("data", () => {});
      res.on("end", () => settle(status === 200 ? null : `http_${status}`));
      res.on("error", (e) => settle(e.code ?? "response_error"));
      res.on("close", () => settle("premature_close"));
    });
    req.on("error", (e) => settle(e.code ?? "request_error"));
    const timer = setTimeout(() => {
      settle("stalled");
      req.destroy();
    }, timeoutMs);
  });
}

async function worker() {
  while (issued < total) {
    issued += 1;
    const result = await one();
    if (result === null) ok200 += 1;
    else if (result === "stalled") stalled += 1;
    else {
      failed += 1;
      failedKinds[result] = (failedKinds[result] ?? 0) + 1;
    }
  }
}

const start = performance.now();
await Promise.all(Array.from({ length: concurrency }, worker));
const elapsed = (performance.now() - start) / 1000;
agent.destroy();

latencies.sort((a, b) => a - b);
const round = (x) => Math.round(x * 100) / 100;
const pct = (p) =>
  latencies.length ? round(latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)]) : null;
console.log(
  JSON.stringify({
    url,
    concurrency,
    timeout_s: timeoutMs / 1000,
    total: ok200 + failed + stalled,
    ok_200: ok200,
    failed,
    stalled,
    elapsed_s: round(elapsed),
    req_per_s: round((ok200 + failed + stalled) / elapsed),
    p50_ms: pct(0.5),
    p99_ms: pct(0.99),
    max_ms: round(maxMs),
    failed_by_kind: failedKinds,
  }),
);

// Open-loop load at a fixed request rate: a request is sent every 1000/rate ms on a fixed
// schedule, whether or not earlier ones have answered, and each latency is counted from the
// request's *scheduled* send time (so a slow server cannot hide its queueing: no coordinated
// omission). Node 20, no dependencies.
//
// Usage: node bench/fixed-rate.mjs <url> [rate_per_s=200] [duration_s=20] [timeout_s=10]
// Prints one JSON object: {sent, ok, errors, p50_ms, p95_ms, p99_ms, max_ms, ...}.
import http from "node:http";
import { performance } from "node:perf_hooks";

const [url, rateArg = "200", durationArg = "20", timeoutArg = "10"] = process.argv.slice(2);
if (!url) {
  console.error("usage: node fixed-rate.mjs <url> [rate_per_s] [duration_s] [timeout_s]");
  process.exit(2);
}
const rate = Number(rateArg);
const duration = Number(durationArg);
const timeoutMs = Number(timeoutArg) * 1000;
const interval = 1000 / rate;
const total = Math.round(rate * duration);

// Keep-alive, no socket limit: when the server falls behind, new requests open new
// connections instead of queueing in the client (that would make the load closed-loop).
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

const latencies = [];
const errorKinds = {};
let sent = 0;
let ok = 0;
let errors = 0;
let pending = 0;
let maxPending = 0;
let lateSends = 0; // sends that left more than 1 interval after their scheduled time
let finish;
const finished = new Promise((resolve) => (finish = resolve));

function countError(kind) {
  errors += 1;
  errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
}

function fire(scheduled) {
  sent += 1;
  pending += 1;
  maxPending = Math.max(maxPending, pending);
  if (performance.now() - scheduled > interval) lateSends += 1;
  let settled = false;
  const settle = (kind) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    pending -= 1;
    if (kind === null) {
      ok += 1;
      latencies.push(performance.now() - scheduled);
    } else {
      countError(kind);
    }
    if (pending === 0 && sent === total) finish();
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
    settle("timeout");
    req.destroy();
  }, timeoutMs);
}

const start = performance.now();
let index = 0;
function tick() {
  const now = performance.now();
  // Send everything that is due (catching up if the event loop was late).
  while (index < total && start + index * interval <= now) {
    fire(start + index * interval);
    index += 1;
  }
  if (index < total) setTimeout(tick, Math.max(0, start + index * interval - performance.now()));
}
tick();

await finished;
const elapsed = (performance.now() - start) / 1000;
agent.destroy();

latencies.sort((a, b) => a - b);
const pct = (p) => {
  if (latencies.length === 0) return null;
  const i = Math.min(latencies.length - 1, Math.max(0, Math.ceil(p * latencies.length) - 1));
  return round(latencies[i]);
};
function round(x) {
  return Math.round(x * 100) / 100;
}
console.log(
  JSON.stringify({
    url,
    rate_per_s: rate,
    duration_s: duration,
    sent,
    ok,
    errors,
    p50_ms: pct(0.5),
    p95_ms: pct(0.95),
    p99_ms: pct(0.99),
    max_ms: latencies.length ? round(latencies[latencies.length - 1]) : null,
    achieved_rate_per_s: round(sent / Math.min(elapsed, duration) || 0),
    late_sends: lateSends,
    max_in_flight: maxPending,
    errors_by_kind: errorKinds,
  }),
);

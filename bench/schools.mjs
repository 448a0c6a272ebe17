// School search latency against a running server (bench/schools.sh starts it with 5,000
// generated schools). Node 20 fetch, no packages. Prints one JSON line.
//
// node bench/schools.mjs --base http://127.0.0.1:3950 [--requests 400] [--concurrency 4]
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, v, i, all) => (i % 2 ? pairs : [...pairs, [v.replace(/^--/, ""), all[i + 1]]]), []),
);
const base = args.base;
const requests = Number(args.requests ?? 400);
const concurrency = Number(args.concurrency ?? 4);

// Searches people make: filters alone and together, every sort, deep pages.
const searches = [
  "/schools",
  "/schools?sent=1&route=b1&keurmerk=1&municipality=0363&sort=total",
  "/schools?sent=1&route=z&keurmerk=1&schedule=evening&schedule=weekend&sort=per_hour",
  "/schools?sent=1&route=all&city=Utrecht&childcare=1&sort=stars",
  "/schools?sent=1&route=b1&keurmerk=1&max_total=7000&working=1&format=in_person",
  "/schools?sent=1&route=b1&keurmerk=1&lat=52.0907&lon=5.1214&km=25&sort=distance",
  "/schools?sent=1&route=all&sort=distance&municipality=0599",
  "/schools?sent=1&route=b1&page=40",
];

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function timed(path) {
  const start = performance.now();
  const response = await fetch(base + path, { headers: { "accept-encoding": "identity" } });
  await response.arrayBuffer();
  return { ms: performance.now() - start, status: response.status };
}

// Warm up (connection, caches), then measure.
for (const path of searches) await timed(path);
const times = [];
const statuses = {};
let next = 0;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < requests) {
      const path = searches[next++ % searches.length];
      const { ms, status } = await timed(path);
      times.push(ms);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  }),
);
times.sort((a, b) => a - b);
const round = (n) => Math.round(n * 10) / 10;
console.log(
  JSON.stringify({
    requests,
    concurrency,
    statuses,
    p50_ms: round(percentile(times, 50)),
    p95_ms: round(percentile(times, 95)),
    p99_ms: round(percentile(times, 99)),
  }),
);

// Recomputing a 3-year plan in the browser: moves the hours slider of /plan 200 times in
// Chromium and reads the time `plan::compute` took (the island writes it to `data-ms`).
// Run from end2end/ (it uses Playwright from there): node ../bench/plan.mjs <base url>
import { createRequire } from "node:module";

// Playwright lives in end2end/node_modules; resolve it from the working directory.
const { chromium } = createRequire(`${process.cwd()}/`)("@playwright/test");

const base = process.argv[2];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 412, height: 915 } });
await page.goto(`${base}/plan?notice=2026-01-05&pip=2026-03-02&lessons_start=2026-12-01&hours_per_week=9&arrival=2025-12-01&dutch_partner=1`);
await page.locator("#hours-slider").waitFor({ state: "visible" });
const times = [];
for (let i = 0; i < 200; i++) {
  await page.locator("#hours-slider").fill(String(1 + (i % 40)));
  times.push(Number(await page.locator(".plan-live-result").getAttribute("data-ms")));
}
await browser.close();
times.sort((a, b) => a - b);
const at = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
console.log(JSON.stringify({ runs: times.length, p50_ms: at(50), p95_ms: at(95), max_ms: times[times.length - 1] }));

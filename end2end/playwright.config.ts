import { defineConfig, devices } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir, homedir } from "node:os";
import { join } from "node:path";

// The release binary and site made by scripts/build.sh (scripts/test.sh exports both).
const cache = process.env.WEGWIJS_CACHE ?? join(homedir(), ".cache", "wegwijs");
const serverBin = process.env.WEGWIJS_SERVER_BIN ?? join(cache, "target", "release", "wegwijs");
const siteRoot = process.env.WEGWIJS_SITE_ROOT ?? join(cache, "site");
const port = Number(process.env.E2E_PORT ?? 3100);
// Made once by the main process; the workers inherit it (tests run server commands on it).
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), "wegwijs-e2e-"));
process.env.E2E_DATABASE_URL ??= `sqlite://${join(process.env.E2E_DATA_DIR, "e2e.db")}`;
process.env.E2E_SERVER_BIN ??= serverBin;

const chromium = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "./tests",
  outputDir: "./test-results",
  timeout: 30_000,
  fullyParallel: true,
  forbidOnly: true,
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
    launchOptions: chromium,
  },
  // Every journey runs twice: as plain HTML forms, and hydrated.
  projects: [
    { name: "nojs", use: { ...devices["Pixel 7"], launchOptions: chromium, javaScriptEnabled: false } },
    { name: "hydrated", use: { ...devices["Pixel 7"], launchOptions: chromium } },
  ],
  webServer: {
    command: serverBin,
    url: `http://127.0.0.1:${port}/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      WEGWIJS_PORT: String(port),
      WEGWIJS_SITE_ROOT: siteRoot,
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      RUST_LOG: "warn",
      // maildev, started by scripts/test.sh; the tests read mail through its API.
      WEGWIJS_MAIL_URL: process.env.TEST_SMTP_URL ?? "smtp://127.0.0.1:1025",
    },
  },
});

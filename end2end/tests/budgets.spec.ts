import { test, expect } from "@playwright/test";
import { request as httpRequest } from "node:http";

// Bytes on the wire, as served: the raw (compressed) body, not the decoded one.
function wireSize(url: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { "accept-encoding": "br, gzip" } }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => resolve({ bytes, encoding: String(res.headers["content-encoding"] ?? "identity") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

test("the home page stays within its first-load budgets", async ({ page, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== "nojs", "sizes are the same in both projects");
  await page.goto("/");
  const css = await page.locator('link[rel="stylesheet"]').getAttribute("href");
  const js = await page.locator('link[rel="modulepreload"]').getAttribute("href");
  const wasm = await page.locator('link[rel="preload"][as="fetch"]').getAttribute("href");
  expect([css, js, wasm].every((u) => u && /\.[0-9a-f]{16}\./.test(u)), "hashed asset names").toBe(true);

  const html = await wireSize(`${baseURL}/`);
  const sizes = {
    html,
    css: await wireSize(`${baseURL}${css}`),
    favicon: await wireSize(`${baseURL}/favicon.svg`),
    js: await wireSize(`${baseURL}${js}`),
    wasm: await wireSize(`${baseURL}${wasm}`),
  };
  testInfo.annotations.push({ type: "sizes", description: JSON.stringify(sizes) });
  for (const kind of ["css", "js", "wasm"] as const) expect(sizes[kind].encoding).toBe("br");
  const withoutScripts = sizes.html.bytes + sizes.css.bytes + sizes.favicon.bytes;
  expect(withoutScripts, "HTML + CSS + favicon, compressed").toBeLessThanOrEqual(100 * 1024);
  expect(sizes.js.bytes + sizes.wasm.bytes, "JS + WASM, brotli").toBeLessThanOrEqual(150 * 1024);

  // The obligations result (the longest page) stays within the same budget without WASM.
  const result = await wireSize(
    `${baseURL}/obligations/result?nationality=other&purpose=partner&referent=dutch&birth_date=1995-06-15&pass_date=2024-03-01&diploma=unknown&schooling=unknown&pip_date=2024-05-10&route=unknown`,
  );
  expect(result.bytes + sizes.css.bytes + sizes.favicon.bytes, "result page without WASM").toBeLessThanOrEqual(100 * 1024);

  // The island loader must not block the first paint: no parser-blocking external scripts
  // (the loader is an inline module script that waits for an idle moment).
  expect(await page.locator("script[src]:not([type=module]):not([async]):not([defer])").count()).toBe(0);
});

import { expect, type Page, type TestInfo } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/**
 * Scans the page for WCAG 2.1 A/AA violations. axe runs as a script, so in the project with
 * JavaScript disabled it scans the same URL in a script-enabled context with the island bundle
 * blocked: exactly the server HTML that a user without JavaScript gets.
 */
export async function expectNoAxeViolations(page: Page, testInfo: TestInfo) {
  let target = page;
  let close = async () => {};
  if (testInfo.project.use.javaScriptEnabled === false) {
    const context = await page.context().browser()!.newContext({ javaScriptEnabled: true, locale: "nl-NL", viewport: page.viewportSize() });
    await context.addCookies(await page.context().cookies());
    await context.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
    target = await context.newPage();
    await target.goto(page.url());
    close = () => context.close();
  }
  const results = await new AxeBuilder({ page: target }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  await close();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

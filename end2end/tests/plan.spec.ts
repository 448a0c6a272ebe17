import { test, expect } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { expectNoAxeViolations } from "./axe";
import { newPhone } from "./people";

const tooSlow = "Met deze uren per week bent u niet op tijd klaar voor de examens";

test("set the dates, change the hours: the warning appears and goes; print view and calendar", async ({ browser }, testInfo) => {
  test.setTimeout(60_000);
  const js = testInfo.project.use.javaScriptEnabled !== false;
  const page = await newPhone(browser, js);
  await page.goto("/plan");
  await page.getByLabel("Datum van de brief van DUO").fill("2026-01-05");
  await page.getByLabel("Datum van uw eerste PIP").fill("2026-03-02");
  await page.getByLabel("Start van de lessen").fill("2026-12-01");
  await page.getByLabel("Lesuren per week", { exact: true }).fill("12");
  await page.getByRole("button", { name: "Bereken mijn plan" }).click();
  await expect(page.getByText("Einddatum: alles moet klaar zijn")).toBeVisible();
  await expect(page.getByText(tooSlow)).toHaveCount(0);
  await expectNoAxeViolations(page, testInfo);

  // Too few hours: the warning appears (the form posts the plan; the URL is the plan).
  await page.getByLabel("Lesuren per week", { exact: true }).fill("3");
  await page.getByRole("button", { name: "Bereken mijn plan" }).click();
  await expect(page.getByText(tooSlow).first()).toBeVisible();
  expect(page.url()).toContain("hours_per_week=3");
  await page.getByLabel("Lesuren per week", { exact: true }).fill("12");
  await page.getByRole("button", { name: "Bereken mijn plan" }).click();
  await expect(page.getByText(tooSlow)).toHaveCount(0);

  if (js) {
    // With JavaScript the slider recomputes the plan in the browser, without a round trip.
    const live = page.locator(".plan-live-result");
    await page.locator("#hours-slider").fill("3");
    await expect(live).toContainText(tooSlow);
    await expect(page.getByLabel("Lesuren per week", { exact: true })).toHaveValue("3");
    await page.locator("#hours-slider").fill("20");
    await expect(live).not.toContainText(tooSlow);
    await expectNoAxeViolations(page, testInfo);
  } else {
    await expect(page.locator("#hours-slider")).toBeHidden();
  }

  // The calendar file and the print view.
  const ics = await page.request.get(await page.getByRole("link", { name: "Zet in mijn agenda (.ics)" }).getAttribute("href") as string);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(await ics.text()).toContain("DTSTART;VALUE=DATE:20290302");
  await page.getByRole("link", { name: "Afdrukken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn inburgering: de belangrijke datums");
  await expectNoAxeViolations(page, testInfo);
  await page.emulateMedia({ media: "print" });
  mkdirSync("artifacts", { recursive: true });
  const shot = `artifacts/plan-print-${testInfo.project.name}.png`;
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach("print view", { path: shot, contentType: "image/png" });
  // One A4 page (1123 CSS px at 96 dpi).
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThanOrEqual(1123);
  await page.context().close();
});

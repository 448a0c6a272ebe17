import { test, expect } from "@playwright/test";

test("on a phone the menu collapses once the island runs, and stays open without JavaScript", async ({ page }, testInfo) => {
  const problems: string[] = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  const toggle = page.getByRole("button", { name: "Menu" });
  const planLink = nav.getByRole("link", { name: "Mijn plan" });

  if (testInfo.project.name === "nojs") {
    await expect(toggle).toBeHidden();
    await expect(planLink).toBeVisible();
    return;
  }
  // Hydrated: the island marks itself once it runs (after the WASM loads on idle).
  await expect(nav).toHaveAttribute("data-enhanced", "true", { timeout: 15_000 });
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(planLink).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(planLink).toBeVisible();
  await toggle.click();
  await expect(planLink).toBeHidden();
  expect(problems, "no console errors or CSP violations").toEqual([]);
});

import { test, expect } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test("the home page explains Wegwijs in Dutch and passes axe", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welkom bij Wegwijs");
  await expect(page.getByRole("heading", { name: "Voor u als partner" })).toBeVisible();
  await expectNoAxeViolations(page, testInfo);
});

test("the skip link is the first stop and jumps to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Ga direct naar de inhoud" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("the language picker switches to Arabic, right to left, and remembers it", async ({ page }, testInfo) => {
  await page.goto("/");
  await page.getByLabel("Taal").selectOption("ar");
  await page.getByRole("button", { name: "Kies taal" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Welkom bij Wegwijs");
  await expectNoAxeViolations(page, testInfo);
  // Logical CSS properties: the skip link sits at the right edge in RTL.
  const screenshot = await page.screenshot({ fullPage: true });
  await testInfo.attach(`home-ar-${testInfo.project.name}`, { body: screenshot, contentType: "image/png" });
  await page.screenshot({ path: `artifacts/home-ar-${testInfo.project.name}.png`, fullPage: true });

  // Without ?lang= the next page is still Arabic: the cookie remembers the choice.
  await page.goto("/plan");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
});

test("every language is named in itself in the picker", async ({ page }) => {
  await page.goto("/");
  const options = await page.locator("#lang-select option").allTextContents();
  expect(options).toEqual([
    "Nederlands", "English", "Türkçe", "العربية", "فارسی", "Português", "Español", "Français", "Русский", "简体中文",
  ]);
});

test("the navigation reaches the five areas with touch targets of at least 44 px", async ({ page }, testInfo) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  if (testInfo.project.name === "hydrated") {
    // On a phone the island collapses the menu once it runs.
    await expect(nav).toHaveAttribute("data-enhanced", "true", { timeout: 15_000 });
    await page.getByRole("button", { name: "Menu" }).click();
  }
  for (const name of ["Wat moet ik doen?", "Taalscholen", "Mijn plan", "Bijeenkomsten", "Mijn account"]) {
    const link = nav.getByRole("link", { name });
    await expect(link).toBeVisible();
    const box = await link.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
  }
  await nav.getByRole("link", { name: "Mijn plan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn plan");
  await expect(page.locator('nav a[aria-current="page"]')).toHaveText("Mijn plan");
});

test("an unknown page is a translated 404", async ({ page }) => {
  const response = await page.goto("/bestaat-niet");
  expect(response!.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze pagina bestaat niet");
  const english = await page.goto("/does-not-exist?lang=en");
  expect(english!.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

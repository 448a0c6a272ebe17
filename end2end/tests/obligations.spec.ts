import { test, expect, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

async function choose(page: Page, option: string) {
  await page.getByLabel(option, { exact: true }).check();
  await page.getByRole("button", { name: "Verder" }).click();
}

async function fillDate(page: Page, question: string, date: string) {
  await page.getByLabel(question).fill(date);
  await page.getByRole("button", { name: "Verder" }).click();
}

test("a family migrant answers step by step and gets a sourced result in Dutch", async ({ page }, testInfo) => {
  await page.goto("/obligations");
  await page.getByRole("link", { name: "Start de vragen" }).click();
  // Fluent isolates the numbers with bidi marks, hence the \W*.
  await expect(page.locator(".progress")).toHaveText(/Vraag\W*1\W*van\W*8/);
  await expectNoAxeViolations(page, testInfo);
  await choose(page, "Een ander land");
  await choose(page, "Ik woon bij mijn partner of familie");
  await choose(page, "Mijn partner is Nederlander");
  await fillDate(page, "Wat is uw geboortedatum?", "1995-06-15");
  await fillDate(page, "Wanneer haalde u uw verblijfspas op?", "2024-03-01");

  // An impossible PIP date: a message at the field, and what was typed stays.
  await choose(page, "Nee");
  await choose(page, "Nee");
  await fillDate(page, "Wat is de datum van uw eerste PIP?", "2024-01-01");
  await expect(page.getByRole("alert")).toContainText("Het PIP kan niet van voor de datum van uw verblijfspas zijn");
  await expect(page.getByLabel("Wat is de datum van uw eerste PIP?")).toHaveValue("2024-01-01");
  await expectNoAxeViolations(page, testInfo);
  await fillDate(page, "Wat is de datum van uw eerste PIP?", "2024-05-10");
  await choose(page, "De B1-route");

  await expect(page).toHaveURL(/\/obligations\/result\?/);
  await expect(page.getByRole("status")).toContainText("U moet inburgeren.");
  await expect(page.getByRole("status")).toContainText("10 mei 2027");
  await expect(page.getByRole("heading", { name: "Wat moet u doen?" })).toBeVisible();
  // Each statement can show its source, also without JavaScript (a <details> element).
  const source = page.locator("details.source").first();
  await source.locator("summary").click();
  await expect(source).toContainText("Regel");
  await expectNoAxeViolations(page, testInfo);

  // The result can be shared by link: opening it again gives the same page.
  const link = await page.getByLabel("Link naar deze uitkomst").inputValue();
  await page.goto(link);
  await expect(page.getByRole("status")).toContainText("U moet inburgeren.");
});

test("'I don't know' answers give 'not sure' and say what to check, in Arabic", async ({ page }, testInfo) => {
  await page.goto("/obligations/check?lang=ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  for (let i = 0; i < 2; i++) {
    await page.locator('input[type=radio][value="unknown"]').check();
    await page.locator("form.question button[type=submit]").first().click();
  }
  // Dates: the "I don't know" button.
  for (let i = 0; i < 2; i++) {
    await page.locator('form.question button[value="unknown"]').click();
  }
  for (let i = 0; i < 2; i++) {
    await page.locator('input[type=radio][value="unknown"]').check();
    await page.locator("form.question button[type=submit]").first().click();
  }
  await page.locator('form.question button[value="not_yet"]').click();
  await page.locator('input[type=radio][value="unknown"]').check();
  await page.locator("form.question button[type=submit]").first().click();
  await expect(page).toHaveURL(/\/obligations\/result\?/);
  await expect(page.locator(".status-not_sure")).toBeVisible();
  await expect(page.locator("text=Unknown localization")).toHaveCount(0);
  await expectNoAxeViolations(page, testInfo);
});

test("an EU citizen is told at once, in Turkish", async ({ page }, testInfo) => {
  await page.goto("/obligations/check?lang=tr");
  await expect(page.locator("html")).toHaveAttribute("lang", "tr");
  await page.locator('input[type=radio][value="eu"]').check();
  await page.locator("form.question button[type=submit]").first().click();
  await expect(page).toHaveURL(/\/obligations\/result\?nationality=eu$/);
  await expect(page.locator(".status-not_obligated")).toBeVisible();
  await expectNoAxeViolations(page, testInfo);
});

test("the glossary shows the Dutch word beside the translation", async ({ page }, testInfo) => {
  await page.goto("/glossary?lang=en");
  const pip = page.locator("#pip dt");
  await expect(pip.locator('span[lang="nl"]')).toHaveText("PIP");
  await expect(pip.locator(".translation")).not.toBeEmpty();
  await expectNoAxeViolations(page, testInfo);
});

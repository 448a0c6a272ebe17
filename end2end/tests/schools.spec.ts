import { test, expect, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expectNoAxeViolations } from "./axe";
import { newPhone } from "./people";

const COLUMNS =
  "school_ref,name,kind,website,phone,email,keurmerk,keurmerk_valid_until,stars,verified_on,verified_source,address,postcode,city," +
  "municipality_code,latitude,longitude,offer_ref,route,price_eur,hours,hours_per_week,weeks,schedule,format,in_person_percent," +
  "intake_test,exams_included,retakes_included,childcare,max_class_size,support_languages,suits_working,start_dates";

/** Imports four schools in a town of their own (so parallel runs do not see each other's). */
function importSchools(tag: string, city: string) {
  const school = (ref: string, name: string, keurmerk: string, price: string, exams: string, schedule: string) =>
    [`${ref}-${tag}`, `${name} ${tag}`, "school", "https://school.example", "", "", keurmerk, "", keurmerk === "keurmerkhouder" ? "3" : "",
      "2026-11-01", "Test", "Oefenlaan 1", "3511 AA", city, "GM0344", "52.09", "5.12", "b1", "b1", price, "600", "9", "67",
      schedule, "in_person", "100", "yes", exams, "0", "no", "12", "ar|tr", "yes", "2031-01-12"].join(",");
  const file = join(process.env.E2E_DATA_DIR!, `schools-${tag}.csv`);
  writeFileSync(file, [COLUMNS,
    school("N", "Taalhuis Noord", "keurmerkhouder", "6000", "no", "evening"),
    school("Z", "Taalhuis Zuid", "keurmerkhouder", "7000", "yes", "weekend"),
    school("W", "Taalhuis West", "none", "3000", "no", "daytime"),
    school("O", "Taalhuis Oost", "aspirant", "4000", "no", "daytime"),
  ].join("\n") + "\n");
  const output = execFileSync(process.env.E2E_SERVER_BIN!, ["import-schools", file], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, RUST_LOG: "warn" },
  }).toString();
  expect(output).toContain("imported: 4 rows, 4 schools (4 new)");
}

/** Searches the town with the keurmerk filter on or off, through the form (by ids, any language). */
async function searchTown(page: Page, city: string, keurmerkOnly: boolean) {
  await page.locator("#city").fill(city);
  await page.locator("#keurmerk").setChecked(keurmerkOnly);
  await page.locator("#school-filters button[type=submit]").click();
}

// Fluent isolates arguments with bidi marks; match amounts with or without them.
const amount = (text: string) => new RegExp(text.split("").map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\u2068\\u2069]*"));

test("filter schools, compare three side by side and see the total cost against the DUO loan", async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const js = testInfo.project.use.javaScriptEnabled !== false;
  const tag = `${testInfo.project.name}${Date.now()}`;
  const city = `Wegstad${tag}`;
  importSchools(tag, city);
  const page = await newPhone(browser, js);

  // Dutch: all four in the town, then only the two with a keurmerk, cheapest first.
  await page.goto("/schools");
  await expect(page.getByLabel("Alleen scholen met keurmerk")).toBeChecked();
  await page.getByLabel("Plaats", { exact: true }).fill(city);
  await page.getByLabel("Alleen scholen met keurmerk").uncheck();
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByRole("heading", { level: 2, name: amount("4 aanbiedingen gevonden") })).toBeVisible();
  await expect(page.locator(".school-card h3")).toHaveText([`Taalhuis West ${tag}`, `Taalhuis Oost ${tag}`, `Taalhuis Noord ${tag}`, `Taalhuis Zuid ${tag}`]);
  await expectNoAxeViolations(page, testInfo);
  // The search is in the URL: it can be shared.
  expect(page.url()).toContain(`city=${city}`);
  await page.getByLabel("Alleen scholen met keurmerk").check();
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.locator(".school-card h3")).toHaveText([`Taalhuis Noord ${tag}`, `Taalhuis Zuid ${tag}`]);

  // Three side by side: two keurmerk schools and one without.
  await page.getByLabel("Alleen scholen met keurmerk").uncheck();
  await page.getByRole("button", { name: "Zoeken" }).click();
  for (const name of ["Noord", "Zuid", "West"]) await page.getByLabel(amount(`Taalhuis ${name} ${tag} vergelijken`)).check();
  await page.getByRole("button", { name: "Vergelijken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Taalscholen naast elkaar");
  const total = page.getByRole("row", { name: /^Totaal/ });
  // In the order of the results: West (no keurmerk), Noord (€6,000 + 5 exams × €50 + €50 for
  // one retake), Zuid (exams in the price).
  await expect(total.getByRole("cell")).toHaveText([amount("€ 3.300"), amount("€ 6.300"), amount("€ 7.050")]);
  const payNow = page.getByRole("row", { name: /^Wat u zelf betaalt/ });
  await expect(payNow.getByRole("cell")).toHaveText([amount("€ 3.300"), amount("€ 0"), amount("€ 0")]);
  await expect(page.getByText("Geen keurmerk: u kunt hier niet lenen bij DUO")).toBeVisible();
  await expectNoAxeViolations(page, testInfo);
  const comparison = page.url();

  // Turkish and Arabic: the same comparison, amounts written their way, Arabic right to left.
  for (const [lang, dir, total630] of [["tr", "ltr", "6.300 €"], ["ar", "rtl", "6,300 €"]]) {
    await page.goto(`${comparison}&lang=${lang}`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator("html")).toHaveAttribute("dir", dir);
    await expect(page.locator("table.compare tbody tr").filter({ hasText: amount(total630) }).first()).toBeVisible();
    await expectNoAxeViolations(page, testInfo);
    // Back to the search in that language: filter again with the form.
    await page.goto(`/schools?lang=${lang}`);
    await searchTown(page, city, false);
    await expect(page.locator(".school-card")).toHaveCount(4);
    await expectNoAxeViolations(page, testInfo);
  }
  await page.context().close();
});

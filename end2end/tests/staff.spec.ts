import { test, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { expectNoAxeViolations } from "./axe";
import { activateAndSignIn, activationLink, newPhone, setUpSecondFactor } from "./people";

test("an admin invites a consultant; the consultant makes an account with a letter; the migrant activates and shares", async ({ page, browser }, testInfo) => {
  // Three people, two second factors, a mail round trip and several axe scans.
  test.setTimeout(120_000);
  const js = testInfo.project.use.javaScriptEnabled !== false;
  const tag = `${testInfo.project.name}-${Date.now()}`;
  const adminEmail = `admin-${tag}@example.nl`;
  const consultantEmail = `sanne-${tag}@example.nl`;

  // The first admin is made on the server's command line.
  const output = execFileSync(process.env.E2E_SERVER_BIN!, ["create-admin", adminEmail, "Beheerder"], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, WEGWIJS_PUBLIC_URL: testInfo.project.use.baseURL, RUST_LOG: "warn" },
  }).toString();
  const adminLink = output.match(/https?:\/\/\S+\/account\/activate\?code=[\w-]+/)![0];
  await activateAndSignIn(page, adminLink, adminEmail);
  await expectNoAxeViolations(page, testInfo);
  await setUpSecondFactor(page);
  if (js) await expectNoAxeViolations(page, testInfo);
  await page.getByRole("link", { name: "Ik heb de codes bewaard" }).click();

  // The admin invites a consultant of Amsterdam.
  await expect(page.getByRole("heading", { name: "Beheer" })).toBeVisible();
  await expectNoAxeViolations(page, testInfo);
  await page.getByLabel("Naam van de regievoerder").fill("Sanne");
  await page.getByLabel("E-mailadres").fill(consultantEmail);
  await page.getByLabel("Gemeente").selectOption({ label: "Amsterdam" });
  await page.getByRole("button", { name: "Stuur de uitnodiging" }).click();
  await expect(page.getByRole("status").first()).toContainText("De uitnodiging is verstuurd");
  await expect(page.locator(".cards")).toContainText("Sanne");

  const consultant = await newPhone(browser, js);
  await activateAndSignIn(consultant, await activationLink(consultantEmail), consultantEmail);
  await setUpSecondFactor(consultant);
  await consultant.getByRole("link", { name: "Ik heb de codes bewaard" }).click();
  await expect(consultant.getByRole("heading", { name: /Regievoerder\W*Amsterdam/ })).toBeVisible();
  await expectNoAxeViolations(consultant, testInfo);

  // An account for someone without e-mail, with a letter in Arabic.
  await consultant.getByLabel("Naam van de inburgeraar").fill("Fatima");
  await consultant.getByLabel("Taal van de brief").selectOption("ar");
  await consultant.getByRole("button", { name: "Account maken en brief tonen" }).click();
  const letter = consultant.locator("article.letter");
  await expect(letter).toHaveAttribute("dir", "rtl");
  await expect(letter.getByRole("img")).toBeVisible();
  if (js) await expectNoAxeViolations(consultant, testInfo);
  const facts = letter.locator("dd");
  const url = (await facts.nth(0).textContent())!.trim();
  const username = (await facts.nth(2).textContent())!.trim();

  // The migrant opens the address from the letter on her phone (the code is filled in).
  const migrant = await newPhone(browser, js);
  await activateAndSignIn(migrant, url, username.toLowerCase());
  await expect(migrant.getByRole("heading", { name: "Mijn account" })).toBeVisible();

  // She shares with her municipality; the consultant sees her, until she stops.
  await migrant.getByLabel("In welke gemeente woont u?").selectOption({ label: "Amsterdam" });
  await migrant.getByRole("button", { name: "Ja, deel met mijn gemeente" }).click();
  await expect(migrant.getByRole("status").first()).toContainText("Uw gemeente kan nu");
  await consultant.goto("/consultant");
  await consultant.getByRole("link", { name: /Fatima/ }).click();
  await expect(consultant.getByRole("heading", { name: /Antwoorden van\W*Fatima/ })).toBeVisible();
  await migrant.goto("/account");
  await expect(migrant.locator("#log ~ ul")).toContainText("uw antwoorden bekeken (gemeente)");
  await migrant.getByRole("button", { name: "Stop met delen" }).click();
  await expect(migrant.getByRole("status").first()).toContainText("U deelt niets meer");
  const refused = await consultant.reload();
  expect(refused?.status()).toBe(403);
  await expect(consultant.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
  await consultant.context().close();
  await migrant.context().close();
});

import { test, expect, type Browser, type Page } from "@playwright/test";
import { createHmac } from "node:crypto";
import { execFileSync } from "node:child_process";
import { expectNoAxeViolations } from "./axe";

const MAILDEV = process.env.TEST_MAILDEV_URL ?? "http://127.0.0.1:1080";
const PASSWORD = "fiets tulp regen";

/** RFC 6238 with the app defaults (SHA-1, 6 digits, 30 s), as an authenticator app computes it. */
function totp(secretBase32: string): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of secretBase32.replace(/=+$/, "")) bits += alphabet.indexOf(c).toString(2).padStart(5, "0");
  const key = Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 1000 / 30)));
  const hash = createHmac("sha1", key).update(counter).digest();
  const offset = hash[19] & 0x0f;
  return String((hash.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

/** The activation link in the newest mail to `to`. */
async function activationLink(to: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const mails = (await (await fetch(`${MAILDEV}/api/email`)).json()) as Array<{ to: Array<{ address: string }>; text: string }>;
    const match = mails.reverse().find((m) => m.to.some((a) => a.address === to))?.text.match(/https?:\/\/\S+\/account\/activate\?code=[\w-]+/);
    if (match) return match[0];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${to}`);
}

async function newPhone(browser: Browser, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled, locale: "nl-NL", viewport: { width: 412, height: 915 } });
  return context.newPage();
}

/** Follows an activation link, sets the password and signs in with `login`. */
async function activateAndSignIn(page: Page, link: string, login: string) {
  await page.goto(link);
  await page.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
  await page.getByLabel("Typ het wachtwoord nog een keer").fill(PASSWORD);
  await page.getByRole("button", { name: "Account klaarmaken" }).click();
  await expect(page.getByRole("status").first()).toContainText("Uw account is klaar");
  await page.getByLabel("E-mailadres of inlognaam").fill(login);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

/** The first sign-in of staff: scan (read) the secret, type the app's code, keep the recovery codes. */
async function setUpSecondFactor(page: Page) {
  await expect(page.getByRole("heading", { name: "Stel uw tweede stap in" })).toBeVisible();
  await expect(page.getByRole("img", { name: /QR-code/ })).toBeVisible();
  const secret = (await page.locator("p.code").textContent())!.trim();
  await page.getByLabel("Code", { exact: true }).fill(totp(secret));
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { name: "Bewaar uw herstelcodes" })).toBeVisible();
  await expect(page.locator(".codes li")).toHaveCount(10);
}

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

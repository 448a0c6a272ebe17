import { test, expect, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const MAILDEV = process.env.TEST_MAILDEV_URL ?? "http://127.0.0.1:1080";
const PASSWORD = "fiets tulp regen";

/** The link in the newest mail to `to` (maildev's REST API), waiting for it to arrive. */
async function linkInMail(to: string, path: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const mails = (await (await fetch(`${MAILDEV}/api/email`)).json()) as Array<{
      to: Array<{ address: string }>;
      text: string;
    }>;
    const mail = mails.reverse().find((m) => m.to.some((a) => a.address === to));
    const match = mail?.text.match(new RegExp(`https?://\\S+${path}\\?token=[\\w-]+`));
    if (match) return match[0];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${to}`);
}

function uniqueEmail(tag: string, project: string) {
  return `${tag}-${project}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.nl`;
}

async function signUpAndIn(page: Page, name: string, email: string, role: string) {
  await page.goto("/account/sign-up");
  await page.getByLabel("Uw naam").fill(name);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel(role).check();
  await page.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
  await page.getByLabel("Typ het wachtwoord nog een keer").fill(PASSWORD);
  await page.getByRole("button", { name: "Account maken" }).click();
  await expect(page.getByRole("heading", { name: "Kijk in uw e-mail" })).toBeVisible();

  await page.goto(await linkInMail(email, "/account/verify"));
  await page.getByRole("button", { name: "Ja, dit is mijn e-mailadres" }).click();
  await expect(page.getByRole("status")).toContainText("Uw e-mailadres is bevestigd");

  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { name: "Mijn account" })).toBeVisible();
}

async function newPhone(browser: Browser, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled, locale: "nl-NL", viewport: { width: 412, height: 915 } });
  return context.newPage();
}

test("a weak password is refused with a clear message and the form keeps what was typed", async ({ page }, testInfo) => {
  await page.goto("/account/sign-up");
  await expectNoAxeViolations(page, testInfo);
  await page.getByLabel("Uw naam").fill("Amina");
  await page.getByLabel("E-mailadres").fill("amina@example");
  await page.getByLabel("Ik ben nieuw in Nederland en moet inburgeren").check();
  await page.getByLabel("Nieuw wachtwoord").fill("password123");
  await page.getByLabel("Typ het wachtwoord nog een keer").fill("password123");
  await page.getByRole("button", { name: "Account maken" }).click();
  const summary = page.getByRole("alert");
  await expect(summary).toContainText("Het deel na de @ is niet compleet");
  await expect(summary).toContainText("Dit wachtwoord gebruiken heel veel mensen");
  await expect(page.getByLabel("Uw naam")).toHaveValue("Amina");
  await expect(page.getByLabel("E-mailadres")).toHaveValue("amina@example");
  await expect(page.getByLabel("Nieuw wachtwoord")).toHaveValue("");
  await expect(page.getByLabel("Ik ben nieuw in Nederland en moet inburgeren")).toBeChecked();
});

test("sign up, verify by mail, invite the partner, the partner acts, revoke, the partner is refused", async ({ page, browser }, testInfo) => {
  // Two accounts (Argon2 on a 2-core machine), mail round trips and three axe scans.
  test.setTimeout(90_000);
  const js = testInfo.project.use.javaScriptEnabled !== false;
  const migrantEmail = uniqueEmail("migrant", testInfo.project.name);
  await signUpAndIn(page, "Amina", migrantEmail, "Ik ben nieuw in Nederland en moet inburgeren");
  await expectNoAxeViolations(page, testInfo);

  // Save a check, so there is something for the partner to see.
  await page.goto("/obligations/result?nationality=other&purpose=partner&referent=dutch&birth_date=1995-06-15&pass_date=2024-03-01&diploma=no&schooling=no&pip_date=2024-05-10&route=b1");
  await page.getByRole("button", { name: "Bewaar in mijn account" }).click();
  await expect(page.getByRole("status").first()).toContainText("Uw antwoorden zijn bewaard");

  // Invite: only "see", until a day in the future.
  await page.getByLabel("Mijn plichten en mijn plan bekijken").check();
  await page.getByRole("button", { name: "Maak een code voor mijn partner" }).click();
  const code = (await page.locator(".code").textContent())!.trim();
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4}){6}$/);

  const partner = await newPhone(browser, js);
  await signUpAndIn(partner, "Youssef", uniqueEmail("partner", testInfo.project.name), "Ik ben de partner. Ik woon al in Nederland en wil helpen");
  await partner.getByLabel("Code", { exact: true }).fill(code.toLowerCase());
  await partner.getByRole("button", { name: "Code gebruiken" }).click();
  await expect(partner.getByRole("status").first()).toContainText("Gelukt");
  await partner.getByRole("button", { name: /Help\W*Amina/ }).click();
  await expect(partner.getByRole("heading", { name: /Antwoorden van\W*Amina/ })).toBeVisible();
  await expect(partner.locator(".acting-banner")).toContainText("u werkt nu voor");
  await expectNoAxeViolations(partner, testInfo);

  // The migrant sees what the partner did, and revokes.
  await page.goto("/account");
  await expect(page.locator("#log ~ ul")).toContainText(/antwoorden bekeken\W*\(door\W*Youssef/);
  await page.getByRole("button", { name: "Toegang stoppen" }).click();
  await expect(page.getByRole("status").first()).toContainText("De toegang is gestopt");

  // At once: the partner is refused and the banner is gone.
  const refused = await partner.goto("/account/for/check");
  expect(refused?.status()).toBe(403);
  await expect(partner.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
  await expect(partner.locator(".acting-banner")).toHaveCount(0);
  await partner.context().close();
});

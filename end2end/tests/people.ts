import { expect, type Browser, type Page, type TestInfo } from "@playwright/test";
import { createHmac } from "node:crypto";
import { execFileSync } from "node:child_process";

// People for the journeys: staff with a second factor, migrants who sign up by real mail.
export const MAILDEV = process.env.TEST_MAILDEV_URL ?? "http://127.0.0.1:1080";
export const PASSWORD = "fiets tulp regen";

/** RFC 6238 with the app defaults (SHA-1, 6 digits, 30 s), as an authenticator app computes it. */
export function totp(secretBase32: string): string {
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
export async function activationLink(to: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const mails = (await (await fetch(`${MAILDEV}/api/email`)).json()) as Array<{ to: Array<{ address: string }>; text: string }>;
    const match = mails.reverse().find((m) => m.to.some((a) => a.address === to))?.text.match(/https?:\/\/\S+\/account\/activate\?code=[\w-]+/);
    if (match) return match[0];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${to}`);
}

export async function newPhone(browser: Browser, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled, locale: "nl-NL", viewport: { width: 412, height: 915 } });
  return context.newPage();
}

/** Follows an activation link, sets the password and signs in with `login`. */
export async function activateAndSignIn(page: Page, link: string, login: string) {
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
export async function setUpSecondFactor(page: Page) {
  await expect(page.getByRole("heading", { name: "Stel uw tweede stap in" })).toBeVisible();
  await expect(page.getByRole("img", { name: /QR-code/ })).toBeVisible();
  const secret = (await page.locator("p.code").textContent())!.trim();
  await page.getByLabel("Code", { exact: true }).fill(totp(secret));
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { name: "Bewaar uw herstelcodes" })).toBeVisible();
  await expect(page.locator(".codes li")).toHaveCount(10);
}


type Mail = { to: Array<{ address: string }>; subject: string; text: string; attachments?: Array<{ contentType: string; fileName?: string }> };

/** The newest mail to `to` whose subject matches, waiting for it to arrive. */
export async function mailTo(to: string, subject: RegExp = /.*/): Promise<Mail> {
  for (let i = 0; i < 100; i++) {
    const mails = (await (await fetch(`${MAILDEV}/api/email`)).json()) as Mail[];
    const mail = mails.reverse().find((m) => m.to.some((a) => a.address === to) && subject.test(m.subject));
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${to} matching ${subject}`);
}

/** The first admin, made on the server's command line; returns the activation link. */
export function createAdmin(email: string, testInfo: TestInfo): string {
  const output = execFileSync(process.env.E2E_SERVER_BIN!, ["create-admin", email, "Beheerder"], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, WEGWIJS_PUBLIC_URL: testInfo.project.use.baseURL, RUST_LOG: "warn" },
  }).toString();
  return output.match(/https?:\/\/\S+\/account\/activate\?code=[\w-]+/)![0];
}

/** A consultant of `municipality`, invited by a fresh admin, signed in with a second factor. */
export async function consultantOf(browser: Browser, js: boolean, testInfo: TestInfo, municipality: string): Promise<Page> {
  const tag = `${testInfo.project.name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const adminEmail = `admin-${tag}@example.nl`;
  const consultantEmail = `consultant-${tag}@example.nl`;
  const admin = await newPhone(browser, js);
  await activateAndSignIn(admin, createAdmin(adminEmail, testInfo), adminEmail);
  await setUpSecondFactor(admin);
  await admin.getByRole("link", { name: "Ik heb de codes bewaard" }).click();
  await admin.getByLabel("Naam van de regievoerder").fill("Sanne");
  await admin.getByLabel("E-mailadres").fill(consultantEmail);
  await admin.getByLabel("Gemeente").selectOption({ label: municipality });
  await admin.getByRole("button", { name: "Stuur de uitnodiging" }).click();
  await expect(admin.getByRole("status").first()).toContainText("De uitnodiging is verstuurd");
  await admin.context().close();
  const consultant = await newPhone(browser, js);
  await activateAndSignIn(consultant, await activationLink(consultantEmail), consultantEmail);
  await setUpSecondFactor(consultant);
  await consultant.getByRole("link", { name: "Ik heb de codes bewaard" }).click();
  return consultant;
}

/** Signs up a migrant in `lang` (the language their mail will be in), verifies by mail, signs in. */
export async function signUpMigrant(page: Page, name: string, email: string, lang: string) {
  await page.goto(`/account/sign-up?lang=${lang}`);
  await page.locator("input[name=display_name]").fill(name);
  await page.locator("input[name=email]").fill(email);
  await page.locator("input[name=role][value=migrant]").check();
  await page.locator("input[name=password]").fill(PASSWORD);
  await page.locator("input[name=password_repeat]").fill(PASSWORD);
  await page.locator("form[method=post][action='/account/sign-up'] button[type=submit]").click();
  await expect(page).toHaveURL(/\/account\/check-mail/);
  const verify = (await mailTo(email)).text.match(/https?:\/\/\S+\/account\/verify\?token=[\w-]+/)![0];
  await page.goto(verify);
  await page.locator("form[method=post][action='/account/verify'] button[type=submit]").click();
  await page.locator("input[name=email]").fill(email);
  await page.locator("input[name=password]").fill(PASSWORD);
  await page.locator("form[method=post][action='/account/sign-in'] button[type=submit]").click();
  await expect(page).toHaveURL(/\/account$/);
}

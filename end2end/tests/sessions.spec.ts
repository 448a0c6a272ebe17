import { test, expect } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { consultantOf, mailTo, newPhone, signUpMigrant } from "./people";

test("a consultant announces a session; a migrant books in Arabic and gets the .ics; check-in; she cancels and the next is promoted", async ({ browser }, testInfo) => {
  // Four people, two second factors and several mail round trips.
  test.setTimeout(150_000);
  const js = testInfo.project.use.javaScriptEnabled !== false;
  const tag = `${testInfo.project.name}-${Date.now()}`;
  const consultant = await consultantOf(browser, js, testInfo, "Utrecht");

  // The consultant announces a session with one seat.
  await consultant.getByRole("link", { name: "Bijeenkomsten van mijn gemeente" }).click();
  await consultant.getByRole("link", { name: "Nieuwe bijeenkomst" }).click();
  await expectNoAxeViolations(consultant, testInfo);
  const title = `Welkom in Utrecht ${tag}`;
  await consultant.getByLabel("Titel", { exact: true }).fill(title);
  await consultant.getByLabel("Beschrijving", { exact: true }).fill("Wat moet u doen?\nWe leggen het uit.");
  await consultant.getByLabel("Datum", { exact: true }).fill("2031-03-13");
  await consultant.getByLabel("Begintijd", { exact: true }).fill("19:00");
  await consultant.getByLabel("Aantal plaatsen", { exact: true }).fill("1");
  await consultant.getByLabel("Adres", { exact: true }).fill("Stadskantoor, Stadsplateau 1");
  await consultant.getByLabel("العربية", { exact: true }).check();
  await consultant.getByRole("button", { name: "Bijeenkomst aankondigen" }).click();
  await expect(consultant.getByRole("status").first()).toContainText("De bijeenkomst staat online");
  const sessionUrl = consultant.url().replace(/\/consultant(\/sessions\/\d+).*/, "$1");

  // A migrant who reads Arabic finds it and books.
  const amina = await newPhone(browser, js);
  const aminaEmail = `amina-${tag}@example.nl`;
  await signUpMigrant(amina, "Amina", aminaEmail, "ar");
  await amina.goto(`/sessions?municipality=0344&language=ar`);
  await expect(amina.locator("html")).toHaveAttribute("dir", "rtl");
  await amina.getByRole("link", { name: title }).click();
  await expectNoAxeViolations(amina, testInfo);
  await amina.locator("form[action$='/book'] button[type=submit]").click();
  await expect(amina.locator("a[href$='calendar.ics']")).toBeVisible();
  const confirmation = await mailTo(aminaEmail, new RegExp(title));
  expect(confirmation.subject).toMatch(/[\u0600-\u06FF]/);
  expect(confirmation.attachments?.some((a) => a.contentType.startsWith("text/calendar"))).toBe(true);

  // Full now: the next person waits.
  const bilal = await newPhone(browser, js);
  const bilalEmail = `bilal-${tag}@example.nl`;
  await signUpMigrant(bilal, "Bilal", bilalEmail, "nl");
  await bilal.goto(sessionUrl);
  // An impatient double click makes one booking, not two.
  await bilal.getByRole("button", { name: "Zet mij op de wachtlijst" }).dblclick();
  await expect(bilal.getByRole("status").first()).toContainText("U staat op de wachtlijst");
  await bilal.goto("/sessions/mine");
  await expect(bilal.locator(".cards > li")).toHaveCount(1);

  // The consultant checks Amina in on her phone.
  await consultant.reload();
  await consultant.getByRole("button", { name: "Is er" }).first().click();
  await expect(consultant.getByText("Was er", { exact: true })).toBeVisible();
  await expectNoAxeViolations(consultant, testInfo);

  // Amina cancels; Bilal gets the seat and a mail.
  await amina.goto(sessionUrl);
  await amina.locator("form[action$='/cancel'] button[type=submit]").click();
  await expect(amina.locator("form[action$='/book']")).toBeVisible();
  await mailTo(bilalEmail, /Er is een plaats/);
  await bilal.goto("/sessions/mine");
  await expect(bilal.locator(".cards")).toContainText("U bent aangemeld");
  for (const page of [consultant, amina, bilal]) await page.context().close();
});

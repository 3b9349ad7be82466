// Opening times per day in the edit form (issue 17 point 10, decision 024): posted without
// JavaScript, a wrong time is named in the summary and at the boxes and what was typed stays; the
// saved times give the public page its "Nu open" line. (The form's axe check is editor.test.ts's
// walk of the editor pages.)
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { baseUrl, launchBrowser, openPage } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test("without JavaScript: times per day, a wrong one refused at the summary and the day, then 'Nu open' on the page", async () => {
  const { context, page } = await openPage(browser, { javaScript: false, width: 360 });
  page.setDefaultTimeout(15_000);
  await page.goto(`${baseUrl()}/editor/login?next=${encodeURIComponent("/editor/services/new")}`);
  await page.getByLabel("E-mailadres").fill(inject("testAdminEmail"));
  await page.getByLabel("Wachtwoord").fill(inject("testAdminPassword"));
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL(`${baseUrl()}/editor/services/new`);

  await page.getByLabel("Naam van de dienst").fill("Proefspreekuur met tijden");
  await page.getByLabel("Organisatie").fill("Proeforganisatie");
  await page.getByLabel("Telefoonnummers").fill("020 555 0198");
  // Every day from 0:00 to 0:00 (the whole day), so the page says the same at any hour of the test.
  for (const day of ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]) {
    await page.getByLabel(`${day} van`).fill("0:00");
    await page.getByLabel(`${day} tot`).fill("0:00");
  }
  await page.getByLabel("woensdag tot").fill("vijf uur");
  await page.getByRole("button", { name: "Dienst toevoegen" }).click();

  const summary = page.locator(".error-summary");
  await expect.poll(() => summary.innerText()).toContain("Schrijf bij woensdag een tijd zoals 9:00.");
  expect(await summary.locator("a").first().getAttribute("href")).toBe("#opening_times-WE-to");
  expect(await page.locator("#opening_times-WE-to").inputValue()).toBe("vijf uur");
  expect(await page.locator("#opening_times-WE-to").getAttribute("aria-invalid")).toBe("true");

  await page.getByLabel("woensdag tot").fill("0:00");
  await page.getByRole("button", { name: "Dienst toevoegen" }).click();
  await page.waitForURL(/\/editor\/services\/[0-9a-f-]{36}\?saved=1/);
  const id = /services\/([0-9a-f-]{36})/.exec(page.url())![1];
  expect(await page.locator("#opening_times-MO-from").inputValue()).toBe("00:00");

  await page.goto(`${baseUrl()}/nl/contacts/${id}`);
  const hours = page.locator("section[aria-labelledby=hours]");
  await expect.poll(() => hours.innerText()).toContain("Dag en nacht open.");
  expect(await hours.innerText()).toContain("Maandag tot en met zondag van 0:00 tot 0:00.");
  await context.close();
});

// Issue 17 points 7, 8 and 9 as an editor and a volunteer see them: a half phone number is refused
// at the field with its line named, a hard sentence is named after a save, directory text links
// its phone numbers, and "MEE" finds the MEE services first.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { stableId } from "#db/seed/stable-id";
import { baseUrl, expectNoProblems, launchBrowser, openPage, waitForHydration } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signIn(page: Page, next: string) {
  await page.goto(`${baseUrl()}/editor/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("E-mailadres").fill(inject("testAdminEmail"));
  await page.getByLabel("Wachtwoord").fill(inject("testAdminPassword"));
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL(`${baseUrl()}${next}`);
  // React 18 resets a <textarea> to its server text when it hydrates: typing before that is lost,
  // and on a busy machine the save then fails on the old phone line again.
  await waitForHydration(page);
}

const LONG =
  "Participe heeft in Amstelveen drie plekken waar mensen die zich alleen voelen zonder afspraak binnen kunnen lopen voor koffie en een praatje.";

test("editor: a half phone number is refused and named; after a save a hard sentence is named, not refused", async () => {
  const { page, problems } = await openPage(browser);
  const path = `/editor/services/${stableId("service:participe-inloop")}`;
  await signIn(page, path);
  const phones = page.getByLabel("Telefoonnummers");
  await phones.fill("020 552 5000\n020 540 49");
  await page.getByRole("button", { name: "Wijzigingen bewaren" }).click();
  await page.getByRole("alert").filter({ hasText: "Regel 2 is geen goed telefoonnummer: 020 540 49" }).waitFor();
  expect(await phones.inputValue()).toBe("020 552 5000\n020 540 49");

  await phones.fill("");
  const description = page.getByLabel("Uitleg (Nederlands)");
  const original = await description.inputValue();
  await description.fill(LONG);
  await page.getByRole("button", { name: "Wijzigingen bewaren" }).click();
  await page.waitForURL(/saved=1/);
  const warning = page.getByRole("status").filter({ hasText: "Is de tekst makkelijk te lezen?" });
  expect(await warning.innerText()).toContain(LONG);
  // Put the seed text back: later files on this worker's server read it (decision 016).
  await description.fill(original);
  await page.getByRole("button", { name: "Wijzigingen bewaren" }).click();
  await page.waitForURL(/saved=1/);
  expectNoProblems(problems);
});

test("volunteer: a phone number in a service's text is a tel: link; MEE finds the MEE services first", async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(`${baseUrl()}/nl/contacts/${stableId("service:113-zelfmoordpreventie")}`);
  expect(await page.locator('main p.lead a[href="tel:08000113"]').count()).toBe(1);
  await page.goto(`${baseUrl()}/nl/contacts?q=MEE`);
  const first = page.locator("ol.result-list .result__name").first();
  expect(await first.innerText()).toMatch(/\bMEE\b/);
  expectNoProblems(problems);
});

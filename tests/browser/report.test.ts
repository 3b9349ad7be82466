// "Klopt er iets niet?" and the quality page (issue 17 points 4 and 5, decision 023), for what
// needs a browser: the report form posted with JavaScript off (error summary, message at the
// field, what was typed kept, thank you), the editors' queue, and the quality page at 360 px with
// axe. The store, the limits, the audit trail and the numbers are tested with SQLite in
// app/features/reports/reports.server.test.ts and app/features/directory/quality.server.test.ts.
// The report this file sends is dismissed again at the end: the seed data stays as it was.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import {
  baseUrl,
  expectNoAxeViolations,
  expectNoProblems,
  launchBrowser,
  openPage,
  sitemapUrls,
  waitForHydration,
} from "./harness";

let browser: Browser;
let contact: string;
beforeAll(async () => {
  browser = await launchBrowser();
  contact = (await sitemapUrls()).find((url) => /^\/nl\/contacts\/[0-9a-f-]{36}$/.test(url))!;
});
afterAll(async () => {
  await browser?.close();
});

const WORDS = "<b>Het nummer</b> is nu 020 123 4567";

describe("a report with JavaScript off", () => {
  test("empty and too long: the summary at the top, the message at the field, the text kept; then thank you", async () => {
    const { context, page, problems } = await openPage(browser, { javaScript: false, width: 360 });
    await page.goto(baseUrl() + contact);
    const form = page.locator("section.contact__report form").first();
    await form.getByRole("button", { name: "Stuur naar de redactie" }).click();

    // Nothing chosen: the report page, with the error twice and "Fout:" in the title.
    expect(new URL(page.url()).pathname).toBe(`${contact}/report`);
    expect(await page.title()).toMatch(/^Fout: /);
    const summary = page.locator(".error-summary");
    await expect.poll(() => summary.locator("a").allInnerTexts()).toEqual(["Kies wat er niet klopt."]);
    expect(await summary.locator("a").getAttribute("href")).toBe("#report-kind-phone");
    expect(await page.locator("#report-kind-error").innerText()).toContain("Kies wat er niet klopt.");

    // Too long: counted by the server, the 501 characters come back in the field.
    const long = "a".repeat(501);
    await page.locator("#report-kind-hours").check();
    await page.locator("#report-text").fill(long);
    await page.getByRole("button", { name: "Stuur naar de redactie" }).click();
    expect(await summary.innerText()).toContain("Je tekst is te lang. Je mag 500 tekens typen. Je hebt er nu 501.");
    expect(await page.locator("#report-text-error").innerText()).toContain("Je tekst is te lang");
    expect(await page.locator("#report-text").inputValue()).toBe(long);
    expect(await page.locator("#report-kind-hours").isChecked()).toBe(true);

    // Right: a thank-you page that is not the form again.
    await page.locator("#report-text").fill(WORDS);
    await page.getByRole("button", { name: "Stuur naar de redactie" }).click();
    expect(new URL(page.url()).search).toBe("?sent=report");
    expect(await page.locator("h1").innerText()).toBe("Dank je wel");
    expect(await page.locator(".callout[role=status]").innerText()).toContain("De redactie kijkt ernaar.");
    expect(await page.title()).not.toMatch(/^Fout/);
    expectNoProblems(problems);
    await context.close();
  });

  test("with JavaScript the same form shows the same errors, focused, and without axe violations", async () => {
    const { context, page, problems } = await openPage(browser, { width: 360 });
    await page.goto(`${baseUrl()}${contact}/report`);
    await waitForHydration(page);
    await page.getByRole("button", { name: "Stuur naar de redactie" }).click();
    await expect.poll(() => page.locator("#report-kind-error").count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.className)).toContain("error-summary");
    await expectNoAxeViolations(page);
    expectNoProblems(problems);
    await context.close();
  });

  test("a post from another site, or from nowhere, is refused", async () => {
    const post = (headers: Record<string, string>) =>
      fetch(`${baseUrl()}${contact}/report`, {
        method: "POST",
        redirect: "manual",
        headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
        body: "intent=report&kind=phone&text=spam",
      });
    expect((await post({ Origin: "https://evil.example" })).status).toBe(403);
    expect((await post({})).status).toBe(403);
  });
});

describe("the editors' queue", () => {
  test("the report shows as text, not markup; dismissing it empties the queue", async () => {
    const { context, page, problems } = await openPage(browser, { width: 360 });
    await page.goto(`${baseUrl()}/editor/login?next=%2Feditor`);
    await page.getByLabel("E-mailadres").fill(inject("testAdminEmail"));
    await page.getByLabel("Wachtwoord").fill(inject("testAdminPassword"));
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.waitForURL(`${baseUrl()}/editor`);
    const item = page.locator(".report-queue > li").filter({ hasText: "Het nummer" });
    expect(await item.locator(".report-queue__text").innerText()).toContain(WORDS);
    expect(await item.locator("b").count()).toBe(0);
    await expectNoAxeViolations(page);
    await item.getByRole("button", { name: "Niet nodig" }).click();
    await expect.poll(() => page.locator(".callout[role=status]").innerText()).toContain("niet nodig");
    expect(await page.locator(".report-queue > li").filter({ hasText: "Het nummer" }).count()).toBe(0);
    expectNoProblems(problems);
    await context.close();
  });
});

describe("the quality page", () => {
  test("at 360 px: linked from the search, a real table per area, only the tables scroll sideways, no axe violations", async () => {
    const { context, page, problems } = await openPage(browser, { width: 360 });
    await page.goto(`${baseUrl()}/nl/contacts`);
    await waitForHydration(page);
    await page.getByRole("link", { name: "Hoe goed is de lijst met hulp?" }).click();
    await page.locator("h1", { hasText: "Hoe goed is de lijst met hulp?" }).waitFor();
    await page.waitForURL(`${baseUrl()}/nl/contacts/quality`);
    expect(await page.locator("h1").innerText()).toBe("Hoe goed is de lijst met hulp?");
    expect(await page.locator("table caption").count()).toBe(18);
    expect(await page.locator("table").first().locator("thead th[scope=col]").count()).toBe(6);
    expect(await page.locator("table").first().locator("tbody th[scope=row]").count()).toBe(6);
    // The gaps are said in words, not left blank.
    expect(await page.locator("tbody").getByText("Geen hulp gevonden").count()).toBe(10);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page);
    expectNoProblems(problems);
    await context.close();
  });
});

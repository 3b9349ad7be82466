// The guide pages (issue 3): signals, tips per situation and the word list. A word link lands on
// its explanation, tips link to the right tip, the situation pages work by keyboard, and all of it
// works without JavaScript.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { baseUrl, expectNoAxeViolations, expectNoProblems, launchBrowser, openPage } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Press Tab until the focused element is a link to `path`; fails after `max` presses. */
async function tabTo(page: Page, path: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute("href"));
    if (href === path) return;
  }
  throw new Error(`No link to ${path} within ${max} presses of Tab`);
}

describe.each([true, false])("guide pages, JavaScript %s", (javaScript) => {
  test("a word link on the signals page opens that word's explanation in the word list", async () => {
    const { page, problems, context } = await openPage(browser, { javaScript });
    await page.goto(`${baseUrl()}/nl/signals`);
    const talking = page.locator("section#talking");
    await talking.getByRole("link", { name: "indicatie", exact: true }).click();
    await page.waitForURL(/\/nl\/words#indicatie$/);
    const entry = page.locator("#indicatie");
    await expect(entry.locator("dt").textContent()).resolves.toBe("indicatie");
    await expect(entry.locator("dd").textContent()).resolves.toMatch(/besluit/);
    expect(await entry.isVisible()).toBe(true);
    if (javaScript) await expectNoAxeViolations(page);
    expectNoProblems(problems);
    await context.close();
  });

  test("a tip under a signal opens the situation page at that tip", async () => {
    const { page, problems, context } = await openPage(browser, { javaScript, locale: "en-GB" });
    await page.goto(`${baseUrl()}/en/signals`);
    const signal = page.locator("li#says-yes-quickly");
    await signal.getByRole("link", { name: "Ask someone to say it in their own words" }).click();
    await page.waitForURL(/\/en\/tips\/talking#check-back$/);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Talking");
    const tip = page.locator("section#check-back");
    expect(await tip.getByRole("heading", { level: 2 }).textContent()).toBe("Ask someone to say it in their own words");
    expect(await tip.textContent()).toContain("Do not only ask");
    expectNoProblems(problems);
    await context.close();
  });
});

describe("tips by keyboard", () => {
  test("every situation page is reachable with Tab and Enter, and the upset page shows the urgent route first", async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/nl/tips`);
    await tabTo(page, "/nl/tips/money");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/nl\/tips\/money$/);
    // With JavaScript the address changes before the new page is on screen: wait for the page.
    await expect.poll(() => page.locator("h1").textContent()).toBe("Geld");

    await tabTo(page, "/nl/tips/upset");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/nl\/tips\/upset$/);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Als iemand boos of van streek is");
    // The urgent numbers come before the first tip.
    const order = await page.evaluate(() => {
      const urgent = document.querySelector(".urgent-routes");
      const firstTip = document.querySelector("section.tip");
      return urgent && firstTip ? urgent.compareDocumentPosition(firstTip) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    await expect(page.getByRole("link", { name: /Bel 112/ }).getAttribute("href")).resolves.toBe("tel:112");
    await expectNoAxeViolations(page);

    await tabTo(page, "/nl/tips");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/nl\/tips$/);
    await expect.poll(() => page.getByRole("link", { name: /Praten/ }).count()).toBeGreaterThan(0);
    expectNoProblems(problems);
    await context.close();
  });
});

describe("start page", () => {
  test.each([true, false])(
    "the urgent numbers are on the first screen of a 360 × 740 phone, before the doors (JavaScript %s)",
    async (javaScript) => {
      const { page, problems, context } = await openPage(browser, { javaScript, width: 360, height: 740 });
      await page.goto(`${baseUrl()}/nl`);
      const line = page.getByRole("region", { name: "Gevaar of misbruik?" });
      const box = await line.boundingBox();
      expect(box, "the urgent line is shown").not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height, "the whole urgent line fits in the first 740 px").toBeLessThanOrEqual(740);
      for (const href of ["tel:112", "tel:08002000", "tel:113", "tel:08000113"]) {
        const link = line.locator(`a[href="${href}"]`);
        expect(await link.count(), href).toBe(1);
        const linkBox = await link.boundingBox();
        expect(linkBox!.y + linkBox!.height, `${href} on the first screen`).toBeLessThanOrEqual(740);
      }
      const doorsTop = (await page.locator(".doors").boundingBox())!.y;
      expect(box!.y).toBeLessThan(doorsTop);
      if (javaScript) await expectNoAxeViolations(page);
      expectNoProblems(problems);
      await context.close();
    },
  );
});

describe("signals page", () => {
  test("shows each category as a section with a heading, danger first with the urgent route, and sources", async () => {
    const { page, problems, context } = await openPage(browser, { width: 360 });
    await page.goto(`${baseUrl()}/nl/signals`);
    const headings = await page.locator("section.signal-category h2").allTextContents();
    expect(headings.length).toBeGreaterThanOrEqual(7);
    // Danger comes first (issue 14), in the contents list and in the sections.
    expect(headings[0]).toBe("Gevaar en misbruik");
    expect(await page.locator(".guide-toc li").first().innerText()).toBe("Gevaar en misbruik");
    expect(await page.locator("li.signal").count()).toBeGreaterThanOrEqual(30);

    const danger = page.locator("section#danger");
    expect(await danger.locator(".urgent-routes").count()).toBe(1);
    expect(await danger.locator("li.signal--danger").count()).toBeGreaterThanOrEqual(5);
    // A danger sign also points to the directory topic for crisis and safety.
    await expect(
      danger.locator("li#money-taken").getByRole("link", { name: "Crisis en veiligheid" }).getAttribute("href"),
    ).resolves.toBe("/nl/contacts?topic=crisis-safety");

    // Sources fold away, closed, and show title and publisher, not raw addresses (issue 14 point 9).
    const fold = page.locator("section.sources details");
    expect(await fold.getAttribute("open")).toBeNull();
    const sources = fold.locator("li");
    expect(await sources.count()).toBeGreaterThan(5);
    expect(await sources.first().isVisible()).toBe(false);
    await fold.locator("summary").click();
    expect(await sources.first().isVisible()).toBe(true);
    expect(await sources.first().getByRole("link").getAttribute("href")).toMatch(/^https?:\/\//);
    expect(await page.locator("section.sources").innerText()).not.toMatch(/https?:\/\/|www\./);
    await expectNoAxeViolations(page);
    expectNoProblems(problems);
    await context.close();
  });

  test("an unknown tips situation is a clear 404 page", async () => {
    const { page, context } = await openPage(browser);
    const response = await page.goto(`${baseUrl()}/nl/tips/dancing`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("Deze pagina bestaat niet");
    await context.close();
  });
});

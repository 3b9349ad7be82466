// Issue 17 "a directory volunteers can trust", as a volunteer sees it: no page or card claims a
// check that did not happen (point 1, decision 020), and none is a dead end (point 3).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { stableId } from "#db/seed/stable-id";
import { baseUrl, expectNoAxeViolations, expectNoProblems, launchBrowser, openPage, sitemapUrls } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ZUIDOOST = stableId("service:buurtteam-zuidoost");
/** Reached only through its website: no phone number is known. */
const NO_PHONE = stableId("service:okt-amsterdam");
/** No phone, e-mail, website or address in any source. */
const NO_WAY = stableId("service:philadelphia-hoorn");

/** Every h2/h3 is followed by something to read before the next heading or the end of its section. */
async function emptyHeadings(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("main h2, main h3")]
      .filter((heading) => {
        let text = "";
        for (
          let next = heading.nextElementSibling;
          next && !/^H[23]$/.test(next.tagName);
          next = next.nextElementSibling
        )
          text += (next as HTMLElement).innerText;
        return text.trim() === "";
      })
      .map((heading) => (heading as HTMLElement).innerText),
  );
}

for (const javaScript of [true, false]) {
  test(`Zuidoost walk-in (JavaScript ${javaScript ? "on" : "off"}): the page says the source was read, not checked; the card keeps the address, marked`, async () => {
    const { context, page, problems } = await openPage(browser, { javaScript, width: 360 });
    await page.goto(`${baseUrl()}/nl/contacts/${ZUIDOOST}`);
    const main = page.locator("main");
    await expect.poll(() => main.innerText()).toContain("Nog niet nagevraagd bij de organisatie.");
    expect(await main.innerText()).toMatch(/Gelezen op de website zuidoostenmeer\.nl op 25 november 2026\./);
    expect(await main.innerText()).not.toMatch(/gecontroleerd/i);
    expect(await emptyHeadings(page)).toEqual([]);
    // No phone known: the page says so and says what to do instead.
    expect(await main.innerText()).toContain("We weten geen telefoonnummer. Ga langs op het adres bij");
    if (javaScript) await expectNoAxeViolations(page);

    await page.goto(`${baseUrl()}/nl/contacts/${ZUIDOOST}/card`);
    const card = page.locator(".visitor-card");
    await expect.poll(() => card.innerText()).toContain("Karspeldreef 1009, Amsterdam (nog niet zeker)");
    expect(await card.innerText()).toContain("Elke werkdag vanaf 9.00 uur. Binnenlopen mag. (nog niet zeker)");
    expect(await card.innerText()).toContain("Vraag wie je dit kaartje gaf of het nog klopt.");
    expect(await card.innerText()).toContain("Gelezen in een openbare bron op 25 november 2026. Nog niet nagevraagd");
    expect(await card.innerText()).not.toMatch(/gecontroleerd/i);
    expect(await emptyHeadings(page)).toEqual([]);
    if (javaScript) await expectNoAxeViolations(page);
    expectNoProblems(problems);
    await context.close();
  });
}

test("a service without a phone: the page and the card say how to reach it instead (English too)", async () => {
  const { context, page, problems } = await openPage(browser, { javaScript: false });
  await page.goto(`${baseUrl()}/nl/contacts/${NO_PHONE}`);
  const main = page.locator("main");
  expect(await main.innerText()).toContain("We weten geen telefoonnummer. Kijk op de website.");
  expect(await main.innerText()).not.toMatch(/gecontroleerd|Bel of kijk/i);
  expect(await emptyHeadings(page)).toEqual([]);
  await page.goto(`${baseUrl()}/nl/contacts/${NO_PHONE}/card`);
  expect(await page.locator(".visitor-card").innerText()).toContain("Kijk op de website: oktamsterdam.nl");
  await page.goto(`${baseUrl()}/en/contacts/${NO_PHONE}`);
  expect(await main.innerText()).toContain("We do not know a phone number. Look at the website.");
  expect(await main.innerText()).toContain("Not yet asked the organisation.");
  expect(await main.innerText()).not.toMatch(/checked/i);
  expectNoProblems(problems);
  await context.close();
});

test("a service nobody can reach has no public page, no card and no place in the sitemap", async () => {
  const { context, page } = await openPage(browser, { javaScript: false });
  for (const path of [`/nl/contacts/${NO_WAY}`, `/nl/contacts/${NO_WAY}/card`]) {
    expect((await page.goto(`${baseUrl()}${path}`))?.status(), path).toBe(404);
  }
  await page.goto(`${baseUrl()}/nl/contacts?q=philadelphia`);
  expect(await page.locator(".result__name").allInnerTexts()).not.toContain("Philadelphia Hoorn: Jacques Bloemhof");
  expect((await sitemapUrls()).some((url) => url.includes(NO_WAY))).toBe(false);
  await context.close();
});

test("the open data: no assured_date for a service nobody confirmed with the organisation", async () => {
  const service = await (await fetch(`${baseUrl()}/api/hsds/services/${ZUIDOOST}`)).json();
  expect(service.name).toBe("Buurtteam Amsterdam Zuidoost: inloop Bijlmer-Oost");
  expect(service).not.toHaveProperty("assured_date");
});

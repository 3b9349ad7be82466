// Offline: after one visit the service worker has saved the guide pages of that language; with
// the connection gone they open from the saved copies and say so. The directory shows the last
// results it loaded, with a note. Editor pages, the API and filled-in cards are never saved.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { baseUrl, launchBrowser, openPage, sitemapUrls, waitForHydration } from "./harness";

let browser: Browser;
let urls: string[];
beforeAll(async () => {
  browser = await launchBrowser();
  urls = await sitemapUrls();
});
afterAll(async () => {
  await browser?.close();
});

/** The start page, the about page, the card and the first two pages of every guide part, in Dutch. */
function guideSample(): string[] {
  const guide = new Set(["", "signals", "tips", "steps", "words", "workshop", "about", "card"]);
  const perPart = new Map<string, string[]>();
  for (const path of urls) {
    const [, lang, part = ""] = path.split("/");
    if (lang !== "nl" || !guide.has(part)) continue;
    // The signals check carries answers in its address and says "no-store": never saved.
    if (/^\/nl\/signals\/(check|result)/.test(path)) continue;
    const list = perPart.get(part) ?? [];
    if (list.length < 2) list.push(path);
    perPart.set(part, list);
  }
  return [...perPart.values()].flat();
}

async function savedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const found: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys())
        found.push(`${request.method} ${new URL(request.url).pathname}${new URL(request.url).search}`);
    }
    return found;
  });
}

async function savedBodies(page: Page): Promise<string> {
  return page.evaluate(async () => {
    let all = "";
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) all += (await (await cache.match(request))!.text()) + "\n";
    }
    return all;
  });
}

async function waitForSavedGuide(page: Page) {
  await page.waitForFunction(() => document.documentElement.dataset.offlineReady === "nl", undefined, {
    timeout: 120_000,
  });
}

describe("offline", () => {
  test("guide pages open without a connection after one visit, marked as saved copies", async () => {
    const { context, page } = await openPage(browser, { width: 360, serviceWorkers: "allow" });
    await page.goto(`${baseUrl()}/nl`);
    await waitForSavedGuide(page);
    // The directory: load results once, online.
    await page.goto(`${baseUrl()}/nl/contacts?q=geld`);
    const onlineResults = await page.locator("main h2, main h3").allInnerTexts();

    await context.setOffline(true);
    const sample = guideSample();
    expect(sample.length).toBeGreaterThan(5);
    for (const path of sample) {
      await page.goto(baseUrl() + path);
      expect(await page.locator("html").getAttribute("data-offline-copy"), path).toBe("1");
      expect(await page.locator("h1").count(), path).toBe(1);
      await page.getByText("Je bent offline. Je ziet een bewaarde versie van deze pagina.").waitFor();
    }

    // A link in the menu works too (a client-side navigation becomes a reload from the saved copy).
    await page.goto(`${baseUrl()}/nl/about`);
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Signalen" }).click();
    await page.waitForURL(`${baseUrl()}/nl/signals`);
    await page.locator("html[data-offline-copy='1'] h1").waitFor();
    expect(await page.locator("h1").count()).toBe(1);
    expect(await page.locator("html").getAttribute("data-offline-copy")).toBe("1");

    // The directory: the same search shows the last results, with the note.
    await page.goto(`${baseUrl()}/nl/contacts?q=geld`);
    await page.getByText("Je bent offline. Dit zijn de laatste resultaten die je hebt geladen.").waitFor();
    expect(await page.locator("main h2, main h3").allInnerTexts()).toEqual(onlineResults);
    // Another search offline: the last results, not an error.
    await page.goto(`${baseUrl()}/nl/contacts?q=wonen`);
    expect(new URL(page.url()).search).toBe("?q=geld");
    await page.getByText("Dit zijn de laatste resultaten die je hebt geladen").waitFor();

    // A page that was never saved: a plain offline page, not the browser's error.
    const response = await page.goto(`${baseUrl()}/nl/contacts/not-saved-here`);
    expect(response?.status()).toBe(503);
    expect(await page.locator("h1").innerText()).toBe("Je bent offline");

    // The signals check (answers in the address, marked no-store) was not saved.
    expect((await page.goto(`${baseUrl()}/nl/signals/check`))?.status()).toBe(503);

    const saved = await savedUrls(page);
    expect(saved.some((entry) => entry.startsWith("GET /nl/tips"))).toBe(true);
    expect(saved.filter((entry) => /\/editor|\/api|\/text-size|\/healthz|\/sitemap\.xml/.test(entry))).toEqual([]);
    expect(saved.filter((entry) => !entry.startsWith("GET "))).toEqual([]);
    await context.setOffline(false);
    await context.close();
  });

  test("a steps path to suicide-worry leaves no answer in Cache Storage (service worker active, JavaScript on)", async () => {
    const { context, page } = await openPage(browser, { width: 360, serviceWorkers: "allow" });
    await page.goto(`${baseUrl()}/nl/steps`);
    await waitForSavedGuide(page);
    await waitForHydration(page);
    await page.getByRole("link", { name: "Begin met de vragen" }).click();
    await page.waitForURL(/\/nl\/steps\/q\/danger$/);
    await page.getByRole("radio", { name: "De bezoeker denkt misschien aan zelfdoding." }).check();
    await page.getByRole("button", { name: "Volgende" }).click();
    await page.waitForURL(/\/nl\/steps\/outcome\/suicide-worry\?danger=suicide$/);
    await page.getByRole("heading", { level: 1, name: "De bezoeker denkt misschien aan zelfdoding" }).waitFor();
    // Back to the question with the answer kept, and forward again: both addresses hold the answer.
    await page.getByRole("link", { name: "Terug naar de vorige vraag" }).click();
    await page.waitForURL(/\/nl\/steps\/q\/danger\?danger=suicide$/);
    await page.getByRole("button", { name: "Volgende" }).click();
    await page.waitForURL(/\/nl\/steps\/outcome\/suicide-worry\?danger=suicide$/);

    const saved = await savedUrls(page);
    expect(saved.some((entry) => entry.startsWith("GET /nl/steps"))).toBe(true);
    expect(saved.filter((entry) => entry.includes("?"))).toEqual([]);
    expect(await savedBodies(page)).not.toContain("danger=suicide");

    // Every address with answers says so itself, for the page and for Remix's data request.
    for (const path of [
      "/nl/steps/q/danger?danger=suicide",
      "/nl/steps/outcome/suicide-worry?danger=suicide",
      "/nl/steps/outcome/suicide-worry?danger=suicide&_data=routes%2F%24lang.steps.outcome.%24outcomeId",
      "/nl/steps/q/safety-role?danger=abuse&_data=routes%2F%24lang.steps.q.%24nodeId",
    ]) {
      const response = await page.request.get(baseUrl() + path, { maxRedirects: 0 });
      expect(response.headers()["cache-control"], path).toBe("private, no-store");
    }
    await context.close();
  });

  test("online, pages come from the network, and a filled-in appointment card is never saved", async () => {
    const { context, page } = await openPage(browser, { serviceWorkers: "allow" });
    await page.goto(`${baseUrl()}/nl/card/appointment`);
    await waitForSavedGuide(page);
    await page.reload();
    expect(await page.locator("html").getAttribute("data-offline-copy")).toBeNull();
    expect(await page.getByText("Je bent offline").count()).toBe(0);

    const marker = `Offlinetest${Date.now().toString(36)}Z`;
    await page.getByLabel("Wat spreken jullie af?").fill(marker);
    await page.getByLabel("Op welke dag?").fill("2030-12-03");
    await page.getByLabel("Hoe laat?").fill("10:00");
    await page.getByLabel("Waar?").fill(marker);
    await page.getByRole("button", { name: "Maak de kaart" }).click();
    await page.getByRole("region", { name: "Mijn afspraak" }).waitFor();
    expect(await page.content()).toContain(marker);
    expect(await savedBodies(page)).not.toContain(marker);
    await context.close();
  });
});

// The directory as a professional uses it: search with filters (JavaScript on and off), open a
// contact, make the visitor card. axe-core on each page.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { baseUrl, expectNoAxeViolations, expectNoProblems, launchBrowser, openPage, sitemapUrls } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// axe-core runs inside the page, so it needs JavaScript; the no-JS runs check the flow itself.
const axe = async (page: import("playwright-core").Page, javaScript: boolean) => {
  if (javaScript) await expectNoAxeViolations(page);
};

for (const javaScript of [true, false]) {
  describe(`directory with JavaScript ${javaScript ? "on" : "off"}`, () => {
    test("money help in Zuidoost: the local walk-in comes first, the filters stay set, the contact and card open", async () => {
      const { context, page, problems } = await openPage(browser, { javaScript, width: 360 });
      await page.goto(`${baseUrl()}/nl/contacts`);
      await axe(page, javaScript);
      await page.getByLabel("Zoekwoord").fill("schulden");
      await page.getByLabel("Onderwerp").selectOption("money");
      await page.getByLabel("Gebied").selectOption("amsterdam-zuidoost");
      await page.getByRole("button", { name: "Zoek hulp" }).click();
      await page.waitForURL(/\/nl\/contacts\?q=schulden&topic=money&area=amsterdam-zuidoost/);
      const results = page.locator(".result__name");
      await expect.poll(() => results.first().innerText()).toBe("Buurtteam Amsterdam Zuidoost: inloop Bijlmer-Oost");
      expect(await page.getByLabel("Gebied").inputValue()).toBe("amsterdam-zuidoost");
      expect(await page.getByLabel("Zoekwoord").inputValue()).toBe("schulden");
      // When the source was read, never a check that did not happen (issue 17 point 1).
      expect(await page.locator(".result").first().innerText()).toContain("Nog niet nagevraagd");
      await axe(page, javaScript);

      await results.first().getByRole("link").click();
      await page.waitForURL(/\/nl\/contacts\/[0-9a-f-]{36}$/);
      await expect
        .poll(() => page.getByRole("heading", { level: 1 }).innerText())
        .toBe("Buurtteam Amsterdam Zuidoost: inloop Bijlmer-Oost");
      expect(await page.getByText("Karspeldreef 1009").isVisible()).toBe(true);
      expect(await page.getByText("nog controleren").first().isVisible()).toBe(true);
      expect(await page.getByText(/Gelezen op de website .* op 25 november 2026/).isVisible()).toBe(true);
      await axe(page, javaScript);

      await page.getByRole("link", { name: "Maak een kaartje voor de bezoeker" }).click();
      await page.waitForURL(/\/card$/);
      await expect.poll(() => page.locator(".visitor-card__qr-image svg").count()).toBe(1);
      // Facts still to verify stay on the card, marked, so the card is never only a name (issue 17 point 3).
      expect(await page.locator(".visitor-card").innerText()).toContain(
        "Karspeldreef 1009, Amsterdam (nog niet zeker)",
      );
      await axe(page, javaScript);
      expectNoProblems(problems);
      await context.close();
    });

    test("unknown filter values and a broken page number give a clear message, not an error page", async () => {
      const { context, page, problems } = await openPage(browser, { javaScript });
      const response = await page.goto(`${baseUrl()}/nl/contacts?topic=astrologie&age=oud&page=-4&q=%22)(*NEAR`);
      expect(response?.status()).toBe(200);
      await expect.poll(() => page.title()).toBe("Fout: Hulp vinden in de buurt - Nabij");
      const summary = page.getByRole("alert");
      expect(await summary.innerText()).toContain('Het onderwerp "astrologie" kennen we niet.');
      expect(await summary.innerText()).toContain("Vul de leeftijd in met cijfers");
      expect(await page.locator("#age").inputValue()).toBe("oud");
      expect(await page.content()).not.toMatch(/SQLITE|fts5|syntax error/i);
      await axe(page, javaScript);
      expectNoProblems(problems);
      await context.close();
    });

    test("no results explains what to try", async () => {
      const { context, page, problems } = await openPage(browser, { javaScript });
      await page.goto(`${baseUrl()}/en/contacts?q=zzzqqq`);
      expect(await page.getByRole("heading", { name: "We found nothing" }).isVisible()).toBe(true);
      expect(await page.getByText("Use fewer words").isVisible()).toBe(true);
      await axe(page, javaScript);
      expectNoProblems(problems);
      await context.close();
    });
  });
}

test("pagination keeps the filters", async () => {
  const { context, page } = await openPage(browser, { javaScript: false });
  await page.goto(`${baseUrl()}/nl/contacts?area=amsterdam`);
  await page.getByRole("link", { name: "Volgende pagina" }).click();
  await page.waitForURL(/area=amsterdam&page=2/);
  await expect.poll(() => page.getByText("Pagina 2 van").first().isVisible()).toBe(true);
  await context.close();
});

test("the open data answers: HSDS services and the CSV", async () => {
  const list = await (await fetch(`${baseUrl()}/api/hsds/services?per_page=5`)).json();
  expect(list).toMatchObject({ page_number: 1, size: 5, first_page: true });
  const bad = await fetch(`${baseUrl()}/api/hsds/services?page=-1`);
  expect(bad.status).toBe(400);
  const csv = await fetch(`${baseUrl()}/api/contacts.csv`);
  expect(csv.headers.get("content-type")).toContain("text/csv");
  const bytes = new Uint8Array(await csv.arrayBuffer());
  // A byte-order mark first, so spreadsheet programs read the accents right.
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(new TextDecoder().decode(bytes).split("\r\n")[0]).toMatch(/^id,name,organization/);
});

// Issue 14 point 6: the card a visitor holds never names a label. Every contact in the sitemap,
// both languages, as printed (the visible text and the page title), plus the page's own data.
/**
 * The page source without what is random per request or per build — the CSP nonce, asset names with
 * their content hash, the QR code's drawing — where three letters such as "Lvb" turn up by chance.
 */
function withoutRandomParts(html: string): string {
  return html
    .replace(/\snonce="[^"]*"/g, "")
    .replace(/\/build\/[^"'\s]*/g, "")
    .replace(/<svg[\s\S]*?<\/svg>/g, "");
}

test("no visitor card names a label: every card in both languages", async () => {
  const LABELS = /beperking|lvb|verstandelijk|diagnose|disability/i;
  const ids = [
    ...new Set((await sitemapUrls()).map((url) => /\/contacts\/([0-9a-f-]{36})$/.exec(url)?.[1]).filter(Boolean)),
  ];
  expect(ids.length).toBeGreaterThanOrEqual(40);
  const { context, page } = await openPage(browser, { javaScript: false });
  // One page per card in each language (over a hundred since issue 17.6 added services): three tabs
  // share the work.
  const tabs = [page, await context.newPage(), await context.newPage()];
  const queue = ids.flatMap((id) => ["nl", "en"].map((lang) => ({ id, lang })));
  let cards = 0;
  const checkCards = async (tab: typeof page) => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { id, lang } = next;
      const response = await tab.goto(`${baseUrl()}/${lang}/contacts/${id}/card`);
      if (response?.status() === 404) {
        // No card at all for a service whose every name holds a label; the contact page offers none.
        await tab.goto(`${baseUrl()}/${lang}/contacts/${id}`);
        expect(await tab.locator(`a[href$="/contacts/${id}/card"]`).count(), id).toBe(0);
        continue;
      }
      expect(response?.status(), id).toBe(200);
      cards++;
      const printed = `${await tab.title()}\n${await tab.locator("body").innerText()}`;
      expect(printed.match(LABELS)?.[0] ?? null, `${lang}/contacts/${id}/card:\n${printed}`).toBeNull();
      // The professional texts are not sent along either (a visitor may look at the page source).
      const source = withoutRandomParts(await response!.text());
      expect(source.match(LABELS)?.[0] ?? null, `${lang}/contacts/${id}/card (source)`).toBeNull();
    }
  };
  await Promise.all(tabs.map(checkCards));
  expect(cards).toBeGreaterThanOrEqual(80);
  await context.close();
  // Over a hundred page loads (a card, or a contact page when there is no card): more than the
  // tier's two minutes when the machine is busy.
}, 300_000);

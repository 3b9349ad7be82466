// The appointment card: filled in, shown as an easy-read card, printed — and forgotten. With and
// without JavaScript; errors in the GOV.UK pattern; no trace in the database or the server log.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { formatDate } from "~/features/card/appointment";
import { stableId } from "#db/seed/stable-id";
import { dumpDatabase } from "./database-dump";
import { baseUrl, expectNoAxeViolations, expectNoProblems, launchBrowser, openPage, testServer } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A date a week from now (Amsterdam), as the date field sends it. */
function nextWeek(): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 7);
  return date.toISOString().slice(0, 10);
}

async function fillCard(page: Page, marker: string, date = nextWeek()) {
  await page.getByLabel("Wat spreken jullie af?").fill(`Samen de brief lezen ${marker}`);
  await page.getByLabel("Met wie is de afspraak? (niet verplicht)").fill(`Fatima ${marker}`);
  await page.getByLabel("Op welke dag?").fill(date);
  await page.getByLabel("Hoe laat?").fill("14:30");
  await page.getByLabel("Waar?").fill(`Buurthuis De Boog ${marker}`);
  await page.getByLabel("Wat neemt de bezoeker mee? (niet verplicht)").fill(`De brief ${marker}`);
}

function rawFiles(): string {
  const path = testServer().databasePath;
  return [path, `${path}-wal`, testServer().serverLogPath]
    .map((file) => {
      try {
        return readFileSync(file).toString("latin1");
      } catch {
        return "";
      }
    })
    .join("\n");
}

describe("appointment card", () => {
  for (const javaScript of [false, true]) {
    test(`makes an easy-read card from what was typed (JavaScript ${javaScript ? "on" : "off"})`, async () => {
      const { context, page, problems } = await openPage(browser, { javaScript, width: 360 });
      await page.goto(`${baseUrl()}/nl/card/appointment`);
      await fillCard(page, "", "2030-12-03");
      const posted = page.waitForResponse(
        (r) => r.request().method() === "POST" && r.url().includes("/nl/card/appointment"),
      );
      await page.getByRole("button", { name: "Maak de kaart" }).click();
      expect((await posted).headers()["cache-control"]).toBe("private, no-store");
      const card = page.getByRole("region", { name: "Mijn afspraak" });
      await card.waitFor();
      const text = await card.innerText();
      expect(text).toContain("Samen de brief lezen");
      expect(text).toContain("dinsdag 3 december 2030");
      expect(text).toContain("14:30 uur");
      expect(text).toContain("half 3 's middags");
      expect(text).toContain("Buurthuis De Boog");
      // The week pictogram marks Tuesday; the clock's hour hand points between 2 and 3.
      expect(await card.locator(".time-pictogram--week rect[fill='#0b4f6c']").count()).toBe(1);
      expect(await card.locator(".time-pictogram--clock line[transform='rotate(75 32 32)']").count()).toBe(1);
      // Printing needs JavaScript; without it the page says how to print instead.
      if (javaScript) await page.getByRole("button", { name: "Print de kaart" }).waitFor();
      else expect(await page.getByText("Print de kaart met het printmenu van je browser.").count()).toBe(1);
      // axe-core runs inside the page, so only where the page may run scripts.
      if (javaScript) await expectNoAxeViolations(page);

      // Change the card: the form comes back filled in.
      await page.getByRole("button", { name: "Pas de kaart aan" }).click();
      await page.getByLabel("Waar?").waitFor();
      expect(await page.getByLabel("Waar?").inputValue()).toBe("Buurthuis De Boog");
      expect(await page.getByLabel("Op welke dag?").inputValue()).toBe("2030-12-03");
      expectNoProblems(problems);
      await context.close();
    });

    test(`names the missing fields and keeps what was typed (JavaScript ${javaScript ? "on" : "off"})`, async () => {
      const { context, page, problems } = await openPage(browser, { javaScript });
      await page.goto(`${baseUrl()}/nl/card/appointment`);
      await page.getByLabel("Met wie is de afspraak? (niet verplicht)").fill("Fatima");
      await page.getByLabel("Op welke dag?").fill("2001-01-01");
      await page.getByRole("button", { name: "Maak de kaart" }).click();
      const summary = page.getByRole("alert");
      await summary.waitFor();
      // Without JavaScript the server writes the title; with it, the page does after the answer.
      if (javaScript) await page.waitForFunction(() => document.title.startsWith("Fout: "));
      await expect.poll(() => page.title()).toBe("Fout: Maak een afsprakenkaart - Nabij");
      const links = summary.getByRole("link");
      expect(await links.allInnerTexts()).toEqual([
        "Schrijf op wat jullie afspreken",
        "Deze dag is al voorbij. Kies vandaag of een dag later",
        "Schrijf op hoe laat de afspraak is",
        "Schrijf op waar de afspraak is",
      ]);
      if (javaScript) await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
      // Each summary link goes to its field; the field says what is wrong.
      await links.first().click();
      expect(await page.evaluate(() => document.activeElement?.id ?? location.hash)).toMatch(/what/);
      expect(await page.getByLabel("Wat spreken jullie af?").getAttribute("aria-invalid")).toBe("true");
      expect(await page.getByLabel("Met wie is de afspraak? (niet verplicht)").inputValue()).toBe("Fatima");
      expect(await page.getByLabel("Op welke dag?").inputValue()).toBe("2001-01-01");
      if (javaScript) await expectNoAxeViolations(page);
      expectNoProblems(problems);
      await context.close();
    });
  }

  test("prints only the card", async () => {
    const { context, page } = await openPage(browser, { javaScript: false });
    await page.goto(`${baseUrl()}/en/card/appointment`);
    await page.getByLabel("What do you agree to do?").fill("Read the letter together");
    await page.getByLabel("On which day?").fill(nextWeek());
    await page.getByLabel("At what time?").fill("09:15");
    await page.getByLabel("Where?").fill("Community centre, room 2");
    await page.getByLabel("Big: A5. That is half a sheet of paper.").check();
    await page.getByRole("button", { name: "Make the card" }).click();
    await page.emulateMedia({ media: "print" });
    const card = page.getByRole("region", { name: "My appointment" });
    expect(await card.isVisible()).toBe(true);
    expect(await card.getAttribute("class")).toContain("appointment-card--a5");
    expect(await card.innerText()).toContain(formatDate(nextWeek(), "en"));
    expect(await card.innerText()).toContain("quarter past 9 in the morning");
    expect(await page.getByRole("heading", { level: 1 }).isVisible()).toBe(false);
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    await context.close();
  });

  test("keeps no trace: no database row and no log line holds the text", async () => {
    const marker = `Kaarttest${Date.now().toString(36)}Q`;
    const before = await dumpDatabase();
    for (const javaScript of [false, true]) {
      const { context, page } = await openPage(browser, { javaScript });
      await page.goto(`${baseUrl()}/nl/card/appointment`);
      await fillCard(page, marker);
      await page.getByRole("button", { name: "Maak de kaart" }).click();
      await page.getByRole("region", { name: "Mijn afspraak" }).waitFor();
      expect(await page.content()).toContain(marker);
      // And once with an error, so the error path is covered too.
      await page.getByRole("link", { name: "Maak een nieuwe kaart" }).click();
      await page.getByLabel("Waar?").fill(marker);
      await page.getByRole("button", { name: "Maak de kaart" }).click();
      await page.getByRole("alert").waitFor();
      await context.close();
    }
    await new Promise((r) => setTimeout(r, 300));
    const after = await dumpDatabase();
    expect(after).toBe(before);
    expect(after).not.toContain(marker);
    expect(rawFiles()).not.toContain(marker);
  });
});

// Issue 14 point 6: made from a contact page, the card names the service with its visitor text.
// Cordaan's professional summary says "verstandelijke beperking"; the visitor's card never does.
describe("appointment card for a contact", () => {
  for (const javaScript of [false, true]) {
    test(`prints the service's visitor text, never a label (JavaScript ${javaScript ? "on" : "off"})`, async () => {
      const { context, page, problems } = await openPage(browser, { javaScript, width: 360 });
      await page.goto(`${baseUrl()}/nl/contacts/${stableId("service:cordaan-vb")}`);
      await page.getByRole("link", { name: "Maak een afspraakkaartje" }).click();
      await page.waitForURL(/\/nl\/card\/appointment\?contact=/);
      await expect.poll(() => page.getByText("Dit kaartje gaat over een afspraak bij Cordaan.").count()).toBe(1);
      await fillCard(page, "");
      await page.getByRole("button", { name: "Maak de kaart" }).click();
      const card = page.getByRole("region", { name: "Mijn afspraak" });
      await card.waitFor();
      const text = await card.innerText();
      expect(text).toContain("Cordaan helpt je met wonen, werk en dagbesteding in Amsterdam.");
      expect(text).not.toMatch(/beperking|verstandelijk|lvb|diagnose|disability/i);
      // Changing the card keeps the service.
      await page.getByRole("button", { name: "Pas de kaart aan" }).click();
      await expect.poll(() => page.getByText("Dit kaartje gaat over een afspraak bij Cordaan.").count()).toBe(1);
      if (javaScript) await expectNoAxeViolations(page);
      expectNoProblems(problems);
      await context.close();
    });
  }
});

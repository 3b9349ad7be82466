// Workshop mode as a trainer and participants use it: slides moved by keyboard and clicker keys,
// the presenter view with notes and a clock, the quiz on a phone without JavaScript, the handout
// printed on A4 without site chrome or clipped text, and axe on every workshop page (also the ones
// the sitemap walker does not list, like the presenter view and a handout for an area).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
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
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PLAN = "volunteers-intro";
const slidePath = (n: number) => `/nl/workshop/${PLAN}/slides/${n}`;
const counter = (page: Page) => page.locator(".ws-slidebar__count").innerText();

describe("slides", () => {
  test("ArrowRight, PageDown and space go to the next slide; ArrowLeft and PageUp go back", async () => {
    const { context, page, problems } = await openPage(browser, { width: 1280, height: 720 });
    await page.goto(baseUrl() + slidePath(2));
    // The keys work once React has hydrated the slide; a key pressed before that does nothing.
    await waitForHydration(page);
    expect(await counter(page)).toMatch(/^Dia 2 van \d+$/);
    const first = await page.getByRole("heading", { level: 1 }).innerText();

    // The address changes before the new slide is on screen, and keys pressed in between still
    // belong to the old slide: wait until the slide itself says where we are.
    const shown = async (n: number) => {
      await page.waitForURL(new RegExp(`${slidePath(n)}$`));
      await expect.poll(() => counter(page)).toMatch(new RegExp(`^Dia ${n} van`));
    };
    await page.keyboard.press("ArrowRight");
    await shown(3);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).not.toBe(first);
    await page.keyboard.press("PageDown"); // what a clicker sends
    await shown(4);
    await page.keyboard.press("Space");
    await shown(5);
    await page.keyboard.press("ArrowLeft");
    await shown(4);
    await page.keyboard.press("PageUp");
    await shown(3);
    await page.keyboard.press("PageUp");
    await shown(2);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe(first);
    expect(await counter(page)).toMatch(/^Dia 2 van \d+$/);
    expectNoProblems(problems);
    await context.close();
  });

  test("work without JavaScript with next and previous links, and the slide fills a 16:9 projector without the site menu", async () => {
    const { context, page } = await openPage(browser, { javaScript: false, width: 1280, height: 720 });
    await page.goto(baseUrl() + slidePath(1));
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    const box = await page.locator(".ws-slide").boundingBox();
    expect(box!.width / box!.height).toBeCloseTo(16 / 9, 1);
    await page.getByRole("link", { name: "Volgende dia" }).click();
    await page.waitForURL(new RegExp(`${slidePath(2)}$`));
    await page.getByRole("link", { name: "Vorige dia" }).click();
    await page.waitForURL(new RegExp(`${slidePath(1)}$`));
    await expect.poll(() => page.getByRole("link", { name: "Vorige dia" }).count()).toBe(0);
    await context.close();
  });

  test("an unknown slide number is a 404, not an error", async () => {
    for (const n of ["0", "999", "abc"]) {
      const response = await fetch(`${baseUrl()}/nl/workshop/${PLAN}/slides/${n}`);
      expect(response.status, n).toBe(404);
    }
  });
});

describe("presenter view", () => {
  test("shows the current slide, the next one, the trainer notes and a ticking clock; it moves with the keys and is never cached", async () => {
    const response = await fetch(`${baseUrl()}/nl/workshop/${PLAN}/presenter/3`);
    expect(response.headers.get("cache-control")).toContain("no-store");

    const { context, page, problems } = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(`${baseUrl()}/nl/workshop/${PLAN}/presenter/3`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toContain("Trainer:");
    expect(await page.getByRole("region", { name: /Nu op het scherm/ }).innerText()).toContain("Geen etiket");
    expect(await page.getByRole("region", { name: "Hierna" }).innerText()).toContain("4. Zie jij het?");
    expect(await page.getByTestId("presenter-notes").innerText()).toContain("Gebruik het zo weinig mogelijk");

    const clock = page.getByTestId("presenter-clock");
    await expect.poll(() => page.getByText("Klok", { exact: true }).count()).toBe(1);
    const shown = await clock.innerText();
    expect(shown).toMatch(/^\d\d:\d\d$/);
    const browserTime = await page.evaluate(() =>
      new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", hour12: false }).format(new Date()),
    );
    expect([browserTime, shown]).toContain(shown);

    await page.getByRole("button", { name: "Start de tijd" }).click();
    await expect.poll(() => page.getByTestId("presenter-elapsed").innerText(), { timeout: 5000 }).not.toBe("0:00");

    await page.keyboard.press("PageDown");
    await page.waitForURL(/\/presenter\/4$/);
    // The address changes before the new slide is on screen: wait for the slide, not the URL.
    await expect
      .poll(() => page.getByRole("region", { name: /Nu op het scherm/ }).innerText())
      .toContain("Zie jij het?");
    // The timer keeps running across slides (kept in this tab only).
    await expect.poll(() => page.getByTestId("presenter-elapsed").innerText(), { timeout: 5000 }).not.toBe("0:00");
    await expectNoAxeViolations(page);
    expectNoProblems(problems);
    await context.close();
  });
});

describe("quiz", () => {
  test("works on a phone without JavaScript: answer, read why, go on, and see the score; answers live only in the address", async () => {
    const { context, page, problems } = await openPage(browser, { javaScript: false, width: 360 });
    await page.goto(`${baseUrl()}/nl/workshop/quiz`);
    expect(await page.getByRole("heading", { level: 2 }).first().innerText()).toContain(
      "Een bezoeker zegt op elke vraag meteen ja.",
    );
    await page.getByRole("button", { name: "Ja, een signaal" }).click();
    await page.waitForURL(/\?says-yes-to-everything=signal$/);
    const feedback = page.getByRole("region", { name: "Goed gedaan." });
    expect(await feedback.innerText()).toContain("Sommige mensen zeggen ja");

    await page.getByRole("button", { name: "Ja, een signaal" }).click(); // late once: not a signal
    await page.waitForURL(/says-yes-to-everything=signal&late-once=signal$/);
    await expect
      .poll(() => page.getByRole("region", { name: "Dat klopt niet helemaal." }).innerText())
      .toContain("Iedereen is weleens te laat.");
    expect(await page.locator("text=Stelling 3 van").count()).toBe(1);

    // Answer everything else "no": the end shows a score and every explanation.
    for (;;) {
      const button = page.getByRole("button", { name: "Nee, geen signaal" });
      if ((await button.count()) === 0) break;
      await button.click();
      await page.waitForLoadState("load");
    }
    expect(await page.getByRole("heading", { name: "Klaar" }).count()).toBe(1);
    expect(await page.getByText(/Je had \d+ van de \d+ goed\./).count()).toBe(1);
    expectNoProblems(problems);
    await context.close();
  });
});

describe("handout", () => {
  test("prints on A4 without menu, buttons or the area form, and no text sticks out of its box", async () => {
    const { context, page, problems } = await openPage(browser, { width: 794, height: 1123 });
    await page.goto(`${baseUrl()}/nl/workshop/${PLAN}/handout?area=amsterdam`);
    expect(await page.getByText("Contacten voor: Amsterdam").count()).toBe(1);
    await page.emulateMedia({ media: "print" });
    for (const chrome of [".site-header", ".site-nav", ".site-footer", ".ws-area-form", ".ws-back", "button"]) {
      const visible = await page
        .locator(chrome)
        .evaluateAll((nodes) =>
          nodes.some((n) => (n as HTMLElement).offsetParent !== null || getComputedStyle(n).display !== "none"),
        );
      expect(visible, chrome).toBe(false);
    }
    for (const section of [
      "Signalen om op te letten",
      "Tips die helpen",
      "De stappen in één plaatje",
      "Hulp in de buurt",
    ]) {
      expect(await page.getByRole("heading", { name: section }).isVisible(), section).toBe(true);
    }
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll("main *")]
        .filter((el) => {
          const style = getComputedStyle(el);
          if (el.closest(".visually-hidden")) return false; // 1 px on purpose, for screen readers
          return (
            style.display !== "none" &&
            style.visibility !== "hidden" &&
            el.clientWidth > 0 &&
            el.scrollWidth > el.clientWidth + 1
          );
        })
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}.${(el as HTMLElement).className}: ${(el.textContent ?? "").slice(0, 60)}`,
        ),
    );
    expect(clipped).toEqual([]);
    // Page breaks where a person would put them: the steps and the contacts each start a page.
    const breaks = await page.evaluate(() =>
      [".ws-handout__steps", ".ws-handout__contacts"].map(
        (s) => getComputedStyle(document.querySelector(s)!).breakBefore,
      ),
    );
    expect(breaks).toEqual(["page", "page"]);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.length).toBeGreaterThan(10_000);
    expectNoProblems(problems);
    await context.close();
  });

  test("an unknown area gives the error summary and a field message, not a crash", async () => {
    const { context, page } = await openPage(browser, { javaScript: false, width: 360 });
    const response = await page.goto(`${baseUrl()}/nl/workshop/${PLAN}/handout?area=atlantis`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.title()).toMatch(/^Fout: /);
    expect(await page.locator(".error-summary a[href='#area']").innerText()).toBe("Kies een gebied uit de lijst.");
    expect(await page.locator("#area-error").innerText()).toContain("Kies een gebied uit de lijst.");
    await context.close();
  });
});

describe("every workshop page", () => {
  test("is in the sitemap (plans, handouts, quiz, cases, every slide) and passes axe, with pages outside it too", async () => {
    const urls = (await sitemapUrls()).filter((u) => /^\/(nl|en)\/workshop/.test(u));
    for (const must of [
      "/nl/workshop",
      "/en/workshop/quiz",
      "/nl/workshop/cases",
      `/nl/workshop/${PLAN}`,
      `/en/workshop/${PLAN}/handout`,
      slidePath(1),
    ])
      expect(urls).toContain(must);
    expect(urls.some((u) => u.includes("/presenter/"))).toBe(false);
    // The walker checks every listed URL; here the ones it cannot list, in both widths.
    const extra = [
      `/en/workshop/professionals-session/presenter/1`,
      `/nl/workshop/${PLAN}/handout?area=zaanstad`,
      `/nl/workshop/${PLAN}/handout?area=atlantis`,
      `/en/workshop/quiz?says-yes-to-everything=no-signal`,
      `/nl/workshop/quiz?${new URLSearchParams([
        ["says-yes-to-everything", "signal"],
        ["late-once", "no-signal"],
        ["accent", "no-signal"],
        ["letters-closed", "signal"],
        ["talks-well", "signal"],
        ["angry-at-form", "signal"],
        ["reading-glasses", "signal"],
        ["no-app", "no-signal"],
        ["new-friend-pin", "signal"],
        ["saying", "signal"],
        ["sad-about-cat", "no-signal"],
      ])}`,
    ];
    for (const width of [360, 1280]) {
      const { context, page, problems } = await openPage(browser, { width });
      for (const path of extra) {
        const response = await page.goto(baseUrl() + path);
        expect(response?.status(), path).toBe(200);
        await expectNoAxeViolations(page);
      }
      expectNoProblems(problems);
      await context.close();
    }
  });
});

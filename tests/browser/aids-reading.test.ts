// Reading and visitor aids: text size (cookie, no-JS form, server-rendered), reflow at 320 px at
// the largest size on one page of every sitemap page type (decision 016), the visitor's settings
// (dark, more contrast, less motion, forced colours) with axe-core, and read aloud with a stubbed
// speechSynthesis.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  axeViolations,
  baseUrl,
  expectNoAxeViolations,
  expectNoProblems,
  launchBrowser,
  onePerPageType,
  openPage,
  sitemapUrls,
} from "./harness";

let browser: Browser;
let urls: string[];
beforeAll(async () => {
  browser = await launchBrowser();
  urls = await sitemapUrls();
});
afterAll(async () => {
  await browser?.close();
});

const rootFontSize = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

describe("text size", () => {
  for (const javaScript of [false, true]) {
    test(`three sizes for the whole site, remembered, rendered by the server (JavaScript ${javaScript ? "on" : "off"})`, async () => {
      const { context, page, problems } = await openPage(browser, { javaScript, width: 360 });
      await page.goto(`${baseUrl()}/nl/about`);
      const normal = await rootFontSize(page);
      const sizes = page.getByRole("form", { name: "Tekstgrootte" });
      expect(await sizes.getByRole("button", { name: "Gewoon" }).getAttribute("aria-pressed")).toBe("true");

      await sizes.getByRole("button", { name: "Grootst" }).click();
      await page.waitForURL(`${baseUrl()}/nl/about`);
      await page.locator("html.text-size-largest").waitFor({ state: "attached" });
      expect(await rootFontSize(page)).toBeGreaterThan(normal * 1.3);
      expect(await page.getByRole("button", { name: "Grootst" }).getAttribute("aria-pressed")).toBe("true");
      const cookie = (await context.cookies()).find((c) => c.name === "nabij_text_size");
      expect(cookie?.value).toBe("largest");

      // Another page opens at that size straight from the server: no jump after loading.
      const html = await (await page.request.get(`${baseUrl()}/nl`)).text();
      expect(html).toMatch(/<html[^>]*class="text-size-largest"/);

      await page.getByRole("button", { name: "Groot", exact: true }).click();
      await page.locator("html.text-size-large").waitFor({ state: "attached" });
      await page.getByRole("button", { name: "Gewoon" }).click();
      await page
        .waitForFunction(() => document.documentElement.className === "", undefined, { timeout: 10_000 })
        .catch(() => undefined);
      expect(await page.locator("html").getAttribute("class")).toBeFalsy();
      expect((await context.cookies()).find((c) => c.name === "nabij_text_size")).toBeUndefined();
      expectNoProblems(problems);
      await context.close();
    });
  }

  test("the size form only sends you back to this site", async () => {
    const response = await fetch(`${baseUrl()}/text-size`, {
      method: "POST",
      body: new URLSearchParams({ size: "large", back: "//evil.example/x" }),
      redirect: "manual",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/");
  });

  test("no page type scrolls sideways at 320 px with the largest text (WCAG 1.4.10 reflow)", async () => {
    const context = await browser.newContext({
      viewport: { width: 320, height: 640 },
      locale: "nl-NL",
      serviceWorkers: "block",
    });
    await context.addCookies([{ name: "nabij_text_size", value: "largest", url: baseUrl() }]);
    const failures: string[] = [];
    // A contact, its card or a slide share one template: one of each type, in both languages.
    const queue = onePerPageType(urls);
    const worker = async () => {
      // One tab per worker: a new tab per page starts a renderer each time (decision 016).
      const page = await context.newPage();
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        try {
          await page.goto(baseUrl() + path, { waitUntil: "load" });
          const [scrollWidth, clientWidth, sized] = await page.evaluate(() => [
            document.scrollingElement!.scrollWidth,
            document.scrollingElement!.clientWidth,
            document.documentElement.classList.contains("text-size-largest"),
          ]);
          if (!sized) failures.push(`${path}: not at the largest size`);
          if (scrollWidth > clientWidth) failures.push(`${path}: ${scrollWidth} px wide in a ${clientWidth} px window`);
        } catch (error) {
          failures.push(`${path}: ${String(error)}`);
        }
      }
      await page.close();
    };
    await Promise.all([worker(), worker(), worker()]);
    await context.close();
    expect(failures).toEqual([]);
  }, 900_000);
});

describe("the visitor's own settings", () => {
  /** One page of each kind: start, about, card, and the first page of every guide part. */
  function samplePages(): string[] {
    const picked = new Map<string, string>();
    for (const path of urls) {
      if (!path.startsWith("/nl")) continue;
      const part = path.split("/")[2] ?? "";
      if (!picked.has(part)) picked.set(part, path);
    }
    return [...picked.values()];
  }

  const modes = [
    { name: "dark mode", media: { colorScheme: "dark" as const } },
    { name: "more contrast", media: { contrast: "more" as const } },
    { name: "more contrast in dark mode", media: { contrast: "more" as const, colorScheme: "dark" as const } },
    { name: "less motion", media: { reducedMotion: "reduce" as const } },
    { name: "forced colours", media: { forcedColors: "active" as const } },
  ];
  for (const mode of modes) {
    test(`axe-core passes in ${mode.name}`, async () => {
      const { context, page } = await openPage(browser, { width: 360 });
      await page.emulateMedia(mode.media);
      const failures: string[] = [];
      for (const path of samplePages()) {
        await page.goto(baseUrl() + path);
        failures.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
      }
      await context.close();
      expect(failures).toEqual([]);
    });
  }

  test("dark mode really is dark, with light text", async () => {
    const { context, page } = await openPage(browser, { colorScheme: "dark" });
    await page.goto(`${baseUrl()}/nl/about`);
    const [background, color] = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return [style.backgroundColor, style.color];
    });
    expect(background).toBe("rgb(22, 25, 27)");
    expect(color).toBe("rgb(241, 241, 241)");
    expect(await page.locator('meta[name="color-scheme"]').getAttribute("content")).toBe("light dark");
    await context.close();
  });
});

// A fake speechSynthesis: it records what it is asked to say and finishes a sentence when the
// test says so, like a voice that has read it.
const FAKE_SPEECH = `
  window.__spoken = [];
  window.__calls = [];
  let current = null;
  class FakeUtterance {
    constructor(text) { this.text = text; this.lang = ""; this.rate = 1; this.voice = null; this.onend = null; this.onerror = null; }
  }
  const synth = {
    speaking: false, paused: false,
    speak(u) { window.__spoken.push({ text: u.text, lang: u.lang, rate: u.rate }); current = u; this.speaking = true; },
    pause() { window.__calls.push("pause"); this.paused = true; },
    resume() { window.__calls.push("resume"); this.paused = false; },
    cancel() { window.__calls.push("cancel"); const u = current; current = null; this.speaking = false; if (u && u.onerror) u.onerror({ error: "interrupted" }); },
    getVoices() { return []; },
  };
  window.__finishSentence = () => { const u = current; current = null; synth.speaking = false; if (u && u.onend) u.onend({}); };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  Object.defineProperty(window, "SpeechSynthesisUtterance", { value: FakeUtterance, configurable: true });
`;

describe("read aloud", () => {
  const highlighted = (page: Page) =>
    page.evaluate(() => {
      const highlight = CSS.highlights.get("read-aloud");
      return highlight ? [...highlight].map((range) => range.toString()).join("") : null;
    });
  const spoken = (page: Page) =>
    page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string; rate: number }[] }).__spoken);

  test("reads the page in its language, sentence by sentence, highlighting each; pause, slower, stop", async () => {
    const { context, page, problems } = await openPage(browser);
    await page.addInitScript(FAKE_SPEECH);
    await page.goto(`${baseUrl()}/nl/about`);
    const h1 = await page.getByRole("heading", { level: 1 }).innerText();
    await page.getByRole("button", { name: "Lees voor" }).click();

    expect((await spoken(page))[0]).toEqual({ text: h1, lang: "nl-NL", rate: 1 });
    expect(await highlighted(page)).toBe(h1);

    await page.evaluate(() => (window as unknown as { __finishSentence: () => void }).__finishSentence());
    const second = (await spoken(page))[1];
    expect(second.text.length).toBeGreaterThan(0);
    expect(await highlighted(page)).toBe(second.text);
    // The reader does not read its own buttons.
    expect((await spoken(page)).map((s) => s.text)).not.toContain("Lees voor");

    await page.getByRole("button", { name: "Pauze" }).click();
    expect(await page.evaluate(() => (window as unknown as { __calls: string[] }).__calls)).toContain("pause");
    await page.getByRole("button", { name: "Verder lezen" }).click();
    expect(await page.evaluate(() => (window as unknown as { __calls: string[] }).__calls)).toContain("resume");

    await page.getByRole("button", { name: "Langzamer" }).click();
    expect(await page.getByRole("button", { name: "Langzamer" }).getAttribute("aria-pressed")).toBe("true");
    await page.evaluate(() => (window as unknown as { __finishSentence: () => void }).__finishSentence());
    const last = (await spoken(page)).at(-1)!;
    expect(last.rate).toBeLessThan(1);

    await page.getByRole("button", { name: "Stop" }).click();
    expect(await highlighted(page)).toBeNull();
    await page.getByRole("button", { name: "Lees voor" }).waitFor();
    await expectNoAxeViolations(page);
    expectNoProblems(problems);
    await context.close();
  });

  test("reads an English page with an English voice, and the keyboard works", async () => {
    const { context, page } = await openPage(browser, { locale: "en-GB" });
    await page.addInitScript(FAKE_SPEECH);
    await page.goto(`${baseUrl()}/en/about`);
    await page.getByRole("button", { name: "Read aloud" }).focus();
    await page.keyboard.press("Enter");
    expect((await spoken(page))[0]).toMatchObject({ text: "About Nabij", lang: "en-GB" });
    await context.close();
  });

  test("is not shown when the browser cannot speak, nor without JavaScript", async () => {
    const { context, page } = await openPage(browser);
    await page.addInitScript(
      `Object.defineProperty(window, "speechSynthesis", { value: undefined, configurable: true });`,
    );
    await page.goto(`${baseUrl()}/nl/about`);
    await page.waitForLoadState("networkidle");
    expect(await page.getByRole("button", { name: "Lees voor" }).count()).toBe(0);
    await context.close();

    const noJs = await openPage(browser, { javaScript: false });
    await noJs.page.goto(`${baseUrl()}/nl/about`);
    expect(await noJs.page.getByRole("button", { name: "Lees voor" }).count()).toBe(0);
    await noJs.context.close();
  });
});

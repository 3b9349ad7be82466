// Every public page (the sitemap), in both languages, at phone and desk width, with and without
// JavaScript: it answers 200, has one <h1> and a <title>, passes axe-core (WCAG 2.2 A/AA),
// logs no console errors and asks no other host for anything.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations, baseUrl, launchBrowser, sitemapUrls, watchPage } from "./harness";

let browser: Browser;
let urls: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  urls = await sitemapUrls();
});
afterAll(async () => {
  await browser?.close();
});

interface Failure {
  url: string;
  problem: string;
}

/** Visit every URL with a few pages in parallel; collect all failures so one run shows them all. */
async function walk(check: (path: string) => Promise<string[]>): Promise<Failure[]> {
  const failures: Failure[] = [];
  const queue = [...urls];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      try {
        for (const problem of await check(path)) failures.push({ url: path, problem });
      } catch (error) {
        failures.push({ url: path, problem: String(error) });
      }
    }
  };
  await Promise.all([worker(), worker()]);
  return failures;
}

describe("every page in the sitemap", () => {
  test("the sitemap lists the start and about pages in both languages", () => {
    for (const path of ["/nl", "/en", "/nl/about", "/en/about"]) expect(urls).toContain(path);
  });

  for (const width of [360, 1280]) {
    test(`works with JavaScript at ${width} px: 200, one h1, a title, no axe violations, no console errors, no other hosts`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 }, locale: "nl-NL" });
      const failures = await walk(async (path) => {
        const page = await context.newPage();
        const problems = watchPage(page);
        const found: string[] = [];
        try {
          const response = await page.goto(baseUrl() + path, { waitUntil: "load" });
          if (response?.status() !== 200) found.push(`status ${response?.status()}`);
          if ((await page.locator("h1").count()) !== 1) found.push(`${await page.locator("h1").count()} h1 elements`);
          if (!(await page.title()).trim()) found.push("empty <title>");
          const lang = await page.locator("html").getAttribute("lang");
          if (lang !== path.split("/")[1]) found.push(`<html lang="${lang}">`);
          found.push(...(await axeViolations(page)));
          found.push(...problems.consoleErrors, ...problems.pageErrors);
          found.push(...problems.foreignRequests.map((u) => `request to another host: ${u}`));
        } finally {
          await page.close();
        }
        return found;
      });
      await context.close();
      expect(failures).toEqual([]);
    }, 900_000);
  }

  test("renders without JavaScript: 200, one h1, a title, a description, the menu and the content", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const failures = await walk(async (path) => {
      const page = await context.newPage();
      const problems = watchPage(page);
      const found: string[] = [];
      try {
        const response = await page.goto(baseUrl() + path);
        if (response?.status() !== 200) found.push(`status ${response?.status()}`);
        if ((await page.locator("h1").count()) !== 1) found.push("no single h1");
        if (!(await page.title()).trim()) found.push("empty <title>");
        // Search engines show it under the title (Lighthouse SEO audit "meta-description").
        const description = await page.locator('meta[name="description"]').getAttribute("content");
        if (!description?.trim()) found.push("no meta description");
        if ((await page.locator("main").innerText()).trim().length < 40) found.push("main has (almost) no text");
        if ((await page.locator(".site-footer a").count()) < 1) found.push("no footer links");
        found.push(...problems.foreignRequests.map((u) => `request to another host: ${u}`));
      } finally {
        await page.close();
      }
      return found;
    });
    await context.close();
    expect(failures).toEqual([]);
  }, 900_000);
});

// Every public page (the sitemap), in both languages: it answers 200, has one <h1>, a <title> and
// the right language, passes axe-core (WCAG 2.2 A/AA) with JavaScript, renders without JavaScript,
// logs no console errors and asks no other host for anything. Every URL once at 360 px; one page of
// each type also at 1280 px (reflow at 320 px: aids-reading.test.ts). Service workers are blocked:
// the offline tests are about them. Decision 016 says why and how the walk stays linear in page types.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  axeViolations,
  baseUrl,
  launchBrowser,
  openPage,
  sitemapUrls,
  waitForHydration,
  watchPage,
  withAxe,
  type PageProblems,
} from "./harness";
import { sitemapWalkPlan, type SitemapWalkPlan } from "./page-types";

let browser: Browser;
let plan: SitemapWalkPlan;

beforeAll(async () => {
  browser = await launchBrowser();
  plan = sitemapWalkPlan(await sitemapUrls());
  console.log(
    `sitemap walk: ${plan.everyPage.length} pages in the browser, ${plan.onePerType.length} page types, ${plan.httpOnly.length} over HTTP only`,
  );
});
afterAll(async () => {
  await browser?.close();
});

interface Failure {
  url: string;
  problem: string;
}

type Check = (page: Page, path: string, problems: PageProblems) => Promise<string[]>;

/**
 * Visit paths with a few workers in parallel, each with one tab that goes from page to page (a new
 * tab per page starts a renderer: five times the cost of the load). Collect all failures so one run
 * shows them all.
 */
async function walk(context: BrowserContext, paths: string[], check: Check, workers = 2): Promise<Failure[]> {
  const failures: Failure[] = [];
  const queue = [...paths];
  const worker = async () => {
    const page = await context.newPage();
    const problems = watchPage(page);
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      for (const list of Object.values(problems)) list.length = 0;
      try {
        for (const problem of await check(page, path, problems)) failures.push({ url: path, problem });
      } catch (error) {
        failures.push({ url: path, problem: String(error) });
      }
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return failures;
}

async function newContext(options: { width: number; javaScript: boolean }): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: 800 },
    javaScriptEnabled: options.javaScript,
    locale: "nl-NL",
    serviceWorkers: "block",
  });
  return options.javaScript ? withAxe(context) : context;
}

/** With JavaScript: status, one h1, a title, the language, axe, console errors, other hosts. */
async function walkWithJavaScript(paths: string[], width: number): Promise<Failure[]> {
  const context = await newContext({ width, javaScript: true });
  const failures = await walk(context, paths, async (page, path, problems) => {
    const found: string[] = [];
    const response = await page.goto(baseUrl() + path, { waitUntil: "load" });
    if (response?.status() !== 200) found.push(`status ${response?.status()}`);
    if ((await page.locator("h1").count()) !== 1) found.push(`${await page.locator("h1").count()} h1 elements`);
    if (!(await page.title()).trim()) found.push("empty <title>");
    const lang = await page.locator("html").getAttribute("lang");
    if (lang !== path.split("/")[1]) found.push(`<html lang="${lang}">`);
    found.push(...(await axeViolations(page)));
    found.push(...problems.consoleErrors, ...problems.pageErrors);
    found.push(...problems.foreignRequests.map((u) => `request to another host: ${u}`));
    return found;
  });
  await context.close();
  return failures;
}

/** Ask for paths over HTTP, four at a time. */
async function walkOverHttp(paths: string[], check: (path: string) => Promise<string[]>): Promise<Failure[]> {
  const results = await Promise.all(
    Array.from({ length: 4 }, async (_, worker) => {
      const failures: Failure[] = [];
      for (const path of paths.filter((_, i) => i % 4 === worker)) {
        for (const problem of await check(path).catch((error) => [String(error)]))
          failures.push({ url: path, problem });
      }
      return failures;
    }),
  );
  return results.flat();
}

describe("every page in the sitemap", () => {
  test("the sitemap lists the start and about pages in both languages", () => {
    for (const path of ["/nl", "/en", "/nl/about", "/en/about"]) expect(plan.everyPage).toContain(path);
  });

  test("works with JavaScript at 360 px: 200, one h1, a title, no axe violations, no console errors, no other hosts", async () => {
    expect(await walkWithJavaScript(plan.everyPage, 360)).toEqual([]);
  }, 900_000);

  test("one page of each type works with JavaScript at 1280 px: the same checks", async () => {
    expect(await walkWithJavaScript(plan.onePerType, 1280)).toEqual([]);
  }, 900_000);

  test("renders without JavaScript: 200, one h1, a title, a description, the menu and the content", async () => {
    const context = await newContext({ width: 360, javaScript: false });
    const failures = await walk(
      context,
      plan.everyPage,
      async (page, path, problems) => {
        const found: string[] = [];
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
        return found;
      },
      3,
    );
    await context.close();
    expect(failures).toEqual([]);
  }, 900_000);

  test("pages past the browser sample of their type (a grown directory) answer 200 with one h1, a title, the language and a description", async () => {
    const failures = await walkOverHttp(plan.httpOnly, async (path) => {
      const response = await fetch(baseUrl() + path);
      const html = await response.text();
      const found: string[] = [];
      if (response.status !== 200) found.push(`status ${response.status}`);
      if ((html.match(/<h1[\s>]/g) ?? []).length !== 1) found.push("no single h1");
      if (!/<title>[^<]*\S[^<]*<\/title>/.test(html)) found.push("empty <title>");
      if (!html.includes(`<html lang="${path.split("/")[1]}"`)) found.push("wrong <html lang>");
      if (!/<meta name="description" content="[^"]*\S/.test(html)) found.push("no meta description");
      return found;
    });
    expect(failures).toEqual([]);
  }, 900_000);
});

describe("the browser tier's own set-up (decision 016)", () => {
  /** How many service workers the about page has registered a moment after React hydrated it. */
  async function registeredWorkers(serviceWorkers?: "allow"): Promise<number> {
    const { context, page } = await openPage(browser, { width: 360, serviceWorkers });
    await page.goto(`${baseUrl()}/nl/about`);
    await waitForHydration(page);
    const count = () => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.length));
    // Registration starts in an effect after hydration: give it time to show up.
    const deadline = Date.now() + 5_000;
    let registered = await count();
    while (registered === 0 && Date.now() < deadline) {
      await page.waitForTimeout(250);
      registered = await count();
    }
    await context.close();
    return registered;
  }

  test("a page opened for a test registers no service worker (it would download about 110 pages in the background)", async () => {
    expect(await registeredWorkers()).toBe(0);
  });

  test("a test about offline use can still ask for the service worker", async () => {
    expect(await registeredWorkers("allow")).toBe(1);
  });

  test("axe-core still finds a violation, in a page set up for it and in any other page", async () => {
    const opened = await openPage(browser, { width: 360 });
    const plain = await (await browser.newContext({ serviceWorkers: "block" })).newPage();
    for (const page of [opened.page, plain]) {
      await page.goto(`${baseUrl()}/nl/about`);
      expect(await axeViolations(page)).toEqual([]);
      await page.evaluate(() =>
        document.querySelector("main")!.insertAdjacentHTML("beforeend", '<img src="/favicon.svg">'),
      );
      expect((await axeViolations(page)).join("\n")).toMatch(/^image-alt \(critical\)/m);
    }
    await opened.context.close();
    await plain.context().close();
  });
});

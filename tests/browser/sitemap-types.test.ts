// One page of every page type in the sitemap at 1280 px, with JavaScript: the same checks as the
// 360 px walk (axe, console, other hosts), and what the page weighs for a first visitor:
// HTML + CSS < 60 kB compressed, JavaScript < 120 kB compressed, no image over 100 kB, nothing from
// another host (so nothing render-blocking from elsewhere either). Then the browser tier's own
// set-up: service workers blocked unless asked for, axe-core really finding faults (decision 016).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations, baseUrl, launchBrowser, openPage, sitemapUrls, waitForHydration } from "./harness";
import { onePerPageType } from "./page-types";
import { checkWithJavaScript, newWalkContext, walk, weighPage, type PageWeight } from "./sitemap-walk";

const BUDGET = { htmlCss: 60 * 1024, js: 120 * 1024, image: 100 * 1024 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test("one page of each type works with JavaScript at 1280 px (the same checks) and stays within the weight budget", async () => {
  const urls = onePerPageType(await sitemapUrls());
  const weights: PageWeight[] = [];
  const sizes = new Map<string, Promise<{ bytes: number; type: string }>>();
  const context = await newWalkContext(browser, { width: 1280, javaScript: true });
  const failures = await walk(context, urls, async (page, path, problems) => {
    const found = await checkWithJavaScript(page, path, problems);
    weights.push(await weighPage(page, path, sizes));
    return found;
  });
  await context.close();
  expect(failures).toEqual([]);

  weights.sort((a, b) => urls.indexOf(a.path) - urls.indexOf(b.path));
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(
    [
      "page | HTML+CSS kB | JS kB | biggest image kB | other hosts",
      ...weights.map((r) => `${r.path} | ${kb(r.htmlCss)} | ${kb(r.js)} | ${kb(r.biggestImage)} | ${r.foreign}`),
    ].join("\n"),
  );
  const over = weights.flatMap((r) => [
    ...(r.htmlCss > BUDGET.htmlCss ? [`${r.path}: HTML+CSS ${kb(r.htmlCss)} kB > 60 kB`] : []),
    ...(r.js > BUDGET.js ? [`${r.path}: JS ${kb(r.js)} kB > 120 kB`] : []),
    ...(r.biggestImage > BUDGET.image ? [`${r.path}: an image of ${kb(r.biggestImage)} kB > 100 kB`] : []),
    ...(r.foreign > 0 ? [`${r.path}: ${r.foreign} requests to other hosts`] : []),
  ]);
  expect(over).toEqual([]);
  // The weighing itself must find what a page loads: every page has a document, a stylesheet and
  // scripts.
  expect(weights.filter((r) => r.htmlCss < 1000 || r.js < 10_000).map((r) => r.path)).toEqual([]);
}, 900_000);

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
    // A walk's context has axe-core in every page up front; openPage() gets it when asked.
    const setUp = await (await newWalkContext(browser, { width: 360, javaScript: true })).newPage();
    const opened = await openPage(browser, { width: 360 });
    for (const page of [setUp, opened.page]) {
      await page.goto(`${baseUrl()}/nl/about`);
      expect(await axeViolations(page)).toEqual([]);
      await page.evaluate(() =>
        document.querySelector("main")!.insertAdjacentHTML("beforeend", '<img src="/favicon.svg">'),
      );
      expect((await axeViolations(page)).join("\n")).toMatch(/^image-alt \(critical\)/m);
    }
    await opened.context.close();
    await setUp.context().close();
  });
});

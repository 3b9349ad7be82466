// The walks over the sitemap that the browser tier makes (decision 016): every URL once with
// JavaScript (axe) and once without, one page of each type at 1280 px. Shared by the walk files,
// which run side by side in separate workers.
import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { axeViolations, baseUrl, watchPage, withAxe, type PageProblems } from "./harness";

export interface Failure {
  url: string;
  problem: string;
}

export type Check = (page: Page, path: string, problems: PageProblems) => Promise<string[]>;

/**
 * Visit paths with a few tabs in parallel, each going from page to page (a new tab per page starts
 * a renderer: five times the cost of the load). Collect all failures so one run shows them all.
 */
export async function walk(context: BrowserContext, paths: string[], check: Check, tabs = 2): Promise<Failure[]> {
  const failures: Failure[] = [];
  const queue = [...paths];
  const tab = async () => {
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
  await Promise.all(Array.from({ length: tabs }, tab));
  return failures;
}

export async function newWalkContext(
  browser: Browser,
  options: { width: number; javaScript: boolean },
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: 800 },
    javaScriptEnabled: options.javaScript,
    locale: "nl-NL",
    serviceWorkers: "block",
  });
  return options.javaScript ? withAxe(context) : context;
}

/** With JavaScript: status, one h1, a title, the language, axe, console errors, other hosts. */
export const checkWithJavaScript: Check = async (page, path, problems) => {
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
};

/** Without JavaScript: status, one h1, a title, a description, some content, the footer menu, other hosts. */
export const checkWithoutJavaScript: Check = async (page, path, problems) => {
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
};

/** Bytes over the wire for one page opened as a first visit (compressed, as sent). */
export interface PageWeight {
  path: string;
  htmlCss: number;
  js: number;
  biggestImage: number;
  foreign: number;
}

/**
 * Weigh what a page costs a first visitor while another check runs on it: the browser cache is off
 * for the tab, so every file is fetched again and counted as sent (compressed), not as a cached copy.
 */
export async function weighWhile(page: Page, path: string, run: () => Promise<string[]>) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const sizes: Promise<{ type: string; bytes: number; foreign: boolean }>[] = [];
  const own = new URL(baseUrl()).host;
  const onFinished = (request: Request) => {
    sizes.push(
      request.sizes().then((s) => ({
        type: request.resourceType(),
        bytes: s.responseBodySize,
        foreign: new URL(request.url()).host !== own,
      })),
    );
  };
  page.on("requestfinished", onFinished);
  try {
    const problems = await run();
    // The check (axe) takes longer than any request the page starts after load.
    page.off("requestfinished", onFinished);
    const done = await Promise.all(sizes);
    const sum = (types: string[]) => done.filter((d) => types.includes(d.type)).reduce((a, d) => a + d.bytes, 0);
    const weight: PageWeight = {
      path,
      htmlCss: sum(["document", "stylesheet"]),
      js: sum(["script"]),
      biggestImage: Math.max(0, ...done.filter((d) => d.type === "image").map((d) => d.bytes)),
      foreign: done.filter((d) => d.foreign).length,
    };
    return { problems, weight };
  } finally {
    page.off("requestfinished", onFinished);
    await cdp.detach().catch(() => undefined);
  }
}

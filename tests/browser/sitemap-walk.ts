// The walks over the sitemap that the browser tier makes (decision 016): every URL once with
// JavaScript (axe) and once without, one page of each type at 1280 px. Shared by the walk files,
// which run side by side in separate workers.
import { get } from "node:http";
import type { Browser, BrowserContext, Page } from "playwright-core";
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

/** What Chromium asks for: the server compresses the same way for it (decision 016). */
const BROWSER_ENCODINGS = "gzip, deflate, br, zstd";

/** The size of one file as the server sends it to a browser, compressed; asked once per URL. */
function sentSize(url: string, sizes: Map<string, Promise<{ bytes: number; type: string }>>) {
  let size = sizes.get(url);
  if (!size) {
    size = new Promise((resolve, reject) => {
      const request = get(
        url,
        { headers: { "accept-encoding": BROWSER_ENCODINGS, "accept-language": "nl-NL" } },
        (res) => {
          let bytes = 0;
          res.on("data", (chunk: Buffer) => (bytes += chunk.length));
          res.on("end", () => resolve({ bytes, type: String(res.headers["content-type"] ?? "") }));
          res.on("error", reject);
        },
      );
      request.on("error", reject);
    });
    sizes.set(url, size);
  }
  return size;
}

/**
 * What a page costs a first visitor: every file it loaded (the document, what the DOM links to and
 * what resource timing saw), each weighed as the server sends it, compressed. The walk's tab keeps
 * its cache, so the page itself loads as a returning visitor would; a tab with the cache switched
 * off fetched and compiled every script again on every page, doubling the cost of the pass.
 */
export async function weighPage(
  page: Page,
  path: string,
  sizes: Map<string, Promise<{ bytes: number; type: string }>>,
): Promise<PageWeight> {
  const urls = await page.evaluate(() => {
    const linked = document.querySelectorAll<HTMLScriptElement | HTMLLinkElement | HTMLImageElement>(
      "script[src], link[rel=stylesheet][href], link[rel=modulepreload][href], img",
    );
    return [
      location.href,
      ...performance.getEntriesByType("resource").map((entry) => entry.name),
      ...Array.from(linked, (element) =>
        element instanceof HTMLImageElement ? element.currentSrc : "src" in element ? element.src : element.href,
      ),
    ];
  });
  const own = new URL(baseUrl()).host;
  const files = [...new Set(urls.filter((url) => /^https?:/.test(url)).map((url) => url.split("#")[0]))];
  const foreign = files.filter((url) => new URL(url).host !== own);
  const weighed = await Promise.all(files.filter((url) => !foreign.includes(url)).map((url) => sentSize(url, sizes)));
  const sum = (pattern: RegExp) => weighed.filter((w) => pattern.test(w.type)).reduce((a, w) => a + w.bytes, 0);
  return {
    path,
    htmlCss: sum(/text\/(html|css)/),
    js: sum(/javascript/),
    biggestImage: Math.max(0, ...weighed.filter((w) => w.type.startsWith("image/")).map((w) => w.bytes)),
    foreign: foreign.length,
  };
}

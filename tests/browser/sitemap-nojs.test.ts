// Every public page (the sitemap), in both languages, without JavaScript: it answers 200 with one
// <h1>, a title, a description, its content and the footer menu, and asks no other host for
// anything. Pages past the browser sample of their type (a grown directory) are asked for over HTTP
// only, so the walk stays linear in page types (decision 016).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { baseUrl, launchBrowser, sitemapUrls } from "./harness";
import { sitemapWalkPlan, type SitemapWalkPlan } from "./page-types";
import { checkWithoutJavaScript, newWalkContext, walk, type Failure } from "./sitemap-walk";

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

test("every sitemap page renders without JavaScript: 200, one h1, a title, a description, the menu and the content", async () => {
  const context = await newWalkContext(browser, { width: 360, javaScript: false });
  const failures = await walk(context, plan.everyPage, checkWithoutJavaScript, 3);
  await context.close();
  expect(failures).toEqual([]);
}, 900_000);

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

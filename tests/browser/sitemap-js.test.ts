// Every public page (the sitemap), in both languages, with JavaScript at 360 px: it answers 200,
// has one <h1>, a <title> and the right language, passes axe-core (WCAG 2.2 A/AA), logs no console
// errors and asks no other host for anything. Service workers are blocked: the offline tests are
// about them. The walk stays linear in page types (decision 016, `sitemapWalkPlan`).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { launchBrowser, sitemapUrls } from "./harness";
import { sitemapWalkPlan } from "./page-types";
import { checkWithJavaScript, newWalkContext, walk } from "./sitemap-walk";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test("every sitemap page works with JavaScript at 360 px: 200, one h1, a title, no axe violations, no console errors, no other hosts", async () => {
  const plan = sitemapWalkPlan(await sitemapUrls());
  for (const path of ["/nl", "/en", "/nl/about", "/en/about"]) expect(plan.everyPage).toContain(path);
  const context = await newWalkContext(browser, { width: 360, javaScript: true });
  const failures = await walk(context, plan.everyPage, checkWithJavaScript);
  await context.close();
  expect(failures).toEqual([]);
}, 900_000);

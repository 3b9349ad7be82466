// The browser tier's walk over the sitemap (tests/browser/sitemap-pages.test.ts) must stay linear in
// page types, not in directory size (issue 16, decision 016), and must still reach every URL.
import { describe, expect, test } from "vitest";
import { BROWSER_PAGES_PER_TYPE, pageType, sitemapWalkPlan } from "../browser/page-types";

const uuid = (n: number) => `${n.toString(16).padStart(8, "0")}-0000-4000-8000-000000000000`;

/** A sitemap shaped like ours: fixed guide pages, two slide decks and `services` contacts with a card. */
function sitemap(services: number): string[] {
  return ["nl", "en"].flatMap((lang) => [
    `/${lang}`,
    `/${lang}/about`,
    `/${lang}/steps/q/danger`,
    `/${lang}/tips/money`,
    ...Array.from({ length: 35 }, (_, i) => `/${lang}/workshop/professionals-session/slides/${i + 1}`),
    ...Array.from({ length: 27 }, (_, i) => `/${lang}/workshop/volunteers-intro/slides/${i + 1}`),
    `/${lang}/contacts`,
    ...Array.from({ length: services }, (_, i) => [
      `/${lang}/contacts/${uuid(i)}`,
      `/${lang}/contacts/${uuid(i)}/card`,
    ]).flat(),
  ]);
}

const browserPages = (plan: ReturnType<typeof sitemapWalkPlan>) => plan.everyPage.length + plan.onePerType.length;

describe("the sitemap walk plan", () => {
  test("a contact, its card and a slide are one type each, per language", () => {
    expect(pageType(`/nl/contacts/${uuid(7)}`)).toBe("/nl/contacts/:id");
    expect(pageType(`/en/contacts/${uuid(7)}/card`)).toBe("/en/contacts/:id/card");
    expect(pageType("/nl/workshop/volunteers-intro/slides/12")).toBe("/nl/workshop/volunteers-intro/slides/:n");
    expect(pageType("/nl/steps/q/danger")).toBe("/nl/steps/q/danger");
  });

  test("with today's directory (56 services) every URL is opened in the browser", () => {
    const urls = sitemap(56);
    const plan = sitemapWalkPlan(urls);
    expect(plan.everyPage).toEqual(urls);
    expect(plan.httpOnly).toEqual([]);
    // 2 × (4 guide pages + 2 decks + search + contact + card)
    expect(plan.onePerType).toHaveLength(18);
  });

  test("1,000 more services add no page in the browser, and every URL is still asked for", () => {
    const grown = sitemap(1041);
    const plan = sitemapWalkPlan(grown);
    expect(browserPages(plan)).toBe(browserPages(sitemapWalkPlan(sitemap(BROWSER_PAGES_PER_TYPE))));
    expect(new Set([...plan.everyPage, ...plan.httpOnly])).toEqual(new Set(grown));
    expect(plan.everyPage.filter((path) => pageType(path) === "/nl/contacts/:id")).toHaveLength(BROWSER_PAGES_PER_TYPE);
    // The sample spans the whole list: the first and the last contact are in it.
    expect(plan.everyPage).toContain(`/nl/contacts/${uuid(0)}`);
    expect(plan.everyPage).toContain(`/nl/contacts/${uuid(1040)}`);
  });
});

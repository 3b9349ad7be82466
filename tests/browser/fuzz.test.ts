// Sturdiness: random query strings, form bodies and path segments against every public route.
// Whatever comes in, the answer is never a 5xx and never shows a stack trace or SQL text.
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { baseUrl, onePerPageType, sitemapUrls } from "./harness";

// Stack frames ("at fn (file.js:12:34)"), module paths and database error texts. Plain words such
// as "at home (" or a framework's "Error:" heading are not leaks; a frame with a file position is.
const LEAKS =
  /SQLITE_|sqlite3|syntax error|no such (column|table)|unterminated string|\bat \S+ \([^)\s]+:\d+:\d+\)|node_modules\/|\.server\.ts/;

let pages: string[];
beforeAll(async () => {
  // One URL per page type (ids differ, the code behind them does not).
  pages = onePerPageType(await sitemapUrls());
  pages.push(
    "/api/hsds/services",
    "/api/hsds/organizations",
    "/api/hsds/taxonomy_terms",
    "/api/contacts.csv",
    "/sitemap.xml",
  );
});

// Text that has broken search boxes before: FTS syntax, quotes, SQL, control characters, huge input.
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    '"',
    "'",
    "*",
    "NEAR(a b)",
    "a OR b AND NOT c",
    "col:val",
    "^start",
    "' OR 1=1 --",
    "'); DROP TABLE service; --",
    "%00",
    "\u0000",
    "..%2F..%2Fetc%2Fpasswd",
    "-1",
    "99999999999999999999",
    "NaN",
    "[]",
    "{}",
    "<script>alert(1)</script>",
  ),
  fc.integer({ min: 1000, max: 6000 }).map((n) => "x".repeat(n)),
);
const paramName = fc.oneof(
  fc.constantFrom(
    "q",
    "topic",
    "area",
    "age",
    "free",
    "walkin",
    "page",
    "per_page",
    "s",
    "step",
    "lang",
    "id",
    "search",
    "taxonomy_term_id",
    "modified_after",
  ),
  fc.string({ maxLength: 12 }),
);
const query = fc.array(fc.tuple(paramName, nasty), { maxLength: 8 }).map((pairs) => {
  const params = new URLSearchParams();
  for (const [k, v] of pairs) params.append(k, v);
  return params.toString();
});

async function expectSturdy(response: Response, what: string) {
  const body = await response.text();
  expect(response.status, `${what} answered ${response.status}`).toBeLessThan(500);
  expect(LEAKS.exec(body)?.[0] ?? null, `${what} leaks internals`).toBeNull();
}

describe("no 5xx and no leaked internals, whatever comes in", () => {
  test("random query strings on every page type", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...pages), query, async (page, q) => {
        const url = `${baseUrl()}${page}${page.includes("?") ? "&" : "?"}${q}`;
        await expectSturdy(await fetch(url, { redirect: "manual" }), url.slice(0, 200));
      }),
      { numRuns: 300 },
    );
  }, 300_000);

  test("random path segments under every page type", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...pages), nasty, async (page, segment) => {
        const path = `${page.split("?")[0]}/${encodeURIComponent(segment)}`;
        await expectSturdy(await fetch(baseUrl() + path, { redirect: "manual" }), path.slice(0, 200));
      }),
      { numRuns: 200 },
    );
  }, 300_000);

  test("random form bodies posted to every page type", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...pages, "/text-size", "/editor/login"), query, async (page, body) => {
        const response = await fetch(baseUrl() + page, {
          method: "POST",
          redirect: "manual",
          headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl() },
          body,
        });
        await expectSturdy(response, `POST ${page}`);
      }),
      { numRuns: 200 },
    );
  }, 300_000);
});

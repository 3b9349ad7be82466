// The house: language in the path, the language switch, security headers, error pages, health.
import { createHash } from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { baseUrl, expectNoAxeViolations, expectNoProblems, launchBrowser, openPage } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(baseUrl() + path, { headers, redirect: "manual" });

describe("language in the path", () => {
  test("/ sends a Dutch browser to /nl and an English one to /en; Dutch is the default", async () => {
    expect((await get("/", { "Accept-Language": "nl-NL,nl;q=0.9" })).headers.get("location")).toMatch(/\/nl$/);
    expect((await get("/", { "Accept-Language": "en-GB,en;q=0.9" })).headers.get("location")).toMatch(/\/en$/);
    expect((await get("/", { "Accept-Language": "de-DE" })).headers.get("location")).toMatch(/\/nl$/);
    expect((await get("/")).headers.get("location")).toMatch(/\/nl$/);
  });

  test("the language cookie wins over the browser's language", async () => {
    const response = await get("/", { Cookie: "nabij_lang=en", "Accept-Language": "nl" });
    expect(response.headers.get("location")).toMatch(/\/en$/);
  });

  test("reading a page in a language remembers it for /", async () => {
    const { context, page } = await openPage(browser, { locale: "nl-NL" });
    await page.goto(`${baseUrl()}/en/about`);
    await page.goto(`${baseUrl()}/`);
    expect(new URL(page.url()).pathname).toBe("/en");
    await context.close();
  });

  test("the switch keeps you on the same page and <html lang> follows", async () => {
    const { context, page, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/nl/about`);
    expect(await page.locator("html").getAttribute("lang")).toBe("nl");
    await page.getByRole("link", { name: "Read this page in English" }).click();
    await page.waitForURL(`${baseUrl()}/en/about`);
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
    await expect(page.getByRole("heading", { level: 1 })).toBeTruthy();
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("About Nabij");
    await page.getByRole("link", { name: "Lees deze pagina in het Nederlands" }).click();
    await page.waitForURL(`${baseUrl()}/nl/about`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe("Over Nabij");
    expectNoProblems(problems);
    await context.close();
  });
});

describe("security headers on every response", () => {
  for (const path of ["/nl", "/en/about", "/healthz", "/sitemap.xml", "/nl/does-not-exist"]) {
    test(`${path}`, async () => {
      const response = await get(path);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
      // Rendered pages allow inline scripts by a nonce, pages served from memory by their hashes.
      expect(scriptSrc).toMatch(/'nonce-[^']+'|'sha256-[^']+'/);
      expect(scriptSrc).not.toContain("unsafe-inline");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("same-origin");
      expect(response.headers.get("x-powered-by")).toBeNull();
    });
  }

  test("on a page rendered for the request, every inline script carries this response's nonce", async () => {
    // The appointment card's form is never kept in memory (directory pages are, decision 007).
    const response = await get("/nl/card/appointment");
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
    const html = await response.text();
    const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs] of scripts) expect(attrs).toContain(`nonce="${nonce}"`);
  });

  test("on a guide page served from memory, the CSP allows exactly its inline scripts by hash", async () => {
    await (await get("/en/about")).text();
    const response = await get("/en/about");
    const csp = response.headers.get("content-security-policy") ?? "";
    const html = await response.text();
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline.length).toBeGreaterThan(0);
    for (const body of inline) {
      const hash = createHash("sha256").update(body, "utf8").digest("base64");
      expect(csp).toContain(`'sha256-${hash}'`);
    }
    expect(csp).not.toContain("unsafe-inline");
  });
});

describe("errors in the visitor's language, never a stack trace", () => {
  test("an unknown page is a Dutch 404 with a way back", async () => {
    const { context, page, problems } = await openPage(browser);
    const response = await page.goto(`${baseUrl()}/nl/this-page-is-not-here`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Deze pagina bestaat niet");
    await expect.poll(() => page.title()).toBe("Deze pagina bestaat niet - Nabij");
    await page.getByRole("link", { name: "Ga naar de startpagina" }).click();
    await page.waitForURL(`${baseUrl()}/nl`);
    await expectNoAxeViolations(page);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });

  test("an unknown page under /en is an English 404", async () => {
    const response = await get("/en/nothing/here");
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain("This page does not exist");
    expect(html).toContain('lang="en"');
  });

  test("an unknown language is a 404, not a guess", async () => {
    expect((await get("/de/about")).status).toBe(404);
  });

  test("a server error is a 500 page in easy words with no stack trace", async () => {
    for (const [lang, title] of [
      ["nl", "Er ging iets mis bij ons"],
      ["en", "Something went wrong on our side"],
    ]) {
      const response = await get(`/${lang}/test-error`);
      expect(response.status).toBe(500);
      const html = await response.text();
      expect(html).toContain(title);
      expect(html).not.toMatch(/at .+\.(js|ts):\d+|Error: deliberate|stack/i);
    }
  });

  test("a 100 kB query string gets an easy-read 414 page, not a crash", async () => {
    const response = await get(`/nl/about?x=${"a".repeat(100_000)}`);
    expect(response.status).toBe(414);
    expect(await response.text()).toContain("Dit adres klopt niet");
  });

  test("thousands of parameters get an easy-read 400 page", async () => {
    const query = Array.from({ length: 1000 }, (_, i) => `p=${i % 10}`).join("&");
    const response = await get(`/en/about?${query}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("This address is not right");
  });
});

describe("health", () => {
  test("/healthz answers 200 when the database answers", async () => {
    const response = await get("/healthz");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("ok");
  });
});

describe("the page shell", () => {
  test("keyboard: the first Tab shows the skip link, and it moves focus to the content", async () => {
    const { context, page } = await openPage(browser, { width: 360 });
    await page.goto(`${baseUrl()}/nl`);
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    expect(await focused.innerText()).toBe("Ga naar de inhoud");
    expect(await focused.isVisible()).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await context.close();
  });

  test("print hides the header, menu and footer", async () => {
    const { context, page } = await openPage(browser);
    await page.goto(`${baseUrl()}/nl/about`);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.locator(".site-footer").isVisible()).toBe(false);
    expect(await page.locator("main h1").isVisible()).toBe(true);
    await context.close();
  });

  test("at 200 % zoom (640 px wide viewport for a 1280 px screen) nothing scrolls sideways", async () => {
    const { context, page } = await openPage(browser, { width: 640 });
    for (const path of ["/nl", "/nl/about", "/en/about"]) {
      await page.goto(baseUrl() + path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
